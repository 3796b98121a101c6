/// Runs a rule's examples as ESLint's RuleTester and SwiftLint's examples do: a valid example raises
/// nothing of its rule; an invalid one raises it exactly where its `↓` markers point, and no other
/// error; a `fixed:` text is what `resolint fix --unsafe` makes of it. The test suite runs the
/// built-in rules' examples with it, and `resolint test` a user's rule file.
public struct RuleExampleRunner: Sendable {
    public var linter: Linter

    public init(linter: Linter) { self.linter = linter }

    /// What went wrong with each example of the rule; empty when every one behaves.
    /// `shift` is put in front of each marked line: the columns must move by exactly its characters.
    public func problems(_ rule: Rule, shift: String = "") -> [String] {
        var out: [String] = []
        let examples = rule.common.examples
        if (examples?.valid ?? []).isEmpty { out.append("\(rule.id) has no valid example") }
        if (examples?.invalid ?? []).isEmpty { out.append("\(rule.id) has no invalid example") }
        for (i, e) in (examples?.valid ?? []).enumerated() {
            out += problems(rule, e, valid: true, name: "\(rule.id) valid #\(i + 1) (\(e.lang))", shift: shift)
        }
        for (i, e) in (examples?.invalid ?? []).enumerated() {
            out += problems(rule, e, valid: false, name: "\(rule.id) invalid #\(i + 1) (\(e.lang))", shift: shift)
        }
        return out
    }

    public func problems(_ rule: Rule, _ example: RuleExample, valid: Bool, name: String, shift: String = "") -> [String] {
        guard let language = linter.languages.profile(example.lang) else { return ["\(name): unknown language '\(example.lang)'"] }
        if !valid, !example.text.contains("↓") { return ["\(name): an invalid example must mark where the diagnostic points with ↓"] }
        let frame = example.frame == .document ? "" : language.exampleFrame
        let (text, markers) = Self.extractMarkers(frame + example.text, shift: shift)
        let report: FileReport
        do {
            if rule.check is EmphasisCheck {
                // `*italics*` and `**bold**` stand for run formatting; a ↓ stands before them on its line.
                let (plain, emphasis) = EmphasisMarkup.strip(text)
                report = try linter.lintDocument(text: plain, path: "example", language: example.lang, emphasis: emphasis).report
            } else {
                report = rule.check is CompareCheck ? try compared(text, example) : try linter.lint(text: text, path: "example", language: example.lang)
            }
        } catch { return ["\(name): \(error)"] }
        var out: [String] = []
        let own = report.diagnostics.filter { $0.rule == rule.id }
        let found = own.map(\.start)
        if valid {
            if !own.isEmpty { out.append("\(name) raised \(own.map { "\($0.start.line):\($0.start.column): \($0.message)" })") }
        } else if Set(found) != Set(markers) || found.count != markers.count {
            out.append("\(name): expected at \(markers.map { "\($0.line):\($0.column)" }), got \(own.map { "\($0.start.line):\($0.start.column): \($0.message)" })")
        }
        let others = report.diagnostics.filter { $0.severity == .error && $0.rule != rule.id && !(example.also ?? []).contains($0.rule) }
        if !others.isEmpty { out.append("\(name) also raised \(others.map { "\($0.rule) at \($0.start.line):\($0.start.column): \($0.message)" })") }
        if !valid, shift.isEmpty, let fixed = example.fixed {
            do {
                let result = try Fixer(linter: linter, includeUnsafe: true).fix(text: text, path: "example", language: example.lang).text
                if result != frame + fixed { out.append("\(name): the fix gives\n\(result.dropFirst(frame.count))\nnot\n\(fixed)") }
            } catch { out.append("\(name): fix failed: \(error)") }
        }
        return out
    }

    /// The example's report once compared with its other versions, each after its language's frame.
    func compared(_ text: String, _ example: RuleExample) throws -> FileReport {
        var versions = [try ComparedVersion.text(text, path: "example", languages: linter.languages, language: example.lang)]
        for (k, other) in (example.versions ?? []).enumerated() {
            guard let language = linter.languages.profile(other.lang) else { throw RuleError("unknown language '\(other.lang)'") }
            versions.append(try ComparedVersion.text(language.exampleFrame + other.text, path: "version \(k + 2)", languages: linter.languages, language: other.lang))
        }
        return VersionComparer(linter: linter).compare(versions)[0]
    }

    /// Removes every `↓` and returns where each stood (1-based line, column in characters);
    /// `shift` is put at the start of every marked line, so those columns move by its length.
    public static func extractMarkers(_ raw: String, shift: String) -> (String, [SourcePosition]) {
        var lines: [String] = []
        var markers: [SourcePosition] = []
        for (n, line) in raw.components(separatedBy: "\n").enumerated() {
            guard line.contains("↓") else { lines.append(line); continue }
            var out = shift
            var column = shift.unicodeScalars.count + 1
            for scalar in line.unicodeScalars {
                if scalar == "↓" { markers.append(SourcePosition(line: n + 1, column: column)); continue }
                out.unicodeScalars.append(scalar)
                column += 1
            }
            lines.append(out)
        }
        return (lines.joined(separator: "\n"), markers)
    }
}
