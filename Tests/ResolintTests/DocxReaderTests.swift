import Foundation
import Testing
import ZIPFoundation
@testable import Resolint

/// The Word reader, on fixtures generated from the UN's AKN markup of resolution 75/325 in six
/// languages (Scripts/make_docx_fixtures.py): automatic numbering, footnotes, tracked changes,
/// places in every output format, and hostile packages.
struct DocxReaderTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/ResolintTests/DocxFixtures")
    static func path(_ language: String, _ ext: String = "docx") -> String { folder.appendingPathComponent("75_325_\(language).\(ext)").path }
    static let languages = ["en", "fr", "es", "ru", "zh", "ar"]

    /// The labels Word's numbering shows, in order, for the numbered paragraphs.
    static func labels(_ language: String) throws -> [String] {
        try DocxReader.read(path: path(language)).paragraphs.compactMap(\.label)
    }

    @Test func wordNumberingReadsAsWordShowsItInSixLanguages() throws {
        #expect(try Self.labels("en") == ["1.", "2.", "3.", "4.", "(a)", "(i)", "(ii)", "(b)"])
        for language in ["fr", "es", "ru"] {
            #expect(try Self.labels(language) == ["1.", "2.", "3.", "4.", "a)", "i)", "ii)", "b)"], "\(language)")
        }
        // Chinese: "㈠" has no Word number format; those labels are typed and read from the text.
        #expect(try Self.labels("zh") == ["1.", "2.", "3.", "4.", "(a)", "(b)"])
        // Arabic: the abjad letters and the quoted numbers of the UN's Arabic texts.
        #expect(try Self.labels("ar") == ["1 -", "2 -", "3 -", "4 -", "(أ)", "’1‘", "’2‘", "(ب)"])
    }

    @Test func numberFormatsOfTheSixLanguages() {
        #expect(DocxNumberFormat.format(27, "lowerLetter") == "aa")
        #expect(DocxNumberFormat.format(4, "lowerRoman") == "iv")
        #expect(DocxNumberFormat.format(5, "arabicAbjad") == "هـ")
        #expect(DocxNumberFormat.format(3, "arabicAlpha") == "ت")
        #expect(DocxNumberFormat.format(12, "hindiNumbers") == "١٢")
        #expect(DocxNumberFormat.format(3, "russianLower") == "в")
        #expect(DocxNumberFormat.format(11, "chineseCounting") == "十一")
        #expect(DocxNumberFormat.format(23, "chineseCounting") == "二十三")
        #expect(DocxNumberFormat.format(2, "decimalFullWidth") == "２")
    }

    /// Rendered from Word, the excerpt reads as its text: the same paragraphs, labels and footnotes.
    @Test func renderingReadsAsTheTextOfTheSameExcerpt() throws {
        for language in Self.languages where language != "en" {
            let rendered = DocxRendering(try DocxReader.read(path: Self.path(language))).text
            let text = try String(contentsOfFile: Self.path(language, "txt"), encoding: .utf8)
            func paragraphs(_ s: String) -> [String] { s.split(separator: "\n").map(String.init) }
            #expect(paragraphs(rendered) == paragraphs(text), "\(language)")
        }
    }

    /// What resolint finds in the Word document is what it finds in the same excerpt as text.
    @Test func sameDiagnosticsAsTheText() throws {
        let linter = try Linter.standard()
        for language in Self.languages {
            let docx = try linter.lint(docx: try DocxReader.read(path: Self.path(language)))
            let text = try linter.lint(text: try FileCollector.read(Self.path(language, "txt")), path: "t")
            var fromWord = docx.diagnostics.map { "\($0.rule) \($0.message)" }
            if language == "en" {
                // The tracked insertion " also" after "Reaffirms" is linted as accepted text.
                let inserted = docx.diagnostics.filter { $0.rule == "operative.adverb-position" }
                #expect(inserted.map(\.location) == ["¶23 (operative paragraph 1):1"])
                fromWord.removeAll { $0.hasPrefix("operative.adverb-position") }
            }
            #expect(fromWord.sorted() == text.diagnostics.map { "\($0.rule) \($0.message)" }.sorted(), "\(language)")
        }
    }

    @Test func footnotesAreReadAtTheirReferences() throws {
        let document = try DocxReader.read(path: Self.path("en"))
        #expect(document.footnotes.count == 1)
        #expect(document.footnotes.first?.paragraphs.first?.text.trimmingCharacters(in: .whitespaces) == "A/75/973.")
        let rendered = DocxRendering(document).text
        // The reference stands in operative paragraph 2, the note at the end.
        let reference = try #require(rendered.range(of: "[^1]"))
        #expect(rendered[..<reference.lowerBound].contains("2. Welcomes the report"))
        #expect(rendered.hasSuffix("[^1]: A/75/973.\n"))
    }

    @Test func trackedChangesAreAcceptedCommentsAndFieldCodesLeftOut() throws {
        let document = try DocxReader.read(path: Self.path("en"))
        #expect(document.insertions == 1)
        #expect(document.deletions == 2)
        let text = DocxRendering(document).text
        #expect(text.contains("1. Reaffirms also its resolutions 73/341"))
        #expect(!text.contains("deleted words"))
        #expect(!text.contains("MACROBUTTON"))
        // The deleted paragraph mark: operative paragraph 4 is one paragraph again, numbered once.
        let fourth = document.paragraphs.first { $0.label == "4." }
        #expect(fourth?.text.hasPrefix("Decides to establish, at its seventy-sixth") == true)
        #expect(document.paragraphs.filter { $0.label?.hasSuffix(".") == true }.count == 4)
        let report = try Linter.standard().lint(docx: document)
        #expect(report.remarks == ["tracked changes: linted with 1 insertion accepted and 2 deletions removed"])
    }

    @Test func runFormattingIsKept() throws {
        let rendered = DocxRendering(try DocxReader.read(path: Self.path("en")))
        let source = SourceFile(path: "r", text: rendered.text)
        let recalling = try #require(rendered.text.range(of: "\nRecalling the declaration"))
        let start = rendered.text.utf8.distance(from: rendered.text.startIndex, to: recalling.lowerBound) + 1
        #expect(rendered.emphasis.covers(start..<(start + 9), .italic, in: source))
        #expect(!rendered.emphasis.covers(start..<(start + 13), .italic, in: source))
        let zh = DocxRendering(try DocxReader.read(path: Self.path("zh")))
        #expect(!zh.emphasis.bold.isEmpty && zh.emphasis.italic.isEmpty)
    }

    /// The package with one part rewritten; every other entry copied as it is.
    static func rewriting(_ path: String, _ part: String, _ change: (String) -> String) throws -> Data {
        let source = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let out = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == part { data = Data(change(String(decoding: data, as: UTF8.self)).utf8) }
            try out.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(out.data)
    }

    /// The defect of text.opening-emphasis, typed into the Word document of a real text: the italics of
    /// "Recalling the declaration" (preambular paragraph 5 of 75/325) taken off.
    @Test func openingPhraseOutOfItalicsIsCaught() throws {
        let data = try Self.rewriting(Self.path("en"), "word/document.xml") { xml in
            xml.replacingOccurrences(of: "<w:i/></w:rPr><w:t xml:space=\"preserve\">Recalling</w:t>", with: "</w:rPr><w:t xml:space=\"preserve\">Recalling</w:t>")
        }
        let document = try DocxReader.read(try DocxPackage(data: data, path: "draft.docx"))
        let found = try Linter.standard().lint(docx: document).diagnostics.filter { $0.rule == "text.opening-emphasis" }
        #expect(found.map(\.location) == ["¶17 (preambular paragraph 5):1"])
        #expect(found.first?.message == "“Recalling”: the opening phrase is set in italics in the UN's texts")
    }

    /// Line n of the report's source is Word paragraph ¶n, even where a deleted paragraph mark joined two.
    @Test func theQuotedLineIsTheWordParagraph() throws {
        let report = try Linter.standard().lint(docx: try DocxReader.read(path: Self.path("en")))
        #expect(report.source.string(report.source.lineRange(30)).hasPrefix("To also place the primary focus"))
        #expect(report.source.string(report.source.lineRange(22)).hasPrefix("Reaffirms also its resolutions"))
    }

    // MARK: Places in every output format

    @Test func placesNameTheParagraphAndCharacterInEveryFormat() throws {
        let file = Self.path("en")
        let text = try CLI.run(["lint", "--format", "text", file])
        #expect(text.stdout.contains("75_325_en.docx:¶31 (operative paragraph 4 (b)):188: error[subitem.terminator]"))
        #expect(text.stdout.contains("75_325_en.docx: note: tracked changes"))
        // The paragraph quoted is the Word paragraph, its number in the gutter.
        #expect(text.stdout.contains(" 23 | Reaffirms also its resolutions"))

        let json = try CLI.run(["lint", "--format", "json", file])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let files = object["files"] as! [[String: Any]]
        let items = files[0]["diagnostics"] as! [[String: Any]]
        let terminator = try #require(items.first { $0["rule"] as? String == "subitem.terminator" })
        #expect(terminator["place"] as? String == "¶31 (operative paragraph 4 (b))")
        #expect(terminator["line"] as? Int == 31 && terminator["column"] as? Int == 188)
        #expect((files[0]["remarks"] as? [String])?.first?.hasPrefix("tracked changes") == true)

        let sarif = try CLI.run(["lint", "--format", "sarif", file])
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as! [String: Any]
        let results = ((log["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]])
        for result in results {
            let location = (result["locations"] as! [[String: Any]])[0]
            let physical = location["physicalLocation"] as! [String: Any]
            // No line and column into the ZIP's bytes: the paragraph is a logical location.
            #expect(physical["region"] == nil)
            let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
            #expect((logical["fullyQualifiedName"] as? String)?.hasPrefix("¶") == true)
        }

        let github = try CLI.run(["lint", "--format", "github", file])
        #expect(github.stdout.contains("::¶31 (operative paragraph 4 (b)):188: item ends with"))
        let junit = try CLI.run(["lint", "--format", "junit", file])
        #expect(junit.stdout.contains("75_325_en.docx:¶31 (operative paragraph 4 (b)):188: error[subitem.terminator]"))
    }

    /// A Word document's SARIF log (logical locations, no region) against the official 2.1.0 schema.
    @Test(.enabled(if: ReporterTests.schema != nil, "needs python3 with jsonschema and PyPI to fetch the SARIF 2.1.0 schema"))
    func sarifOfAWordDocumentValidatesAgainstTheSchema() throws {
        let schema = try #require(ReporterTests.schema)
        let sarif = try CLI.run(["lint", "--format", "sarif", Self.path("en")])
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sarif")
        try sarif.stdout.write(to: log, atomically: false, encoding: .utf8)
        let result = try Python.run("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
            jsonschema.Draft4Validator(schema).validate(log)
            assert all(r["locations"][0]["logicalLocations"] for r in log["runs"][0]["results"])
            print("valid")
            """, [schema.path, log.path])
        #expect(result.status == 0 && result.stdout == "valid\n", "\(result.stderr)")
    }

    // MARK: Bad input

    /// `resolint lint` on bytes written as a .docx: exit 2 and one line naming what the file is.
    static func lintBad(_ data: Data, name: String = "bad.docx") throws -> (status: Int32, line: String) {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try data.write(to: file)
        let result = try CLI.run(["lint", file.path])
        let lines = result.stdout.split(separator: "\n").filter { $0.contains("io.unreadable") }
        return (result.status, lines.count == 1 ? String(lines[0]) : result.stdout + result.stderr)
    }

    /// A ZIP package of these entries (deflated).
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(archive.data)
    }

    @Test func notAWordDocumentBrokenZipEncryptedAndMacroOnly() throws {
        let text = try Self.lintBad(Data("The General Assembly,\n".utf8))
        #expect(text.status == 2 && text.line.contains("not a Word document"))

        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.path("en")))
        let broken = try Self.lintBad(whole.prefix(whole.count / 2))
        #expect(broken.status == 2 && broken.line.contains("broken ZIP"))

        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        ole.append(Data(repeating: 0, count: 504))
        let encrypted = try Self.lintBad(ole)
        #expect(encrypted.status == 2 && encrypted.line.contains("encrypted"))

        let macros = try Self.lintBad(try Self.zip([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/vbaProject.bin", Data(repeating: 7, count: 64))]))
        #expect(macros.status == 2 && macros.line.contains("macros only"))

        let other = try Self.lintBad(try Self.zip([("hello.txt", Data("hello".utf8))]))
        #expect(other.status == 2 && other.line.contains("not a Word document"))

        let notXML = try Self.lintBad(try Self.zip([("word/document.xml", Data("<w:document><w:body>".utf8))]))
        #expect(notXML.status == 2 && notXML.line.contains("not well-formed XML"))
    }

    /// FuzzDocx's findings, both in ZIPFoundation: offsets past the end trapped in its in-memory
    /// archive; a deflate stream cut short kept its inflating loop asking for input for ever. Each is
    /// now one line and exit 2.
    @Test(arguments: ["fuzz-memory-archive-trap.docx", "fuzz-inflate-never-ends.docx"])
    func fuzzFindings(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(throws: DocxPackage.ReadError.self) { _ = try DocxReader.read(try DocxPackage(data: data, path: "fuzz.docx")) }
        let result = try Self.lintBad(data)
        #expect(result.status == 2 && result.line.contains("not linted"))
    }

    /// Patches the uncompressed size that a one-entry archive declares, in both its headers.
    static func declaring(_ size: UInt32, _ data: Data) -> Data {
        var bytes = [UInt8](data)
        func put(_ at: Int) { for k in 0..<4 { bytes[at + k] = UInt8((size >> (8 * UInt32(k))) & 0xFF) } }
        // Local file header: signature PK\3\4, uncompressed size at 22.
        put(22)
        // Central directory entry: signature PK\1\2, uncompressed size at 24.
        if let cd = (0..<(bytes.count - 4)).first(where: { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }) { put(cd + 24) }
        return Data(bytes)
    }

    @Test func zipBombsAndHugeEntriesAreRefusedWithoutInflating() throws {
        // 80 MB of spaces deflate to well under 1 MB.
        let spaces = Data(repeating: 0x20, count: 80 << 20)
        let bomb = try Self.zip([("word/document.xml", spaces)])
        #expect(bomb.count < 1 << 20)
        let declared = try Self.lintBad(bomb)
        #expect(declared.status == 2 && declared.line.contains("refused") && declared.line.contains("not inflated"))
        // The same entry declaring 1 000 bytes: inflating stops at the cap.
        do {
            _ = try DocxReader.read(try DocxPackage(data: Self.declaring(1000, bomb), path: "lying.docx"))
            Issue.record("a lying bomb was read")
        } catch let error as DocxPackage.ReadError {
            #expect(error.reason.contains("refused") || error.reason.contains("broken ZIP"), "\(error)")
        }
        // An entry that declares more than 1 GB: refused before anything is inflated.
        let huge = try Self.lintBad(Self.declaring(0xFFFF_0000, try Self.zip([("word/document.xml", Data("<x/>".utf8))])))
        #expect(huge.status == 2 && huge.line.contains("refused"))
    }

    @Test func pdfWithoutPopplerNamesThePackage() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: file)
        let missing = try CLI.run(["lint", file.path], environment: ["RESOLINT_PDFTOTEXT": "/nonexistent/pdftotext"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("poppler-utils"))
    }
}
