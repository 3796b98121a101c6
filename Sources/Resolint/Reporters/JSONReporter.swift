import Foundation

/// `--format json`: the schema of spec/cli.md, version 1.
public struct JSONReporter: Sendable {
    public init() {}

    struct Output: Encodable {
        var version = 1
        var files: [File]
        var summary: Summary
    }
    struct File: Encodable {
        var path: String
        var language: String
        var kind: String
        var diagnostics: [Item]
        /// How the file was read, when the user should know ("tracked changes: …").
        var remarks: [String]?
    }
    struct Item: Encodable {
        var rule: String
        var severity: String
        var message: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var fix: Fix?
        /// In a Word document: the paragraph as the user sees it ("¶14 (operative paragraph 5)");
        /// line is then the paragraph's number and column the character in it.
        var place: String?
    }
    /// A diagnostic's repair as replacement edits, located like the diagnostic itself.
    struct Fix: Encodable {
        var safety: String
        var edits: [EditItem]
    }
    struct EditItem: Encodable {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var replacement: String
    }
    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var infos: Int
    }

    public func render(_ reports: [FileReport]) -> String {
        let all = reports.flatMap(\.diagnostics)
        let output = Output(
            files: reports.map(entry),
            summary: Summary(files: reports.count, errors: all.filter { $0.severity == .error }.count,
                             warnings: all.filter { $0.severity == .warning }.count, infos: all.filter { $0.severity == .info }.count))
        return encode(output) + "\n"
    }

    /// One file's entry, each diagnostic with its fix as edits located like the diagnostic.
    private func entry(_ r: FileReport) -> File {
        File(path: r.path, language: r.language, kind: r.kind.rawValue, diagnostics: r.diagnostics.map { d in
            Item(rule: d.rule, severity: d.severity.rawValue, message: d.message,
                 line: d.start.line, column: d.start.column, endLine: d.end.line, endColumn: d.end.column,
                 fix: d.fix.map { fix in
                     Fix(safety: fix.safety.rawValue, edits: fix.edits.map { e in
                         let start = e.start ?? r.source.position(of: e.range.lowerBound), end = e.end ?? r.source.position(of: e.range.upperBound)
                         return EditItem(line: start.line, column: start.column, endLine: end.line, endColumn: end.column, replacement: e.replacement)
                     })
                 }, place: d.place)
        }, remarks: r.remarks.isEmpty ? nil : r.remarks)
    }

    private func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }

    // Streaming: the same document, written one file at a time (`resolint lint` holds no report longer
    // than it takes to print it). Keys stay sorted: "files", then "summary", then "version".

    /// The start of the document, before the first file.
    public func begin() -> String { "{\n  \"files\" : [\n" }

    /// One file's entry; `first` is false for every file after the first (a comma goes before it).
    public func file(_ r: FileReport, first: Bool) -> String {
        let file = entry(r)
        let body = encode(file).split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return (first ? "" : ",\n") + body
    }

    /// The end of the document with a run's counts.
    public func end(_ summary: LintSummary) -> String {
        end(files: summary.files, errors: summary.errors, warnings: summary.warnings, infos: summary.infos)
    }

    /// The end of the document: the summary. With no file at all, the whole document.
    public func end(files: Int, errors: Int, warnings: Int, infos: Int) -> String {
        let summary = Summary(files: files, errors: errors, warnings: warnings, infos: infos)
        guard files > 0 else { return encode(Output(files: [], summary: summary)) + "\n" }
        let body = encode(summary).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : "  " + $0.element }.joined(separator: "\n")
        return "\n  ],\n  \"summary\" : " + body + ",\n  \"version\" : 1\n}\n"
    }
}
