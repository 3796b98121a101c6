/// Applies the fixes of a file's diagnostics: safe ones, and unsafe ones when asked. Edits that overlap
/// an edit already taken wait for the next pass; passes repeat until nothing is left to apply, at most
/// `maxPasses` times. Every byte no edit touches stays as it was.
public struct Fixer: Sendable {
    public var linter: Linter
    public var includeUnsafe: Bool
    public var maxPasses = 10

    public init(linter: Linter, includeUnsafe: Bool = false) {
        self.linter = linter
        self.includeUnsafe = includeUnsafe
    }

    public struct Result: Sendable {
        public var text: String
        /// Diagnostics fixed, by rule id.
        public var fixed: [String: Int]
        /// What is left after the last pass.
        public var remaining: FileReport
    }

    public func fix(text: String, path: String, language: String?) throws -> Result {
        var current = text
        var fixed: [String: Int] = [:]
        for _ in 0..<maxPasses {
            let report = try linter.lint(text: current, path: path, language: language)
            let (edits, rules) = choose(report.diagnostics)
            if edits.isEmpty { return Result(text: current, fixed: fixed, remaining: report) }
            current = Self.apply(edits, to: current)
            for r in rules { fixed[r, default: 0] += 1 }
        }
        return Result(text: current, fixed: fixed, remaining: try linter.lint(text: current, path: path, language: language))
    }

    /// The edits of the diagnostics that can go in together: all of a diagnostic's edits, or none.
    func choose(_ diagnostics: [Diagnostic]) -> ([Edit], [String]) {
        let chosen = self.chosen(diagnostics)
        return (chosen.flatMap(\.edits), chosen.map(\.diagnostic.rule))
    }

    /// The diagnostics whose fixes go in together, each with its edits (no-ops left out), in order.
    func chosen(_ diagnostics: [Diagnostic]) -> [(diagnostic: Diagnostic, edits: [Edit])] {
        var taken: [Edit] = []
        var out: [(diagnostic: Diagnostic, edits: [Edit])] = []
        for d in diagnostics {
            guard let edits = applicableEdits(d), !edits.isEmpty else { continue }
            if edits.contains(where: { e in taken.contains { Self.overlap($0, e) } }) { continue }
            taken += edits
            out.append((d, edits))
        }
        return out
    }

    /// A diagnostic's edits when its fix is one this fixer applies (safe, or unsafe when asked).
    func applicableEdits(_ d: Diagnostic) -> [Edit]? {
        guard let fix = d.fix, fix.safety == .safe || includeUnsafe else { return nil }
        return fix.edits.filter { !isNoOp($0) }
    }

    private func isNoOp(_ e: Edit) -> Bool { e.range.isEmpty && e.replacement.isEmpty }

    static func overlap(_ a: Edit, _ b: Edit) -> Bool {
        if a.range.isEmpty || b.range.isEmpty { return a.range.lowerBound >= b.range.lowerBound && a.range.lowerBound <= b.range.upperBound
            || b.range.lowerBound >= a.range.lowerBound && b.range.lowerBound <= a.range.upperBound }
        return a.range.overlaps(b.range)
    }

    /// Applies non-overlapping edits to the text's UTF-8 bytes, from the end backwards.
    public static func apply(_ edits: [Edit], to text: String) -> String {
        var bytes = Array(text.utf8)
        for e in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            let r = e.range.clamped(to: 0..<bytes.count)
            bytes.replaceSubrange(r, with: Array(e.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
