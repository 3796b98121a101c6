import Testing
@testable import Resolint

/// Readings of the UN's adopted texts in their markup (../shared/corpus/akn, by the United Nations):
/// a formula that reads as the masthead's organ, and marks followed by invisible spaces.
struct MastheadAndMarksTests {
    /// Russian 75/1: the masthead's "Генеральная Ассамблея" and, after the title, the formula without its
    /// comma before "принимает следующую декларацию:". The formula is the second.
    @Test func aFormulaWithoutCommaAfterAMastheadThatReadsTheSame() throws {
        let text = """
        Организация Объединенных Наций
        A/RES/75/1
        Генеральная Ассамблея
        Distr.: General
        28 September 2020
        Семьдесят пятая сессия
        Пункт 128 a) повестки дня

        75/1. Декларация о праздновании семьдесят пятой годовщины Организации Объединенных Наций

        Генеральная Ассамблея

        принимает следующую декларацию:

        Декларация о праздновании семьдесят пятой годовщины Организации Объединенных Наций

        """
        let report = try Fixtures.lint(text, lang: "ru")
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("ru")))
        let draft = try #require(document.drafts.first)
        #expect(draft.opening.map { document.source.position(of: $0.range.lowerBound).line } == 11)
        #expect(draft.preamble.isEmpty)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
    }

    /// Chinese 75/296: the masthead holds the resolution's symbol, but the line "大会2021年6月30日通过的决议"
    /// is missing. An adopted resolution, not a draft without its sponsors; a draft's symbol still asks
    /// for them.
    @Test func aResolutionSymbolWithoutTheAdoptionLine() throws {
        let text = """
        联合国
        A/RES/75/296
        大会
        Distr.: General
        6 July 2021
        第七十五届会议
        议程项目154
        [根据第五委员会的报告 (A/75/936，第15段)]

        75/296. 已结束的维持和平特派团

        大会，

        回顾其2020年6月30日第74/278号决议和2020年9月3日第74/571号决定，

        1. 表示注意到秘书长的报告；

        2. 请秘书长继续采取一切必要措施，在任何维持和平特派团结束前向部队和警察派遣国偿还费用。

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("zh")))
        #expect(document.kind == .adoptedResolution)
        #expect(try Fixtures.lint(text, lang: "zh").errors.map(\.rule) == [])
        let draft = text.replacingOccurrences(of: "A/RES/75/296", with: "A/C.5/75/L.50")
        #expect(try Fixtures.lint(draft, lang: "zh").errors.map(\.rule) == ["header.sponsors"])
    }

    /// Russian S/RES/2549 (2020): a preambular paragraph ends ", " and a narrow no-break space (U+202F).
    @Test func aNoBreakSpaceAfterTheFinalMark() throws {
        let text = "Совет Безопасности,\n\nнапоминая о своих предыдущих резолюциях,\u{202F}\n\nссылаясь на свою резолюцию 2500 (2019),\u{00A0}\n\n1. постановляет продолжать активно заниматься этим вопросом.\n"
        let found = try Fixtures.lint(text, lang: "ru").diagnostics.filter { $0.rule.hasSuffix(".terminator") }
        #expect(found.map(\.rule) == [])
    }

    /// "Welcoming also the participation …" (75/104 and 42 other English texts in the UN's AKN) opens
    /// with a recognised phrase and its adverb.
    @Test func anOpeningPhraseWithItsAdverbAfterIt() throws {
        let text = "The General Assembly,\n\nWelcoming the report,\n\nWelcoming also the participation of observers,\n\n1. Decides to remain seized of the matter.\n"
        let warnings = try Fixtures.lint(text, lang: "en").diagnostics.filter { $0.rule == "preamble.opening-phrase" }
        #expect(warnings.isEmpty)
    }

    /// Russian 75/240 as printed: "48-е (возобновленное) пленарное заседание" (41 characters, a meeting's
    /// number first) ends the text; the date under it is no part of the last paragraph.
    @Test func aResumedMeetingLineEndsTheText() throws {
        let text = """
        Генеральная Ассамблея,

        ссылаясь на свои предыдущие резолюции,

        1. постановляет включить в предварительную повестку дня своей семьдесят шестой сессии пункт, озаглавленный «Достижения в сфере информатизации».
        48-е (возобновленное) пленарное заседание
        31 декабря 2020 года

        """
        let found = try Fixtures.lint(text, lang: "ru").diagnostics.filter { $0.severity == .error }
        #expect(found.map(\.rule) == [])
    }

    /// Russian A/RES/75/299 as printed: "… в размере 19 млн долл." / "США, что составляет …": the period of
    /// the abbreviation "долл." (language data) ends no paragraph, after a space or a no-break space.
    @Test func anAbbreviationAtALineEndEndsNoParagraph() throws {
        let page = """
        Генеральная Ассамблея,

        ссылаясь на свои предыдущие резолюции,
        1. принимает к сведению задолженность по взносам в размере 19 млн долл.
        США, что составляет примерно 2,6 процента от общей суммы, и призывает все
        государства выплатить взносы в размере 53\u{A0}798\u{A0}000\u{A0}долл.
        США на период с 1 июля 2021 года;
        2. постановляет продолжать заниматься этим вопросом.

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: page), language: try #require(Fixtures.linter.languages.profile("ru")))
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.count == 2 && draft.stray.isEmpty)
    }

    /// Spanish 75/240 as printed: "48a sesión plenaria (continuación)" ends the text, the phrase before a
    /// bracketed word; the date under it is no part of the last paragraph.
    @Test func aMeetingLineWithABracketedWordEndsTheText() throws {
        let text = """
        La Asamblea General,

        Recordando sus resoluciones anteriores,

        1. Decide incluir en el programa provisional de su septuagésimo sexto período de sesiones el tema titulado “Avances en la esfera de la información”.
        48a sesión plenaria (continuación)
        31 de diciembre de 2020

        """
        let found = try Fixtures.lint(text, lang: "es").diagnostics.filter { $0.severity == .error }
        #expect(found.map(\.rule) == [])
    }
}

