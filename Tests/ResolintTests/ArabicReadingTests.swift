import Testing
@testable import Resolint

/// How the UN's Arabic texts are read, each case as its markup writes it (../shared/corpus/akn, by the
/// United Nations): invisible direction marks around labels and after the last mark, paragraph numbers
/// with an en dash, a letter in its presentation form, and a formula whose comma is a span of its own.
struct ArabicReadingTests {
    static func parse(_ text: String) throws -> Draft {
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("ar")))
        return try #require(document.drafts.first)
    }

    static func body(_ paragraphs: [String]) -> String {
        (["إن الجمعية العامة،", "إذ تشير إلى قراراتها السابقة،"] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    static func bodyFindings(_ text: String) throws -> [String] {
        try Fixtures.lint(text, lang: "ar").diagnostics.filter { EnglishDraftBodyTests.bodyRules.contains($0.rule) }.map { "\($0.rule)@\($0.start.line)" }
    }

    /// 75/188: "‏19 -‏ تحيط علما …" with a right-to-left mark before the number and after the dash, and
    /// one after the final period; 75/203: "8 – تشدد …" with an en dash.
    @Test func directionMarksAndEnDashesAroundParagraphNumbers() throws {
        let text = Self.body([
            "1 - تحيط علما بتقرير الأمين العام؛",
            "\u{200F}2 -\u{200F} تحث جميع الدول على التعاون؛",
            "3 – تشدد أيضا على أهمية التعاون الدولي؛",
            "4 - تقرر أن تواصل النظر في هذه المسألة.\u{200F}",
        ])
        let draft = try Self.parse(text)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3, 4])
        #expect(draft.operative[1].content.text.hasPrefix("تحث"))
        #expect(draft.stray.isEmpty)
        #expect(try Self.bodyFindings(text) == [])
    }

    /// 75/159: "(ﻫ)" written with the presentation form of هـ among (أ) … (و).
    @Test func aLetterInItsPresentationForm() throws {
        let text = Self.body([
            "1 - تهيب بالدول:",
            "(أ) أن تضع استراتيجيات وطنية؛",
            "(ب) أن تعزز التعاون؛",
            "(ج) أن تدعم البحوث؛",
            "(د) أن تيسر تبادل المعلومات؛",
            "(ﻫ) وضع استراتيجيات شاملة؛",
            "(و) أن تقدم تقارير منتظمة؛",
            "2 - تقرر أن تواصل النظر في هذه المسألة.",
        ])
        let draft = try Self.parse(text)
        #expect(draft.operative[0].children.map { $0.label?.value } == [1, 2, 3, 4, 5, 6])
        #expect(try Self.bodyFindings(text) == [])
    }

    /// A number that lost its dash ("71 تقر بأن المؤتمر الاستعراضي …" after "70 -", the UN's AKN of 75/89):
    /// Arabic has no capitals to ask for, so the operative verb and the next number make it a paragraph,
    /// reported by operative.numbering, not folded into the one before.
    @Test func aNumberThatLostItsDashIsTheNextParagraph() throws {
        let text = Self.body(["1 - تحيط علما بتقرير الأمين العام؛", "2 تقر بأن المؤتمر الاستعراضي هو المنتدى الحكومي الدولي المختص؛", "3 - تقرر أن تواصل النظر في هذه المسألة."])
        let draft = try Self.parse(text)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3])
        #expect(try Self.bodyFindings(text) == ["operative.numbering@7"])
    }

    /// The shadda and the vowel marks some words carry do not hide an opening ("يسلّم" for "يسلم",
    /// Security Council texts of 2020–2021 in the UN's AKN).
    @Test func vowelMarksDoNotHideAnOpening() throws {
        let text = Self.body(["1 - يسلّم بأهمية التعاون الدولي؛", "2 - يقرّر أن يبقي المسألة قيد نظره الفعلي.".replacingOccurrences(of: "يقرّر", with: "يقرر")])
        let warnings = try Fixtures.lint(text, lang: "ar").diagnostics.filter { $0.rule == "operative.opening-verb" }
        #expect(warnings.isEmpty)
    }

    /// 75/122 and 286 other Arabic texts: the formula and its comma are two spans on two lines of the
    /// XML; the line break between them lays out the markup and is no space in the text.
    @Test func aFormulaWhoseCommaIsASpanOfItsOwn() throws {
        let xml = """
        <akomaNtoso><statement name="resolution"><preamble>
              <formula name="enactingFormula" eId="formula_1">
                <p xml:space="preserve">
                  <span class="bold italic">إن الجمعية العامة</span>
                  <span class="bold">،</span>
                </p>
              </formula>
              <container name="x" eId="container_2"><p xml:space="preserve">	<span class="bold italic">إذ تشير</span> إلى قراراتها السابقة،</p></container>
        </preamble></statement></akomaNtoso>
        """
        let document = try AKNReader.read(SourceFile(path: "x.xml", text: xml))
        let formula = try #require(document.statements.first?.formula)
        #expect(formula.text.plain.trimmingCharacters(in: .whitespacesAndNewlines) == "إن الجمعية العامة،")
    }

    /// S/RES/2531 (2020), paragraph 17: "289 13" and "920 1" are 13,289 and 1,920, the groups of digits
    /// in reverse order, set apart by no-break spaces. The "1" is no footnote marker.
    @Test func amountsWithTheirGroupsOfDigitsReversed() throws {
        let text = Self.body([
            "1 - يقرر أن يظل قوام البعثة المتكاملة مشكلا من عدد أقصاه 289 13 من الأفراد العسكريين و\u{A0}920\u{A0}1 من أفراد الشرطة؛",
            "2 - يقرر أن يبقي المسألة قيد نظره.",
        ])
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("ar")))
        #expect(document.footnoteScopes.flatMap(\.references).isEmpty)
        #expect(try Self.bodyFindings(text).isEmpty)
    }
}
