import Foundation
import Testing
@testable import Resolint

/// Footnote markers as pdftotext leaves them in real UN texts: the superscript flattened to a plain
/// number, glued to a word or a year or set apart by spaces, among numbers of the running text that
/// are not markers. Each case is a short excerpt of a real document (named), set in a one-page
/// adopted resolution with the footnote block at the page's foot; a real slip is still caught.
struct FootnoteMarkerTests {
    /// One printed page: masthead, the body lines, the separator, the notes numbered 1…`notes`, furniture.
    static func page(_ body: String, notes: Int) -> String {
        let texts = (1...max(1, notes)).map { "\($0) Resolution 70/\($0)." }.joined(separator: "\n")
        return """
            A/RES/75/999

            General Assembly

            Distr.: General
            1 December 2020

            Seventy-fifth session
            Agenda item 1

            Resolution adopted by the General Assembly on 1 December 2020

            75/999. Oceans and the law of the sea

            The General Assembly,
            \(body)
            2. Decides to include in the provisional agenda of its seventy-sixth session the
            item entitled “Oceans and the law of the sea”.
            __________________

            \(texts)

            1/1

            20-00000 (E)

            """
    }

    static func read(_ text: String) throws -> (references: [Int], footnoteErrors: [String]) {
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let errors = try Fixtures.lint(text, lang: "en").errors.filter { $0.rule.hasPrefix("footnote.") }.map { "\($0.rule)@\($0.start.line)" }
        return (document.footnoteScopes.flatMap { $0.references.map(\.number) }, errors)
    }

    static func candidates(_ text: String, lang: String = "en") throws -> [(Int, FootnoteReferenceFinder.Strength)] {
        let finder = FootnoteReferenceFinder(language: try #require(Fixtures.linter.languages.profile(lang)))
        return finder.candidates(in: MappedText(source: SourceFile(path: "x", text: text), range: 0..<text.utf8.count)).map { ($0.number, $0.strength) }
    }

    /// Numbers of the UN's Russian texts (../shared/corpus/akn, by the United Nations) that read as a
    /// marker glued to the word before where no footnote exists: a decimal comma ("более чем 11,1
    /// миллиона", S/RES/2504 (2020)), a paragraph with its item ("согласно пункту 1 b) ниже",
    /// S/RES/2507 (2020)), a non-breaking hyphen ("приложений 1‑A и 2", S/RES/2604 (2021)), the dative
    /// "пункту 1" (S/RES/2612 (2021)).
    @Test func russianNumbersOfTheRunningText() throws {
        for text in ["более чем 11,1 миллиона человек", "согласно пункту 1 b) ниже поставки", "согласно пункту 1 б) ниже",
                     "приложений 1\u{2011}A и 2 к Мирному соглашению", "согласно пункту 1 резолюции 2293 (2016)"] {
            #expect(try Self.candidates(text, lang: "ru").allSatisfy { $0.1 == .weak }, "\(text)")
        }
        // A word of the list ends no other word: "инвалидов 5," is a marker, though "в" is listed
        // (A/RES/75/264 as printed); "в 47 государствах" is no marker.
        #expect(try Self.candidates("о правах инвалидов 5, отмечает в этой связи", lang: "ru").map { "\($0.0) \($0.1)" } == ["5 spaced"])
        #expect(try Self.candidates("в 47 государствах", lang: "ru").allSatisfy { $0.1 == .weak })
        // A goal's number: "достижению цели 14 в области устойчивого развития" (A/RES/75/215).
        #expect(try Self.candidates("содействию достижению цели 14 в области", lang: "ru").allSatisfy { $0.1 == .weak })
        // English writes a decimal point: "2019,1" is a year with its marker.
        #expect(try Self.candidates("adopted on 10 December 2019,1 and", lang: "en").contains { $0.0 == 1 && $0.1 == .glued })
    }

    /// A number joined to the next by a word of the language's `ranges` is a date's or a list's
    /// ("в Астане 10 и 11 июня", A/RES/75/187 in Russian; "يومي 5 و 6 كانون الأول", A/RES/75/228 in Arabic;
    /// the UN's AKN of the 75th session): no marker, where a footnote 10 or 5 exists. A marker
    /// spaced after a word and followed by another word stays one.
    @Test func aNumberOfARangeInEveryScript() throws {
        for (lang, text) in [("ru", "состоявшемся в Астане 10 и 11 июня 2015 года"), ("ru", "с 5 по 7 мая"),
                             ("ar", "المعقود في نيويورك يومي 5 و 6 كانون الأول 2019"), ("ar", "المعقود يومي 5 و6 كانون الأول"),
                             ("es", "celebrada del 1 al 3 de marzo"), ("fr", "aux paragraphes 6 à 12")] {
            #expect(try Self.candidates(text, lang: lang).allSatisfy { $0.1 == .weak }, "\(lang): \(text)")
        }
        #expect(try Self.candidates("о правах инвалидов 5 и отмечает", lang: "ru").contains { $0.0 == 5 && $0.1 != .weak })
    }

    /// Numbers the printed texts set where a marker could stand, told by the word before or after them
    /// (the UN's AKN of the 75th session as printed: 75/130, 75/127, 75/253 in Spanish, French and English).
    @Test func aGoalALevelAndAPostCount() throws {
        for (lang, text) in [("es", "lograr el Objetivo de Desarrollo Sostenible 3, la"), ("es", "de nivel 3 para casos"),
                             ("es", "plazas (1 D-1, 2 P-4, 3 P-3)"), ("fr", "du niveau 3 en cas"), ("fr", "soit 1 milliard de personnes"),
                             ("en", "positions (1 D-1, 2 P-4, 3 P-3)"), ("en", "well below 2 degrees Celsius"), ("en", "worldwide (or 1 in 4)")] {
            #expect(try Self.candidates(text, lang: lang).allSatisfy { $0.1 == .weak }, "\(lang): \(text)")
        }
    }

    /// A/RES/75/173 as printed: note 2 wraps after "Supplement No." and its next line opens with "3";
    /// note 3 follows. The "3" goes on note 2: one text for note 3, no duplicate.
    @Test func aNoteWrappedAfterAnAbbreviation() throws {
        let text = Self.page("""
            Recalling the report of the Economic and Social Council, 2 and the report of the Secretary-General, 3
            1. Welcomes the report;
            """, notes: 1).replacingOccurrences(of: "1 Resolution 70/1.", with: """
            1 Resolution 70/1.
            2 See Official Records of the Economic and Social Council, 2005, Supplement No.
            3 and corrigenda (E/2005/23, E/2005/23/Corr.1 and E/2005/23/Corr.2), chap. II,
            sect. A.
            3 A/75/240.
            """)
        let read = try Self.read(text.replacingOccurrences(of: "Recalling the report", with: "Recalling its resolution 70/1, 1 and the report"))
        #expect(read.references == [1, 2, 3])
        #expect(read.footnoteErrors.isEmpty, "\(read.footnoteErrors)")
    }

    /// A/RES/75/151 in Spanish as printed: note 11's date range wraps, "Madrid, 8 a" / "12 de abril de
    /// 2002 …", and note 12 follows: the "12" goes on note 11's range.
    @Test func aNoteWrappedInsideARange() throws {
        let language = try #require(Fixtures.linter.languages.profile("es"))
        let text = """
            A/RES/75/151

            La Asamblea General,
            Recordando el Plan de Acción Internacional de Madrid sobre el Envejecimiento, 11 y los
            Principios de las Naciones Unidas en favor de las Personas de Edad, 12
            1. Toma nota del informe del Secretario General.
            __________________

            11 Informe de la Segunda Asamblea Mundial sobre el Envejecimiento, Madrid, 8 a
            12 de abril de 2002 (publicación de las Naciones Unidas, núm. de venta
            S.02.IV.4), cap. I, resolución 1, anexo II.
            12 Resolución 46/91, anexo.

            1/1

            \u{0C}
            """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: language)
        #expect(document.footnoteScopes.flatMap(\.texts).map(\.number) == [11, 12])
        #expect(try Fixtures.lint(text, lang: "es").errors.filter { $0.rule == "footnote.duplicate" }.isEmpty)
    }

