import Foundation
import Testing
import ZIPFoundation
@testable import Resolint

/// `resolint fix` on Word documents: fixes land in the runs that held the text, and nothing else of
/// the package changes: every other entry is compared byte by byte (compressed and inflated), and
/// word/document.xml paragraph by paragraph, the bytes between paragraphs included.
struct DocxFixTests {
    static let linter: Linter = try! Linter.standard()
    static let fixer = DocxFixer(fixer: Fixer(linter: linter))
    static let documentPart = "word/document.xml"

    /// Each entry's stored bytes (as compressed in the file) and its content (inflated by ZIPFoundation).
    static func entries(_ data: Data) throws -> [String: (stored: [UInt8], content: Data)] {
        let bytes = [UInt8](data)
        let directory = DocxZipDirectory(bytes)
        let archive = try Archive(data: data, accessMode: .read)
        var out: [String: (stored: [UInt8], content: Data)] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            let at = try #require(directory.entries[entry.path])
            out[entry.path] = (Array(bytes[at.dataOffset..<(at.dataOffset + at.compressedSize)]), content)
        }
        return out
    }

    /// The body's paragraphs and the bytes between them (before the first, between each, after the last).
    static func paragraphs(_ xml: Data) throws -> (paragraphs: [[UInt8]], between: [[UInt8]]) {
        let bytes = [UInt8](xml)
        let tree = try XMLTree(source: SourceFile(path: "document.xml", text: String(decoding: xml, as: UTF8.self)))
        let body = try #require(tree.root.first("body"))
        var paragraphs: [[UInt8]] = [], between: [[UInt8]] = []
        var last = 0
        for p in body.elements where p.name == "p" {
            between.append(Array(bytes[last..<p.offset]))
            paragraphs.append(Array(bytes[p.offset..<p.end]))
            last = p.end
        }
        between.append(Array(bytes[last...]))
        return (paragraphs, between)
    }

    /// The fixed package differs from the original in the paragraphs `changed` (¶, 1-based) of
    /// word/document.xml and nowhere else.
    static func expectOnly(_ changed: Set<Int>, differ original: Data, _ fixed: Data, _ name: String) throws {
        let a = try entries(original), b = try entries(fixed)
        #expect(a.keys.sorted() == b.keys.sorted(), "\(name)")
        for (path, entry) in a where path != documentPart {
            #expect(entry.stored == b[path]?.stored, "\(name): \(path) stored bytes")
            #expect(entry.content == b[path]?.content, "\(name): \(path) content")
        }
        let before = try paragraphs(try #require(a[documentPart]).content)
        let after = try paragraphs(try #require(b[documentPart]).content)
        #expect(before.between == after.between, "\(name): bytes between paragraphs")
        #expect(before.paragraphs.count == after.paragraphs.count, "\(name)")
        let differing = Set(zip(before.paragraphs, after.paragraphs).enumerated().filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 })
        #expect(differing == changed, "\(name): paragraphs changed")
    }

    /// The package with some parts rewritten (all entries compressed anew, as an editor saves them).
    static func rewriting(_ data: Data, _ changes: [String: (String) -> String]) throws -> Data {
        let source = try Archive(data: data, accessMode: .read)
        let out = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var content = Data()
            _ = try source.extract(entry) { content.append($0) }
            if let change = changes[entry.path] { content = Data(change(String(decoding: content, as: UTF8.self)).utf8) }
            try out.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate) { position, size in
                content.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return try #require(out.data)
    }

    static func lint(_ data: Data) throws -> FileReport {
        try linter.lint(docx: try DocxReader.read(DocxPackage(data: data, path: "draft.docx")))
    }

    /// The last item of each excerpt ends with ";" where the paragraph ends (the excerpt stops at
    /// operative paragraph 4 of resolution 75/325): a real defect, fixed in its run.
    @Test func fixtureDefectsAreFixedInTheirRunsAndNothingElseChanges() throws {
        for language in DocxReaderTests.languages where language != "en" {
            let data = try Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path(language)))
            let document = try DocxReader.read(DocxPackage(data: data, path: "draft.docx"))
            let fixable = try Self.linter.lintRendered(docx: document, language: nil).report.diagnostics.filter { $0.fix?.safety == .safe }
            #expect(fixable.map(\.rule) == ["subitem.terminator"], "\(language)")
            let found = try Self.lint(data).diagnostics.filter { $0.rule == "subitem.terminator" }
            let result = try Self.fixer.fix(data: data, path: "draft.docx", language: nil)
            #expect(result.fixed == ["subitem.terminator": 1], "\(language)")
            #expect(result.refused.isEmpty, "\(language)")
            let fixed = try #require(result.data)
            try Self.expectOnly(Set(found.map(\.start.line)), differ: data, fixed, language)
            // Read again: the finding is gone, the others stay, and the item ends with the full stop.
            let after = try Self.lint(fixed)
            #expect(!after.diagnostics.contains { $0.rule == "subitem.terminator" }, "\(language)")
            #expect(after.diagnostics.count == (try Self.lint(data)).diagnostics.count - 1, "\(language)")
            let line = try #require(found.first).start.line
            let paragraph = after.source.string(after.source.lineRange(line - 1))
            #expect(paragraph.hasSuffix(".") || paragraph.hasSuffix("。"), "\(language): \(paragraph)")
        }
    }

    /// The French fixture with its second top-level paragraph moved to list `numId` 4, which
    /// `numbering` defines: a restart of Word's automatic numbering, as Word leaves a paragraph pasted
    /// from another document or given "Restart Numbering".
    static func restarted(at paragraph: Int = 2, _ numbering: String) throws -> Data {
        let original = try Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path("fr")))
        var seen = 0
        return try rewriting(original, [
            "word/numbering.xml": { $0.replacingOccurrences(of: "</w:numbering>", with: numbering + "</w:numbering>") },
            documentPart: { xml in
                xml.components(separatedBy: "<w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/>").enumerated().map { k, piece in
                    k == 0 ? piece : { seen += 1; return (seen == paragraph ? "<w:ilvl w:val=\"0\"/><w:numId w:val=\"4\"/>" : "<w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/>") + piece }()
                }.joined()
            },
        ])
    }

    /// The restarts Word makes: a start override on the same abstract list ("1.", "7."), and a new
    /// list of its own whose level starts at 1 again ("1.", "1."). Each is fixed by pointing the
    /// paragraph's w:numId back at the list before it: numbering.xml and every other entry stay
    /// byte for byte, document.xml changes in that paragraph alone (and in the item the other fix
    /// ends), and the document read again numbers 1., 2., 3. with no operative.numbering left.
    @Test func restartedNumberingIsFixedThroughTheNumbering() throws {
        let restarts = [
            ("start override", "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>", "7."),
            ("new list", "<w:abstractNum w:abstractNumId=\"9\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"4\"><w:abstractNumId w:val=\"9\"/></w:num>", "1."),
        ]
        for (name, numbering, shown) in restarts {
            let data = try Self.restarted(numbering)
            let before = try DocxReader.read(DocxPackage(data: data, path: "draft.docx"))
            let top = before.paragraphs.filter { $0.list?.level == 0 }
            #expect(top.prefix(2).map(\.label) == ["1.", shown], "\(name)")
            #expect(try Self.lint(data).diagnostics.contains { $0.rule == "operative.numbering" }, "\(name)")
            let result = try Self.fixer.fix(data: data, path: "draft.docx", language: nil)
            #expect(result.fixed["operative.numbering"] == 1, "\(name): \(result.fixed) \(result.refused)")
            #expect(result.refused.isEmpty, "\(name): \(result.refused)")
            let fixed = try #require(result.data, "\(name)")
            let after = try DocxReader.read(DocxPackage(data: fixed, path: "draft.docx"))
            let numbers = after.paragraphs.filter { $0.list?.level == 0 }.compactMap(\.label)
            #expect(numbers == (1...numbers.count).map { "\($0)." } && numbers.count == top.count, "\(name): \(numbers)")
            #expect(after.paragraphs.first { $0.number == top[1].number }?.list?.numId == "3", "\(name)")
            #expect(!(try Self.lint(fixed).diagnostics.contains { $0.rule == "operative.numbering" }), "\(name)")
            let item = try #require(try Self.lint(data).diagnostics.first { $0.rule == "subitem.terminator" })
            try Self.expectOnly([top[1].number, item.start.line], differ: data, fixed, name)
        }
    }

    /// A restart with no paragraph before it at its level to continue (the first paragraph starts at
    /// 7): the fix would have to change numbering.xml, so it is named and not written, while the
    /// item's final mark is fixed all the same.
    @Test func restartWithNothingToContinueIsRefused() throws {
        let data = try Self.restarted(at: 1, "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"7\"/></w:lvlOverride></w:num>")
        let numbers = try DocxReader.read(DocxPackage(data: data, path: "draft.docx")).paragraphs.compactMap(\.label).filter { $0.first!.isNumber }
        #expect(numbers.prefix(1) == ["7."])
        let result = try Self.fixer.fix(data: data, path: "draft.docx", language: nil)
        #expect(result.refused.contains { $0.contains("operative.numbering not fixed: no paragraph before it at its level") }, "\(result.refused)")
        #expect(result.fixed["subitem.terminator"] == 1)
        #expect(result.fixed["operative.numbering"] == nil)
        let fixed = try #require(result.data)
        #expect(try Self.entries(fixed)["word/numbering.xml"]?.content == Self.entries(data)["word/numbering.xml"]?.content)
        #expect(try Self.lint(fixed).diagnostics.contains { $0.rule == "operative.numbering" })
    }

    /// An operative paragraph that lost its w:numPr between two of its list (Word shows it with no
    /// number, and numbers the next one as it): it is given the numbering of the paragraph after it,
    /// and shows that one's number; only its w:pPr changes, numbering.xml stays byte for byte. Its
    /// properties left empty, gone, or holding what comes before and after w:numPr in the schema.
    /// (LibreOffice, converting such files to text, shows 1., 2., 3., 4. where the draft showed 1., —, 2., 3.)
    @Test(arguments: ["<w:pPr></w:pPr>", "", "<w:pPr><w:keepNext/><w:jc w:val=\"both\"/></w:pPr>"])
    func paragraphThatLostItsNumberingGetsItBack(_ properties: String) throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path("fr")))
        let numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
        var seen = 0
        let data = try Self.rewriting(original, [Self.documentPart: { xml in
            xml.components(separatedBy: numbered).enumerated().map { k, piece in
                k == 0 ? piece : { seen += 1; return (seen == 2 ? properties : numbered) + piece }()
            }.joined()
        }])
        let before = try DocxReader.read(DocxPackage(data: data, path: "draft.docx"))
        let originalTop = try DocxReader.read(DocxPackage(data: original, path: "draft.docx")).paragraphs.filter { $0.list?.level == 0 }
        let lost = try #require(before.paragraphs.first { $0.number == originalTop[1].number })
        #expect(lost.label == nil && lost.list == nil)
        #expect(try Self.lint(data).diagnostics.contains { $0.rule == "structure.order" })
        let result = try Self.fixer.fix(data: data, path: "draft.docx", language: nil)
        #expect(result.fixed["structure.order"] == 1, "\(result.fixed) \(result.refused)")
        #expect(result.refused.isEmpty, "\(result.refused)")
        let fixed = try #require(result.data)
        let after = try DocxReader.read(DocxPackage(data: fixed, path: "draft.docx"))
        #expect(after.paragraphs.filter { $0.list?.level == 0 }.map(\.label) == originalTop.map(\.label))
        let remaining = try Self.lint(fixed).diagnostics
        #expect(!remaining.contains { $0.rule == "structure.order" || $0.rule == "operative.numbering" }, "\(remaining.map(\.message))")
        let item = try #require(try Self.lint(data).diagnostics.first { $0.rule == "subitem.terminator" })
        try Self.expectOnly([lost.number, item.start.line], differ: data, fixed, properties)
        let xml = String(decoding: try #require(try Self.entries(fixed)[Self.documentPart]).content, as: UTF8.self)
        let restored = properties.isEmpty ? "<w:p>\(numbered)" : properties.replacingOccurrences(of: "<w:jc", with: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr><w:jc").replacingOccurrences(of: "<w:pPr></w:pPr>", with: numbered)
        #expect(xml.contains(restored), "\(properties)")
        #expect(try Self.entries(fixed)["word/numbering.xml"]?.stored == Self.entries(data)["word/numbering.xml"]?.stored)
    }

    /// Tracked changes: the linted text is the accepted one, which the runs do not hold; nothing is written.
    @Test func trackedChangesAreNotFixed() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path("en")))
        #expect(throws: DocxFixer.Refused.self) { try Self.fixer.fix(data: data, path: "draft.docx", language: nil) }
    }

    /// The command: --diff shows the paragraphs and writes nothing (exit 1: fixes pending); fix writes
    /// atomically (exit 0: no error left); tracked changes exit 2 with one line and the file untouched.
    @Test func commandLine() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("draft.docx"), tracked = dir.appendingPathComponent("tracked.docx")
        try FileManager.default.copyItem(atPath: DocxReaderTests.path("es"), toPath: draft.path)
        try FileManager.default.copyItem(atPath: DocxReaderTests.path("en"), toPath: tracked.path)
        let original = try Data(contentsOf: draft)
        let diff = try CLI.run(["fix", "--diff", draft.path])
        #expect(diff.status == 1, "\(diff.stderr)")
        #expect(diff.stdout.contains("\n-") && diff.stdout.contains("séptimo período de sesiones."), "\(diff.stdout)")
        #expect(try Data(contentsOf: draft) == original)
        let fix = try CLI.run(["fix", draft.path])
        #expect(fix.status == 0, "\(fix.stderr)")
        #expect(fix.stderr.contains("fixed 1 (subitem.terminator ×1)"), "\(fix.stderr)")
        #expect(try Data(contentsOf: draft) != original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["draft.docx", "tracked.docx"])
        let lint = try CLI.run(["lint", draft.path])
        #expect(lint.status == 0, "\(lint.stdout)")
        let refused = try CLI.run(["fix", tracked.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds tracked changes") && refused.stderr.contains("nothing written"), "\(refused.stderr)")
        #expect(try Data(contentsOf: tracked) == Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path("en"))))
    }

    /// The runs whose text holds `mark` split into runs of one character each, as Word leaves text
    /// edited many times (the rest is left whole: a document all in one-character runs reads slowly
    /// in a debug build).
    static func fragmented(_ data: Data, at mark: String) throws -> Data {
        let open = "<w:t xml:space=\"preserve\">", close = "</w:t></w:r>"
        return try rewriting(data, [documentPart: { xml in
            let pieces = xml.components(separatedBy: "<w:r><w:rPr>")
            return pieces[0] + pieces.dropFirst().map { piece -> String in
                guard let props = piece.range(of: "</w:rPr>" + open), let end = piece.range(of: close, range: props.upperBound..<piece.endIndex) else {
                    return "<w:r><w:rPr>" + piece
                }
                let rPr = piece[..<props.lowerBound], text = piece[props.upperBound..<end.lowerBound]
                guard text.contains(mark) else { return "<w:r><w:rPr>" + piece }
                let plain = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
                return plain.map { c in
                    let t = c == " " ? "<w:t xml:space=\"preserve\"> </w:t>" : "<w:t>\(DocxWriter.escape(String(c)))</w:t>"
                    return "<w:r><w:rPr>\(rPr)</w:rPr>\(t)</w:r>"
                }.joined() + piece[end.upperBound...]
            }.joined()
        }])
    }

    /// Real drafts (../shared/corpus/en-drafts) written as Word documents, with "35 per cent" typed
    /// "35%" in runs of one character: the fix spans three runs, goes into the first and empties the
    /// others, and the document reads as the draft fixed without the defect.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func realDraftsWithADefectInFragmentedRuns() throws {
        let english = try #require(Self.linter.languages.profile("en"))
        let percent = try Regex(#"(\d) per cent"#)
        var tried = 0
        for file in Fixtures.corpusFiles("en-drafts") {
            let text = try Fixtures.corpusFile(file)
            guard tried < 5, !text.contains("%"), let match = text.firstMatch(of: percent) else { continue }
            tried += 1
            let injected = text.replacingCharacters(in: match.range, with: text[match.range].replacingOccurrences(of: " per cent", with: "%"))
            let clean = try DocxWriter.document(text: text, language: english)
            let data = try Self.fragmented(DocxWriter.document(text: injected, language: english), at: "%")
            let name = (file as NSString).lastPathComponent
            let defect = try Self.lint(data).diagnostics.filter { $0.rule == "text.per-cent" }
            #expect(defect.count == 1, "\(name)")
            let result = try Self.fixer.fix(data: data, path: "draft.docx", language: "en")
            let fixed = try #require(result.data, "\(name)")
            #expect(result.fixed["text.per-cent"] == 1, "\(name)")
            // The new text went into the first run; the runs after it that held the old text are empty.
            let xml = String(decoding: try #require(try Self.entries(fixed)[Self.documentPart]).content, as: UTF8.self)
            #expect(xml.contains("<w:t>\(match.output[1].substring ?? "")") && xml.contains("<w:t></w:t>"), "\(name)")
            // The same text as the draft without the defect, once both are fixed alike.
            let reference = try Self.fixer.fix(data: clean, path: "draft.docx", language: "en")
            func shown(_ d: Data) throws -> String { DocxRendering(try DocxReader.read(DocxPackage(data: d, path: "d"))).text }
            #expect(try shown(fixed) == shown(reference.data ?? clean), "\(name)")
            #expect(!(try Self.lint(fixed).diagnostics.contains { $0.rule == "text.per-cent" }), "\(name)")
            // Only the paragraphs whose text changed changed in document.xml.
            let before = try Self.lint(data).source, after = try Self.lint(fixed).source
            let changed = Set((0..<before.lineCount).filter { before.string(before.lineRange($0)) != after.string(after.lineRange($0)) }.map { $0 + 1 })
            #expect(changed.contains(try #require(defect.first).start.line), "\(name)")
            try Self.expectOnly(changed, differ: data, fixed, name)
        }
        #expect(tried == 5, "drafts with a percentage: \(tried)")
    }
}

