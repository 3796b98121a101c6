import Foundation

/// The rule catalogue and each rule's page, generated from the rules' own data (as ruff does).
public enum RuleDocumentation {
    public static func table(_ rules: [Rule]) -> String {
        let width = rules.map(\.id.count).max() ?? 10
        var out = ""
        for r in rules {
            let id = r.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = r.common.kind.padding(toLength: 12, withPad: " ", startingAt: 0)
            let sev = r.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
            out += "\(id)  \(kind)\(sev)\(firstSentence(r.common.description))\n"
        }
        return out + "\n\(rules.count) rules. `resolint rules ID` shows one with its examples.\n"
    }

    public static func page(_ r: Rule) -> String {
        var out = "\(r.id) (\(r.common.kind), \(r.severity.rawValue))\n\n"
        out += r.common.description.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        if let l = r.common.languages { out += "\nLanguages: \(l.joined(separator: ", "))\n" }
        if let d = r.common.documents { out += "Documents: \(d.map(\.rawValue).joined(separator: ", "))\n" }
        out += "Message: \(r.common.message)\n"
        if let fix = r.common.fix { out += "Fix: \(fix.rawValue)\(fix == .unsafe ? " (resolint fix --unsafe)" : " (resolint fix)")\n" }
        func block(_ title: String, _ text: String) -> String {
            "\n\(title):\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        }
        for e in r.common.examples?.invalid ?? [] {
            out += block("Flagged (\(e.lang))", e.text)
            if let fixed = e.fixed { out += block("Fixed (\(e.lang))", fixed) }
        }
        for e in r.common.examples?.valid ?? [] { out += block("Correct (\(e.lang))", e.text) }
        return out
    }

    public static func json(_ rules: [Rule]) -> String {
        let items: [[String: String]] = rules.map {
            ["id": $0.id, "kind": $0.common.kind, "severity": $0.severity.rawValue,
             "description": $0.common.description.trimmingCharacters(in: .whitespacesAndNewlines)]
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private static func firstSentence(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        if let r = flat.range(of: ". ") ?? flat.range(of: "。") { return String(flat[..<r.upperBound]).trimmingCharacters(in: .whitespaces) }
        return flat
    }
}
