import Foundation
import Testing
@testable import Resolint

/// `.resolint.yml`: discovery, severities, options, the user's rule files, include/exclude, and every
/// mistake a user can make in one (exit 2 with file:line:column).
struct ConfigurationTests {
    func workspace(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static let slipped = try! Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")

    @Test func parentFolderConfigurationApplies() throws {
        let dir = try workspace([
            ".resolint.yml": "rules:\n  operative.terminator: warning\n",
            "drafts/2024/cyber.txt": Self.slipped,
        ])
        let r = try CLI.run(["lint", "drafts"], in: dir)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("warning[operative.terminator]"))
        // The nearest one wins: a closer configuration turns the rule off.
        try "rules:\n  operative.terminator: off\n".write(to: dir.appendingPathComponent("drafts/.resolint.yml"), atomically: true, encoding: .utf8)
        let nearer = try CLI.run(["lint", "drafts"], in: dir)
        #expect(!nearer.stdout.contains("operative.terminator") && nearer.status == 0)
        // --config overrides discovery.
        try "rules:\n  operative.terminator: error\n".write(to: dir.appendingPathComponent("strict.yml"), atomically: true, encoding: .utf8)
        let strict = try CLI.run(["lint", "--config", "strict.yml", "drafts"], in: dir)
        #expect(strict.status == 1 && strict.stdout.contains("error[operative.terminator]"))
    }

    @Test func ruleOptionsAndUserRuleFiles() throws {
        let biennial = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "第七十四届", with: "第七十五届")
        let dir = try workspace([
            ".resolint.yml": """
                rules:
                  closing.session: {severity: error, allowed-offsets: [1, 2]}
                rule-files: [team/rules.yaml]
                """,
            "team/rules.yaml": """
                rules:
                  - id: team.secretary-general
                    kind: pattern
                    scope: operative
                    regex: "秘书长"
                    severity: info
                    message: "“{match}”: check the mandate with the Secretariat"
                    description: Requests to the Secretary-General have budget implications.
                """,
            "d.txt": biennial,
        ])
        let r = try CLI.run(["lint", "d.txt"], in: dir)
        #expect(!r.stdout.contains("closing.session"), "\(r.stdout)")
        #expect(r.stdout.contains("info[team.secretary-general]"))
        let failOnInfo = try CLI.run(["lint", "--fail-on", "info", "d.txt"], in: dir)
        #expect(r.status == 0 && failOnInfo.status == 1)
    }

    @Test func includeAndExcludeSelectFilesInFolders() throws {
        let dir = try workspace([
            ".resolint.yml": "include: [\"**/*.txt\"]\nexclude: [\"archive/**\"]\n",
            "a.txt": Self.slipped, "b.md": Self.slipped, "archive/old.txt": Self.slipped,
        ])
        let r = try CLI.run(["lint", "--quiet", "."], in: dir)
        let files = Set(r.stdout.split(separator: "\n").filter { $0.contains("error[") }.map { String($0.split(separator: ":")[0]) })
        #expect(files == ["./a.txt"])
        // A file named on the command line is linted whatever the globs say.
        let named = try CLI.run(["lint", "--quiet", "archive/old.txt"], in: dir)
        #expect(named.stdout.contains("archive/old.txt:147"))
    }

    @Test func languageFromConfiguration() throws {
        let dir = try workspace([".resolint.yml": "language: en\n", "d.txt": try Fixtures.example(Fixtures.zhDraft)])
        let r = try CLI.run(["lint", "--format", "json", "d.txt"], in: dir)
        #expect(r.stdout.contains("\"language\" : \"en\""))
    }

    static let badConfigurations: [(name: String, yaml: String, line: Int, column: Int, message: String)] = [
        ("unknown key", "langauge: zh\n", 1, 1, "unknown key 'langauge'"),
        ("unknown rule", "rules:\n  operative.numbring: off\n", 2, 3, "unknown rule 'operative.numbring'; did you mean"),
        ("bad severity", "rules:\n  closing.missing: fatal\n", 2, 20, "'fatal' is not a severity"),
        ("bad option key", "rules:\n  closing.session: {severity: error, allowed-offset: [2]}\n", 2, 38, "unknown key 'allowed-offset'"),
        ("bad option type", "rules:\n  closing.session: {allowed-offsets: two}\n", 2, 38, "expected a list"),
        ("include not a list", "include: 3\n", 1, 10, "expected a list"),
        ("not YAML", "rules: [\n", 2, 1, "not valid YAML"),
        ("non-string key", "? [a, b]\n: 1\n", 1, 3, "a key must be a plain string"),
        ("missing rule file", "rule-files: [nowhere.yaml]\n", 1, 1, "rule file nowhere.yaml"),
    ]

    @Test(arguments: badConfigurations.indices)
    func badConfigurationIsExitTwoWithItsPlace(_ i: Int) throws {
        let c = Self.badConfigurations[i]
        let dir = try workspace([".resolint.yml": c.yaml, "d.txt": Self.slipped])
        let r = try CLI.run(["lint", "d.txt"], in: dir)
        #expect(r.status == 2, "\(c.name): \(r.stdout)")
        #expect(r.stderr.hasPrefix("resolint: \(dir.path)/.resolint.yml:\(c.line):\(c.column): "), "\(c.name): \(r.stderr)")
        #expect(r.stderr.contains(c.message), "\(c.name): \(r.stderr)")
        #expect(r.stdout.isEmpty && !r.stderr.contains("Backtrace"))
    }

    @Test func badUserRuleFileNamesItsPlace() throws {
        let dir = try workspace([
            ".resolint.yml": "rule-files: [mine.yaml]\n",
            "mine.yaml": "rules:\n  - id: x\n    kind: pattern\n    regex: \"(\"\n    severity: error\n    message: m\n    description: d\n",
            "d.txt": Self.slipped,
        ])
        let r = try CLI.run(["lint", "d.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("mine.yaml:2:5: rule x: invalid regular expression"), "\(r.stderr)")
    }

    @Test func initWritesAStarterOnceAndItLoads() throws {
        let dir = try CLI.temporaryDirectory()
        let first = try CLI.run(["init"], in: dir)
        #expect(first.status == 0)
        let path = dir.appendingPathComponent(".resolint.yml").path
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == Configuration.starter)
        _ = try Configuration.parse(written, path: path)
        try "mine".write(toFile: path, atomically: true, encoding: .utf8)
        let second = try CLI.run(["init"], in: dir)
        #expect(second.status == 2 && second.stderr.contains(".resolint.yml") && second.stderr.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        // What the message suggests works.
        let forced = try CLI.run(["init", "--force"], in: dir)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Configuration.starter)
    }

    @Test func globs() {
        #expect(Glob("**/*.txt").matches("a.txt") && Glob("**/*.txt").matches("x/y/a.txt"))
        #expect(!Glob("*.txt").matches("x/a.txt"))
        #expect(Glob("archive/**").matches("archive/2020/a.txt") && !Glob("archive/**").matches("archives/a.txt"))
        #expect(Glob("archive").matches("archive/a.txt"))
        #expect(Glob("draft-?.md").matches("draft-1.md") && !Glob("draft-?.md").matches("draft-10.md"))
    }
}
