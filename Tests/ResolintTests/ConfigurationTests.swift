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
            try text.write(to: url, atomically: false, encoding: .utf8)
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
        try "rules:\n  operative.terminator: off\n".write(to: dir.appendingPathComponent("drafts/.resolint.yml"), atomically: false, encoding: .utf8)
        let nearer = try CLI.run(["lint", "drafts"], in: dir)
        #expect(!nearer.stdout.contains("operative.terminator") && nearer.status == 0)
        // --config overrides discovery.
        try "rules:\n  operative.terminator: error\n".write(to: dir.appendingPathComponent("strict.yml"), atomically: false, encoding: .utf8)
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

    /// Every mistake of a file in one run, one line each, in line order: unknown keys, bad values and
    /// unknown rule ids (under rules and per-file-ignores) alike.
    @Test func allMistakesAtOnceInLineOrder() throws {
        let yaml = """
            langauge: zh
            rules:
              operative.numbring: off
              closing.missing: fatal
            per-file-ignores:
              "old/**": [footnote, nosuch]
            fail-on: never

            """
        let dir = try workspace([".resolint.yml": yaml, "d.txt": Self.slipped])
        let r = try CLI.run(["lint", "d.txt"], in: dir)
        #expect(r.status == 2 && r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let places = lines.map { $0.dropFirst("resolint: \(dir.path)/.resolint.yml:".count).split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(places == ["1:1", "3:3", "4:20", "6:24", "7:10"], "\(r.stderr)")
        #expect(lines.allSatisfy { $0.hasPrefix("resolint: \(dir.path)/.resolint.yml:") }, "\(r.stderr)")
        #expect(lines[1].contains("unknown rule 'operative.numbring'") && lines[3].contains("unknown rule 'nosuch'"), "\(r.stderr)")
    }

    /// extend: a shared file's settings, this file's own winning; rule files stay relative to the file
    /// that names them; a cycle is refused. per-file-ignores and fail-on apply from configuration.
    @Test func extendPerFileIgnoresAndFailOn() throws {
        let dir = try workspace([
            "shared/base.yml": "rule-files: [team.yaml]\nfail-on: warning\nrules:\n  operative.terminator: warning\n  preamble.terminator: off\n",
            "shared/team.yaml": "rules:\n  - id: team.no-cyber\n    kind: pattern\n    scope: document\n    regex: \"网络空间\"\n    severity: info\n    message: \"found {match}\"\n    description: A rule.\n",
            "drafts/.resolint.yml": "extend: ../shared/base.yml\nrules:\n  operative.terminator: error\nper-file-ignores:\n  \"old/**\": [team.]\n",
            "drafts/new.txt": Self.slipped,
            "drafts/old/kept.txt": Self.slipped,
        ])
        let r = try CLI.run(["lint", "drafts/new.txt"], in: dir)
        // This file's error wins over the shared warning; the team rule (a path relative to the shared file) runs.
        #expect(r.stdout.contains("error[operative.terminator]") && r.stdout.contains("info[team.no-cyber]"), "\(r.stdout)\(r.stderr)")
        let old = try CLI.run(["lint", "drafts/old/kept.txt"], in: dir)
        #expect(!old.stdout.contains("team.no-cyber") && old.stdout.contains("error[operative.terminator]"), "\(old.stdout)")
        // fail-on: warning from the shared file: a warning alone fails the run; --fail-on error does not.
        try "extend: ../shared/base.yml\n".write(to: dir.appendingPathComponent("drafts/.resolint.yml"), atomically: false, encoding: .utf8)
        let warned = try CLI.run(["lint", "drafts/new.txt"], in: dir)
        #expect(warned.status == 1 && warned.stdout.contains("warning[operative.terminator]") && !warned.stdout.contains("error["), "\(warned.stdout)")
        #expect(try CLI.run(["lint", "--fail-on", "error", "drafts/new.txt"], in: dir).status == 0)
        // A cycle.
        try "extend: ../drafts/.resolint.yml\n".write(to: dir.appendingPathComponent("shared/base.yml"), atomically: false, encoding: .utf8)
        let cycle = try CLI.run(["lint", "drafts/new.txt"], in: dir)
        #expect(cycle.status == 2 && cycle.stderr.contains("a cycle"), "\(cycle.stderr)")
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
        try "mine".write(toFile: path, atomically: false, encoding: .utf8)
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

    @Test func globsPassedOverByTheirLiteralsMatchNothing() throws {
        // A glob's match is skipped where the path lacks a literal its expression needs: the expression
        // itself finds nothing there, for the default globs and others, on paths with and without them.
        var rng = SeededGenerator(seed: 23)
        let globs = Configuration(directory: "/").include + Configuration.defaultExclude + ["archive/**", "draft-?.md", "*.TXT", "a.b/**/c", "草案/*.txt", "x[1].md"]
        let pieces = ["README", "readme", "README.md", "CHANGELOG", "LICENSE", "a", ".txt", ".md", ".TXT", "/", "//", "archive", "draft-1", ".md\n",
                      "草案", "\n", "é", "e\u{301}", "a.b", "c", "x[1]", "CODE_OF_CONDUCT", ".", "..", "CONTRIBUTING"]
        var unmatched = 0
        for pattern in globs {
            let glob = Glob(pattern)
            let expression = try NSRegularExpression(pattern: glob.expression)
            for _ in 0..<400 {
                let path = (0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                let expected = expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
                #expect(glob.matches(path) == expected, "\(pattern) on \(path.debugDescription)")
                if !expected { unmatched += 1 }
            }
        }
        #expect(unmatched > 1000)
    }
}
