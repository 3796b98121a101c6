import Foundation
import Testing
@testable import Resolint

/// Every example of every rule runs as a test (as ESLint's RuleTester and SwiftLint's examples do):
/// a valid example raises nothing of its rule; an invalid one raises its rule exactly where the `↓`
/// markers point and no other error. Each runs again with full-width spaces (3 bytes, 1 character)
/// put in front of the marked lines: the columns must move by exactly that many characters.
struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var valid: Bool
        var index: Int
        var example: RuleExample
        var testDescription: String { "\(rule) \(valid ? "valid" : "invalid") #\(index + 1) (\(example.lang))" }
    }

    static let cases: [Case] = {
        guard let catalog = try? RuleCatalog.builtIn() else { return [] }
        return catalog.rules.flatMap { rule -> [Case] in
            let e = rule.common.examples
            return (e?.valid ?? []).enumerated().map { Case(rule: rule.id, valid: true, index: $0, example: $1) }
                + (e?.invalid ?? []).enumerated().map { Case(rule: rule.id, valid: false, index: $0, example: $1) }
        }
    }()

    @Test func everyRuleHasValidAndInvalidExamples() throws {
        for rule in try RuleCatalog.builtIn().rules {
            let valid = rule.common.examples?.valid ?? [], invalid = rule.common.examples?.invalid ?? []
            #expect(valid.count > 0, "\(rule.id) has no valid example")
            #expect(invalid.count > 0, "\(rule.id) has no invalid example")
            for e in rule.common.examples?.invalid ?? [] {
                #expect(e.text.contains("↓"), "\(rule.id): an invalid example must mark where the diagnostic points with ↓")
            }
        }
    }

    @Test(arguments: cases)
    func example(_ c: Case) throws {
        try check(c, shift: "")
    }

    /// An invalid example with `fixed:` shows what `resolint fix` (with --unsafe) makes of it.
    @Test(arguments: cases.filter { $0.example.fixed != nil })
    func fixGivesTheFixedText(_ c: Case) throws {
        let language = try #require(Fixtures.linter.languages.profile(c.example.lang))
        let frame = c.example.frame == .document ? "" : language.exampleFrame
        let (text, _) = Self.extractMarkers(frame + c.example.text, shift: "")
        let fixed = try Fixer(linter: Fixtures.linter, includeUnsafe: true).fix(text: text, path: "x", language: c.example.lang).text
        #expect(fixed == frame + (c.example.fixed ?? ""))
    }

    @Test func everyFixableRuleShowsItsFix() throws {
        for rule in try RuleCatalog.builtIn().rules where rule.common.fix != nil {
            #expect(rule.common.examples?.invalid?.contains { $0.fixed != nil } == true, "\(rule.id) has a fix but no `fixed:` example")
        }
    }

    @Test(arguments: cases.filter { !$0.valid })
    func columnsCountCharacters(_ c: Case) throws {
        try check(c, shift: "\u{3000}\u{3000}")
    }

    /// Frames the example, takes the markers out, lints, and compares.
    private func check(_ c: Case, shift: String) throws {
        let language = try #require(Fixtures.linter.languages.profile(c.example.lang))
        let frame = c.example.frame == .document ? "" : language.exampleFrame
        let (text, markers) = Self.extractMarkers(frame + c.example.text, shift: shift)
        let report = try Fixtures.lint(text, lang: c.example.lang)
        let found = report.of(c.rule).map { SourcePosition(line: $0.start.line, column: $0.start.column) }
        if c.valid {
            #expect(found.isEmpty, "\(c.testDescription) raised \(report.of(c.rule).map(\.message))")
        } else {
            #expect(Set(found) == Set(markers) && found.count == markers.count,
                    "\(c.testDescription): expected at \(markers), got \(report.of(c.rule).map { "\($0.start): \($0.message)" })")
        }
        let others = report.errors.filter { $0.rule != c.rule }
        #expect(others.isEmpty, "\(c.testDescription) also raised \(others.map { "\($0.rule) at \($0.start): \($0.message)" })")
    }

    /// Removes every `↓` and returns where each stood (1-based line, column in characters);
    /// `shift` is put at the start of every marked line, so those columns move by its length.
    static func extractMarkers(_ raw: String, shift: String) -> (String, [SourcePosition]) {
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
