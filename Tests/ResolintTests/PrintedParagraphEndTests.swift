import Foundation
import Testing
@testable import Resolint

/// Where pdftotext runs a preamble's paragraphs together with no indent or blank line between them, a
/// line that broke well before the measure, although the next line's first word would have fitted on
/// it, ended its paragraph: the next one opens there even with an opener the vocabulary lacks. Excerpts
/// of the UN's AKN4UN markup in ../shared/corpus/akn (source: the United Nations), written out as
/// pdftotext prints them.
struct PrintedParagraphEndTests {
    /// A printed page of an adopted resolution: its masthead (as `convert --layout pdftotext` writes the
    /// source's), `body`, and the page's end.
    static func page(_ masthead: String, _ body: String) -> String {
        """
        \(masthead)
        \(body)
        __________________

        1 A/75/1.

        1/1

        20-00000

        """
    }

    static func preamble(_ text: String, _ lang: String) throws -> [String] {
        let profile = try #require(Fixtures.linter.languages.profile(lang))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: profile)
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        return draft.preamble.map(\.content.text)
    }

    /// The masthead of an adopted resolution in Russian as `convert --layout pdftotext` writes it.
    static func russianMasthead(_ symbol: String, issued: String, agenda: [String], adopted: [String], number: String, title: [String]) -> String {
        ([symbol, "", "Организация Объединенных Наций", "", "Генеральная Ассамблея", "", "Distr.: General", issued, "",
          "Семьдесят пятая сессия"] + agenda + [""] + adopted + ["", number, ""] + title).joined(separator: "\n")
    }

    static let french = """
        A/RES/75/100

        Nations Unies

        Assemblée générale

        Distr. générale
        18 décembre 2020

        Soixante-quinzième session
        Point 55 de l’ordre du jour

        Résolution adoptée par l’Assemblée générale le 10 décembre 2020

        75/100.

        Étude d’ensemble des missions politiques spéciales
        L’Assemblée générale,
        """

    /// A/RES/75/100 in French as printed: "… en la" / "matière," / "Préconisant l’intensification …": a
    /// participle the vocabulary lacks opens the paragraph after a line that broke by choice.
    @Test func aShortCommaEndedLineEndsAFrenchParagraph() throws {
        let text = Self.page(Self.french, """
            Notant que les réformes pertinentes, notamment celle du pilier Paix et sécurité,
            sont l’occasion de faire progresser et de renforcer l’action des missions
            politiques spéciales dans toutes les tâches relevant de leur mandat, y compris
            la prévention des conflits, et soulignant que les mesures prises par
            l’Organisation des Nations Unies dans ce domaine devraient venir appuyer et
            compléter, selon qu’il convient, le rôle joué par les autorités nationales en la
            matière,
            Préconisant l’intensification des échanges d’informations, selon qu’il convient,
            entre elle-même, le Conseil de sécurité et le Secrétariat, en ayant recours, le
            cas échéant, au rôle consultatif de la Commission de consolidation de la paix
            pour ce qui est des questions de politique générale intéressant les missions
            politiques spéciales,
            1. Prie le Secrétaire général de lui présenter un rapport à sa soixante-seizième
            session 1.
            """)
        let preamble = try Self.preamble(text, "fr")
        #expect(preamble.count == 2, "\(preamble)")
        #expect(preamble.last?.hasPrefix("Préconisant") == true)
    }

    /// A line that ends with a comma but was full goes on: "… des pays accueillant des missions
    /// politiques" (A/RES/75/100 in French) and a proper name at the next line's head.
    @Test func aFullCommaEndedLineGoesOn() throws {
        let text = Self.page(Self.french, """
            Rappelant ses résolutions 67/123 du 18 décembre 2012, 68/85 du 11 décembre 2013,
            69/95 du 5 décembre 2014, 70/92 du 9 décembre 2015, 71/100 du 6 décembre 2016,
            72/89 du 7 décembre 2017, 73/101 du 7 décembre 2018 et 74/91 du 13 décembre 2019
            sur l’étude d’ensemble des missions politiques spéciales,
            Rappelant le rôle de premier plan qui incombe à l’Organisation des Nations
            Unies, ainsi que ses propres fonctions et pouvoirs et ceux du Conseil de
            sécurité,
            1. Prie le Secrétaire général de lui présenter un rapport à sa soixante-seizième
            session 1.
            """)
        let preamble = try Self.preamble(text, "fr")
        #expect(preamble.count == 2, "\(preamble)")
    }

