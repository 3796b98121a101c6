import Foundation
import Testing
@testable import Resolint

/// How resolint reads text as pdftotext extracts it from the UN's printed resolutions in Arabic,
/// Chinese and Russian. Each excerpt is a few lines of a resolution of the seventy-fifth session (the
/// United Nations' text, from its AKN4UN markup in ../shared/corpus/akn) laid out as the extract lays
/// it out; each pattern was misread before, and a defect injected into it is still caught on its line.
struct PDFTextLayoutTests {
    static let bodyRules: Set<String> = ["operative.terminator", "structure.order", "preamble.terminator", "subitem.terminator"]

    static func parse(_ text: String, _ lang: String) throws -> Document {
        DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile(lang)))
    }

    static func bodyFindings(_ text: String, _ lang: String) throws -> [String] {
        try Fixtures.lint(text, lang: lang).diagnostics.filter { bodyRules.contains($0.rule) }.map { "\($0.rule)@\($0.start.line)" }
    }

    static func line(of needle: String, in text: String) throws -> Int {
        let r = try #require(text.range(of: needle))
        return text[..<r.lowerBound].filter { $0 == "\n" }.count + 1
    }

    // MARK: Arabic

    /// A/RES/75/103 in Arabic. Its lines end in "،" and "؛", which the layout detector did not count as
    /// marks: the few lines ending in ASCII ones made the text look blank-separated, and the whole
    /// preamble ran into one paragraph. The first preambular paragraph quotes the Arabic way, ”…“,
    /// which kept the quotation open to the end of the text.
    static let arabic = """
        A/RES/75/103

        الأمــم المتحـدة

        الجمعية العامة

        Distr.: General
        18 December 2020

        الدورة الخامسة والسبعون
        البند 58 من جدول الأعمال

        75/103.

        الأنشطة الاقتصادية وغيرها من الأنشطة التي تؤثر في مصالح شعوب الأقاليم غير المتمتعة بالحكم الذاتي
        إن الجمعية العامة،
        وقد نظرت في البند المعنون ”الأنشطة الاقتصادية وغيرها من الأنشطة التي تؤثر في
        مصالح شعوب الأقاليم غير المتمتعة بالحكم الذاتي“،
        وإذ يساورها القلق إزاء أي أنشطة ترمي إلى استغلال الموارد الطبيعية والبشرية
        للأقاليم غير المتمتعة بالحكم الذاتي على نحو يضر بمصالح سكان تلك الأقاليم،
        1 - تعيد تأكيد حق شعوب الأقاليم غير المتمتعة بالحكم الذاتي في تقرير المصير وفقا
        لميثاق الأمم المتحدة، وحقها في التمتع بمواردها الطبيعية وحقها في التصرف في تلك الموارد بما
        يحقق مصالحها على أفضل وجه؛
        2 - تؤكد قيمة الاستثمارات الاقتصادية الأجنبية التي يُضطلَع بها بالتعاون مع شعوب
        الأقاليم غير المتمتعة بالحكم الذاتي ووفقا لرغباتها؛

        1/4

        \u{0C}A/RES/75/103

        16 - تطلب إلى اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان
        والشعوب المستعمرة أن تواصل دراسة هذه المسألة وأن تقدم تقريرا عنها إلى الجمعية
        العامة في دورتها السادسة والسبعين.
        الجلسة العامة 41

        """

    @Test func arabicExtractIsReadLineByLineAndItsQuotationsClose() throws {
        let document = try Self.parse(Self.arabic, "ar")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.count == 2)
        #expect(draft.operative.count == 3)
        #expect(try Self.bodyFindings(Self.arabic, "ar").isEmpty)
        // A semicolon really missing is caught on the line where paragraph 1 ends.
        let broken = Self.arabic.replacingOccurrences(of: "على أفضل وجه؛", with: "على أفضل وجه")
        #expect(try Self.bodyFindings(broken, "ar") == ["operative.terminator@\(try Self.line(of: "يحقق مصالحها", in: broken))"])
    }

    /// A/RES/75/101 B in Arabic: headings between operative paragraphs, in a script without capitals
    /// ("ثانيا" / a short title; a title that fills its line and wraps onto the next).
    static let arabicHeadings = """
        11 - تلاحظ إسهام إدارة التواصل العالمي في العملية التحضيرية للاتفاق العالمي من
        أجل الهجرة الآمنة والمنظمة والنظامية، تماشيا مع إعلان نيويورك من أجل
        اللاجئين والمهاجرين؛
        ثانيا
        الأنشطة العامة لإدارة التواصل العالمي
        12 - تحيط علما بتقارير الأمين العام المتعلقة بأنشطة إدارة التواصل العالمي؛
        13 - تطلب إلى إدارة التواصل العالمي أن تواصل التزامها بثقافة التقييم وأن تواصل
        تقييم منتجاتها وأنشطتها بهدف تعزيز فعاليتها، وأن تواصل التعاون والتنسيق مع الدول
        الأعضاء ومكتب خدمات الرقابة الداخلية التابع للأمانة العامة من أجل كفالة الشفافية
        والمساءلة في عملياتها على نحو أكثر فعالية؛
        دور إدارة التواصل العالمي في عمليات الأمم المتحدة لحفظ السلام والبعثات السياسية
        الخاصة وبناء السلام
        14 - تطلب إلى الأمانة العامة أن تواصل ضمان المشاركة النشطة لإدارة التواصل
        العالمي في عمليات حفظ السلام والبعثات السياسية الخاصة المقبلة؛
        135 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها السادسة والسبعين البند المعنون
        ”المسائل المتصلة بالإعلام“.
        """

    @Test func arabicHeadingsStandApartFromTheParagraphAbove() throws {
        let text = "A/RES/75/101 B\n\nإن الجمعية العامة،\n" + Self.arabicHeadings + "\n1/9\n"
        let draft = try #require(try Self.parse(text, "ar").drafts.first)
        #expect(draft.operative.count == 5)
        #expect(draft.operative.dropLast().allSatisfy { $0.content.text.hasSuffix("؛") })
        #expect(try Self.bodyFindings(text, "ar").isEmpty)
        #expect(!draft.operative.contains { $0.content.text.contains("ثانيا") || $0.content.text.contains("الخاصة وبناء السلام") })
        // A paragraph that lost its semicolon after a heading is still caught on its line.
        let broken = text.replacingOccurrences(of: "بأنشطة إدارة التواصل العالمي؛", with: "بأنشطة إدارة التواصل العالمي")
        #expect(try Self.bodyFindings(broken, "ar") == ["operative.terminator@\(try Self.line(of: "12 - تحيط", in: broken))"])
    }

    /// S/RES/2565 (2021) in Arabic as printed: operative paragraph 1 goes on after its semicolon with a
    /// preambular clause, "وإذ يدرك …", wrapped to the head of a line after a full one. It is the
    /// paragraph's, not a preambular paragraph out of order; after a short line it is one.
    @Test func arabicPreambularClauseInsideAnOperativeParagraph() throws {
        let text = """
            S/RES/2565 (2021)

            إن مجلس الأمن،
            وإذ يرى أن نطاق جائحة كوفيد-19 الذي لم يسبقه مثيل من شأنه أن يعرِّض صون السلم
            والأمن الدوليين للخطر،
            1 - يدعو إلى تعزيز النُّهج الوطنية والمتعددة الأطراف والتعاون الدولي، مثل مرفق
            كوفاكس، الذي أُنشئ في إطار مبادرة تسريع إتاحة أدوات مكافحة كوفيد-19، والمبادرات
            دولية، لا سيما من أجل توسيع نطاق قدرات التصنيع والتوزيع، اعترافاً منه باختلاف
            الظروف الوطنية، ويشير إلى ضرورة الحفاظ على الحوافز لابتكار منتجات صحية جديدة؛
            وإذ يدرك دور التحصين الواسع النطاق ضد كوفيد-19 باعتباره منفعة عامة عالمية للصحة؛
            2 - يكرر تأكيد مطالبته بوقف عام وفوري للأعمال القتالية في جميع الحالات المدرجة
            على جدول أعماله، ويؤيد الجهود التي يبذلها الأمين العام وممثلوه الخاصون ومبعوثوه
            الخاصون في هذا الصدد؛
            3 - يقرر أن يبقي المسألة قيد نظره.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ar").drafts.first)
        #expect(draft.preamble.count == 1)
        #expect(draft.operative.count == 3)
        #expect(try Self.bodyFindings(text, "ar").isEmpty)
        // After a short line the clause stands apart, and is out of order.
        let short = text.replacingOccurrences(of: "ويشير إلى ضرورة الحفاظ على الحوافز لابتكار منتجات صحية جديدة؛", with: "جديدة؛")
        #expect(try Self.bodyFindings(short, "ar") == ["structure.order@\(try Self.line(of: "وإذ يدرك دور", in: short))"])
    }

    /// A/RES/75/253 B in Arabic as printed: a list run inline, "وهي: (أ)" and a no-break space, whose
    /// "(ب)" wraps to the head of a line: it goes on the sentence; it is no item of its own.
    @Test func arabicInlineListAfterANoBreakSpace() throws {
        let text = """
            A/RES/75/253 B

            إن الجمعية العامة،
            إذ تشير إلى قرارها 74/262،
            12 - تكرر طلبها إلى الأمين العام أن يكفل التقيد التام في عمليات الشراء المتعلقة
            بجميع عقود خدمات إدارة السفر بالطائرة بالمبادئ العامة للشراء الواردة في البند
            5-12 من النظام المالي، وهي: (أ)\u{A0}الحصول على أفضل ما يمكن أن يشتريه الثمن المدفوع؛
            (ب) والإنصاف والنزاهة والشفافية؛ (ج) والمنافسة الدولية الفعلية؛ (د) ومصلحة الأمم
            المتحدة، وأن يكفل أن تتيح عملية الشراء إمكانية منح العقد لعدة بائعين لإتاحة
            منافسة أكبر بين البائعين الذين يقع عليهم الاختيار؛
            13 - تقرر النظر في مقترحات الأمين العام في الجزء الرئيسي من دورتها السابعة والسبعين.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ar").drafts.first)
        #expect(draft.operative.count == 2)
        #expect(draft.operative.allSatisfy { $0.children.isEmpty })
        #expect(try Fixtures.lint(text, lang: "ar").diagnostics.filter { $0.rule.hasPrefix("subitem.") }.isEmpty)
    }

    /// A/RES/75/278 in Arabic as printed: "… البيئية والاجتماعية" / "- الاقتصادية السلبية …": the spaced
    /// hyphen of the compound "socio-economic", wrapped to the head of a line, is no bullet.
    @Test func arabicCompoundHyphenAtALineHeadIsNoBullet() throws {
        let text = """
            A/RES/75/278

            إن الجمعية العامة،
            إذ تشير إلى قراراتها السابقة،
            5 - تدعو الدول الأعضاء وصناديق منظومة الأمم المتحدة وبرامجها ووكالاتها والمؤسسات
            في قاع بحر آرال المجفّف؛

            1/4

            \u{0C}A/RES/75/278

            6 - تشدد على أهمية تعزيز التعاون الإقليمي في سبيل تنفيذ الإجراءات المشتركة
            الرامية إلى التغلب على عواقب أزمة بحر آرال وتحقيق استقرار الوضع الإيكولوجي في
            منطقة بحر آرال، ومنع المزيد من التصحر والتخفيف من حدة الآثار البيئية والاجتماعية
            - الاقتصادية السلبية عن طريق تثبيت أساليب تحسين غابات الكتل الرملية في قاع بحر
            آرال المجفَّف، الذي يخضع لما ينتقل من رماد وملح وغبار، وتعزيز التنمية الاجتماعية
            والاقتصادية والتكيف مع تغير المناخ، وتطوير السياحة البيئية وتنفيذ تدابير أخرى؛
            7 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها السادسة والسبعين البند المعنون
            ”التنمية المستدامة“.
            الجلسة العامة 41

            """
        let document = try Self.parse(text, "ar")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.count == 3)
        #expect(draft.operative.allSatisfy { $0.children.isEmpty })
        #expect(try Self.bodyFindings(text, "ar").isEmpty)
    }

    /// S/RES/2552 (2020) as printed: "(ii) …;" / "Urgent temporary measures:" / "(iii) …": a short line
    /// with a colon over an item's label heads the items after it, not the end of item (ii).
    @Test func aShortColonLineOverAnItemHeadsTheItems() throws {
        let text = """
            S/RES/2552 (2020)

            The Security Council,
            Recalling its previous resolutions,
            1. Decides that the mandate of MINUSCA shall include the following tasks:
            (a) Promotion and protection of human rights, justice and the rule of law:
            (i) To help build the capacities of the national human rights institution
            coordinating with the Independent Expert on human rights in the CAR as
            appropriate;
            Urgent temporary measures:
            (ii) To urgently and actively adopt, within the limits of its capacities and
            areas of deployment, urgent temporary measures on an exceptional basis;

            1/4

            \u{0C}S/RES/2552 (2020)

            2. Decides to remain actively seized of the matter.

            """
        let document = try Self.parse(text, "en")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        let items = try #require(draft.operative.first?.children.first).children
        #expect(items.map(\.isListHeading) == [false, true, false])
        #expect(try Self.bodyFindings(text, "en").isEmpty)
    }

    /// A/RES/75/253 B in French as printed: the title under the section's numeral opens with an operative
    /// verb ("Demande de subvention …"); it is the section's heading, not an unnumbered paragraph that
    /// runs into the preamble below it. A paragraph that loses its mark there is still reported.
    @Test func aSectionTitleThatOpensWithAnOperativeVerb() throws {
        let text = """
            A/RES/75/253 B

            L’Assemblée générale,
            Rappelant sa résolution 74/262 du 27 décembre 2019,
            1. Prend acte du rapport du Secrétaire général ;
            2. Ouvre, au chapitre 29G [Administration (Nairobi)] du budget-programme de
            2021, des crédits de 494 000 dollars qui seraient imputés sur le fonds de
            réserve ;
            IV
            Demande de subvention pour le Tribunal spécial pour le Liban
            Ayant examiné le rapport du Secrétaire général et le rapport correspondant du
            Comité consultatif,
            1. Prend acte du rapport du Secrétaire général ;
            2. Souscrit aux conclusions et recommandations que le Comité consultatif a
            formulées dans son rapport.

            1/1

            \u{0C}
            """
        let document = try Self.parse(text, "fr")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.count == 2)
        #expect(draft.operative.map { $0.label?.value ?? 0 } == [1, 2, 1, 2])
        #expect(try Self.bodyFindings(text, "fr").isEmpty)
        let slip = text.replacingOccurrences(of: "Comité consultatif,", with: "Comité consultatif")
        #expect(try Self.bodyFindings(slip, "fr") == ["preamble.terminator@\(try Self.line(of: "Comité consultatif", in: slip))"])
    }

    /// S/RES/2607 (2021) as printed (the United Nations' text, from its AKN4UN markup): subheadings
    /// numbered under their part, "1a: Targeting illicit finances" / "1 أ: استهداف …", stand between
    /// the operative paragraphs; they were read as the end of the paragraph above, which then had no
    /// final mark. A semicolon really missing before one is still caught on its line.
    @Test(arguments: [
        ("en", """
            S/RES/2607 (2021)

            The Security Council,
            Acting under Chapter VII of the Charter of the United Nations,
            1. Reiterates that Al-Shabaab poses a threat to peace and security, and that its
            terrorist and other activities have a destabilising impact in Somalia and the
            region;
            1a: Targeting illicit finances
            2. Notes with concern Al-Shabaab’s ability to generate revenue and launder,
            store and transfer resources;
            2b: Weapons and ammunition management and preventing illegal movement of
            weapons to and within Somalia
            3. Decides to remain seized of the matter.

            1/1

            \u{0C}
            """, "region;"),
        ("ar", """
            S/RES/2607 (2021)

            إن مجلس الأمن،
            إذ يشير إلى جميع قراراته السابقة وبيانات رئيسه بشأن الحالة في الصومال،
            1 - يكرر تأكيد أن حركة الشباب تشكل تهديدا للسلام والأمن، وأن أنشطتها
            الإرهابية وغيرها من الأنشطة، تخلّف تأثيرا مزعزعا للاستقرار في الصومال والمنطقة؛
            1 أ: استهداف الأموال غير المشروعة
            2 - يلاحظ مع القلق قدرة حركة الشباب على توليد الإيرادات وغسل الموارد وتخزينها
            ونقلها؛
            3 - يقرر أن يبقي المسألة قيد نظره الفعلي.

            1/1

            \u{0C}
            """, "والمنطقة؛"),
    ])
    func aSubheadingNumberedUnderItsPartStandsApart(_ lang: String, _ text: String, _ end: String) throws {
        let document = try Self.parse(text, lang)
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.map { $0.label?.value ?? 0 } == [1, 2, 3])
        #expect(try Self.bodyFindings(text, lang).isEmpty)
        let slip = text.replacingOccurrences(of: end, with: String(end.dropLast()))
        #expect(try Self.bodyFindings(slip, lang) == ["operative.terminator@\(try Self.line(of: String(end.dropLast()), in: slip))"])
    }

    /// A/RES/75/192 in Spanish as printed: "(Ucrania c." ends a page, "Federación de Rusia);" opens the
    /// next. The period of "c." (the parties of a case) ends no sentence: the paragraph goes on.
    @Test func aCaseNameAbbreviationAtAPageEnd() throws {
        let text = """
            A/RES/75/192

            La Asamblea General,
            Recordando su resolución 74/168, de 18 de diciembre de 2019,
            1. Deplora que la Federación de Rusia incumpla la providencia de la Corte
            Internacional de Justicia de 19 de abril de 2017 sobre las medidas provisionales
            en la causa relativa a la Aplicación del Convenio Internacional para la
            Represión de la Financiación del Terrorismo y de la Convención Internacional
            sobre la Eliminación de Todas las Formas de Discriminación Racial (Ucrania c.

            7/13

            \u{0C}A/RES/75/192

            Federación de Rusia);
            2. Decide seguir examinando la cuestión.

            """
        let document = try Self.parse(text, "es")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.count == 2)
        #expect(try Self.bodyFindings(text, "es").isEmpty)
    }

    /// The same case in English (A/RES/75/192, paragraph 1), wrapped before "v.": a letter written with a
    /// period at a line's head after no mark is the case's "versus", not an item "v." (items "a." open
    /// only after a mark or under an item that heads them).
    @Test func aCasesVersusAtALineHeadIsNoItem() throws {
        let text = """
            A/RES/75/192

            The General Assembly,
            Recalling its resolution 74/168 of 18 December 2019,
            1. Deplores the non-compliance of the Russian Federation with the order of the
            International Court of Justice in the case concerning Application of the
            International Convention on the Elimination of All Forms of Racial Discrimination (Ukraine
            v. Russian Federation);
            2. Decides to continue its consideration of the question.

            1/1

            \u{0C}
            """
        // As printed, and as text that keeps a paragraph to a line but wraps long ones.
        let unpaged = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(10).joined(separator: "\n") + "\n"
        for version in [text, unpaged] {
            let document = try Self.parse(version, "en")
            let draft = try #require(document.drafts.first)
            #expect(draft.operative.map { $0.children.count } == [0, 0])
            #expect(try Self.bodyFindings(version, "en").isEmpty)
        }
        #expect(try Self.parse(unpaged, "en").layout == .linePerParagraph)
    }

    /// A/RES/75/87 in Spanish as printed: "Alentada por el hecho de que …", an opener no list names but
    /// the form of a participle with its complement, opens a paragraph at a line's head after a comma
    /// the line before could have gone on from; a capitalised word of the running text does not.
    @Test func aPreambularOpenerByItsFormAtALineHead() throws {
        let text = """
            A/RES/75/87

            La Asamblea General,
            Destacando también la vital importancia y urgencia de lograr la entrada en vigor
            del Tratado y afirmando su resuelta determinación, 24 años después de la
            apertura del Tratado a la firma, de lograr su entrada en vigor,
            Alentada por el hecho de que hayan firmado el Tratado 184 Estados, incluidos 41
            de los 44 cuya ratificación es necesaria para que entre en vigor, y acogiendo
            con beneplácito el hecho de que lo hayan ratificado 168 Estados, incluidos 36 de
            los 44 cuya ratificación es necesaria para que entre en vigor, 3 de ellos
            Estados poseedores de armas nucleares,
            Recordando su resolución 74/78, de 12 de diciembre de 2019,
            1. Decide incluir en el programa provisional de su septuagésimo sexto período de
            sesiones el tema titulado “Tratado de Prohibición Completa de los Ensayos Nucleares”.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "es").drafts.first)
        #expect(draft.preamble.map { String($0.content.text.prefix(9)) } == ["Destacand", "Alentada ", "Recordand"])
        #expect(try Self.bodyFindings(text, "es").isEmpty)
        let slip = text.replacingOccurrences(of: "de lograr su entrada en vigor,\n", with: "de lograr su entrada en vigor;\n")
        #expect(try Self.bodyFindings(slip, "es") == ["preamble.terminator@\(try Self.line(of: "apertura del Tratado", in: slip))"])
    }

    // MARK: Russian

    /// A/RES/75/4 in Russian as printed: "… а от имени групп государств" / "— семью минутами;": the
    /// sentence's em dash wrapped to the head of a line is no bullet; one after a colon still is.
    @Test func russianEmDashAtALineHeadAfterNoMarkIsTheSentencesDash() throws {
        let text = """
            A/RES/75/4

            Генеральная Ассамблея,
            ссылаясь на свою резолюцию 1514 (XV) от 14 декабря 1960 года,
            1. постановляет, что общие прения будут проводиться в соответствии с
            установившейся практикой Ассамблеи, и продолжительность выступлений от имени
            отдельных делегаций будет ограничена пятью минутами, а от имени групп государств
            — семью минутами;

            1/4

            \u{0C}A/RES/75/4

            2. постановляет также, что в заседаниях будут участвовать:
            — государства-члены;
            — наблюдатели.
            41-е пленарное заседание

            """
        let document = try Self.parse(text, "ru")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.map(\.children.count) == [0, 2])
    }

    /// A/RES/75/103 in Russian: a numbered paragraph's line ends with a comma and the next starts with
    /// "руководствуясь", which opens preambular paragraphs (Russian writes its openers in lower case).
    /// S/RES/2556 (2020) in Arabic as printed (the United Nations' text, from its AKN4UN markup): a full
    /// line after a comma, "ويشير في هذا الصدد … الفقرة 7 (د) و", over "(ه) من قراره 2293 (2016)، …" (the
    /// item (e) the sentence names) is no heading: a long line heads only a paragraph's number.
    @Test func arabicFullLineOverAnItemsLabelIsNoHeading() throws {
        let text = """
            S/RES/2556 (2020)

            إن مجلس الأمن،
            إذ يشير إلى قراراته السابقة،
            5 - لا يزال مع ذلك يساوره بالغ القلق إزاء ارتفاع مستويات انتهاكات وتجاوزات حقوق
            الإنسان وانتهاكات القانون الدولي الإنساني في أجزاء من البلد، التي ترتكبها جميع
            الأطراف، ويسلّم بما يخلِّفه كل ذلك من آثار ضارة على جهود تحقيق الاستقرار
            والمصالحة المجتمعية وإعادة الإعمار والتنمية في جمهورية الكونغو الديمقراطية،
            ويشير في هذا الصدد إلى استعداده لفرض جزاءات محددة الأهداف بموجب الفقرة 7 (د) و
            (ه) من قراره 2293 (2016)، فيما يتعلق بمسائل من بينها انتهاكات أو تجاوزات حقوق
            الإنسان أو انتهاكات القانون الدولي الإنساني؛
            6 - يقرر أن يبقي المسألة قيد نظره الفعلي.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ar").drafts.first)
        #expect(draft.operative.map { $0.children.count } == [0, 0])
        #expect(draft.operative.count == 2)
        #expect(try Self.bodyFindings(text, "ar").isEmpty)
    }

    /// A/RES/75/320 in Arabic as printed (the United Nations' text, from its AKN4UN markup): a line of
    /// paragraph 3 opens with "الجلسة العامة" (plenary meeting), as the meeting line that ends the text
    /// does ("الجلسة العامة 101"); with no number after it, it ends nothing (paragraphs 3 to 13 were lost).
    @Test func arabicRunningLineOpeningWithThePlenaryMeetingEndsNothing() throws {
        let text = """
            A/RES/75/320

            إن الجمعية العامة،
            إذ تشير إلى قراراتها السابقة،
            1 - تقرر أن يعقد اجتماع رفيع المستوى؛
            2 - تقرر كذلك، دون أن يشكل ذلك سابقة بالنسبة إلى الجلسات الرفيعة المستوى التي
            تعقدها الجمعية العامة مستقبلا، أنه يجوز للدول الأعضاء التي تتناول الكلمة في
            الجلسة العامة الافتتاحية أن تقدم بيانا مسجلا سلفا من رئيس دولتها أو حكومتها؛
            3 - تطلب إلى رئيس الجمعية العامة أن يعد قائمة بالمتكلمين.
            الجلسة العامة 101
            2 آب/أغسطس 2021

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ar").drafts.first)
        #expect(draft.operative.map { $0.label?.value ?? 0 } == [1, 2, 3])
        #expect(try Self.bodyFindings(text, "ar").isEmpty)
        // "(المستأنفة)" between the phrase and the number: still the meeting line.
        let resumed = text.replacingOccurrences(of: "الجلسة العامة 101", with: "الجلسة العامة (المستأنفة) 48")
        #expect(try #require(try Self.parse(resumed, "ar").drafts.first).operative.count == 3)
    }

    /// S/RES/2612 (2021) in Russian as printed (the United Nations' text, from its AKN4UN markup): an
    /// item that heads a list ends with no mark, "ii) Поддержка … и судебных органов", its last line
    /// broken by choice; the line after it, "Стабилизация", is a heading over "a) …", not the end of the
    /// item's title. A capitalised line that fills out the item's text still goes on it.
    @Test func russianHeadingAfterAnItemHeadingStandsApart() throws {
        let text = """
            S/RES/2612 (2021)

            Совет Безопасности,
            ссылаясь на свои предыдущие резолюции,
            1. постановляет, что стратегическими приоритетами МООНСДРК являются:
            i) защита гражданского населения;
            ii) Поддержка усилий по стабилизации и укреплению государственных институтов в
            ДРК и проведению важнейших реформ в области управления и безопасности в целях
            создания функциональных, профессиональных и подотчетных государственных
            институтов, в том числе органов безопасности и судебных органов
            Стабилизация
            a) обеспечивать координацию усилий правительства ДРК, международных партнеров и
            учреждений Организации Объединенных Наций;
            b) предоставлять правительству ДРК техническую помощь;
            2. постановляет продолжать активно заниматься этим вопросом.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ru").drafts.first)
        let numeral = try #require(draft.operative.first?.children.last)
        #expect(numeral.content.text.hasSuffix("судебных органов"))
        #expect(numeral.children.compactMap(\.label?.raw) == ["a)", "b)"])
        #expect(try Self.bodyFindings(text, "ru").isEmpty)
        // A line that fills out the item's text is no heading: "… в том числе органов безопасности" /
        // "Республики" / "a) …" keeps it.
        let goesOn = text.replacingOccurrences(of: "институтов, в том числе органов безопасности и судебных органов\nСтабилизация",
                                               with: "институтов, в том числе органов безопасности и судебных органов Демократической\nРеспублики")
        let item = try #require(try Self.parse(goesOn, "ru").drafts.first?.operative.first?.children.last)
        #expect(item.content.text.hasSuffix("Демократической Республики"))
    }

    /// S/RES/2552 (2020) in Russian as printed (the United Nations' text, from its AKN4UN markup): the
    /// item "c) Выборы 2020/2021 годов" is a heading, one line broken by choice, and its text, "оказывать
    /// помощь …", is the paragraph under it, as the markup and the authored layout have it. An item whose
    /// line is full goes on.
    @Test func russianItemHeadingHasItsTextUnderIt() throws {
        let text = """
            S/RES/2552 (2020)

            Совет Безопасности,
            ссылаясь на свои предыдущие резолюции,
            1. постановляет, что мандат МИНУСКА включает следующие задачи:
            b) продолжать координацию международной поддержки мирного процесса и
            содействия ему по линии Международной группы поддержки;
            c) Выборы 2020/2021 годов
            оказывать помощь властям ЦАР в подготовке к проведению мирных президентских,
            парламентских и местных выборов в 2020/2021 годах;
            d) Содействие созданию безопасных условий для экстренного, полноценного,
            безопасного и беспрепятственного предоставления гуманитарной помощи
            укреплять координацию гуманитарной помощи;
            2. постановляет продолжать активно заниматься этим вопросом.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ru").drafts.first)
        let items = try #require(draft.operative.first?.children)
        #expect(items.map { $0.label?.raw } == ["b)", "c)", "d)"])
        #expect(items[1].content.text == "Выборы 2020/2021 годов")
        #expect(items[1].children.map(\.content.text.first) == ["о"])
        #expect(items[2].children.isEmpty)
        #expect(try Self.bodyFindings(text, "ru").isEmpty)
    }

    /// S/RES/2545 (2020) in Russian as printed (the United Nations' text, from its AKN4UN markup): a line
    /// ends with a dotted number, "… статей 3.2 и 3.4", and the next opens with a capital,
    /// "Заключительного соглашения, …". The period inside "3.4" ends nothing (it was read as a final
    /// mark with note 4 after it, and the paragraph split); a comma really missing is still caught.
    @Test func russianDottedNumberAtALineEndEndsNoParagraph() throws {
        let text = """
            S/RES/2545 (2020)

            Совет Безопасности,
            ссылаясь, в частности, на свою резолюцию 2366 (2017), в соответствии с которой
            была учреждена Контрольная миссия Организации Объединенных Наций в Колумбии
            для проверки осуществления правительством Колумбии и
            Революционными вооруженными силами Колумбии (РВСК-АН) статей 3.2 и 3.4
            Заключительного соглашения, как это предусмотрено в статье 6.3.3 Заключительного
            соглашения,
            принимая к сведению доклад Генерального секретаря,
            1. постановляет продлить мандат Контрольной миссии;
            2. постановляет продолжать активно заниматься этим вопросом.

            1/1

            \u{0C}
            """
        let draft = try #require(try Self.parse(text, "ru").drafts.first)
        #expect(draft.preamble.count == 2)
        #expect(try Self.bodyFindings(text, "ru").isEmpty)
        let slip = text.replacingOccurrences(of: "секретаря,", with: "секретаря")
        #expect(try Self.bodyFindings(slip, "ru") == ["preamble.terminator@\(try Self.line(of: "секретаря", in: slip))"])
        #expect(ParagraphAssembler.lastMarkReading("статей 3.2 и 3.4") == .scalar("4"))
        #expect(ParagraphAssembler.lastMarkReading("the 2030 Agenda.3") == .scalar("."))
        #expect(ParagraphAssembler.lastMarkReading("adopted in 2015.3") == .scalar("."))
    }

    static let russian = """
        A/RES/75/103

        Генеральная Ассамблея,
        ссылаясь на свою резолюцию 1514 (XV) от 14 декабря 1960 года,
        5. вновь подтверждает необходимость не допускать никакой экономической или иной
        деятельности, противоречащей интересам народов несамоуправляющихся территорий;
        6. вновь призывает все правительства, которые еще не сделали этого, принять,
        руководствуясь соответствующими положениями резолюции 2621 (XXV) Генеральной
        Ассамблеи от 12 октября 1970 года, законодательные, административные или иные
        меры в отношении своих граждан;

        1/4

        \u{0C}A/RES/75/103

        16. просит Специальный комитет по вопросу о ходе осуществления Декларации о
        предоставлении независимости колониальным странам и народам продолжить изучение
        этого вопроса и представить по нему доклад Генеральной Ассамблее на ее семьдесят
        шестой сессии.
        41-е пленарное заседание

        """

    @Test func russianParticipleAfterACommaGoesOnTheNumberedParagraph() throws {
        let draft = try #require(try Self.parse(Self.russian, "ru").drafts.first)
        #expect(draft.operative.count == 3)
        #expect(draft.operative[1].content.text.contains("руководствуясь соответствующими"))
        #expect(try Self.bodyFindings(Self.russian, "ru").isEmpty)
        let broken = Self.russian.replacingOccurrences(of: "своих граждан;", with: "своих граждан")
        #expect(try Self.bodyFindings(broken, "ru") == ["operative.terminator@\(try Self.line(of: "меры в отношении", in: broken))"])
    }

    // MARK: Chinese

    /// A/RES/75/109 in Chinese, laid out as ../shared/corpus/zh shows Chinese extracts: each printed
    /// line followed by an empty one, paragraphs indented. Paragraph 2 runs over a page break, past
    /// the footnote block, the page number and the running head: its last line is not footnote 9's.
    static let chinese = """
         A/RES/75/109


         联合国


         大会


         第七十五届会议

         议程项目61


         75/109.


         百慕大问题

         大会，

         表示注意到秘书处编写的关于百慕大的工作文件和其他有关资料，

         1. 重申百慕大人民根据《联合国宪章》和载有《给予殖民地国家和人民独立宣言》的大会

        第1514(XV)号决议享有不可剥夺的自决权；

         2. 又重申在百慕大非殖民化进程中，除自决原则外没有其他选择，自决也是相关人权公约

        __________________

         8 联合国，《条约汇编》，第1249卷，第20378号。

         9 见A/AC.109/2018/3，第4段。


        2/3

        \u{0C}A/RES/75/109

        所承认的一项基本人权；

         3. 还重申最终应由百慕大人民根据《宪章》、《宣言》和大会相关决议的有关规定自由决

        定自身未来的政治地位；

         14. 请特别委员会继续审查百慕大问题，并就此问题和本决议的执行情况向大会第七十六届

        会议提出报告。

         第41次全体会议

        """

    @Test func chineseParagraphGoesOnAfterThePageBreak() throws {
        let document = try Self.parse(Self.chinese, "zh")
        #expect(document.layout == .interleaved)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.count == 4)
        #expect(draft.operative[1].content.text.hasSuffix("自决也是相关人权公约所承认的一项基本人权；"))
        #expect(document.footnoteScopes.flatMap(\.texts).first { $0.number == 9 }?.text == "见A/AC.109/2018/3，第4段。")
        #expect(try Self.bodyFindings(Self.chinese, "zh").isEmpty)
    }

    /// A/RES/75/254 A: "大会" heads the masthead, and the text's own formula is "大会" without a comma,
    /// run on by "正式决定，对于2021年：". The masthead's is not the formula.
    @Test func chineseMastheadIsNotTheOpeningFormula() throws {
        let text = """
             A/RES/75/254 A-C

             联合国

             大会

             第七十五届会议

             议程项目141

             A

             2021年预算批款

             大会

             正式决定，对于2021年：

             1. 核准批款共计3 208 080 100美元；

            """
        let findings = try Fixtures.lint(text, lang: "zh").diagnostics.filter { $0.rule == "structure.opening" }
        #expect(findings.allSatisfy { $0.start.line != 5 }, "\(findings.map(\.message))")
    }

    /// The renderer lays Chinese out as the real extracts are (../shared/corpus/zh), and breaks its lines
    /// where a typesetter does: never inside "68/85" or "2017", never before "，", never right after a
    /// paragraph's number.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func chineseRenderingBreaksLinesAsATypesetterDoes() throws {
        let path = Fixtures.corpus.appendingPathComponent("akn/ga/75session/Chinese/75_100_C.xml").path
        let text = try AKNReader.read(path: path).render(.pdftotext).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.contains("68/85号") && text.contains("2017年12月7日"))
        #expect(!lines.contains { $0.hasPrefix("，") || $0.hasPrefix("。") || $0.hasPrefix("；") })
        #expect(!lines.contains { $0.wholeMatch(of: /\s*\d+\./) != nil })
        #expect(lines.contains(" 遵循《联合国宪章》的宗旨和原则，"))
        let report = try Fixtures.linter.lint(text: text, path: "75_100_C.txt", language: "zh")
        #expect(report.errors.filter { Self.bodyRules.contains($0.rule) }.isEmpty, "\(report.errors.map(\.message))")
    }

    // MARK: Cross-references and headings over items

    /// S/RES/2610 (2021), as pdftotext extracts it: "paragraph 8" / "(c) of resolution 1333 (2000)" is a
    /// cross-reference broken over two lines, not item (c); "Asset Freeze" heads the items paragraph 1's
    /// colon introduces (no adopted text follows it); "Reviews" heads paragraph 107, though it is an
    /// operative verb. Before, the bracketed letter opened an item, and once that was fixed everything
    /// after paragraph 1 was taken for an annexed text.
    static let crossReference = """
        S/RES/2610 (2021)

        Security Council

        Distr.: General
        17 December 2021

        The Security Council,
        Acting under Chapter VII of the Charter of the United Nations,
        1. Reaffirms its decision in paragraph 1 of resolution 2368 (2017) that all
        States shall take the following measures as previously imposed by paragraph 8
        (c) of resolution 1333 (2000), paragraphs 1 and 2 of resolution 1390 (2002), and
        paragraphs 1 and 4 of resolution 1989 (2011), with respect to ISIL, Al-Qaida,
        and associated individuals, groups, undertakings and entities:
        Asset Freeze
        (a) Freeze without delay the funds and other financial assets or economic
        resources of these individuals, groups, undertakings and entities;
        Travel Ban
        (b) Prevent the entry into or transit through their territories of these
        individuals;
        Reviews
        107. Decides to review the measures described in paragraph 1 above with a view
        to their possible further strengthening in thirty months or sooner if necessary;
        108. Decides to remain actively seized of the matter.

        7/34

        \u{0C}S/RES/2610 (2021)

        """

    @Test func aBracketedLetterAfterANumberIsAReferenceAndHeadingsStandOverItems() throws {
        let draft = try #require(try Self.parse(Self.crossReference, "en").drafts.first)
        #expect(draft.operative.map { $0.label?.value } == [1, 107, 108])
        #expect(draft.operative[0].children.map(\.label?.raw) == ["(a)", "(b)"])
        #expect(draft.operative[0].content.text.contains("paragraph 8 (c) of resolution 1333 (2000)"))
        #expect(!draft.adoptsText)
        #expect(try Self.bodyFindings(Self.crossReference, "en").isEmpty)
        // A paragraph that lost its semicolon is still caught on its line.
        let broken = Self.crossReference.replacingOccurrences(of: "sooner if necessary;", with: "sooner if necessary")
        #expect(try Self.bodyFindings(broken, "en") == ["operative.terminator@\(try Self.line(of: "to their possible", in: broken))"])
    }

    // MARK: Tables

    /// A/RES/75/254 A as printed (the UN's AKN in English; source: the United Nations), the table cut
    /// to part I and its total: the extract runs the table's rows together with no blank between, so
    /// the rows are one paragraph. Its lines ending with figures make it the table that "1. … for the
    /// following purposes:" introduces, as in the authored layout: no preamble after the operative
    /// part, no item ending with a colon, and the formula without a comma is the budget's own.
    static let printedTable = """
        A/RES/75/254 A-C

        United Nations

        General Assembly

        Distr.: General
        8 January 2021

        Seventy-fifth session
        Agenda item 141
        Proposed programme budget for 2021

        Resolutions adopted by the General Assembly on 31 December 2020
        [on the report of the Fifth Committee (A/75/682, para. 63)]

        75/254.
        Programme budget for 2021
        A

        Budget appropriations for 2021
        The General Assembly
        Resolves that, for 2021:
        1. Appropriations totalling 3,208,080,100 United States dollars are hereby
        approved for the following purposes:
        Section Amount
        (United States dollars)
        Part I. Overall policymaking, direction and coordination
        1 Overall policymaking, direction and coordination 78 809 400
        2 General Assembly and Economic and Social Council affairs and conference
        management 340 979 200
        Total 3 208 080 100
        2. The Secretary-General shall be authorized to transfer credits between
        sections of the budget, with the concurrence of the Advisory Committee on
        Administrative and Budgetary Questions;
        3. In addition to the appropriations approved under paragraph 1 above, an amount
        of 75,000 dollars is appropriated for 2021 from the accumulated income of the
        Library Endowment Fund for the purchase of books, periodicals, maps and library
        equipment and for such other expenses of the Library at the Palais des Nations
        in Geneva as are in accordance with the objects and provisions of the endowment.
        """

    @Test func aPrintedTableWhoseRowsRunTogetherIsStillATable() throws {
        let document = try Self.parse(Self.printedTable, "en")
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.isEmpty)
        #expect(draft.operative.count == 1)
        #expect(draft.operative[0].children.compactMap(\.label?.value) == [1, 2, 3])
        #expect(draft.operative[0].children[0].introducesTable)
        #expect(try Fixtures.lint(Self.printedTable, lang: "en").diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
        // A paragraph that lost its semicolon after the table is still caught on its line.
        let broken = Self.printedTable.replacingOccurrences(of: "Budgetary Questions;", with: "Budgetary Questions")
        #expect(try Self.bodyFindings(broken, "en").contains("subitem.terminator@\(try Self.line(of: "Administrative and Budgetary", in: broken))"))
    }

    /// A/RES/75/246 as printed (the UN's AKN in English; source: the United Nations), cut to one preambular
    /// paragraph and three operative ones (42 to 44, numbered 1 to 3 here): paragraph 43 introduces a staffing table whose rows run together
    /// and end with a count ("P-5 1", "(1)"), not an amount; the French print runs it on to the next page,
    /// past a footnote and the page's foot, and closes it with a note on abbreviations that ends with a
    /// period. Those counts were read as footnote markers of a paragraph after the operative part.
    static let staffingTable = """
        A/RES/75/246

        United Nations

        General Assembly

        Distr.: General
        7 January 2021

        Seventy-fifth session
        Agenda item 149
        United Nations pension system

        Resolution adopted by the General Assembly on 31 December 2020
        [on the report of the Fifth Committee (A/75/669, para. 6)]

        75/246.

        United Nations pension system
        The General Assembly,
        Recalling its resolutions 70/238 A of 23 December 2015 and 73/274 of 22 December 2018,
        1. Approves the admission of the Wassenaar Arrangement to membership in the Fund,
        with effect from 1 January 2021; 1
        2. Approves the changes to the staffing table as set out in the table below:
        A. Pension Administration
        Action Title of post Category Number
        New post Chief of Business Transformation and Accountability Unit P-5 1
        Conversion Programme Management Officer (Risk) P-3 1
        Conversion Benefits Assistant (Operations) GS (OL) 2
        Total net changes 4
        Reclassification Benefits Officer P-3 to P-4 1
        Redeployment (from executive direction and management to programme of work)
        Programme Management Officer P-3 1
        B. Office of Investment Management
        Action Title of post Category Number
        Abolishment Investment Assistant (Fixed Income) GS (OL) (1)
        __________________

        1 The admission of the Wassenaar Arrangement does not amount to its recognition.

        7/8

        A/RES/75/246

        Abolishment Risk Assistant GS (OL) (1)
        Total net changes (2)
        Reclassification Accountant – Middle Office P-2/P-1 to P-3 1
        Redeployment (from executive direction and management to programme of work)
        Senior Programme Officer P-5 1
        Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service
        (Principal level).
        3. Approves the estimates of 111,212,700 United States dollars for the
        administration of the Fund for 2021.
        """

    @Test func aStaffingTableEndingWithCountsIsATable() throws {
        let document = try Self.parse(Self.staffingTable, "en")
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.compactMap(\.label?.value) == [1, 2, 3])
        #expect(draft.operative[1].introducesTable)
        #expect(draft.stray.isEmpty)
        #expect(document.footnoteScopes.flatMap { $0.references.map(\.number) } == [1])
        #expect(try Fixtures.lint(Self.staffingTable, lang: "en").diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
        // A paragraph after the table that lost its period is still caught on its line.
        let broken = Self.staffingTable.replacingOccurrences(of: "for 2021.", with: "for 2021")
        #expect(try Self.bodyFindings(broken, "en") == ["operative.terminator@\(try Self.line(of: "administration of the Fund for", in: broken))"])
    }

    /// The same collection's parts B and C after A's meeting line: each opens with the formula alone and
    /// no comma ("The General Assembly" / "Resolves that, for 2021:"), which a part was not found by, so
    /// B and C went unread; B's table numbers its rows ("1. Income from staff assessment 283 437 900").
    @Test func laterPartsOpeningWithTheFormulaAloneAreRead() throws {
        let text = Self.printedTable + """

            48th (resumed) plenary meeting
            31 December 2020
            B

            Income estimates for 2021
            The General Assembly
            Resolves that, for 2021:
            1. Estimates of income other than assessments on Member States totalling
            302,522,600 United States dollars are approved as follows:
            Income section Amount (United States dollars)
            1. Income from staff assessment 283 437 900
            2. General income 19 265 100
            3. Services to the public (180 400)
            Total 302 522 600
            2. The income from staff assessment shall be credited to the Tax Equalization
            Fund in accordance with the provisions of General Assembly resolution 973 (X) of
            15 December 1955;
            3. Direct expenses of the United Nations Postal Administration shall be charged
            against the income derived from those activities.
            48th (resumed) plenary meeting
            31 December 2020
            C

            Financing of appropriations for the year 2021
            The General Assembly
            Resolves that, for 2021:
            1. Budget appropriations totalling 3,208,080,100 United States dollars shall be
            financed as follows:
            (a) 31,371,600 dollars, consisting of 19,084,700 dollars for the estimated
            income other than staff assessment income;
            (b) 649,900 dollars credited to Member States in respect of 2020.
            48th (resumed) plenary meeting
            31 December 2020

            4/4

            \u{0C}
            """
        let document = try Self.parse(text, "en")
        #expect(document.drafts.count == 3)
        #expect(document.drafts.map { $0.operative.first?.children.compactMap(\.label?.value) ?? [] } == [[1, 2, 3], [1, 2, 3], [1]])
        #expect(try Fixtures.lint(text, lang: "en").diagnostics.map(\.rule) == [])
        // A slip in part B is caught on its line.
        let broken = text.replacingOccurrences(of: "15 December 1955;", with: "15 December 1955")
        #expect(try Self.bodyFindings(broken, "en") == ["subitem.terminator@\(try Self.line(of: "15 December 1955", in: broken))"])
    }

    /// A numbered table row ends with an amount in groups of digits, a negative one in brackets; text
    /// that ends with a mark, a word or one number does not.
    @Test func aNumberedRowEndsWithAnAmount() {
        #expect(DraftBuilder.endsWithAmount("1. Income from staff assessment 283 437 900"))
        #expect(DraftBuilder.endsWithAmount("3. Services to the public (180 400)"))
        #expect(!DraftBuilder.endsWithAmount("2. The income shall be credited to the Fund;"))
        #expect(!DraftBuilder.endsWithAmount("4. Decides to consider the question in 2021"))
        #expect(!DraftBuilder.endsWithAmount("5. Recalls resolution 2254 (2015)"))
        #expect(DraftBuilder.endsWithAmount("1. Recettes provenant des contributions du personnel 283\u{A0}437\u{202F}900"))
        #expect(!DraftBuilder.endsWithAmount("900") && !DraftBuilder.endsWithAmount("décision 1234 567"))
    }

    /// A/RES/75/288 as printed (the UN's AKN in English; source: the United Nations), paragraphs 7 and 8:
    /// prose after a colon whose lines end with a year ("… to postpone the 2020") and a footnote's
    /// marker ("conference; 13") is no table: its text and its reference are read.
    static let proseAfterAColon = """
        A/RES/75/288

        The General Assembly,
        Guided by the purposes and principles enshrined in the Charter of the United
        Nations,
        7. Also recalls its decision to convene the high-level 2020 United Nations

        3/6

        \u{0C}A/RES/75/288

        Conference to Support the Implementation of Sustainable Development Goal 14:
        Conserve and sustainably use the oceans, seas and marine resources for
        sustainable development in Lisbon to support the implementation of Sustainable
        Development Goal 14, and further recalls the decision to postpone the 2020
        conference; 13
        8. Encourages continued support from the United Nations system for the efforts
        of Pacific States and relevant regional organizations to achieve sustainable
        development, and calls for greater accountability and regular reporting with
        regard to the support provided by the United Nations system.
        __________________

        13 See decision 74/548.
        """

    @Test func proseEndingLinesWithFiguresIsNoTable() throws {
        let document = try Self.parse(Self.proseAfterAColon, "en")
        let draft = try #require(document.drafts.first)
        let read = (draft.operative + draft.stray).filter { $0.content.text.contains("postpone the 2020") }
        #expect(read.count == 1)
        #expect(read.flatMap(\.footnoteReferences).map(\.number) == [13])
    }

    /// A/RES/75/253 in French as printed (the UN's AKN; source: the United Nations), the end of section
    /// VII and the head of section VIII: the section's title ends its line with a colon before its
    /// subtitle ("… pour 2021 :" / "Mécanisme de surveillance …"); it is still a heading, so paragraph 4
    /// does not end with that colon and adopt the rest as an annexed text.
    static let frenchSectionTitleWithSubtitle = """
        A/RES/75/253

        L’Assemblée générale,
        Ayant examiné le rapport du Secrétaire général et le rapport correspondant du Comité consultatif,
        4. Ouvre également des crédits de 2 291 900 dollars au chapitre 36
        (Contributions du personnel) du projet de budget-programme pour 2021, compensés
        par l’inscription du même montant au chapitre premier des recettes (Recettes
        provenant des contributions du personnel) ;
        VIII Prévisions révisées concernant les chapitres 27 (Aide humanitaire)
        et 36 (Contributions du personnel) du projet de budget-programme pour 2021 :
        Mécanisme de surveillance de l’aide humanitaire en République arabe syrienne
        Ayant examiné le rapport du Secrétaire général 16 et le rapport correspondant du
        __________________

        16 A/75/372.

        4/20

        \u{0C}A/RES/75/253

        Comité consultatif,
        1. Prend acte du rapport du Secrétaire général ;
        2. Souscrit aux conclusions et recommandations que le Comité consultatif a formulées dans son rapport.
        """

    @Test func frenchSectionTitleBeforeItsSubtitleIsAHeading() throws {
        let document = try Self.parse(Self.frenchSectionTitleWithSubtitle, "fr")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(!draft.adoptsText)
        #expect(draft.operative.compactMap(\.label?.value) == [4, 1, 2])
        #expect(draft.operative[0].content.text.last == ";")
        #expect(draft.preamble.count == 2)
    }

    // MARK: Items as printed (the UN's AKN4UN markup of the Security Council's resolutions; source: the United Nations)

    /// S/RES/2612 (2021) in Russian, paragraphs 29 and 43 cut to a few items: a heading between two
    /// items of a numbered paragraph's list ("Реформа сектора безопасности (РСБ)" between e) and f))
    /// leaves the operative part where it was, so a dash item that ends with a comma goes on at a line
    /// that opens with a verb ("…, / подчеркивает в этой связи, …"); and "в пункте 29" / "i) e)
    /// настоящей резолюции;" refers to a point, it opens no item.
    static let russianItems = """
        S/RES/2612 (2021)

        Совет Безопасности,
        ссылаясь на свои предыдущие резолюции и заявления своего Председателя,
        касающиеся Демократической Республики Конго (ДРК),
        29. постановляет, что в соответствии со своим мандатом МООНСДРК должна выполнять
        следующие первоочередные задачи и что все поставленные перед МООНСДРК задачи
        должны выполняться при соблюдении прав человека и основных свобод:
        e) отслеживать нарушения и ущемления прав человека и нарушения норм

        Объединенных Наций в стране в целях обеспечения того, чтобы любая поддержка,
        предоставляемая Организацией Объединенных Наций, строго соответствовала
        провозглашенной Организацией Объединенных Наций политике должной
        осмотрительности в вопросах прав человека и применимым нормам международного

        12/25

        \u{0C}S/RES/2612 (2021)

        гуманитарного права, права прав человека и беженского права;
        Реформа сектора безопасности (РСБ)
        f) предоставлять добрые услуги, а также стратегические и технические
        консультации правительству ДРК и играть роль в координации поддержки,
        оказываемой международными и двусторонними партнерами и системой Организации
        Объединенных Наций, в консультации с правительством ДРК, особенно в провинциях
        Северное и Южное Киву и Итури, в целях:
        – ускорения процесса реализации правительством ДРК принципа национальной
        ответственности в области реформы сектора безопасности, в том числе посредством
        содействия разработке единого национального плана, а также четкой и
        всеобъемлющей «дорожной карты» проведения реформы сектора безопасности, включая
        контрольные показатели и сроки;
        – содействия проведению всеохватной реформы сектора безопасности, обеспечивающей
        безопасность и правосудие для всех через посредство независимых, подотчетных и
        функционирующих институтов правосудия и безопасности, которые учитывают важность
        полноценного, равноправного и конструктивного участия и безопасности женщин,
        подчеркивает в этой связи, что прогресс в борьбе с безнаказанностью имеет
        решающее значение для того, чтобы силы безопасности более не воспринимались как
        угроза гражданскому населению;
        – поощрения и облегчения процесса проведения реформ в военной, полицейской,
        судебной и пенитенциарной сферах в целях повышения подотчетности и оперативной
        эффективности сектора правосудия и безопасности и борьбы с безнаказанностью; в
        этой связи оказывать экспертную помощь, предоставлять консультации и проводить
        учебную подготовку в целях укрепления потенциала конголезских сил безопасности,
        в частности в рамках учебной подготовки по вопросам прав человека и в ходе
        дальнейшего осуществления комплексной оперативной стратегии улучшения сложной
        обстановки в плане безопасности, разработанной полицией МООНСДРК, в строгом
        соответствии с проводимой Организацией Объединенных Наций политикой должной
        осмотрительности в вопросах прав человека;
        – дальнейшего оказания по линии Службы по вопросам деятельности, связанной с
        разминированием, поддержки правительству ДРК в наращивании потенциала
        конголезских сил безопасности, в том числе посредством консультирования,
        обучения и расширения функциональных возможностей в части управления запасами
        оружия и боеприпасов, противодействия угрозе применения самодельных взрывных
        устройств и утилизации боеприпасов взрывного действия;
        43. вновь обращает особое внимание на необходимость дальнейшего повышения
        эффективности работы бригады оперативного реагирования для обеспечения
        эффективной, своевременной, динамичной и комплексной защиты гражданских лиц и
        нейтрализации вооруженных групп, в частности посредством завершения работы,
        проводимой по итогам предыдущих оценок в целях повышения боеспособности бригады
        оперативного реагирования, развертывания дополнительных штабных офицеров по
        усмотрению штаба сил МООНСДРК и выполнения действий, предусмотренных в пункте 29
        i) e) настоящей резолюции;
        """

    @Test func russianHeadingBetweenItemsAndAPointAfterANumber() throws {
        let document = try Self.parse(Self.russianItems, "ru")
        #expect(document.layout == .pdftotext)
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.compactMap(\.label?.value) == [29, 43])
        #expect(draft.operative[0].children.count == 2)
        #expect(draft.operative[0].children[1].children.count == 4)
        #expect(draft.operative[0].children[1].children[1].content.text.contains("подчеркивает в этой связи"))
        #expect(draft.operative[1].children.isEmpty)
        #expect(draft.operative[1].content.text.hasSuffix("i) e) настоящей резолюции;"))
        let rules = try Fixtures.lint(Self.russianItems, lang: "ru").diagnostics.map(\.rule)
        #expect(!rules.contains("subitem.orphan"))
    }

    /// S/RES/2556 (2020) in French, paragraph 29 cut to a few items: the printed heading
    /// "Stabilisation" under "ii) …, notamment dans les domaines de la sécurité et de la justice,"
    /// introduces the items after it, as the authored layout reads it.
    static let frenchHeadingOverItems = """
        S/RES/2556 (2020)

        Le Conseil de sécurité,
        Rappelant ses résolutions antérieures,
        29. Décide que le mandat de la MONUSCO comportera les tâches prioritaires
        ci-après et que toutes les tâches de la MONUSCO devraient être effectuées dans
        le respect des droits humains et des libertés fondamentales :
        i) Protection des civils
        a) Prendre toutes les mesures nécessaires pour assurer une protection efficace ;

        \u{0C}S/RES/2556 (2020)

        pris en compte dans les systèmes de collecte de données, d’analyse des menaces
        et d’alerte rapide de la Mission ;
        ii) Appui à la stabilisation et au renforcement des institutions de l’État en
        République démocratique du Congo ainsi qu’aux principales réformes de la
        gouvernance et de la sécurité, en vue de doter l’État d’institutions
        fonctionnelles, professionnelles et responsables, notamment dans les domaines de
        la sécurité et de la justice,
        Stabilisation
        a) Assurer la coordination entre le Gouvernement de la République démocratique
        du Congo, les partenaires internationaux et les organismes des Nations Unies
        selon une approche ciblée, graduelle et ordonnée de la stabilisation fondée sur
        une analyse actualisée des conflits, dans le cadre de la mise en œuvre de la
        rapide.
        """

    @Test func frenchPrintedHeadingUnderACommaItemIntroducesItsItems() throws {
        let draft = try #require(try Self.parse(Self.frenchHeadingOverItems, "fr").drafts.first)
        let second = try #require(draft.operative.first?.children.last)
        #expect(second.children.map(\.isListHeading) == [true, false])
        #expect(try !Fixtures.lint(Self.frenchHeadingOverItems, lang: "fr").diagnostics.map(\.rule).contains("subitem.orphan"))
    }

    /// S/RES/2550 (2020) in Arabic, paragraph 3 cut to two items: "(1) دوريات … منها:" fills its line,
    /// and the item's text goes on after its run-in title ("كفالة الإذن الدائم …،"); it is no item of
    /// its own.
    static let arabicRunInTitle = """
        S/RES/2550 (2020)

        إن مجلس الأمن،
        إذ يعيد تأكيد جميع القرارات والبيانات الرئاسية السابقة المتعلقة بالحالة في أبيي
        وعلى طول الحدود بين السودان وجنوب السودان، وإذ يشدد على أهمية الامتثال لهذه
        القرارات والبيانات وتنفيذها بشكل كامل،
        3 - يقرر وجوب أن يُواصل كلا الطرفين البرهنة على إحراز تقدم ملموس في تعليم
        الحدود، لا سيما باتخاذ التدابير التالية:
        (1) دوريات القوة الأمنية المؤقتة والآلية المشتركة لرصد الحدود والتحقق منها:
        كفالة الإذن الدائم وحرية الحركة الكاملة لجميع الدوريات الجوية والأرضية،
        (2) مواقع أفرقة الآلية المشتركة لرصد الحدود والتحقق منها: دعم تشغيل موقع فريق
        الآلية في أبو كوسا/ونكور،

        2/7

        \u{0C}S/RES/2550 (2020)

        وكفالة تعميم استنتاجات الاجتماعين على نطاق واسع؛
        """

    @Test func arabicRunInTitleColonAtAFullLineGoesOn() throws {
        let draft = try #require(try Self.parse(Self.arabicRunInTitle, "ar").drafts.first)
        let items = try #require(draft.operative.first?.children)
        #expect(items.count == 2)
        #expect(items[0].children.isEmpty)
        #expect(items[0].content.text.contains("كفالة الإذن الدائم"))
    }

    /// S/RES/2520 (2020) in Chinese, paragraph 36: a list run inline ("：(1) …；(2) …；… (5) …；"), whose
    /// "(6)" wraps to the head of a line, goes on the paragraph's sentence.
    static let chineseInlineList = """
         S/RES/2520 (2020)

         安全理事会，

         回顾其以往关于索马里局势的各项决议和主席声明，


         报告

         36. 请非盟通过秘书长每90天向安全理事会通报非索特派团任务执行情况，至少提交三份书

        面报告，第一份书面报告至迟于2020年8月15日提交，为此还请具体报告以下内容：(1) 为

        支持过渡计划而采取的联合行动进展情况，包括协调机制使用情况和效力；(2) 根据第

        12(b)段提出的订正任务提案；(3) 为处理绩效不佳所采取的问责措施，包括指挥和控制以

        及行为和纪律；(4) 为保护平民所采取的措施；(5) 装备审查结果和部队资产使用情况；

        (6) 文职构成部分的人员配置；鼓励及时报告，以便安理会考虑到非盟对索马里局势的看

        法；
        """

    @Test func chineseInlineListLabelAtALineHeadGoesOn() throws {
        let draft = try #require(try Self.parse(Self.chineseInlineList, "zh").drafts.first)
        #expect(draft.operative.count == 1)
        #expect(draft.operative[0].children.isEmpty)
        let rules = try Fixtures.lint(Self.chineseInlineList, lang: "zh").diagnostics.map(\.rule)
        #expect(!rules.contains("subitem.orphan"))
    }
}
