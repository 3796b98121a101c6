import Foundation

/// Code actions: one quick fix per fixable diagnostic in the requested range (safe fixes preferred,
/// unsafe ones labelled and never preferred), and `source.fixAll.resolint`, which applies every safe
/// fix as `resolint fix` does (the library's Fixer, passes repeated until nothing is left).
enum CodeActions {
    static let fixAllKind = "source.fixAll.resolint"

    /// Whether an action kind is asked for by the request's `context.only` (a kind covers its sub-kinds).
    static func wanted(_ kind: String, only: [String]?) -> Bool {
        guard let only, !only.isEmpty else { return true }
        return only.contains { kind == $0 || kind.hasPrefix($0 + ".") }
    }

    static func quickFixes(_ analysis: Analysis, in range: Range<Int>, uri: String, conversion: DiagnosticConversion,
                           encoding: PositionEncoding) -> [JSONObject] {
        analysis.report.diagnostics.compactMap { d -> JSONObject? in
            guard let fix = d.fix, touches(d.byteRange, range) else { return nil }
            let edits = DiagnosticConversion.textEdits(fix.edits, index: analysis.index, encoding: encoding)
            guard !edits.isEmpty else { return nil }
            let safety = fix.safety == .safe ? "safe fix" : "unsafe fix: check the result"
            return [
                "title": "Fix \(d.rule) (\(safety))", "kind": "quickfix",
                "diagnostics": [conversion.json(d, index: analysis.index, encoding: encoding)],
                "isPreferred": fix.safety == .safe,
                "edit": ["changes": [uri: edits]],
            ]
        }
    }

    /// Every safe fix at once, as one edit of the whole text; nil when there is nothing to fix.
    static func fixAll(_ analysis: Analysis, uri: String, setup: (linter: Linter, language: String?), path: String,
                       encoding: PositionEncoding) throws -> JSONObject? {
        let result = try Fixer(linter: setup.linter).fix(text: analysis.text, path: path, language: setup.language)
        guard result.text != analysis.text else { return nil }
        let edit: JSONObject = ["range": analysis.index.range(0..<analysis.index.bytes.count, encoding: encoding), "newText": result.text]
        let count = result.fixed.values.reduce(0, +)
        return ["title": "Fix all safe resolint fixes (\(count))", "kind": fixAllKind, "edit": ["changes": [uri: [edit]]]]
    }

    /// A diagnostic is in a range when they overlap or meet (a cursor is an empty range).
    static func touches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.lowerBound <= b.upperBound && b.lowerBound <= a.upperBound
    }
}