    /// A/RES/75/128 in Russian as printed: "… на период" / "до 2030 года 1," / "надлежащим образом
    /// учитывая …": a lower-case opening the vocabulary lacks, after a line that broke by choice.
    @Test func aShortCommaEndedLineEndsARussianParagraph() throws {
        let masthead = Self.russianMasthead("A/RES/75/128", issued: "21 December 2020", agenda: [
            "Пункт 9 повестки дня",
        ], adopted: [
            "Резолюция, принятая Генеральной Ассамблеей 14 декабря 2020 года",
        ], number: "75/128.", title: [
            "Исключение Вануату из категории наименее развитых стран",
            "Генеральная Ассамблея,",
        ])
        let text = Self.page(masthead, """
            вновь подтверждая свою приверженность процессу исключения из категории наименее
            развитых стран и поощрению мер по обеспечению плавного перехода для стран,
            исключаемых из этой категории, после их выхода из нее, достижению устойчивого
            развития и осуществлению Повестки дня в области устойчивого развития на период
            до 2030 года 1,
            надлежащим образом учитывая разрушения, причиненные северным островам Вануату в
            начале апреля 2020 года циклоном «Гарольд», который представляет собой второй
            ураган пятой категории, обрушившийся на эту страну за пять лет, и в этой связи
            учитывая, что его последствия усугубляют огромные проблемы в плане
            восстановления, уже стоявшие перед Вануату,
            1. просит Генерального секретаря представить ей доклад на ее семьдесят шестой
            сессии.
            """)
        let preamble = try Self.preamble(text, "ru")
        #expect(preamble.count == 2, "\(preamble)")
        #expect(preamble.last?.hasPrefix("надлежащим образом") == true)
    }

    /// A/RES/75/213 in Russian as printed: "3. подтверждает … в Рио-де-Жанейро," / "Бразилия, итоговый
    /// документ …, и" / "подтверждает также, …": a capitalised line after a comma that filled the measure,
    /// so that the next line's first word would not have fitted on it, is no heading before a paragraph
    /// opening there; the numbered paragraph goes on.
    @Test func aFullLineBeforeAnOpenerIsNoHeading() throws {
        let masthead = Self.russianMasthead("A/RES/75/213", issued: "29 December 2020", agenda: [
            "Пункт 19 a) повестки дня",
            "Устойчивое развитие: на пути к обеспечению устойчивого развития: осуществление",
            "Повестки дня в области устойчивого развития на период до 2030 года, в том числе",
            "на основе рационального потребления и производства, с учетом результатов",
            "реализации Повестки дня на XXI век",
        ], adopted: [
            "Резолюция, принятая Генеральной Ассамблеей 21 декабря 2020 года",
            "[по докладу Второго комитета (A/75/457/Add.1, пункт 14)]",
        ], number: "75/213.", title: [
            "Содействие переходу к использованию рациональных моделей производства и",
            "потребления в интересах осуществления Повестки дня в области устойчивого",
            "развития на период до 2030 года с учетом Повестки дня на XXI век",
        ])
        let text = Self.page(masthead, """
            Генеральная Ассамблея,
            подчеркивая в этой связи важность содействия рациональному потреблению и
            производству в контексте осуществления стратегий устойчивого и всеохватного
            восстановления,
            1. принимает к сведению доклад Генерального секретаря, озаглавленный «На пути к
            обеспечению устойчивого развития: осуществление Повестки дня в области
            устойчивого развития на период до 2030 года, в том числе на основе устойчивого
            потребления и производства, с учетом Повестки дня на XXI век» 12;
            2. принимает к сведению также доклад Генерального секретаря об учете всех трех
            компонентов устойчивого развития в деятельности системы Организации Объединенных
            Наций 13;
            3. подтверждает принятый на Конференции Организации Объединенных Наций по
            устойчивому развитию, состоявшейся 20–22 июня 2012 года в Рио-де-Жанейро,
            Бразилия, итоговый документ под названием «Будущее, которого мы хотим», и
            подтверждает также, как об этом заявлено в Повестке дня в области устойчивого
            развития на период до 2030 года 14, все принципы Рио-де-Жанейрской декларации по
            окружающей среде и развитию;
            4. учитывает, что проведение Конференции Организации Объединенных Наций по
            окружающей среде и развитию стало важной вехой, поскольку на ней были приняты
            основные международные документы и обязательства, на основе которых
            осуществляются усилия, направленные на достижение прогресса в выравнивании
            разницы в развитии внутри развитых и развивающихся стран и между ними, в том
            числе Конвенция о биологическом разнообразии 15, Рамочная конвенция Организации
            Объединенных Наций об изменении климата 16 и Конвенция Организации Объединенных
            Наций по борьбе с опустыниванием в тех странах, которые испытывают серьезную
            засуху и/или опустынивание, особенно в Африке 17 (Рио-де-Жанейрские конвенции);
            """)
        let profile = try #require(Fixtures.linter.languages.profile("ru"))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: profile)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.map { $0.label?.raw ?? "-" } == ["1.", "2.", "3.", "4."])
        #expect(draft.operative[2].content.text.contains("Бразилия, итоговый документ"))
        #expect(draft.operative[2].content.text.contains("подтверждает также"))
    }

