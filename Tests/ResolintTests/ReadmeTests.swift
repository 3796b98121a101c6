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
        try "language: zh\nrules:\n  operative.numbering: warning\n".write(to: dir.appendingPathComponent("shared/.resolint.yml"), atomically: false, encoding: .utf8)
        let path = dir.appendingPathComponent("drafts/.resolint.yml").path
        try block.write(toFile: path, atomically: false, encoding: .utf8)
        let config = try Configuration.load(path: path)
        #expect(config.language == nil, "language: auto replaces the shared file's zh")
        #expect(config.rules["operative.numbering"]?.severity == .warning)
        #expect(config.exclude == ["archive/**"])
        #expect(config.failOn == .error)
        #expect(config.rules["closing.session"]?.allowedOffsets == [1, 2])
        #expect(config.ignoredRules(for: dir.appendingPathComponent("drafts/archive/2019/a.txt").path) == ["footnote.", "closing.session"])
    }

    /// The GitHub Actions example's resolint lines run as written (the binary in place of the one the
    /// workflow builds) on a folder of drafts; the completion scripts are generated.
    @Test func workflowExampleRunsAndCompletionsExist() throws {
        let block = try #require(Self.yamlBlocks.first { $0.hasPrefix("# .github/workflows/") })
        let commands = block.split(separator: "\n").compactMap { line -> String? in
            guard let at = line.range(of: "- run: /opt/resolint/.build/release/resolint ") else { return nil }
            return String(line[at.upperBound...])
        }
        #expect(commands.count == 2)
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
            .write(to: dir.appendingPathComponent("drafts/cyber.txt"), atomically: false, encoding: .utf8)
        for command in commands {
            let words = command.replacingOccurrences(of: " || true", with: "").split(separator: " ").map(String.init)
            let r = try CLI.run(words, in: dir)
            #expect(r.status == 1 && r.stderr.isEmpty, "\(command): \(r.status) \(r.stderr)")
        }
        let sarif = try String(contentsOf: dir.appendingPathComponent("resolint.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"operative.terminator\"") && sarif.contains("drafts/cyber.txt"))
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLI.run(["--generate-completion-script", shell])
            #expect(r.status == 0 && r.stdout.contains("resolint") && r.stdout.contains("lint"), "\(shell)")
        }
    }
}
