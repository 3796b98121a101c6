import Foundation

/// Hover over a diagnostic's range: the finding, then the rule's page (description, message, fix,
/// flagged and correct examples) as `resolint rules ID` prints it, and the link to docs/rules.md.
enum Hover {
    static func contents(_ analysis: Analysis, at offset: Int, rules: RuleCatalog, encoding: PositionEncoding) -> JSONObject? {
        let found = analysis.report.diagnostics.filter { $0.byteRange.lowerBound <= offset && offset <= $0.byteRange.upperBound }
        guard !found.isEmpty else { return nil }
        var parts: [String] = []
        var seen = Set<String>()
        for d in found {
            var text = "**\(d.rule)**: \(d.message)"
            if seen.insert(d.rule).inserted, let rule = rules.rule(d.rule) {
                // A fence keeps the page's indented examples as they are.
                text += "\n\n```text\n" + RuleDocumentation.page(rule).trimmingCharacters(in: .whitespacesAndNewlines) + "\n```"
                text += "\n\n[\(d.rule) in docs/rules.md](\(DiagnosticConversion.link(d.rule)))"
            }
            parts.append(text)
        }
        let lower = found.map(\.byteRange.lowerBound).min()!, upper = found.map(\.byteRange.upperBound).max()!
        return ["contents": ["kind": "markdown", "value": parts.joined(separator: "\n\n---\n\n")],
                "range": analysis.index.range(lower..<upper, encoding: encoding)]
    }
}
