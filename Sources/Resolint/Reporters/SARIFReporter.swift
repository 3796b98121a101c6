import Foundation

/// `--format sarif`: SARIF 2.1.0, with the rules and their descriptions in tool.driver.rules and
/// columns counted in Unicode code points, as resolint counts them.
public struct SARIFReporter: Sendable {
    public var rules: [Rule]
    public init(rules: [Rule]) { self.rules = rules }

    public func render(_ reports: [FileReport]) -> String {
        let used = Set(reports.flatMap { $0.diagnostics.map(\.rule) })
        // The catalogue, plus the engine's own ids (suppression comments, unreadable files) when they occur.
        var descriptors: [[String: Any]] = rules.map { rule in
            [
                "id": rule.id,
                "name": rule.id,
                "shortDescription": ["text": RuleDocumentation.summary(rule.common.description)],
                "fullDescription": ["text": rule.common.description.trimmingCharacters(in: .whitespacesAndNewlines)],
                "defaultConfiguration": ["level": Self.level(rule.severity)],
                "help": ["text": "resolint rules \(rule.id)"],
                "properties": ["kind": rule.common.kind],
            ]
        }
        for id in used.sorted() where !rules.contains(where: { $0.id == id }) {
            let io = id.hasPrefix("io.")
            descriptors.append(["id": id, "shortDescription": ["text": EngineDiagnostics.descriptions[id] ?? "A resolint comment in the draft."],
                                "defaultConfiguration": ["level": io ? "error" : "warning"]])
        }
        let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1["id"] as! String, $0) })
        let results: [[String: Any]] = reports.flatMap { report in
            report.diagnostics.map { d in
                var location: [String: Any] = [
                    "physicalLocation": [
                        "artifactLocation": ["uri": Self.uri(d.path)],
                        "region": ["startLine": d.start.line, "startColumn": d.start.column,
                                   "endLine": d.end.line, "endColumn": max(d.end.column, d.start.column)],
                    ] as [String: Any],
                ]
                if let place = d.place {
                    // A Word document is no text file: lines and columns would point into its ZIP bytes.
                    // The paragraph and character are a logical location, the artifact alone the physical one.
                    location = [
                        "physicalLocation": ["artifactLocation": ["uri": Self.uri(d.path)]],
                        "logicalLocations": [["name": place, "fullyQualifiedName": "\(place):\(d.start.column)", "kind": "element"]],
                    ]
                }
                var result: [String: Any] = [
                    "ruleId": d.rule,
                    "ruleIndex": index[d.rule] ?? 0,
                    "level": Self.level(d.severity),
                    "message": ["text": d.message],
                    "locations": [location],
                ]
                if let fix = d.fix, fix.edits.allSatisfy({ $0.start != nil && $0.end != nil }) {
                    result["fixes"] = [Self.fix(fix, path: d.path)]
                }
                return result
            }
        }
        let log: [String: Any] = [
            "$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "resolint", "version": resolintVersion,
                                    "informationUri": "https://github.com/resolint/resolint", "rules": descriptors]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ] as [String: Any]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A fix as SARIF writes one: the file's replacements, each a deleted region and inserted text.
    static func fix(_ fix: Diagnostic.Fix, path: String) -> [String: Any] {
        [
            "description": ["text": fix.safety == .safe ? "Safe fix (resolint fix)" : "Unsafe fix (resolint fix --unsafe)"],
            "artifactChanges": [[
                "artifactLocation": ["uri": uri(path)],
                "replacements": fix.edits.map { e -> [String: Any] in
                    let start = e.start!, end = e.end!
                    return ["deletedRegion": ["startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column],
                            "insertedContent": ["text": e.replacement]]
                },
            ] as [String: Any]],
        ]
    }

    static func level(_ severity: Severity) -> String {
        switch severity { case .error: return "error"; case .warning: return "warning"; case .info: return "note" }
    }

    /// A relative path stays relative (SARIF viewers resolve it against the checkout); spaces and the
    /// like are percent-encoded.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
