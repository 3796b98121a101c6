import Foundation

/// Inline suppressions in .txt and .md drafts:
///   <!-- resolint-disable RULE … -->  …  <!-- resolint-enable RULE … -->
///   <!-- resolint-disable-next-line RULE … -->
/// With no rule named, every rule. An unknown rule id is reported (`suppression.unknown-rule`), and so,
/// when asked, is a suppression that suppressed nothing (`suppression.unused`).
struct Suppressions {
    enum Kind: String { case disable = "resolint-disable", enable = "resolint-enable", nextLine = "resolint-disable-next-line" }

    struct Directive {
        var kind: Kind
        /// Rule ids with their byte ranges; empty means every rule.
        var rules: [(id: String, range: ByteRange)]
        var line: Int
        var range: ByteRange
        /// For disable-next-line: the line it covers.
        var target: Int?
        /// For disable: the line of the matching enable (exclusive), or nil to the end.
        var until: Int?
        var used = false
    }

    private(set) var directives: [Directive] = []

    init(_ source: SourceFile) {
        // Most drafts hold no comment at all: then there is nothing to scan line by line.
        guard Bytes.contains(source.bytes, "<!--") else { return }
        let lines = LineScanner.lines(of: source)
        for line in lines where !line.isBlank {
            guard let d = Self.parse(source, line) else { continue }
            directives.append(d)
        }
        // Each next-line directive covers the next line with text on it.
        for i in directives.indices where directives[i].kind == .nextLine {
            let after = lines.first { $0.index + 1 > directives[i].line && !$0.isBlank && Self.parse(source, $0) == nil }
            directives[i].target = after.map { $0.index + 1 }
        }
        // Each disable runs to the next enable that names the same rules (or any enable, for "all").
        for i in directives.indices where directives[i].kind == .disable {
            let ids = Set(directives[i].rules.map(\.id))
            directives[i].until = directives[(i + 1)...].first { d in
                d.kind == .enable && (d.rules.isEmpty || ids.isEmpty || !ids.isDisjoint(with: d.rules.map(\.id)))
            }?.line
        }
    }

    static func isDirectiveLine(_ source: SourceFile, _ line: SourceLine) -> Bool {
        let b = source.bytes
        return Bytes.hasPrefix(b, line.content, "<!--") && b[line.content].suffix(3).elementsEqual("-->".utf8)
    }

    private static func parse(_ source: SourceFile, _ line: SourceLine) -> Directive? {
        guard isDirectiveLine(source, line) else { return nil }
        let text = source.string(line.content)
        let inner = text.dropFirst(4).dropLast(3)
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        guard let first = words.first, let kind = Kind(rawValue: String(first)) else { return nil }
        var rules: [(String, ByteRange)] = []
        for w in words.dropFirst() {
            let offset = text.utf8.distance(from: text.startIndex, to: w.startIndex)
            let start = line.content.lowerBound + offset
            rules.append((String(w), start..<(start + w.utf8.count)))
        }
        return Directive(kind: kind, rules: rules, line: line.index + 1, range: line.content)
    }

    private func covers(_ d: Directive, _ rule: String) -> Bool {
        d.rules.isEmpty || d.rules.contains { $0.id == rule }
    }

    /// Removes suppressed diagnostics and adds the diagnostics about the directives themselves.
    mutating func apply(_ diagnostics: [Diagnostic], source: SourceFile, knownRules: Set<String>, reportUnused: Bool) -> [Diagnostic] {
        guard !directives.isEmpty else { return diagnostics }
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let line = diagnostic.start.line
            var suppressed = false
            for i in directives.indices where covers(directives[i], diagnostic.rule) {
                let d = directives[i]
                let hit = d.kind == .nextLine ? d.target == line
                    : d.kind == .disable ? (line > d.line && line < (d.until ?? Int.max)) : false
                if hit { directives[i].used = true; suppressed = true }
            }
            if !suppressed { kept.append(diagnostic) }
        }
        for d in directives {
            for rule in d.rules where !knownRules.contains(rule.id) {
                kept.append(meta(source, "suppression.unknown-rule", "unknown rule “\(rule.id)” in a resolint comment", rule.range))
            }
            if reportUnused, d.kind != .enable, !d.used, d.rules.allSatisfy({ knownRules.contains($0.id) }) {
                let what = d.rules.isEmpty ? "any rule" : d.rules.map(\.id).joined(separator: ", ")
                kept.append(meta(source, "suppression.unused", "this \(d.kind.rawValue) comment suppresses nothing (\(what))", d.range))
            }
        }
        return kept.sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
    }

    private func meta(_ source: SourceFile, _ rule: String, _ message: String, _ range: ByteRange) -> Diagnostic {
        Diagnostic(path: source.path, rule: rule, severity: .warning, message: message,
                   start: source.position(of: range.lowerBound), end: source.position(of: range.upperBound), byteRange: range)
    }
}
