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

    /// A/RES/75/1 (the UN's AKN in six languages; source: the United Nations) numbers its notes through
    /// the declaration it adopts: the declaration's paragraphs are the adopted text's, not the draft's,
    /// but its markers are read with the draft's notes, and a slip in their order is caught on its line.
    @Test func anAdoptedTextsNotesAreRead() throws {
        let text = """
        The General Assembly

        Adopts the following declaration:

        Declaration on the commemoration of the seventy-fifth anniversary of the United Nations

        1. We, the Heads of State and Government, have gathered to commemorate the seventy-fifth anniversary.

        2. We will leave no one behind, as the 2030 Agenda for Sustainable Development[^1] pledges.

        3. We will protect the planet, and recall the Paris Agreement.[^2]

        [^1]: Resolution 70/1.
        [^2]: See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.
        """
        let en = try #require(Fixtures.linter.languages.profile("en"))
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: en)
        let draft = try #require(document.drafts.first)
        #expect(draft.adoptsText)
        #expect(draft.operative.count == 1)
        #expect(draft.adoptedText.count == 4)
        #expect(draft.adoptedText.flatMap(\.footnoteReferences).map(\.number) == [1, 2])
        #expect(document.footnoteScopes.flatMap(\.texts).map(\.number) == [1, 2])
        #expect(try Fixtures.lint(text, lang: "en").diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
        let swapped = text.replacingOccurrences(of: "Development[^1]", with: "Development[^3]")
            .replacingOccurrences(of: "[^1]: Resolution", with: "[^3]: Resolution")
        let findings = try Fixtures.lint(swapped, lang: "en").diagnostics.filter { $0.rule == "footnote.numbering" }
        #expect(findings.map(\.start.line) == [9])
    }

    /// A table a paragraph's colon introduces (A/RES/75/254 A, the UN's AKN in English and French, part I
    /// of the table; source: the United Nations): its rows (a section's number, name and amount; the
    /// part's heading; the subtotal) are neither paragraphs nor headings, the item that introduces it
    /// ends with its colon, and the numbered provisions after it go on the list of "Resolves that:".
    @Test(arguments: [("en", """
        The General Assembly

        Resolves that, for 2021:

        1. Appropriations totalling 3,208,080,100 United States dollars are hereby approved for the following purposes:

        Section Amount
        (United States dollars)

        Part I. Overall policymaking, direction and coordination

        1 Overall policymaking, direction and coordination 78 809 400

        2 General Assembly and Economic and Social Council affairs and conference management 340 979 200

        Subtotal, part I 419 788 600

        2. The Secretary-General shall be authorized to transfer credits between sections of the budget, with the concurrence of the Advisory Committee on Administrative and Budgetary Questions;

        3. In addition to the appropriations approved under paragraph 1 above, an amount of 75,000 dollars is appropriated for 2021 from the accumulated income of the Library Endowment Fund.

        """), ("fr", """
        L’Assemblée générale

        Décide que, pour 2021 :

        1. Des crédits d’un montant total de 3 208 080 100 dollars des États-Unis sont ouverts pour les objets suivants :

        Chapitre Montant (dollars É.-U.)

        Titre I. Politiques, direction et coordination d’ensemble

        1 Politiques, direction et coordination d’ensemble 78 809 400

        2 Affaires de l’Assemblée générale et du Conseil économique et social et gestion des conférences 340 979 200

        Total partiel 419 788 600

        2. Le Secrétaire général est autorisé à opérer des virements de crédits entre chapitres du budget, avec l’assentiment du Comité consultatif pour les questions administratives et budgétaires ;

        3. Outre les crédits ouverts au paragraphe 1 ci-dessus, un montant de 75 000 dollars est ouvert pour 2021 au titre des revenus accumulés du Fonds de dotation de la Bibliothèque.

        """)])
    func aTableIntroducedByAColonHoldsNoParagraphs(lang: String, text: String) throws {
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile(lang)))
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.count == 1)
        #expect(draft.operative[0].children.compactMap(\.label?.value) == [1, 2, 3])
        #expect(draft.operative[0].children[0].introducesTable)
        #expect(draft.stray.isEmpty)
        let errors = try Fixtures.lint(text, lang: lang).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.rule) == [])
    }

    /// An annex whose heading the text lost (S/RES/2564 (2021) in the UN's AKN, where <doc name="annex">
    /// has no "Annex" line; source: the United Nations): unnumbered text after the last paragraph has
    /// closed the resolution with its period, no numbered paragraph following, is not the resolution's.
    /// The notes after it are still the resolution's. Unnumbered text after a paragraph that ends with a
    /// semicolon is the resolution's, and is reported. (Paragraphs 15 and 16, numbered here from 1.)
    @Test func textAfterTheClosingPeriodIsAnAnnex() throws {
        let text = """
            The Security Council,

            Recalling its previous resolutions and statements on Yemen,

            1. Reaffirms its intention to keep the situation in Yemen under continuous review;[^1]

            2. Decides to remain actively seized of the matter.

            Sultan Saleh Aida Aida Zabin

            Sultan Saleh Aida Aida Zabin has engaged in acts that threaten the peace, security and stability of Yemen, including violations of applicable international humanitarian law and human rights abuses in Yemen,

            [^1]: S/2006/997.

            """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.compactMap(\.label?.value) == [1, 2])
        #expect(draft.stray.isEmpty)
        #expect(try Fixtures.lint(text, lang: "en").diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
        let open = text.replacingOccurrences(of: "the matter.", with: "the matter;")
        #expect(try Fixtures.lint(open, lang: "en").diagnostics.filter { $0.severity == .error }.map(\.rule).contains("structure.order"))
    }
}

/// A resolution's single operative paragraph goes unnumbered; a footnote marker after its period does not
/// hide that it closes the text ("Approves the report of the Credentials Committee.[^1]", A/RES/75/19 in
/// the UN's AKN, English and Chinese; source: the United Nations).
struct SingleOperativeParagraphTests {
    @Test(arguments: [("en", """
        The General Assembly,

        Having considered the report of the Credentials Committee and the recommendation contained therein,

        Approves the report of the Credentials Committee.[^1]

        [^1]: A/75/606.

        """), ("zh", """
        大会，

        审议了全权证书委员会的报告及其所载建议，

        核准全权证书委员会的报告。[^1]

        [^1]: A/75/606。

        """)])
    func aMarkerAfterThePeriodLeavesItTheOperativeParagraph(lang: String, text: String) throws {
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile(lang)))
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.count == 1)
        #expect(draft.operative.count == 1)
        #expect(try Fixtures.lint(text, lang: lang).diagnostics.filter { $0.severity == .error }.map(\.rule) == [])
    }
}
