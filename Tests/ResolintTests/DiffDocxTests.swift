import Foundation
import Testing
@testable import Resolint

/// `resolint diff --format docx`: NEW in the UN's Word layout with every change against OLD tracked.
/// Read back by resolint's Word reader, accepting all changes gives what DocxWriter writes for NEW
/// (the same paragraphs, numbers, words and emphasis) and rejecting all gives what it writes for OLD.
struct DiffDocxTests {
    /// What a reader of the document sees: each paragraph's number and its runs of one emphasis.
    static func shown(_ document: DocxDocument) -> [String] {
        document.paragraphs.compactMap { p -> String? in
            var runs: [(String, Bool, Bool)] = []
            for case .text(let r, _) in p.pieces {
                if let last = runs.last, last.1 == r.italic, last.2 == r.bold { runs[runs.count - 1].0 += r.text } else { runs.append((r.text, r.italic, r.bold)) }
            }
            let text = runs.map { ($0.1 ? "/" : "") + ($0.2 ? "*" : "") + $0.0 }.joined(separator: "|")
            return p.label == nil && text.isEmpty ? nil : "\(p.label ?? "") \(text)"
        }
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String {
        guard let k = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) ?? (a.count == b.count ? nil : min(a.count, b.count)) else { return "" }
        func at(_ x: [String]) -> String { k < x.count ? String(x[k].prefix(300)) : "(none)" }
        return "paragraph \(k): \(at(a)) ≠ \(at(b))"
    }

    static func read(_ data: Data, _ changes: DocxReader.TrackedChanges = .accepted) throws -> DocxDocument {
        try DocxReader.read(try DocxPackage(data: data, path: "tracked.docx"), changes: changes)
    }

    static func tracked(_ old: ComparedVersion, _ new: ComparedVersion, diff: RevisionDiff? = nil) throws -> Data {
        try TrackedChangesDocument.document(old: old, new: new, diff: diff ?? RevisionDiff.compare(old, new), author: "Bureau \"A&B\"",
                                            date: Date(timeIntervalSince1970: 1_764_000_000))
    }

    /// Accept all gives NEW, reject all gives OLD; the changes are Word's, with author and date.
    static func check(_ old: ComparedVersion, _ new: ComparedVersion, diff: RevisionDiff? = nil, _ what: String) throws {
        let data = try tracked(old, new, diff: diff)
        func plain(_ v: ComparedVersion) throws -> [String] {
            shown(try read(try DocxWriter.document(text: String(decoding: v.document.source.bytes, as: UTF8.self), language: v.document.language)))
        }
        let accepted = try read(data), rejected = try read(data, .rejected)
        let (a, b) = (shown(accepted), try plain(new))
        #expect(a == b, "accept all: \(what): \(firstDifference(a, b))")
        let (c, d) = (shown(rejected), try plain(old))
        #expect(c == d, "reject all: \(what): \(firstDifference(c, d))")
        #expect(accepted.insertions + accepted.deletions > 0, "\(what)")
        let xml = try #require(try DocxPackage(data: data, path: "t.docx").source("word/document.xml")).bytes
        let body = String(decoding: xml, as: UTF8.self)
        #expect(body.contains("<w:ins w:id=") || body.contains("<w:del w:id="))
        #expect(body.contains("w:author=\"Bureau &quot;A&amp;B&quot;\" w:date=\"2025-11-24T16:00:00Z\""))
    }

    static func version(_ text: String, _ language: String, _ path: String) throws -> ComparedVersion {
        try ComparedVersion.text(text, path: path, languages: Fixtures.linter.languages, language: language)
    }

    @Test func constructedRevisionsAcceptAndRejectToTheirTexts() throws {
        let base = DiffTests.base
        let revisions = [
            base.replacingOccurrences(of: "submit a report", with: "submit a comprehensive report"),
            base.replacingOccurrences(of: "Noting with concern the continued effects of the pandemic on developing countries,\n\n", with: ""),
            base.replacingOccurrences(of: "4. Decides to remain", with: "5. Decides to remain").replacingOccurrences(of: "3. Invites", with: "4. Invites")
                .replacingOccurrences(of: "2. Requests", with: "3. Requests")
                .replacingOccurrences(of: "1. Decides to establish", with: "1. Reaffirms its commitment to the conservation of the oceans;\n\n2. Decides to establish"),
            // An opening phrase changed: the emphasis follows each revision.
            base.replacingOccurrences(of: "Welcoming the report", with: "Taking note of the report"),
        ]
        for (k, revised) in revisions.enumerated() {
            try Self.check(try Self.version(base, "en", "old"), try Self.version(revised, "en", "new"), "revision \(k)")
        }
    }

