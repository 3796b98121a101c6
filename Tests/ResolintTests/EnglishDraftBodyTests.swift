import Foundation
import Testing
@testable import Resolint

/// How the body of English drafts issued by the General Assembly in 2025 (../shared/corpus/en-drafts,
/// pdftotext) is read: headings inside the operative part, numbered lists inside a paragraph, numbers
/// that lost their period, lines pdftotext printed out of order, texts in parts. Each pattern is
/// checked on the real document, and a defect injected into a copy of it is still caught on its line.
struct EnglishDraftBodyTests {
    static let bodyRules: Set<String> = ["operative.terminator", "operative.numbering", "operative.opening-verb", "structure.order",
                                         "preamble.terminator", "preamble.opening-phrase", "subitem.terminator", "subitem.orphan",
                                         "subitem.lettering"]

    static func draft(_ name: String) throws -> String { try Fixtures.corpusFile("en-drafts/\(name)") }

    static func parse(_ text: String) throws -> Document {
        DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
    }

    static func bodyFindings(_ text: String) throws -> [String] {
        try Fixtures.lint(text, lang: "en").diagnostics.filter { bodyRules.contains($0.rule) }.map { "\($0.rule)@\($0.start.line)" }
    }

    /// Replaces the first occurrence of `old` (which may span lines); returns the edited text and the
    /// line where the replacement starts.
    static func inject(_ text: String, replacing old: String, with new: String) throws -> (String, Int) {
        let r = try #require(text.range(of: old))
        return (text.replacingCharacters(in: r, with: new), text[..<r.lowerBound].filter { $0 == "\n" }.count + 1)
    }

    // MARK: Headings inside the operative part

