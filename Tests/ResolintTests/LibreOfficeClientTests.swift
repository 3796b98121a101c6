import Foundation
import Testing
@testable import Resolint

/// LibreOffice, a second Word-format client that shares no code with resolint, opens what resolint
/// writes: the skeletons of `resolint new --format docx` in six languages, and a draft fixed by
/// `resolint fix`. It converts them to text and saves them again as .docx of its own, and those lint
/// with no error. Skipped, saying so, where LibreOffice is not installed (.ci/run installs it).
@Suite(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) is not installed: .ci/run installs Debian's libreoffice-writer-nogui"))
struct LibreOfficeClientTests {
    static let linter = MultilingualTests.linter

    /// One skeleton a language, as `resolint new --format docx` writes it.
    static func skeletons(in dir: URL) throws -> [(language: String, file: URL)] {
        try DocxReaderTests.languages.map { code in
            let facts = try #require(DocxWriterTests.cases.first { $0.language == code })
            let language = try #require(linter.languages.profile(code))
            let file = dir.appendingPathComponent("new-\(code).docx")
            try DocxWriter.document(text: try MultilingualTests.renderer.render(facts), language: language).write(to: file)
            return (code, file)
        }
    }

    static func errors(_ report: FileReport) -> [String] {
        report.diagnostics.filter { $0.severity == .error }.map { "\($0.location) \($0.rule) \($0.message)" }
    }

    @Test func skeletonsInSixLanguagesOpenConvertAndLintClean() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let skeletons = try Self.skeletons(in: dir)
        #expect(skeletons.count == 6)
        let texts = try LibreOffice.convert(skeletons.map(\.file), to: "txt:Text (encoded):UTF8", extension: "txt", in: dir)
        let resaved = try LibreOffice.convert(skeletons.map(\.file), to: "docx:MS Word 2007 XML", extension: "docx", in: dir)
        for ((language, file), (text, saved)) in zip(skeletons, zip(texts, resaved)) {
            let fromWord = try Self.linter.lint(docx: try DocxReader.read(path: file.path), language: language)
            #expect(Self.errors(fromWord).isEmpty, "\(language) .docx: \(Self.errors(fromWord))")
            let converted = try FileCollector.read(text.path)
            #expect(converted.contains(DocxWriterTests.cases.first { $0.language == language }!.agendaTitle), "\(language): \(converted)")
            let fromText = try Self.linter.lint(text: converted, path: text.path, language: language)
            #expect(Self.errors(fromText).isEmpty, "\(language) converted text: \(Self.errors(fromText))")
            // LibreOffice's own .docx (its numbering, styles and runs): read and linted as Word's.
            let fromLibreOffice = try Self.linter.lint(docx: try DocxReader.read(path: saved.path), language: language)
            #expect(Self.errors(fromLibreOffice).isEmpty, "\(language) LibreOffice .docx: \(Self.errors(fromLibreOffice))")
            #expect(fromLibreOffice.diagnostics.map(\.rule) == fromWord.diagnostics.map(\.rule), "\(language)")
        }
    }

    /// A draft fixed by resolint opens in LibreOffice, whose text shows the fix.
    @Test func aFixedDraftOpens() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.docx")
        let original = try Data(contentsOf: URL(fileURLWithPath: DocxReaderTests.path("es")))
        let result = try DocxFixTests.fixer.fix(data: original, path: file.path, language: nil)
        try #require(result.data).write(to: file)
        let text = try FileCollector.read(try LibreOffice.convert([file], to: "txt:Text (encoded):UTF8", extension: "txt", in: dir)[0].path)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        // The item the fix ended with a full stop, as resolint reads it back.
        let defect = try #require(try DocxFixTests.lint(original).diagnostics.first { $0.rule == "subitem.terminator" })
        let fixed = try Self.linter.lint(docx: try DocxReader.read(path: file.path))
        let line = fixed.source.string(fixed.source.lineRange(defect.start.line - 1))
        #expect(line.hasSuffix("."))
        #expect(lines.contains { $0.hasSuffix(line) }, "\(line) not in LibreOffice's text:\n\(text)")
        let report = try Self.linter.lint(text: text, path: "converted.txt", language: "es")
        #expect(!report.diagnostics.contains { $0.rule == "subitem.terminator" }, "\(report.diagnostics.map(\.rule))")
    }
}

/// LibreOffice run headless, with a profile of its own (parallel runs would otherwise share the user's
/// and fail) and a time limit.
enum LibreOffice {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Converts `files` with the filter `to` ("txt:Text (encoded):UTF8") into `dir`/out; the outputs in order.
    static func convert(_ files: [URL], to filter: String, extension ext: String, in dir: URL, seconds: Double = 240) throws -> [URL] {
        let out = dir.appendingPathComponent("out-\(ext)-\(UUID().uuidString.prefix(8))")
        let profile = dir.appendingPathComponent("lo-profile-\(UUID().uuidString.prefix(8))")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore",
                             "--convert-to", filter, "--outdir", out.path] + files.map(\.path)
        // To a file, not a pipe: nothing reads a pipe while soffice runs.
        let logFile = dir.appendingPathComponent("soffice-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let log = try FileHandle(forWritingTo: logFile)
        defer { try? log.close() }
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if process.isRunning {
            process.terminate()
            throw Failure(description: "soffice did not finish within \(Int(seconds)) s")
        }
        let said = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return try files.map { file in
            let converted = out.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + ext)
            guard FileManager.default.fileExists(atPath: converted.path) else {
                throw Failure(description: "soffice wrote no \(converted.lastPathComponent) (exit \(process.terminationStatus)): \(said)")
            }
            return converted
        }
    }
}
