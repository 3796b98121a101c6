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
                File(path: r.path, language: r.language, kind: r.kind.rawValue, diagnostics: r.diagnostics.map {
                    Item(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message,
                         line: $0.start.line, column: $0.start.column, endLine: $0.end.line, endColumn: $0.end.column)
                })
            },
            summary: Summary(files: reports.count, errors: all.filter { $0.severity == .error }.count,
                             warnings: all.filter { $0.severity == .warning }.count, infos: all.filter { $0.severity == .info }.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(output)) ?? Data(), as: UTF8.self) + "\n"
    }
}
