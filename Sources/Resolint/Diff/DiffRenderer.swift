import Foundation

/// A revision diff as people read it: a terminal listing, or the comparison table delegations
/// circulate ("PP3 — deleted", "OP5 (was OP4) — modified: …").
public enum DiffRenderer {
    /// "OP5 (was OP4)", "PP3".
    static func title(_ c: RevisionDiff.Change) -> String {
        switch c.status {
        case .deleted: return c.old ?? "?"
        case .inserted: return c.new ?? "?"
        case .split: return (c.parts ?? []).joined(separator: ", ") + " (was \(c.old ?? "?"))"
        case .merged: return (c.new ?? "?") + " (was " + (c.parts ?? []).joined(separator: ", ") + ")"
        default: return (c.new ?? "?") + (c.old != c.new ? " (was \(c.old ?? "?"))" : "")
        }
    }

    static func flatten(_ changes: [RevisionDiff.Change]) -> [RevisionDiff.Change] {
        changes.flatMap { [$0] + flatten($0.items) }
    }

    public static func text(_ diff: RevisionDiff, color: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let space = TokenDiff.unspaced(diff.language) ? "" : " "
        var out = "--- \(diff.old)\n+++ \(diff.new)\n"
        for c in flatten(diff.paragraphs) where c.status != .unchanged {
            let indent = c.items.isEmpty && c.new?.contains("(") == true || c.old?.contains("(") == true ? "  " : ""
            out += "\(indent)\(paint(title(c), "1")) \(c.status.rawValue)"
            switch c.status {
            case .inserted: out += ": " + paint(c.text, "32")
            case .deleted: out += ": " + paint(c.text, "31")
            case .modified, .moved, .split, .merged:
                if let runs = c.changes {
                    out += ": " + runs.map { r in
                        switch r.kind {
                        case .equal: return r.text
                        case .delete: return paint("[-\(r.text)-]", "31")
                        case .insert: return paint("{+\(r.text)+}", "32")
                        }
                    }.joined(separator: space)
                }
            default: break
            }
            out += "\n"
        }
        for r in diff.references {
            out += paint("\(r.paragraph): refers to paragraph \(r.number), ", "33")
                + paint(r.target.map { "which is now \($0)" } ?? "which was deleted", "33") + "\n"
        }
        return out
    }

    public static func markdown(_ diff: RevisionDiff) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        let space = TokenDiff.unspaced(diff.language) ? "" : " "
        var out = "| Paragraph | Change | Text |\n|---|---|---|\n"
        for c in flatten(diff.paragraphs) where c.status != .unchanged {
            var text = c.text
            if let runs = c.changes {
                text = runs.map { r in
                    switch r.kind {
                    case .equal: return r.text
                    case .delete: return "~~\(r.text)~~"
                    case .insert: return "**\(r.text)**"
                    }
                }.joined(separator: space)
            } else if c.status == .renumbered || c.status == .unchanged {
                text = ""
            }
            out += "| \(cell(title(c))) | \(c.status.rawValue) | \(cell(text)) |\n"
        }
        for r in diff.references {
            out += "| \(cell(r.paragraph)) | reference | refers to paragraph \(r.number), " + (r.target.map { "which is now \($0)" } ?? "which was deleted") + " |\n"
        }
        return out
    }

    public static func json(_ diff: RevisionDiff) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(diff)) ?? Data(), as: UTF8.self) + "\n"
    }
}
