import Testing
@testable import Resolint

/// Text an operative paragraph quotes (an amended rule, a declaration's wording) between its colon and
/// the next paragraph number, as in the UN's markup of its resolutions (../shared/corpus/akn, by the
/// United Nations).
struct QuotedTextTests {
    /// A/RES/75/325, paragraphs 49 to 52 (numbered here from 1): paragraph 50 amends rule 1 "to read:", quotes the rule in two
    /// unnumbered paragraphs, and a heading comes before paragraph 51. The draft goes on to 52.
    static let amendedRule = """
        The General Assembly,

        Bearing in mind the Charter of the United Nations,

        1. Reaffirms paragraphs 33 to 37 of resolution 73/341;

        2. Recalls the report of the Secretary-General, and decides to amend rule 1 of the rules of procedure of the General Assembly to read, effective from the opening of the seventy-eighth session:

        The General Assembly shall meet every year in regular session commencing on the Tuesday of the second week in September, counting from the first week that contains at least one working day.

        The general debate in the General Assembly shall open on the Tuesday of the fourth week in September.

        Selection and appointment of the Secretary-General and other executive heads

        3. Reaffirms the important role played by the Secretary-General;

        4. Decides to include in the provisional agenda of its seventy-sixth session the item entitled “Revitalization of the work of the General Assembly”.

        """

    @Test func quotedTextBelongsToTheParagraphThatIntroducesIt() throws {
        let document = DocumentParser().parse(SourceFile(path: "x", text: Self.amendedRule), language: try #require(Fixtures.linter.languages.profile("en")))
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.compactMap(\.label?.value) == [1, 2, 3, 4])
        #expect(draft.operative[1].introducesQuotation)
        #expect(draft.stray.map(\.isQuotation) == [true, true])
        let errors = try Fixtures.lint(Self.amendedRule, lang: "en").diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == [])
    }

    /// Without a later number the colon adopts an annexed text and the draft ends there, as before.
    @Test func withoutALaterNumberTheColonAdoptsAnAnnexedText() throws {
        let text = Self.amendedRule.components(separatedBy: "Selection and appointment")[0]
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let draft = try #require(document.drafts.first)
        #expect(draft.adoptsText)
        #expect(draft.stray.isEmpty)
    }

    /// "2. Adopts the following declaration:" and the declaration's own paragraphs "1.", "2.", "3.": an
    /// adopted text, though a "3." comes later.
    @Test func anAdoptedTextNumberedOnItsOwnIsNoQuotation() throws {
        let text = """
        The General Assembly,

        Bearing in mind the Charter of the United Nations,

        1. Welcomes the commemoration;

        2. Adopts the following declaration:

        Declaration on the commemoration

        1. We, the Heads of State and Government, have gathered;

        2. We reaffirm our commitment;

        3. We pledge to act.

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let draft = try #require(document.drafts.first)
        #expect(draft.adoptsText)
        #expect(draft.operative.compactMap(\.label?.value) == [1, 2])
    }
}
