import Foundation

/// The rule catalogue and each rule's page, generated from the rules' own data (as ruff does).
public enum RuleDocumentation {
    /// One line per rule, columns aligned: id, check kind, severity, fix (safe or unsafe), summary.
    public static func table(_ rules: [Rule]) -> String {
        let rows = rules.map { [$0.id, $0.common.kind, $0.severity.rawValue, $0.common.fix?.rawValue ?? "-", summary($0.common.description)] }
        let header = ["rule", "kind", "severity", "fix", "summary"]
        let widths = (0..<4).map { i in (rows + [header]).map { $0[i].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            (0..<4).map { cells[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + cells[4]
        }
        let fixable = rules.filter { $0.common.fix != nil }.count
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
            + "\n\n\(rules.count) rules, \(fixable) with a fix. `resolint rules ID` shows one with its examples.\n"
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
            var item = ["id": $0.id, "kind": $0.common.kind, "severity": $0.severity.rawValue,
                        "description": $0.common.description.trimmingCharacters(in: .whitespacesAndNewlines)]
            if let fix = $0.common.fix { item["fix"] = fix.rawValue }
            return item
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The description's first sentence: up to the first full stop that ends one outside quotation
    /// marks (an example in quotes often holds a full stop of its own).
    static func summary(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        let chars = Array(flat)
        var depth = 0, straight = false
        for (i, c) in chars.enumerated() {
            switch c {
            case "“", "«", "「", "『", "‘": depth += 1
            case "”", "»", "」", "』", "’": depth = max(0, depth - 1)
            case "\"": straight.toggle()
            case "。" where depth == 0 && !straight:
                return String(chars[...i])
            case "." where depth == 0 && !straight && (i + 1 == chars.count || chars[i + 1] == " "):
                return String(chars[...i])
            default: break
            }
        }
        return flat
    }
}