    /// A/C.5/80/L.4: "46. … by $8,400,000;" / "Part I" / "Overall policymaking, direction and
    /// coordination" / "Section 1" / "Overall policymaking, direction and coordination" / "47. …".
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func headingsOfABudgetResolutionAreNoParagraphText() throws {
        let text = try Self.draft("A_C.5_80_L.4.txt")
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.value } == Array(1...102).map { $0 })
        let p46 = draft.operative[45]
        #expect(p46.content.text.hasSuffix("the recosting amount by $8,400,000;"))
        #expect(p46.finalMark?.mark == ";")
        #expect(draft.operative.allSatisfy { !$0.content.text.contains("Overall policymaking") })
        #expect(draft.stray.isEmpty)
        #expect(try Self.bodyFindings(text).isEmpty)

        // A paragraph that really lost its semicolon before a heading is still caught.
        let (broken, at) = try Self.inject(text, replacing: "the recosting amount by $8,400,000;", with: "the recosting amount by $8,400,000")
        #expect(try Self.bodyFindings(broken) == ["operative.terminator@\(at)"])
    }

    /// A/80/L.17: "I" / "Achieving sustainable fisheries" / "1." after the preamble, and "II" / a heading
    /// wrapped over four lines / "55. …" between operative paragraphs.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func romanHeadingsOfAnOmnibusResolutionStandApart() throws {
        let text = try Self.draft("A_80_L.17.txt")
        let draft = try #require(try Self.parse(text).drafts.first)
        let p54 = try #require(draft.operative.first { $0.label?.value == 54 })
        #expect(!p54.content.text.contains("Implementation of the 1995 Agreement"))
        #expect(draft.preamble.last?.content.text.hasSuffix("to accelerate this work,") == true)
        #expect(draft.stray.isEmpty)
        #expect(try Self.bodyFindings(text).isEmpty)

        // An unnumbered paragraph among the operative ones is still out of order.
        let (broken, at) = try Self.inject(text, replacing: "56. Calls upon States Parties to the Agreement",
                                           with: "Noting the report of the Secretary-General,\n56. Calls upon States Parties to the Agreement")
        #expect(try Self.bodyFindings(broken) == ["structure.order@\(at)"])
    }

    // MARK: Sections numbered apart, texts in parts

    /// A/C.5/80/L.17: after paragraph 15, sections "I" and "II" hold one unnumbered paragraph each,
    /// "A." / "Base/floor salary scale" its own preamble and one; "B." its preamble and paragraphs 1–4;
    /// then part "B" / "The General Assembly," is a second text (the UN's AKN of 75/245 marks such
    /// <section>s the same way).
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func sectionsAndPartsOfTheCommonSystemResolution() throws {
        let text = try Self.draft("A_C.5_80_L.17.txt")
        let drafts = try Self.parse(text).drafts
        #expect(drafts.count == 2)
        let a = try #require(drafts.first)
        #expect(a.operative.map { $0.label?.value } == Array(1...15).map { $0 } + [nil, nil, nil, 1, 2, 3, 4])
        #expect(a.operative.filter(\.startsSection).map { String($0.content.text.prefix(9)) } == ["Approves,", "Confirms ", "Approves,", "Reaffirms"])
        #expect(a.stray.isEmpty)
        #expect(drafts[1].opening?.string == "The General Assembly,")
        #expect(drafts[1].operative.map { $0.label?.value } == [1, 2])
        #expect(try Self.bodyFindings(text).isEmpty)

        // A section's numbers are still checked.
        let (broken, at) = try Self.inject(text, replacing: "4.\nNotes the Commission’s decision to continue", with: "5.\nNotes the Commission’s decision to continue")
        #expect(try Self.bodyFindings(broken) == ["operative.numbering@\(at)"])
    }

    // MARK: A numbered list inside a paragraph

    /// A/C.5/80/L.8: "The General Assembly" / "Resolves that:" / "1. The Working Capital Fund shall …"
    /// … "6. …" (the UN's AKN of 75/256 numbers the same provisions): the provisions are the list of the
    /// one operative paragraph, (a)–(e) under provision 5.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func provisionsAfterResolvesThatAreItsList() throws {
        let text = try Self.draft("A_C.5_80_L.8.txt")
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.count == 1)
        let resolves = draft.operative[0]
        #expect(resolves.content.text == "Resolves that:")
        #expect(resolves.children.map { $0.label?.value } == [1, 2, 3, 4, 5, 6])
        #expect(resolves.children.map { $0.children.count } == [0, 0, 2, 0, 5, 0])
        // pdftotext printed "Fund:" before the line it ends.
        #expect(resolves.children[4].content.text == "The Secretary-General is authorized to advance from the Working Capital Fund:")
        #expect(try Self.bodyFindings(text).isEmpty)
        #expect(try Fixtures.lint(text, lang: "en").of("reference.dangling").isEmpty)

        // A provision numbered twice is still caught.
        let (broken, at) = try Self.inject(text, replacing: "4.\nShould the credits", with: "3.\nShould the credits")
        #expect(try Self.bodyFindings(broken).contains { $0.hasSuffix("@\(at)") })
    }

    /// The brief's rule on the list "1. 2. 3." after a numbered paragraph that ends with a colon: a
    /// restart at 1 is the paragraph's list; its next own number goes on after it.
    @Test func aRestartAtOneAfterAColonIsAnInnerList() throws {
        let text = """
        The General Assembly,

        Recalling its resolution 79/1,

        1. Decides on the following:

        1. The meeting shall be held in New York;

        2. The meeting shall last one day;

        2. Requests the Secretary-General to report on the meeting.
        """
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(draft.operative[0].children.map { $0.label?.value } == [1, 2])
        #expect(try Self.bodyFindings(text).isEmpty)
    }

    // MARK: Lines pdftotext printed out of order

    /// A/80/L.13: "3." / "2026;" / "" / "Welcomes the upcoming entry … on 17 January" / "" / "4.";
    /// A/C.2/80/L.32: "1." / "Takes note of the report" / "recommendations contained therein;" / "" /
    /// "of" / "" / "the" / "" / "Secretary-General 5 and" / "" / "the" / "" / "2.";
    /// A/80/L.22: "55. Notes the significant" / "environmental threshold values; 33" / "" / "progress" / ….
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func earlyLastLinesArePutBack() throws {
        let l13 = try Self.draft("A_80_L.13.txt")
        let d13 = try #require(try Self.parse(l13).drafts.first)
        #expect(d13.operative[2].content.text == "Welcomes the upcoming entry into force of the Agreement on 17 January 2026;")
        #expect(try Self.bodyFindings(l13).isEmpty)

        let l32 = try #require(try Self.parse(Self.draft("A_C.2_80_L.32.txt")).drafts.first)
        #expect(l32.operative[0].content.text == "Takes note of the report of the Secretary-General 5 and the recommendations contained therein;")

        let l22 = try #require(try Self.parse(Self.draft("A_80_L.22.txt")).drafts.first)
        let p55 = try #require(l22.operative.first { $0.label?.value == 55 })
        #expect(p55.content.text.hasPrefix("Notes the significant progress in the development of binding"))
        #expect(p55.content.text.hasSuffix("environmental threshold values; 33"))

        // The put-back line keeps its place in the file: a wrong mark there is found there.
        let (broken, at) = try Self.inject(l13, replacing: "2026;", with: "2026.")
        #expect(try Self.bodyFindings(broken) == ["operative.terminator@\(at)"])
    }

    // MARK: A number that lost its period

    /// A real slip of the UN's own markup: resolution 75/68 (AKN, 75th session) writes its paragraph 3
    /// "3\tCalls upon all Member States …" with no period and no <num>. It is paragraph 3, reported as
    /// such, not an unnumbered paragraph that pushes paragraph 4 out of sequence.
    @Test func aNumberWithoutItsPeriodIsReportedOnItsLine() throws {
        let text = """
        The General Assembly,

        Mindful that it is the responsibility and obligation of all Member States to contribute,

        1. Urges all States parties to arms control treaties to implement all provisions;

        2. Calls for continued efforts to strengthen the system of arms control;

        3 Calls upon all Member States to give serious consideration to the negative implications of undermining arms control;

        4. Urges all Member States to support efforts aimed at the resolution of implementation issues.
        """
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3, 4])
        #expect(draft.stray.isEmpty)
        let report = try Fixtures.lint(text, lang: "en")
        #expect(report.diagnostics.filter { Self.bodyRules.contains($0.rule) }.map { "\($0.rule)@\($0.start.line)" } == ["operative.numbering@9"])
        #expect(report.of("operative.numbering").first?.fix?.edits.contains { $0.replacement == "3." } == true)
    }

    /// In pdftotext lines a number that goes on a sentence is no paragraph ("21 Guidelines for the
    /// Long-term Sustainability …", A/C.4/80/L.8), while "3 Calls upon …" after a finished line is one.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func aNumberOpeningALineIsALabelOnlyBeforeAVerb() throws {
        let text = try Self.draft("A_C.4_80_L.8.txt")
        let draft = try #require(try Self.parse(text).drafts.first)
        let p14 = try #require(draft.operative.first { $0.label?.value == 14 })
        #expect(p14.content.text.contains("the preamble and 21 Guidelines for the Long-term Sustainability"))

        let (broken, at) = try Self.inject(text, replacing: "14. Recalls with satisfaction", with: "14 Recalls with satisfaction")
        #expect(try Self.bodyFindings(broken).contains("operative.numbering@\(at)"))
        let reread = try #require(try Self.parse(broken).drafts.first)
        #expect(reread.operative.first { $0.label?.value == 14 }?.label?.raw == "14")
    }

    // MARK: Items that are headings

    /// An item may be a heading whose text follows unlabelled: "(c) 2020/2021 elections" / "To assist
    /// the CAR authorities …;" (the UN's AKN markup of S/RES/2552 (2020), paragraph 31). The text is the
    /// item's own, and its mark is still checked.
    @Test func anItemThatIsAHeadingTakesTheTextAfterIt() throws {
        let text = """
        The Security Council,

        Recalling its previous resolutions on the Central African Republic,

        1. Decides that the mandate of MINUSCA shall include the following priority tasks:

        (a) Protection of civilians

        To protect, without prejudice to the primary responsibility of the CAR authorities, the civilian population under threat of physical violence;

        (b) 2020/2021 elections

        To assist the CAR authorities in the preparation and delivery of peaceful elections;

        2. Decides to remain actively seized of the matter.
        """
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.stray.isEmpty)
        // The text under each heading is an item without a label, as the UN's markup has it.
        #expect(draft.operative[0].children.map { $0.children.map { "\($0.label == nil)\($0.depth)" } } == [["true2"], ["true2"]])
        #expect(draft.operative[0].children.map { $0.children[0].content.text.hasSuffix("elections;") || $0.children[0].content.text.hasSuffix("violence;") } == [true, true])
        #expect(try Self.bodyFindings(text).isEmpty)

        let (broken, at) = try Self.inject(text, replacing: "peaceful elections;", with: "peaceful elections")
        #expect(try Self.bodyFindings(broken) == ["subitem.terminator@\(at)"])
    }

    // MARK: Preambles

    /// A/80/L.1, a draft decision laid out as "The General Assembly," / "Recalling …," / "Recalling also
    /// …," / "Recalling further …:" / "(a) Expresses …" / "(b) Endorses …": the considerations are its
    /// preamble, the one that introduces the items its operative text.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func aDecisionsConsiderationsAreItsPreamble() throws {
        let text = try Self.draft("A_80_L.1.txt")
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.kind == .decision)
        #expect(draft.preamble.count == 2)
        #expect(draft.operative.count == 1 && draft.operative[0].children.count == 2)
        #expect(try Self.bodyFindings(text).isEmpty)

        let (broken, at) = try Self.inject(text, replacing: "for the achievement of a just, lasting and comprehensive peace in the Middle East,",
                                           with: "for the achievement of a just, lasting and comprehensive peace in the Middle East;")
        #expect(try Self.bodyFindings(broken) == ["preamble.terminator@\(at)"])
    }

    /// A/C.1/80/L.25: "…, Securing Our Common Future:" / "An Agenda for Disarmament," goes on in one
    /// preambular paragraph; A/C.1/80/L.22: a line "plenary meeting of the General Assembly on 16
    /// September 2005 …" goes on a sentence and ends no text.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func titlesAndMeetingPhrasesInsideAPreambularParagraph() throws {
        let l25 = try Self.draft("A_C.1_80_L.25.txt")
        let d25 = try #require(try Self.parse(l25).drafts.first)
        #expect(d25.preamble.contains { $0.content.text.hasSuffix("Securing Our Common Future: An Agenda for Disarmament,") })
        #expect(try Self.bodyFindings(l25).isEmpty)

        let l22 = try Self.draft("A_C.1_80_L.22.txt")
        let d22 = try #require(try Self.parse(l22).drafts.first)
        #expect(d22.operative.map { $0.label?.value } == [1, 2, 3, 4, 5, 6])
        #expect(try Self.bodyFindings(l22).isEmpty)
        let (broken, at) = try Self.inject(l22, replacing: "on 8 September 2006, 6", with: "on 8 September 2006; 6")
        #expect(try Self.bodyFindings(broken) == ["preamble.terminator@\(at)"])
    }

    // MARK: Opening verbs

    /// "Also, in this regard, calls upon …" (A/80/L.17, 193), "Alarmed by …, calls upon …" (A/C.3/80/L.23,
    /// 2) open with the verb after their clause; a participle with no verb after it is still no opener.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func verbsAfterAnAsideOrAClauseAreOpeners() throws {
        for name in ["A_80_L.17.txt", "A_C.3_80_L.23.txt"] {
            let text = try Self.draft(name)
            #expect(try Fixtures.lint(text, lang: "en").of("operative.opening-verb").isEmpty, "\(name)")
        }
        let text = try Self.draft("A_C.3_80_L.23.txt")
        let (broken, at) = try Self.inject(text, replacing: "in 2025, calls upon the international community", with: "in 2025, the international community")
        #expect(try Fixtures.lint(broken, lang: "en").of("operative.opening-verb").map(\.start.line) == [at - 1])
    }
}
