import Foundation

/// resolint's diagnostics as the protocol's: code = rule id, a link to the rule's page in
/// docs/rules.md, severity mapped, ranges in the negotiated encoding.
public struct DiagnosticConversion: Sendable {
    /// Where built-in rules are documented; each rule has a section of docs/rules.md.
    public static let rulesPage = "https://github.com/resolint/resolint/blob/main/docs/rules.md"
    /// Rules with a section in docs/rules.md (a configuration's own rules have none).
    let documented: Set<String>

    public init(builtInRules: [Rule]) { documented = Set(builtInRules.map(\.id)) }

    /// The rule's section: GitHub's heading anchor drops the dots of "operative.numbering".
    public static func link(_ rule: String) -> String {
        rulesPage + "#" + rule.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// DiagnosticSeverity: 1 error, 2 warning, 3 information.
    static func severity(_ s: Severity) -> Int {
        switch s { case .error: return 1; case .warning: return 2; case .info: return 3 }
    }

    public func json(_ d: Diagnostic, index: LineIndex, encoding: PositionEncoding) -> JSONObject {
        var out: JSONObject = [
            "range": index.range(d.byteRange, encoding: encoding), "severity": Self.severity(d.severity),
            "code": d.rule, "source": "resolint", "message": d.message,
        ]
        if documented.contains(d.rule) { out["codeDescription"] = ["href": Self.link(d.rule)] }
        if let fix = d.fix { out["data"] = ["fix": fix.safety.rawValue] }
        return out
    }

    /// A fix's edits as TextEdits.
    static func textEdits(_ edits: [Edit], index: LineIndex, encoding: PositionEncoding) -> [JSONObject] {
        edits.filter { !($0.range.isEmpty && $0.replacement.isEmpty) }
            .map { ["range": index.range($0.range, encoding: encoding), "newText": $0.replacement] }
    }
}
