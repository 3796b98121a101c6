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