    @Test func chineseChangesAreTrackedCharacterByCharacter() throws {
        let old = "大会，\n\n回顾其2020年9月21日第75/1号决议，\n\n1. 决定设立一个关于可持续海洋问题的不限成员名额工作组；\n\n2. 请秘书长在下届会议上提交关于工作组工作的报告；\n"
        let new = old.replacingOccurrences(of: "提交关于", with: "提交一份全面的关于")
        try Self.check(try Self.version(old, "zh", "old"), try Self.version(new, "zh", "new"), "zh")
        let body = String(decoding: try #require(try DocxPackage(data: try Self.tracked(try Self.version(old, "zh", "o"), try Self.version(new, "zh", "n")),
                                                                   path: "t").source("word/document.xml")).bytes, as: UTF8.self)
        #expect(body.contains("<w:t xml:space=\"preserve\">一份全面的</w:t></w:r></w:ins>"))
    }

    /// The command: written to --output with --author, never over a file without --force, exit
    /// status as diff(1); without --output, bad usage.
    @Test func theCommandWritesTheTrackedDocumentOnlyWhereAsked() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old.txt"), new = folder.appendingPathComponent("new.txt")
        try DiffTests.base.write(to: old, atomically: false, encoding: .utf8)
        try DiffTests.base.replacingOccurrences(of: "submit a report", with: "submit a comprehensive report").write(to: new, atomically: false, encoding: .utf8)
        let out = folder.appendingPathComponent("tracked.docx").path
        let first = try CLI.run(["diff", old.path, new.path, "--format", "docx", "--output", out, "--author", "Third Committee"])
        #expect(first.status == 1 && first.stdout.isEmpty, "\(first.stderr)")
        let document = try DocxReader.read(path: out)
        #expect(document.paragraphs.contains { $0.text.contains("submit a comprehensive report") })
        #expect(try DocxReader.read(path: out, changes: .rejected).paragraphs.contains { $0.text.contains("submit a report") })
        let xml = String(decoding: try #require(try DocxPackage(path: out).source("word/document.xml")).bytes, as: UTF8.self)
        #expect(xml.contains("<w:ins w:id=\"1\" w:author=\"Third Committee\" w:date=\""))
        let again = try CLI.run(["diff", old.path, new.path, "--format", "docx", "--output", out])
        #expect(again.status == 2 && again.stderr.contains("--force"))
        #expect(try CLI.run(["diff", old.path, new.path, "--format", "docx", "--output", out, "--force"]).status == 1)
        let same = try CLI.run(["diff", old.path, old.path, "--format", "docx", "--output", folder.appendingPathComponent("same.docx").path])
        #expect(same.status == 0)
        let nowhere = try CLI.run(["diff", old.path, new.path, "--format", "docx"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("--output"))
    }

    static let soffice = ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":")
        .map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    /// LibreOffice opens the tracked document and converts it (with a private profile, so that no
    /// user's settings or running instance interfere); its own .docx, read back, still holds the
    /// changes: accepting them gives NEW's words, rejecting them OLD's.
    @Test(.enabled(if: soffice != nil, "soffice (LibreOffice) is not installed: the LibreOffice check of tracked changes is skipped"))
    func libreOfficeOpensAndConvertsTheTrackedDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-lo-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = DiffTests.base
        let revised = base.replacingOccurrences(of: "submit a report", with: "submit a comprehensive report")
            .replacingOccurrences(of: "Noting with concern the continued effects of the pandemic on developing countries,\n\n", with: "")
        let old = try Self.version(base, "en", "old"), new = try Self.version(revised, "en", "new")
        let input = folder.appendingPathComponent("tracked.docx")
        try Self.tracked(old, new).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.soffice!)
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--norestore",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.appendingPathComponent("out").path, input.path]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "soffice: \(stderr)")
        let converted = try Data(contentsOf: folder.appendingPathComponent("out/tracked.docx"))
        func words(_ d: DocxDocument) -> [String] { d.paragraphs.map { DiffUnit.normalized($0.text) }.filter { !$0.isEmpty } }
        let accepted = try Self.read(converted), rejected = try Self.read(converted, .rejected)
        #expect(accepted.insertions > 0 && accepted.deletions > 0, "LibreOffice kept no tracked change")
        #expect(words(accepted) == words(try Self.read(try Self.tracked(new, new))), "accept all after LibreOffice")
        #expect(words(rejected) == words(try Self.read(try Self.tracked(old, old))), "reject all after LibreOffice")
    }
}
