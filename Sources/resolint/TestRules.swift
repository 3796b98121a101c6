import ArgumentParser
import Foundation
import Resolint

/// `resolint test RULEFILE…`: a user's rules checked against their own examples, as the built-in
/// ones are in resolint's test suite (Vale's `vale test`, ESLint's RuleTester).
struct TestRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the valid and invalid examples of your own rule files.",
        discussion: """
            Each rule must have valid and invalid examples. A valid example must raise nothing of its rule; an invalid one must raise it exactly where its ↓ markers point (removed before linting) and no other error, with the same columns when wide characters stand in front; a fixed: text must be what `resolint fix --unsafe` makes of it. Rules load beside the built-in ones, as lint loads them.

            Exit status: 0 every example behaves; 1 at least one does not; 2 a rule file that does not load.
            """
    )

    @Argument(help: "Rule files in the format of Rules/*.yaml.")
    var files: [String]

    func run() throws {
        var linter: Linter
        var rules: [Rule] = []
        do {
            linter = try Linter.standard()
            for file in files {
                let loaded = try RuleLoader.load(try FileCollector.read(file), path: file)
                try linter.rules.add(loaded)
                rules += loaded
            }
        } catch { fail("\(error)") }
        let runner = RuleExampleRunner(linter: linter)
        var failed = 0
        for rule in rules {
            let problems = runner.problems(rule) + runner.problems(rule, shift: "\u{3000}\u{3000}").filter { $0.contains("expected at") }
            let count = (rule.common.examples?.valid?.count ?? 0) + (rule.common.examples?.invalid?.count ?? 0)
            if problems.isEmpty {
                print("ok    \(rule.id) (\(count) example\(count == 1 ? "" : "s"))")
            } else {
                failed += 1
                print("FAIL  \(rule.id)")
                for p in problems { print("      " + p.replacingOccurrences(of: "\n", with: "\n      ")) }
            }
        }
        print("\n\(rules.count) rule\(rules.count == 1 ? "" : "s") tested: \(rules.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