    /// The UN's A/RES/75/326 as printed (source: the United Nations): after notes 1 and 2, "Leadership
    /// dialogue 1: …", "Leadership dialogue 2: …" name a series (the same word before 1, 2, 3), not
    /// notes cited again; notes cited again after the words they first followed stay markers (Russian
    /// 75/167: "Программу действий 9" … "Пекинской платформой действий 10", both again later). Notes 1
    /// and 2 cited again after one word would read as such a series: the order still reads them first.
    @Test func aNumberedSeriesIsNoRepeatedReference() throws {
        let text = Self.page("""
            Recalling its resolution 70/1, 1 and the report of the Secretary-General, 2
            1. Decides that the summit shall comprise three leadership dialogues:
            (a) Leadership dialogue 1: Reflecting on the urgent need for action;
            (b) Leadership dialogue 2: Achieving a sustainable recovery;
            (c) Leadership dialogue 3: Accelerating implementation;
            """, notes: 2)
        #expect(try Self.read(text).references == [1, 2])
        let repeated = try Self.references("""
            подтверждая Программу действий 9, а также Пекинскую платформу действий 10, и вновь подтверждая
            Программу действий 9 и Пекинскую платформу действий 10,
            """, notes: 10, "ru")
        #expect(repeated == [9, 10, 9, 10])
    }

    /// A note cited again stands where a note does, closing a phrase ("персонала 4;", "Convention 8 or":
    /// the UN's Russian 75/125 and 75/311, whose markup marks such repeats); a count in running text is
    /// followed by what it counts ("were killed, 1 was injured, 8 were arrested", "of violence, 6
    /// abductions", the UN's 75/125 as printed; the English markup marks no repeat).
    @Test func aNoteCitedAgainClosesAPhrase() throws {
        let text = Self.page("""
            Recalling the Convention on the Safety of United Nations Personnel, 1 and the Convention against
            Corruption, 2
            1. Notes that 11 were killed, 1 was injured, 2 were arrested and 74 reported cases of violence, 2
            abductions, and recalls the Convention against Corruption 2 or the Convention on Personnel 1;
            """, notes: 2)
        #expect(try Self.read(text).references == [1, 2, 2, 1])
    }

