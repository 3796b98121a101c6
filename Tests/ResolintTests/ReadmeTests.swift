import Foundation
import Testing
@testable import Resolint

/// What README.md shows works: its user rule loads and behaves as its examples say, its configuration
/// example loads.
struct ReadmeTests {
    static let readme = (try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""

    /// The fenced ```yaml blocks of the README, in order.
    static var yamlBlocks: [String] {
        readme.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    @Test func userRuleExampleRunsAsDocumented() throws {
        let block = try #require(Self.yamlBlocks.first { $0.hasPrefix("rules:") })
        let rules = try RuleLoader.load(block, path: "README.md")
        var catalog = try RuleCatalog.builtIn()
        try catalog.add(rules)
        let linter = Linter(rules: catalog, languages: Fixtures.linter.languages)
        let rule = try #require(rules.first)
        let problems = RuleExampleRunner(linter: linter).problems(rule)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func configurationExampleLoads() throws {
        let block = try #require(Self.yamlBlocks.first { $0.hasPrefix("extend:") })
        // Placed where its extend: finds a shared file, as in a team's repository.
        let dir = try CLI.temporaryDirectory()
        for folder in ["shared", "drafts"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "language: zh\nrules:\n  operative.numbering: warning\n".write(to: dir.appendingPathComponent("shared/.resolint.yml"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("drafts/.resolint.yml").path
        try block.write(toFile: path, atomically: true, encoding: .utf8)
        let config = try Configuration.load(path: path)
        #expect(config.language == nil, "language: auto replaces the shared file's zh")
        #expect(config.rules["operative.numbering"]?.severity == .warning)
        #expect(config.exclude == ["archive/**"])
        #expect(config.failOn == .error)
        #expect(config.rules["closing.session"]?.allowedOffsets == [1, 2])
        #expect(config.ignoredRules(for: dir.appendingPathComponent("drafts/archive/2019/a.txt").path) == ["footnote.", "closing.session"])
    }
}
