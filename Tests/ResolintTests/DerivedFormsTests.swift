import Testing
@testable import Resolint

/// What readers derive from a profile is kept with that profile (`LanguageProfile.derived`), not with
/// its language code: a profile changed under a built-in code (by a test, or a user's language file)
/// is read with its own forms, whichever profile was read first.
@Suite struct DerivedFormsTests {
    static func opening(_ text: String, _ language: LanguageProfile) -> String? {
        DocumentParser().parse(SourceFile(path: "d.txt", text: text), language: language).drafts.first?.opening?.text.text
    }

    /// The opening formulas were kept by code: English read first, a profile with a formula of its
    /// own found only the English ones.
    @Test func changedOpeningsAreReadAfterTheLanguagesOwn() throws {
        let english = try #require(Fixtures.linter.languages.profile("en"))
        let body = "\n\nRecalling its earlier resolutions,\n\n1. Decides to remain seized of the matter.\n"
        #expect(Self.opening("The General Assembly," + body, english) == "The General Assembly,")
        var changed = english
        changed.openings = [LanguageProfile.Opening(organ: "general-assembly", text: "The Zorbing Assembly,")]
        #expect(Self.opening("The Zorbing Assembly," + body, changed) == "The Zorbing Assembly,")
        #expect(Self.opening("The General Assembly," + body, changed) == nil)
        #expect(Self.opening("The General Assembly," + body, english) == "The General Assembly,")
    }
}