/// Adopted resolutions as pdftotext prints them (the UN's AKN of the seventy-fifth session, written out
/// in that layout): what stands under the resolution's number is its title, whatever its lines look like.
struct PrintedAdoptedHeaderTests {
    static func parse(_ text: String) throws -> Document {
        DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
    }

    /// The first page's masthead as pdftotext prints it, down to the session line.
    static func masthead(_ symbol: String, issued: String) -> String {
        """
        \(symbol)

        United Nations

        General Assembly

        Distr.: General
        \(issued)

        Seventy-fifth session
        """
    }

    /// A/RES/75/127: the title wraps before "United Nations", a line the masthead holds too.
    @Test func aTitleLineThatReadsAsTheMasthead() throws {
        let text = Self.masthead("A/RES/75/127", issued: "21 December 2020") + """

        Agenda item 73 (a)
        Strengthening of the coordination of humanitarian and disaster relief assistance
        of the United Nations, including special economic assistance: strengthening of
        the coordination of emergency humanitarian assistance of the United Nations

        Resolution adopted by the General Assembly on 11 December 2020
        [without reference to a Main Committee (A/75/L.44 and A/75/L.44/Add.1)]

        75/127.

        Strengthening of the coordination of emergency humanitarian assistance of the
        United Nations
        The General Assembly,
        Reaffirming its resolution 46/182 of 19 December 1991,
        1. Requests the Secretary-General to report to the General Assembly at its seventy-sixth session.

        """ + "\u{0C}"
        let document = try Self.parse(text)
        #expect(document.kind == .adoptedResolution)
        #expect(document.drafts.first?.title?.string == "Strengthening of the coordination of emergency humanitarian assistance of the United Nations")
    }