    /// A/RES/75/4 in Russian as printed: "e) в соответствии с установившейся практикой … которые могут
    /// участвовать в специальной сессии," / "принимая во внимание принципы транспарентности …": an item of
    /// the operative part goes on after its comma, as a numbered paragraph does; a preambular opening
    /// there opens no paragraph (the preamble is over).
    @Test func anOperativeItemGoesOnAfterItsComma() throws {
        let masthead = Self.russianMasthead("A/RES/75/4", issued: "9 November 2020", agenda: [
            "Пункт 128 повестки дня",
            "Укрепление системы Организации Объединенных Наций",
        ], adopted: [
            "Резолюция, принятая Генеральной Ассамблеей 5 ноября 2020 года",
            "[без передачи в главные комитеты (A/75/L.8)]",
        ], number: "75/4.", title: [
            "Специальная сессия Генеральной Ассамблеи в связи с пандемией коронавирусного",
            "заболевания (COVID-19)",
        ])
        let text = Self.page(masthead, """
            Генеральная Ассамблея,
            ссылаясь на свои решения S-31/1, S-31/2 и S-31/3 от 15 июля 2020 года, S‑31/4,
            S-31/5 и S-31/6 от 21 июля 2020 года и S-31/7 и S-31/8 от 14 сентября 2020 года,
            1. постановляет, что специальная сессия Генеральной Ассамблеи на уровне глав
            государств и правительств в связи с пандемией COVID-19 будет проведена в течение
            двух дней, 3 и 4 декабря 2020 года, с 9 ч 00 мин до 21 ч 00 мин, в Центральных
            учреждениях Организации Объединенных Наций в Нью-Йорке;
            2. постановляет также, что работа специальной сессии будет регулироваться
            правилами процедуры Генеральной Ассамблеи;
            3. постановляет далее, что специальная сессия будет организована следующим
            образом:
            a) в рамках специальной сессии будут организованы:
            i) открытие;
            ii) общие прения;
            iii) презентация и интерактивный диалог под руководством главы Всемирной
            организации здравоохранения и других соответствующих структур Организации
            Объединенных Наций 1 и, при наличии времени, с участием соответствующих
            заинтересованных сторон по вопросу о межучрежденческой координации их усилий по
            борьбе с пандемией COVID‑19 и ее последствиями;
            iv) заключительная часть;
            b) на открытии специальной сессии с заявлениями выступят Председатель
            Генеральной Ассамблеи, Генеральный секретарь, в том числе в качестве
            Председателя Координационного совета руководителей системы Организации
            Объединенных Наций, Председатель Экономического и Социального Совета,
            Председатель Совета Безопасности и Председатель Движения неприсоединившихся
            стран;
            d) представителям неправительственных организаций, имеющих консультативный
            статус при Экономическом и Социальном Совете, предлагается принять участие в
            работе специальной сессии в соответствии с правилами процедуры и установившейся
            практикой Генеральной Ассамблеи;
            e) в соответствии с установившейся практикой Генеральной Ассамблеи Председатель
            Генеральной Ассамблеи составляет список других соответствующих представителей
            неправительственных организаций, организаций гражданского общества, научных
            учреждений и частного сектора, которые могут участвовать в специальной сессии,
            принимая во внимание принципы транспарентности и справедливого географического
            представительства, с должным учетом необходимости реального участия женщин, и
            представляет этот список государствам-членам для рассмотрения на основе
            процедуры отсутствия возражений 2;
            """)
        let profile = try #require(Fixtures.linter.languages.profile("ru"))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: profile)
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.count == 1)
        let items = draft.operative.flatMap(\.children)
        #expect(items.map { $0.label?.raw ?? "-" } == ["a)", "b)", "d)", "e)"])
        #expect(items.last?.content.text.contains("принимая во внимание принципы транспарентности") == true)
    }
}