    /// The UN's French A/RES/75/73 as printed: note 4 ends "résolution 50/70\u{A0}M.", a part letter bound
    /// to its number by a no-break space, not the abbreviation "M.": note 5 on the next line is its own.
    @Test func aPartLetterEndsANote() throws {
        let language = try #require(Fixtures.linter.languages.profile("fr"))
        let text = """
            A/RES/75/73

            L’Assemblée générale,
            Rappelant sa résolution 50/70 M, 4 et prenant note du rapport du Secrétaire général, 5
            1. Prend note du rapport.
            __________________

            4 Voir résolution 50/70\u{A0}M.
            5 Voir A/59/119.

            1/1

            \u{0C}
            """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: language)
        #expect(document.footnoteScopes.flatMap(\.texts).map(\.number) == [4, 5])
    }

    /// The UN's Chinese texts (../shared/corpus/akn, by the United Nations): a figure's own words after a
    /// number ("20多年", A/RES/75/151; "21世纪", A/RES/75/219) and a number before a comma ("可持续发展目标4，",
    /// A/RES/75/155: Chinese sets its markers after the comma) are no markers; a marker after "号、" at a
    /// line's end is one, though the next line opens with a year (A/RES/75/194 as printed).
    @Test func chineseNumbersOfTheRunningTextAndAMarkerAtALineEnd() throws {
        for text in ["首脑会议20多年之后", "参与21世纪知识社会", "可持续发展目标4，即确保", "领导力对话3：在采取行动",
                     "交付本决议第1(d)、1(f)和1(g)段所允许的"] {
            #expect(try Self.candidates(text, lang: "zh").allSatisfy { $0.1 == .weak }, "\(text)")
        }
        let text = "包括2013年6月13日第23/9号、1\n2015年7月2日第29/11号2 和"
        let lineEnd = Array(text.utf8).firstIndex(of: 0x0A)!
        let source = SourceFile(path: "x", text: text)
        let joined = MappedText(source: source, parts: [("", 0..<lineEnd), ("", (lineEnd + 1)..<text.utf8.count)])
        let finder = FootnoteReferenceFinder(language: try #require(Fixtures.linter.languages.profile("zh")))
        let found = finder.candidates(in: joined).filter { $0.strength != .weak }.map(\.number)
        #expect(found == [1, 2])
    }

    /// A/RES/75/193 (Spanish) as printed, a list of Human Rights Council resolutions each with its
    /// marker: "de 25 de septiembre de 2014 17, 28/20, de 27 de marzo de 2015 18, 29/16": the number
    /// before the comma is a marker, for a resolution's symbol after it is no list's next number;
    /// "paragraphs 8 (g),\n12, 13 (b)" is still a list.
    @Test func aMarkerBeforeAResolutionSymbolIsNoListNumber() throws {
        let found = try Self.candidates("de 25 de septiembre de 2014 17, 28/20, de 27 de marzo de 2015 18, 29/16, de 2", lang: "es")
        #expect(found.filter { $0.1 != .weak }.map(\.0) == [17, 18])
        #expect(try Self.candidates("paragraphs 12, 13 (b) and", lang: "en").allSatisfy { $0.1 == .weak })
        // "el Convenio sobre el Trabajo Forzoso, 1930 (núm. 29)" (A/RES/75/158): a convention's number.
        #expect(try Self.candidates("sobre el Trabajo Forzoso, 1930 (núm. 29), y de la", lang: "es").allSatisfy { $0.1 == .weak })
    }

    /// A/RES/75/104 as printed: "the report of the Secretary-General1 and the report of the Economic
    /// and Social Council2": a marker glued to a hyphenated word.
    @Test func markerGluedToAHyphenatedWord() throws {
        let text = Self.page("""
            Having also considered the report of the Secretary-General1 and the report of
            the Economic and Social Council2 on the item,
            1. Takes note of the report;
            """, notes: 2)
        let r = try Self.read(text)
        #expect(r.references == [1, 2])
        #expect(r.footnoteErrors.isEmpty)
        // The marker really missing: its text is then unreferenced, on its line.
        let broken = try Self.read(text.replacingOccurrences(of: "Secretary-General1", with: "Secretary-General"))
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("1 Resolution") }) + 1
        #expect(broken.footnoteErrors.contains("footnote.unreferenced@\(line)"))
    }

    /// A/80/L.17: "Notes with satisfaction that, in “The future we want”, 19 States addressed" and
    /// A/80/L.22: "Safety of Life at Sea, 1974, 12 ships on international voyages": a marker before a
    /// word that usually counts ("States", "ships") is the footnote expected next.
    @Test func theNextFootnoteBeforeACountingWord() throws {
        let text = Self.page("""
            Recalling the International Convention for the Safety of Life at Sea, 1974, 1 ships on
            international voyages are required to carry an appropriate voyage data recorder,
            1. Notes with satisfaction that, in “The future we want”, 2 States addressed
            the sustainable development of fisheries;
            """, notes: 2)
        let r = try Self.read(text)
        #expect(r.references == [1, 2])
        #expect(r.footnoteErrors.isEmpty)
    }

    /// Numbers of the running text that are not markers, though footnotes of those numbers exist:
    /// "on 22 and 23 September" (dates), "paragraphs 8 (g),\n12, 13 (b)" (A/80/L.22-style references
    /// to paragraphs), "reports,1) progress" (an enumerator), "(COVID‑19)" (U+2011, A/80/L.25).
    @Test func numbersOfTheRunningTextAreNoMarkers() throws {
        let dates = try Self.candidates("high-level meeting held on 22 and 23 September 2021,")
        #expect(dates.allSatisfy { $0.1 == .weak })
        let paragraphs = try Self.candidates("as set out in paragraphs 8 (g),\n12, 13 (b) and 15 of the report,")
        #expect(paragraphs.map(\.0) == [8, 12, 13, 15])
        #expect(paragraphs.allSatisfy { $0.1 == .weak })
        #expect(try Self.candidates("the annual reports,1) progress made").allSatisfy { $0.1 == .weak })
        // A count of posts (A/RES/75/302 in five languages).
        for (text, lang) in [("Decides to abolish 2 posts that have been vacant", "en"), ("Décide de supprimer 2 postes qui", "fr"),
                             ("Decide suprimir 2 puestos que", "es"), ("постановляет упразднить 2 штатные должности", "ru")] {
            #expect(try Self.candidates(text, lang: lang).allSatisfy { $0.1 == .weak }, "\(text)")
        }
        // A Spanish date, its month after "de" (A/RES/75/101 B, paragraph 58).
        #expect(try Self.candidates("la Felicidad (20 de marzo), el Holocausto (27 de enero)", lang: "es").allSatisfy { $0.1 == .weak })
        #expect(try Self.candidates("the coronavirus disease (COVID\u{2011}19) pandemic").isEmpty)
        // Resolution 75/304 in Chinese: "工作人员薪金税收入估计数5 428 107美元": an amount, thousands set apart.
        #expect(try Self.candidates("estimate of 5 428 107 dollars").allSatisfy { $0.1 == .weak })
        // In a text with 19 footnotes, "(COVID‑19)" after the third is no jump to the nineteenth.
        let body = (1...3).map { "Recalling its resolution 70/\($0 + 10), \($0)" }.joined(separator: "\n")
            + "\nNoting the ongoing consequences of the coronavirus disease (COVID\u{2011}19)\npandemic,\n1. Takes note of the report;"
        let r = try Self.read(Self.page(body, notes: 3))
        #expect(r.references == [1, 2, 3])
        #expect(r.footnoteErrors.isEmpty)
    }

    /// Spanish ordinals with their indicator, "las Cumbres 1ª a 11ª de la Asociación" (the UN's Spanish
    /// 75/15; "las reuniones 1ª a 17ª", 75/52; source: the United Nations), as "1º": no markers.
    @Test func spanishOrdinalsAreNoMarkers() throws {
        let ordinals = try Self.candidates("Recordando las Cumbres 1ª a 11ª de la Asociación", lang: "es")
        #expect(ordinals.allSatisfy { $0.1 == .weak }, "\(ordinals)")
    }

    /// A/C.1/80/L.1: "the report of the Secretary-General of 10 October 19904 or"; A/C.2/80/L.29:
    /// "the Decade of Action for Landlocked Developing Countries for the Decade 2024–203414 and": a
    /// marker glued to a year.
    @Test func markerGluedToAYear() throws {
        #expect(try Self.candidates("the report of the Secretary-General of 10 October 19904 or").map(\.0) == [10, 4])
        #expect(try Self.candidates("for the Decade 2024–203414 and Agenda 2063").map(\.0) == [14])
        // A year alone stays a year.
        #expect(try Self.candidates("adopted on 10 October 1990 and").map(\.0) == [10])
        let text = Self.page("""
            Recalling the Treaty on the Non-Proliferation of Nuclear Weapons, 1
            Taking note of the study annexed to the report of the Secretary-General of
            10 October 19902 or other relevant measures,
            1. Takes note of the report;
            """, notes: 2)
        let r = try Self.read(text)
        #expect(r.references == [1, 2])
        #expect(r.footnoteErrors.isEmpty)
    }

    /// Footnotes out of order are still reported, glued ("costs3", A/C.5-style) or spaced.
    @Test func aRealSlipOfOrderIsStillCaught() throws {
        let text = Self.page("""
            Recalling the Paris Agreement,2 and the Sendai Framework for Disaster Risk Reduction,1
            1. Takes note of the report;
            """, notes: 2)
        let r = try Self.read(text)
        #expect(r.references == [2, 1])
        #expect(r.footnoteErrors == ["footnote.numbering@16"])
    }

    /// pdftotext sets a superscript it could not place on a line of its own over the page's foot: the
    /// issued A/C.2/80/L.29 prints "Agenda" / "21, the Programme for the Further Implementation of
    /// Agenda 21, 6 the Johannesburg Declaration …" and, at the end of the page's body, "Programme," / "5"
    /// (note 5 is "Ibid., annex II.", Agenda 21). That marker stands where the order needs it; the same
    /// number in the running text is still a slip of order.
    @Test func aMarkerSetAloneOverThePageFootStandsWhereTheOrderNeedsIt() throws {
        let page = Self.page("""
            Recalling also the Rio Declaration on Environment and Development, 1 Agenda
            21, the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg
            Declaration on Sustainable Development 4 and regional initiatives, such as the
            Comprehensive Africa Agriculture Development Programme,
            1. Takes note of the report;
            """, notes: 4)
        // The lone number at the end of the page's body, over its foot.
        let moved = page.replacingOccurrences(of: "of the sea”.\n_", with: "of the sea”.\n2\n\n_")
        #expect(moved != page)
        let r = try Self.read(moved)
        #expect(r.references == [1, 2, 3, 4])
        #expect(r.footnoteErrors.isEmpty)
        // Set in the running text, the same number is a slip of order.
        let inText = try Self.read(page.replacingOccurrences(of: "Programme,\n", with: "Programme, 2\n"))
        #expect(inText.references == [1, 3, 4, 2])
        #expect(inText.footnoteErrors == ["footnote.numbering@17"])
    }

    /// Where a text writes its markers explicitly ("[^3]"), a plain number is never one: authored
    /// drafts (rendered from the AKN markup of the United Nations, e.g. resolution 75/125) cite
    /// "paragraph 11" and "resolution 6" in the running text.
    @Test func explicitMarkersOnly() throws {
        let text = """
            The General Assembly,

            Recalling its resolution 74/1,[^1] in particular paragraph 11 thereof, and section 6,[^2]

            1. Decides to include in the provisional agenda of its seventy-sixth session the item entitled “Oceans and the law of the sea”.

            [^1]: A/74/1.

            [^2]: A/74/2.

            """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(document.footnoteScopes.flatMap { $0.references.map(\.number) } == [1, 2])
    }

    /// The footnote references read in `body` on a page with `notes` notes, in order.
    static func references(_ body: String, notes: Int, _ lang: String) throws -> [Int] {
        let language = try #require(Fixtures.linter.languages.profile(lang))
        return DocumentParser().parse(SourceFile(path: "x", text: page(body, notes: notes)), language: language)
            .footnoteScopes.flatMap { $0.references.map(\.number) }
    }

    /// The UN's A/RES/75/90 as printed (source: the United Nations): "170 United Nations Member States, 1
    /// non-member observer State and 1 observer" on page 2 stands as a marker does, but note 1's text is at
    /// the foot of page 7, under "the Convention on … Their Destruction, 1 expresses concern": a number on
    /// an earlier page gives way to one as sure on the page that holds the note's text.
    @Test func aMarkerStandsOnThePageOfItsNote() throws {
        let text = """
            A/RES/75/90

            General Assembly

            Distr.: General
            18 December 2020

            Seventy-fifth session
            Agenda item 39
            The situation in Afghanistan

            Resolution adopted by the General Assembly on 10 December 2020

            75/90. The situation in Afghanistan

            The General Assembly,
            Welcoming the announcement and implementation of ceasefire periods, and noting
            the statement of support by 170 United Nations Member States, 1 non-member
            observer State and 1 observer,

            1/2

            \u{0C}A/RES/75/90

            1. Remains deeply concerned about the persistent harm to civilians caused by
            anti-personnel landmines, welcomes the accession of Afghanistan to the Convention
            on the Prohibition of the Use, Stockpiling, Production and Transfer of
            Anti-Personnel Mines and on Their Destruction, 1 expresses concern at the use of
            improvised explosive devices, and requests the Secretary-General to report.
            __________________

            1 United Nations, Treaty Series, vol. 2056, No. 35597.

            2/2
            """
        let en = try #require(Fixtures.linter.languages.profile("en"))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: en)
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.flatMap(\.footnoteReferences).isEmpty)
        #expect(draft.operative.flatMap(\.footnoteReferences).map(\.number) == [1])
        // Without pages (the notes at the file's end, as authored text keeps them) order alone decides:
        // the first is the marker, and the second, followed by a word, no note cited again.
        let source = SourceFile(path: "x", text: text)
        let finder = FootnoteReferenceFinder(language: en)
        let ones = (finder.candidates(in: draft.preamble[0].content) + finder.candidates(in: draft.operative[0].content))
            .filter { $0.number == 1 && $0.strength >= .spaced }
        #expect(ones.count == 2)
        #expect(FootnoteLinker.select(ones, defined: [1]) == [true, false])
        let note = try #require(document.footnoteScopes.first?.texts.first)
        let pages = FootnoteLinker.pages(of: [note], pageStarts: [0, try #require(source.bytes.firstIndex(of: 0x0C))])
        #expect(FootnoteLinker.select(ones, defined: [1], pages: pages) == [false, true])
    }

    /// A range's dash may be a figure dash (U+2012: "проведение 7‒18 ноября 2016 года", the UN's Russian
    /// A/RES/75/179) or a minus sign (U+2212: "on 5−6 December", the UN's English S/RES/2548 (2020)), as
    /// well as an en dash or a hyphen: its first number is no marker, even where it is the note due.
    @Test func aRangeWrittenWithAFigureDashOrAMinusSignHoldsNoMarker() throws {
        #expect(try Self.references("""
            принимает к сведению Парижское соглашение 1 и с удовлетворением отмечает проведение 7‒18 ноября
            2016 года в Марракеше двадцать второй сессии Конференции сторон 2;
            """, notes: 2, "ru") == [1, 2])
        for dash in ["\u{2212}", "\u{2013}", "-"] {
            #expect(try Self.references("""
                Recalling the Paris Agreement 1 and the round-table meeting on 2\(dash)6 December,
                """, notes: 2, "en") == [1], "dash \(dash.unicodeScalars.first!.value)")
        }
    }

    /// The Spanish markup of A/RES/75/213 (source: the United Nations) drops the space after a note:
    /// "la Declaración de Johannesburgo sobre el Desarrollo Sostenible 4y el Plan de Aplicación … 5 y":
    /// the 4 is the marker the order needs; "la 2a sesión" with no note 2 due stays text.
    @Test func aMarkerGluedToAOneLetterWordIsReadWhereTheOrderNeedsIt() throws {
        func references(_ body: String, notes: Int) throws -> [Int] { try Self.references(body, notes: notes, "es") }
        #expect(try references("""
            Recordando la Declaración de Río 1, el Programa 21 2, el Plan para la Ulterior Ejecución 3, la
            Declaración de Johannesburgo sobre el Desarrollo Sostenible 4y el Plan de Aplicación 5 y el
            documento final,
            """, notes: 5) == [1, 2, 3, 4, 5])
        #expect(try references("""
            Recordando la Declaración de Río 1 y lo decidido en la 2a sesión,
            """, notes: 1) == [1])
    }

    /// The UN's A/RES/75/29 (source: the United Nations) sets note 1 after "1994, " and before the next
    /// word: "(Budapest Memorandum) of 5 December 1994,\n1in which, inter alia, …". The number glued to
    /// the head of a word is the marker the order needs; an ordinal or a unit ("the 21st century",
    /// "5km") is not, even where its number is the note due.
    @Test func aMarkerGluedToTheHeadOfTheNextWordIsReadWhereTheOrderNeedsIt() throws {
        func references(_ body: String, notes: Int) throws -> [Int] { try Self.references(body, notes: notes, "en") }
        #expect(try references("""
            Recalling the Memorandum on Security Assurances (Budapest Memorandum) of 5 December 1994,
            1in which the commitments were reaffirmed, and the Treaty on Open Skies 2 and the Vienna Document,
            """, notes: 2) == [1, 2])
        #expect(try references("""
            Recalling the challenges of the 21st century and the road of 5km built in 2019 1 and its maintenance,
            """, notes: 1) == [1])
        #expect(try references("""
            Recalling the road of 1km and the Vienna Document 1 and its annex,
            """, notes: 1) == [1])
    }

    /// The UN's A/RES/75/250 B (source: the United Nations): "Israel shall pay the amount of 1,117,005
    /// dollars", with notes 4 and 5 still to come: a figure's group of thousands ("005", "117") is no
    /// marker, though 5 is a note of the text.
    @Test func aFiguresGroupOfThousandsIsNoMarker() throws {
        let text = Self.page("""
            Recalling its resolutions, stresses once again that Israel shall pay the amount of 1,117,005
            dollars resulting from the incident, 1 and requests the Secretary-General to report,
            """, notes: 5)
        let en = try #require(Fixtures.linter.languages.profile("en"))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: en)
        #expect(document.footnoteScopes.flatMap { $0.references.map(\.number) } == [1])
    }

    /// The UN's Chinese 75/89 as pdftotext prints it (source: the United Nations): "按成果文件目标14所述" names
    /// goal 14 long before note 14. A number touching an ideograph is no surer a marker than one set apart,
    /// so it may not jump ahead of the notes still to come; where the order needs it, it is one ("报告2").
    @Test func aNumberAgainstAnIdeographJumpsNoNotesAhead() throws {
        let zh = try #require(Fixtures.linter.languages.profile("zh"))
        func markers(_ s: String, defined: ClosedRange<Int>) -> [Int] {
            let source = SourceFile(path: "x", text: s)
            let candidates = FootnoteReferenceFinder(language: zh).candidates(in: MappedText(source: source, range: 0..<source.bytes.count))
            let chosen = FootnoteLinker.select(candidates, defined: Set(defined))
            return candidates.indices.filter { chosen[$0] }.map { candidates[$0].number }
        }
        #expect(markers("回顾《联合国海洋法公约》，1 并在此方面重申致力于按成果文件目标14所述，养护海洋，又回顾秘书长的报告2 和《协定》，3", defined: 1...14) == [1, 2, 3])
        // Near the note expected, "目标14" names the goal (A/RES/75/288: notes 12, 13 and 14 around it);
        // a marker after 目标 is still read where the order needs it.
        #expect(markers("回顾报告，12 又回顾其关于2020年联合国支持落实可持续发展目标14即保护海洋的决定，13 和《协定》，14", defined: 12...14) == [12, 13, 14])
        #expect(markers("回顾可持续发展目标1 和报告，2", defined: 1...2) == [1, 2])
        // A number against an ideograph is no note cited again: "附件2" is the treaty's annex 2 (A/RES/75/71).
        #expect(markers("回顾报告，1 和《协定》，2 呼吁《全面禁止核试验条约》附件2中剩余的八个国家", defined: 1...2) == [1, 2])
        // 建议 names a recommendation (A/RES/75/246: "包括至关重要的建议1和建议10" with note 11 due).
        #expect(markers("回顾报告，10 支持报告提出的全部建议，包括至关重要的建议1和建议10，又回顾报告，11", defined: 10...11) == [10, 11])
        #expect(Array("目标14".utf8).withUnsafeBufferPointer { FootnoteReferenceFinder.afterIdeograph($0, 6) })
        #expect(!Array("》，14".utf8).withUnsafeBufferPointer { FootnoteReferenceFinder.afterIdeograph($0, 6) })
    }

    /// The UN's Arabic A/RES/75/253 A (source: the United Nations), as printed: "في إطار الباب 28، التواصل
    /// العالمي" names the budget's section 28 with note 16 due, before section 29 ("الباب 29 هاء"): read as
    /// notes, they were a jump the notes skipped would allow.
    @Test func anArabicSectionNumberIsNoMarker() throws {
        let ar = try #require(Fixtures.linter.languages.profile("ar"))
        let source = SourceFile(path: "x", text: "ترصد مبلغا في إطار الباب 28، التواصل العالمي، ومبلغ في إطار الباب 29 هاء، الإدارة، 16 ومبلغ في إطار الباب 29 والباب 33، 17")
        let candidates = FootnoteReferenceFinder(language: ar).candidates(in: MappedText(source: source, range: 0..<source.bytes.count))
        let chosen = FootnoteLinker.select(candidates, defined: Set(1...40))
        #expect(candidates.indices.filter { chosen[$0] }.map { candidates[$0].number } == [16, 17])
    }

    /// A page's notes run on from the previous page's: "4 See Official Records …, Supplement No.\n21
    /// (E/1998/41), sect. III.G." (A/RES/75/104) is one note, not notes 4 and 21.
    @Test func aWrappedNoteLineStartingWithANumberIsNoNote() {
        func note(_ n: Int) -> FootnoteText { FootnoteText(number: n, numberRange: 0..<1, text: "") }
        var next = 4
        #expect(PageCleaner.pageNotes([note(4), note(21)], next: &next).map(\.number) == [4])
        #expect(next == 5)
        // Scrambled by pdftotext (A/80/L.17: 19, 21, 22, 20) and still one run.
        next = 19
        #expect(PageCleaner.pageNotes([note(19), note(21), note(22), note(20)], next: &next).map(\.number) == [19, 21, 22, 20])
        // A new scope starts again at 1.
        next = 9
        #expect(PageCleaner.pageNotes([note(1), note(2)], next: &next).map(\.number) == [1, 2])
        // Inside the page's run, between two notes that follow each other: "2 See Official Records …,
        // Supplement No.\n5 (E/2006/25) …\n3 Ibid." (A/RES/75/226): 5 is no note, and the next page's
        // notes start at 4.
        func foot(_ numbers: [Int], wrapped: Int? = nil) -> [FootnoteText] {
            numbers.enumerated().map { k, n in
                FootnoteText(number: n, numberRange: k..<(k + 1), text: k == wrapped ? "(E/2006/25), chap. I, sect. B." : "Ibid.")
            }
        }
        next = 1
        #expect(PageCleaner.pageNotes(foot([1, 2, 5, 3], wrapped: 2), next: &next).map(\.number) == [1, 2, 3])
        #expect(PageCleaner.pageNotes(foot([4, 5, 6]), next: &next).map(\.number) == [4, 5, 6])
        // "1 See Official Records …, 2007, Supplement No.\n7 (E/2007/27) …" over notes 1 to 9 (A/RES/75/160):
        // the 7 between 6 and 8 is the note.
        next = 1
        let notes = PageCleaner.pageNotes(foot([1, 7, 2, 3, 4, 5, 6, 7, 8, 9], wrapped: 1), next: &next)
        #expect(notes.map(\.number) == Array(1...9))
        #expect(notes.first { $0.number == 7 }?.numberRange == 7..<8)
        // Notes that open as notes do stay, in pdftotext's scrambled order ("2", "4", "3", A/80/L.13).
        next = 2
        #expect(PageCleaner.pageNotes(foot([2, 4, 3]), next: &next).map(\.number) == [2, 4, 3])
    }
}

extension FootnoteMarkerTests {
    /// Security Council resolution 2520 (2020) in Arabic (the markup of the United Nations): "على أساس
    /// ما يلي: ’1‘ المعلومات الواردة …؛ ’2‘ تنفيذ التدابير": items numbered between single quotation
    /// marks are no markers.
    @Test func arabicItemNumbersBetweenQuotationMarks() throws {
        let finder = FootnoteReferenceFinder(language: try #require(Fixtures.linter.languages.profile("ar")))
        let text = "على أساس ما يلي: ’1‘ المعلومات الواردة من الاتحاد الأفريقي؛ ’2‘ تنفيذ التدابير ذات الأولوية"
        #expect(finder.candidates(in: MappedText(source: SourceFile(path: "x", text: text), range: 0..<text.utf8.count)).isEmpty)
    }

    /// Resolution 75/284 (the markup of the United Nations) sets every marker in the annexed
    /// declaration: in an authored text, "[^n]" markers count wherever they stand, and a note that
    /// nothing refers to is still reported.
    @Test func explicitMarkersOutsideTheParagraphsCount() throws {
        let text = """
            The General Assembly

            Adopts the political declaration annexed to the present resolution.

            74th plenary meeting
            8 June 2021

            Political Declaration on HIV and AIDS

            1. We reaffirm the 2030 Agenda for Sustainable Development,[^1] including target 3.3;

            2. We reaffirm the 2001 Declaration of Commitment on HIV/AIDS[^2] and the 2006 declaration;[^3]

            [^1]: Resolution 70/1.

            [^2]: Resolution S-26/2, annex.

            [^3]: Resolution 60/262, annex.

            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let clean = try Fixtures.lint(text, lang: "en").errors.filter { $0.rule.hasPrefix("footnote.") }
        #expect(clean.isEmpty, "\(clean.map(\.rule))")
        let broken = text.replacingOccurrences(of: "declaration;[^3]", with: "declaration;")
        let errors = try Fixtures.lint(broken, lang: "en").errors.filter { $0.rule.hasPrefix("footnote.") }.map { "\($0.rule)@\($0.start.line)" }
        let line = try #require(lines.firstIndex { $0.hasPrefix("[^3]:") }) + 1
        #expect(errors == ["footnote.unreferenced@\(line)"])
    }

    /// An annexed text between a resolution and the texts of its notes (the UN's Arabic AKN4UN of
    /// A/RES/75/326 sets the meeting line after its annexes; source: the United Nations): the notes the
    /// resolution refers to are its own; the annex's notes are not checked with it; a note the resolution
    /// refers to that has no text is still reported.
    @Test func notesAfterAnAnnexAreTheResolutions() throws {
        let text = """
            إن الجمعية العامة،

            إذ تشير إلى قرارها 73/333،

            1 - تقرر أن تشمل المشاورات الاتفاقات البيئية المتعددة الأطراف([^1])؛

            2 - تقرر أن ينتخب الاجتماع الدولي ثمانية نواب للرئيس([^2])، يعين أحدهم مقررا عاما.

            المرفق الأول

            جدول الأعمال المؤقت للاجتماع الدولي([^3])

            1 - افتتاح الاجتماع الدولي.

            الجلسة العامة 103
            10 أيلول/سبتمبر 2021

            [^1]: () لأغراض الاجتماع الدولي، يقصد بالاتفاقات البيئية المتعددة الأطراف المعاهدات التالية.

            [^2]: () عضوان من كل مجموعة من المجموعات الإقليمية.

            [^3]: () تقرير مؤتمر الأمم المتحدة المعني بالبيئة والتنمية.

            """
        let clean = try Fixtures.lint(text, lang: "ar").errors.filter { $0.rule.hasPrefix("footnote.") }
        #expect(clean.isEmpty, "\(clean.map(\.rule))")
        let lost = text.replacingOccurrences(of: "[^2]: () عضوان من كل مجموعة من المجموعات الإقليمية.\n\n", with: "")
        let errors = try Fixtures.lint(lost, lang: "ar").errors.filter { $0.rule.hasPrefix("footnote.") }.map { "\($0.rule)@\($0.start.line)" }
        #expect(errors == ["footnote.missing-text@7"])
    }
}

