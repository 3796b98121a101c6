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
            files: reports.map { r in
                File(path: r.path, language: r.language, kind: r.kind.rawValue, diagnostics: r.diagnostics.map { d in
                    Item(rule: d.rule, severity: d.severity.rawValue, message: d.message,
                         line: d.start.line, column: d.start.column, endLine: d.end.line, endColumn: d.end.column,
                         fix: d.fix.map { fix in
                             Fix(safety: fix.safety.rawValue, edits: fix.edits.map { e in
                                 let start = r.source.position(of: e.range.lowerBound), end = r.source.position(of: e.range.upperBound)
                                 return EditItem(line: start.line, column: start.column, endLine: end.line, endColumn: end.column, replacement: e.replacement)
                             })
                         })
                })
            },
            summary: Summary(files: reports.count, errors: all.filter { $0.severity == .error }.count,
                             warnings: all.filter { $0.severity == .warning }.count, infos: all.filter { $0.severity == .info }.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self) + "\n"
    }
}
