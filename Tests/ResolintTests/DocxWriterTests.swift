import Foundation
import Testing
@testable import Resolint

/// `resolint new --format docx`: the skeleton as a Word document, in six languages and both kinds,
/// reads back to the same paragraphs (numbers from Word's numbering, opening phrases emphasized) and
/// lints with nothing but its placeholders.
@Suite struct DocxWriterTests {
    static let linter = MultilingualTests.linter
    static let cases: [DraftFacts] = MultilingualTests.cases
        + ["en", "zh"].flatMap { code in SkeletonCases.variations { GeneratorTests.facts(code, $0, session: $1, committee: $2) } }

    @Test("new --format docx: reads back to the skeleton and lints clean", arguments: cases)
    func wordSkeletonLintsClean(_ facts: DraftFacts) throws {
        let text = try MultilingualTests.renderer.render(facts)
        let language = try #require(Self.linter.languages.profile(facts.language))
        let data = try DocxWriter.document(text: text, language: language)
        let document = try DocxReader.read(try DocxPackage(data: data, path: "new.docx"))
        let rendered = DocxRendering(document).text
        func paragraphs(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }
        #expect(paragraphs(rendered) == paragraphs(text))
        // Numbers come from Word's numbering, not typed.
        #expect(document.paragraphs.contains { $0.label != nil })
        #expect(!document.paragraphs.contains { $0.label == nil && $0.text.first?.isNumber == true })
        let report = try Self.linter.lint(docx: document, language: facts.language)
        let others = report.diagnostics.filter { $0.rule != "text.placeholder" }
        #expect(others.isEmpty, "\(others.map { "\($0.location) \($0.rule) \($0.message)" })")
    }

    /// `fix` writes nothing into a Word document with tracked changes: it says so and exits 2, the file untouched.
    @Test func fixLeavesAWordDocumentAsItIs() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.docx")
        let original = try Data(contentsOf: DocxReaderTests.folder.appendingPathComponent("75_325_en.docx"))
        try original.write(to: file)
        let result = try CLI.run(["fix", file.path])
        #expect(result.status == 2 && result.stderr.contains("nothing written"))
        #expect(try Data(contentsOf: file) == original)
    }

    @Test func theCommandWritesAWordDocument() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.docx").path
        let made = try CLI.run(["new", "--lang", "fr", "--session", "79", "--committee", "1", "--agenda-item", "96",
                                "--agenda-title", "Sécurité internationale", "--sponsor", "France", "--title", "Titre",
                                "--format", "docx", "--output", file])
        #expect(made.status == 0, "\(made.stderr)")
        let lint = try CLI.run(["lint", file])
        #expect(lint.status == 0 && lint.stdout.contains("0 errors"), "\(lint.stdout)")
        let noOutput = try CLI.run(["new", "--lang", "fr", "--session", "79", "--committee", "1", "--agenda-item", "96",
                                    "--agenda-title", "Sécurité internationale", "--sponsor", "France", "--title", "Titre", "--format", "docx"])
        #expect(noOutput.status == 2 && noOutput.stderr.contains("--output"))
    }

    /// Twenty real resolutions (the UN's AKN markup of the seventy-fifth session, authored text, in six
    /// languages) written as Word documents: each gives the same diagnostics, rule and message in the
    /// same paragraph, as its text paragraphed as Word paragraphs are. Formatting rules aside: the text has none to check.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func realResolutionsAsWordGiveTheirTextsDiagnostics() throws {
        let root = Fixtures.corpus.appendingPathComponent("akn/ga/75session")
        var files: [URL] = []
        for folder in ["English", "French", "Spanish", "Russian", "Chinese", "Arabic"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).filter { $0.hasSuffix(".xml") }.sorted()
            files += stride(from: 0, to: names.count, by: max(1, names.count / 4)).prefix(folder == "English" ? 5 : 3).map { root.appendingPathComponent("\(folder)/\(names[$0])") }
        }
        #expect(files.count == 20)
        for file in files {
            let akn = try AKNReader.read(path: file.path)
            // The cover lines apart, as Word's paragraphs keep them: single-spaced, an Arabic cover line
            // ("قرار اتخذته الجمعية العامة …") is read as the end of the agenda title.
            let authored = akn.render(.authored).text
            let cut = authored.range(of: "\n\n")?.lowerBound ?? authored.endIndex
            let text = authored[..<cut].replacingOccurrences(of: "\n", with: "\n\n") + authored[cut...]
            let language = try #require(Self.linter.languages.profile(akn.language ?? "en"))
            let (fromText, parsed) = try Self.linter.lintDocument(text: text, path: "t", language: language.code)
            let document = try DocxReader.read(try DocxPackage(data: try DocxWriter.document(text: text, language: language), path: "w.docx"))
            let fromWord = try Self.linter.lint(docx: document, language: language.code)
            // Each finding with the paragraph it is in, as a reader names it ("operative paragraph 4 (b)").
            let describer = ParagraphDescriber(parsed)
            let a = fromText.diagnostics.map { "\($0.rule) \($0.message) in \(describer.describe(offset: $0.byteRange.lowerBound) ?? "-")" }.sorted()
            let b = fromWord.diagnostics.filter { $0.rule != "text.opening-emphasis" }.map { d -> String in
                let place = d.place ?? ""
                let name = place.firstIndex(of: "(").map { String(place[place.index(after: $0)..<place.index(before: place.endIndex)]) } ?? "-"
                return "\(d.rule) \(d.message) in \(name)"
            }.sorted()
            #expect(a == b, "\(file.lastPathComponent): only in text \(Set(a).subtracting(b).sorted()), only in Word \(Set(b).subtracting(a).sorted())")
        }
    }
}