    /// The UN's French markup of A/RES/75/112 writes its formula "L’Assembléegénérale,": the formula
    /// misspelt is read as the formula and reported on its own line, not run into the title. A title that
    /// only begins like a formula stays the title.
    @Test func aMisspeltFormulaIsTheFormula() throws {
        func text(_ formula: String) -> String {
            """
            A/RES/75/112

            Assemblée générale

            Distr. générale
            15 décembre 2020

            Soixante-quinzième session
            Point 61 de l’ordre du jour
            Application de la Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux

            Résolution adoptée par l’Assemblée générale le 10 décembre 2020

            75/112.

            Question de la Polynésie française
            \(formula)
            Ayant examiné la question de la Polynésie française,
            1. Réaffirme le droit inaliénable du peuple de la Polynésie française à l’autodétermination ;
            2. Décide de poursuivre l’examen de la question à sa soixante-seizième session.

            """ + "\u{0C}"
        }
        func read(_ formula: String) throws -> (title: String?, opening: String?, errors: [String]) {
            let fr = try #require(Fixtures.linter.languages.profile("fr"))
            let draft = DocumentParser().parse(SourceFile(path: "x", text: text(formula)), language: fr).drafts.first
            let errors = try Fixtures.lint(text(formula), lang: "fr").errors.map { "\($0.rule)@\($0.start.line)" }
            return (draft?.title?.string, draft?.opening?.string, errors)
        }
        let misspelt = try read("L’Assembléegénérale,")
        #expect(misspelt.title == "Question de la Polynésie française")
        #expect(misspelt.opening == "L’Assembléegénérale,")
        #expect(misspelt.errors == ["structure.opening@17"])
        let right = try read("L’Assemblée générale,")
        #expect(right.title == "Question de la Polynésie française" && right.errors.isEmpty)
        // No formula at all: the error stands where the formula belongs, at the first paragraph.
        let none = try read("")
        #expect(none.opening == nil && none.title == "Question de la Polynésie française")
        #expect(none.errors == ["structure.opening@18"])
    }

    /// A/RES/75/83: a title that reads as a report's heading ("Report of the …") under the number of an
    /// adopted resolution; the text is no committee report.
    @Test func aTitleThatReadsAsAReportHeading() throws {
        let text = Self.masthead("A/RES/75/83", issued: "18 December 2020") + """

        Agenda item 105 (a)
        Review of the implementation of the recommendations and decisions adopted by the
        General Assembly at its tenth special session: report of the Conference on
        Disarmament

        Resolution adopted by the General Assembly on 7 December 2020
        [on the report of the First Committee (A/75/401, para. 16)]

        75/83.

        Report of the Conference on Disarmament
        The General Assembly,
        Recalling its resolution 74/74 of 12 December 2019,
        1. Reaffirms the role of the Conference on Disarmament.

        """ + "\u{0C}"
        let document = try Self.parse(text)
        #expect(document.kind == .adoptedResolution)
        #expect(document.drafts.first?.title?.string == "Report of the Conference on Disarmament")
        #expect(document.drafts.first?.operative.count == 1)
    }

    /// A/RES/75/145: the note at the page's foot cites the records of past sessions; they are not the
    /// text's own symbols (symbol.session), as in the authored layout's "[^2]: …".
    @Test func aPageFootCitingPastSessions() throws {
        let text = Self.masthead("A/RES/75/145", issued: "24 December 2020") + """

        Agenda item 76

        Resolution adopted by the General Assembly on 15 December 2020

        75/145.

        International Day of Remembrance of and Tribute to the Victims of Terrorism
        The General Assembly,
        Reaffirming the United Nations Global Counter-Terrorism Strategy, 1
        Recalling the reviews of the Strategy, 2
        1. Decides to observe the International Day of Remembrance.
        __________________

        1 Resolution 60/288.
        2 See A/62/PV.117, A/62/PV.118, A/62/PV.119, A/62/PV.120, A/64/PV.116,
        A/64/PV.117, A/66/PV.118 and A/72/PV.103.

        1/1

        """ + "\u{0C}"
        let report = try Fixtures.lint(text, lang: "en")
        #expect(!report.diagnostics.contains { $0.rule == "symbol.session" })
        let document = try PrintedAdoptedHeaderTests.parse(text)
        #expect(document.footnoteAreas.count == 1)
        // A symbol of another session in the text itself is still reported.
        let wrong = try Fixtures.lint(text.replacingOccurrences(of: "Decides to observe", with: "Decides, as in A/62/L.11, to observe"), lang: "en")
        #expect(wrong.diagnostics.filter { $0.rule == "symbol.session" }.count == 1)
    }
}
