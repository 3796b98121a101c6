import Foundation
import Testing
@testable import Resolint

/// The 70 drafts the General Assembly issued in its eightieth session (../shared/corpus/en-drafts, as
/// pdftotext extracts them): each lints with no error but its real slips, each kept with the text
/// that proves it; each is read as the kind of document it is.
struct IssuedDraftCorpusTests {
    /// Slips of the issued documents themselves.
    static let realSlips: [String: [RealSlip]] = [
        // Resolution 78/69 was adopted on 5 December 2023, in the seventy-eighth session.
        "en-drafts/A_80_L.22.txt": [RealSlip(rule: "citation.date", line: 3093, proof: "resolution 78/69 of 5 December 2024")],
        // No space after the comma.
        "en-drafts/A_C.4_80_L.20.txt": [RealSlip(rule: "header.sponsors", line: 21, proof: "(Bolivarian Republic of),Viet Nam")],
    ]

    static let files = Fixtures.corpusFiles("en-drafts")

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: files)
    func issuedDraftHasNoErrorButItsRealSlips(_ file: String) throws {
        let text = try Fixtures.corpusFile(file)
        let report = try Fixtures.lint(text, path: file)
        #expect(report.language == "en")
        RealSlip.expectOnly(Self.realSlips[file] ?? [], among: report.errors, in: text, file: file)
    }

    /// Notes, amendments, decisions and drafts presented without sponsors are read as what they are.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func kindsAreRecognised() throws {
        func kind(_ name: String) throws -> DocumentKind { try Fixtures.lint(try Fixtures.corpusFile("en-drafts/\(name).txt")).kind }
        for n in ["A_C.2_80_L.1", "A_C.3_80_L.1", "A_C.4_80_L.1", "A_C.5_80_L.1", "A_C.6_80_L.1"] { #expect(try kind(n) == .note, "\(n)") }
        for n in ["A_80_L.28", "A_80_L.30", "A_80_L.33", "A_80_L.36", "A_80_L.39", "A_C.6_80_L.24"] { #expect(try kind(n) == .amendment, "\(n)") }
        for n in ["A_80_L.1", "A_C.4_80_L.11", "A_C.1_80_L.35"] { #expect(try kind(n) == .draftDecision, "\(n)") }
        for n in ["A_80_L.41", "A_C.5_80_L.11", "A_C.6_80_L.11"] { #expect(try kind(n) == .draftResolution, "\(n)") }
        // The sponsors of an amendment, a footnote mark set aside.
        let amendment = try Fixtures.lint(try Fixtures.corpusFile("en-drafts/A_80_L.39.txt"))
        #expect(amendment.errors.isEmpty)
        let document = DocumentParser().parse(SourceFile(path: "x", text: try Fixtures.corpusFile("en-drafts/A_80_L.39.txt")),
                                              language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(document.header.sponsors?.names.map(\.name).last == "Sweden")
        #expect(document.header.sponsors?.names.count == 27)
    }
}