/// An authored marker before a colon in the text ("… órganos humanos[^10]:", the UN's Spanish AKN of
/// A/RES/75/195, paragraph 3; source: the United Nations) is a reference, not the head of a note's text,
/// which opens its line.
struct AuthoredMarkerBeforeAColonTests {
    @Test func aMarkerBeforeAColonIsAReference() throws {
        let text = """
            La Asamblea General,

            Recordando la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional[^1],

            1. Insta a los Estados Miembros a que consideren la posibilidad de adoptar las siguientes medidas, de conformidad con los principios rectores de la Organización Mundial de la Salud sobre trasplante de células, tejidos y órganos humanos[^2]:

            a) Fortalecer los marcos legislativos para prevenir y combatir la trata de personas con fines de extracción de órganos;

            b) Garantizar un acceso equitativo y sin discriminación al trasplante de órganos humanos.

            [^1]: Naciones Unidas, Treaty Series, vol. 2225, núm. 39574.

            [^2]: Organización Mundial de la Salud, documento WHA63/2010/REC/1, anexo 8.

            """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("es")))
        #expect(document.footnoteScopes.flatMap { $0.references.map(\.number) } == [1, 2])
        #expect(try Fixtures.lint(text, lang: "es").diagnostics.filter { $0.rule.hasPrefix("footnote.") }.map(\.rule) == [])
    }
}
