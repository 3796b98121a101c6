import Foundation
import Testing
@testable import Resolint

/// Where the tests find their texts: the committed Examples/ (the project's two founding Chinese
/// documents) always, and ../shared/corpus when the repository sits beside it.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// True when the shared corpus is present; tests that need it are skipped with this reason otherwise.
    static let hasCorpus = FileManager.default.fileExists(atPath: corpus.appendingPathComponent("README.md").path)
    static let noCorpusReason: Comment = "../shared/corpus is absent in this clone: corpus tests skipped (Examples/ still run)"

    static func example(_ name: String) throws -> String {
        try FileCollector.read(packageRoot.appendingPathComponent("Examples/\(name)").path)
    }

    static func corpusFile(_ relative: String) throws -> String {
        try FileCollector.read(corpus.appendingPathComponent(relative).path)
    }

    static func corpusFiles(_ folder: String) -> [String] {
        let url = corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    }

    static let linter: Linter = {
        do { return try Linter.standard() } catch { fatalError("built-in rules must load: \(error)") }
    }()

    static func lint(_ text: String, path: String = "draft.txt", lang: String? = nil) throws -> FileReport {
        try linter.lint(text: text, path: path, language: lang)
    }

    static let zhDraft = "ga73-c1-draft-resolution.txt"
    static let zhReport = "ga77-c1-report-item94.txt"
}

extension FileReport {
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    func of(_ rule: String) -> [Diagnostic] { diagnostics.filter { $0.rule == rule } }
}
