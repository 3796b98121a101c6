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
            #expect((rule.common.examples?.valid ?? []).count > 0, "\(rule.id) has no valid example")
            #expect((rule.common.examples?.invalid ?? []).count > 0, "\(rule.id) has no invalid example")
        }
    }

    static let runner = RuleExampleRunner(linter: Fixtures.linter)

    /// Runs the example (and its fix) through the runner `resolint test` uses on users' rule files.
    @Test(arguments: cases)
    func example(_ c: Case) throws {
        let rule = try #require(Fixtures.linter.rules.rule(c.rule))
        let problems = Self.runner.problems(rule, c.example, valid: c.valid, name: c.testDescription)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func everyFixableRuleShowsItsFix() throws {
        for rule in try RuleCatalog.builtIn().rules where rule.common.fix != nil {
            #expect(rule.common.examples?.invalid?.contains { $0.fixed != nil } == true, "\(rule.id) has a fix but no `fixed:` example")
        }
    }

    /// Not for the `compare` rules: their examples are several versions, which a shift of one
    /// version's line would set apart (a header line or a label is read at the line's start); their
    /// columns come from the same `SourceFile.position` as every rule's.
    @Test(arguments: cases.filter { !$0.valid && !$0.rule.hasPrefix("compare.") })
    func columnsCountCharacters(_ c: Case) throws {
        let rule = try #require(Fixtures.linter.rules.rule(c.rule))
        let problems = Self.runner.problems(rule, c.example, valid: false, name: c.testDescription, shift: "\u{3000}\u{3000}")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A runner that passes everything would pass these: it must catch a misplaced marker, a
    /// valid example that raises its rule, and a wrong fixed text.
    @Test func theRunnerCatchesBadExamples() throws {
        let rule = try #require(Fixtures.linter.rules.rule("operative.terminator"))
        let invalid = try #require(rule.common.examples?.invalid?.first)
        var moved = invalid
        moved.text = invalid.text.replacingOccurrences(of: "↓", with: "") + "\n↓"
        #expect(!Self.runner.problems(rule, moved, valid: false, name: "moved").isEmpty)
        var unmarked = invalid
        unmarked.text = invalid.text.replacingOccurrences(of: "↓", with: "")
        #expect(!Self.runner.problems(rule, unmarked, valid: true, name: "flagged valid").isEmpty)
        if invalid.fixed != nil {
            var wrongFix = invalid
            wrongFix.fixed = "nothing like it"
            #expect(!Self.runner.problems(rule, wrongFix, valid: false, name: "wrong fix").isEmpty)
        }
    }
}
