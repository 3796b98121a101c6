import Foundation
import Testing
@testable import Resolint

/// The binary as a user meets it: exit codes, output formats, clear one-line errors.
struct CommandLineTests {
    let example = Fixtures.packageRoot.appendingPathComponent("Examples/\(Fixtures.zhDraft)").path

    @Test func cleanDraftExitsZero() throws {
        let r = try CLI.run(["lint", example])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings\n"))
    }

    @Test func errorExitsOneWithLocatedMessageAndMarkedSource() throws {
        let dir = try CLI.temporaryDirectory()
        let text = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军")
            .replacingOccurrences(of: " 5. 请政府", with: " 6. 请政府").replacingOccurrences(of: " 6. 决定", with: " 7. 决定")
        let file = dir.appendingPathComponent("cyber.txt")
        try text.write(to: file, atomically: false, encoding: .utf8)
        let r = try CLI.run(["lint", "cyber.txt"], in: dir)
        #expect(r.status == 1)
        // Columns count characters; the marker under Chinese text counts two terminal cells per character.
        let expected = """
            cyber.txt:141:2: error[operative.numbering] [*] operative paragraph numbered 5, expected 4: 4 is missing
                 |
             141 |  5. 请裁军事务厅利用现有资源和自愿捐款，代表政府专家组成员与非洲联
                 |  ^^

            [*] 1 fixable with `resolint fix`
            1 file checked: 1 error, 0 warnings

            """
        #expect(r.stdout == expected, "\(r.stdout)")
    }

    @Test func jsonFollowsTheContractSchema() throws {
        let r = try CLI.run(["lint", "--format", "json", "-", "--stdin-filename", "drafts/cyber.txt"],
                            stdin: Data(try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "进展， ", with: "进展； ").utf8))
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "drafts/cyber.txt")
        #expect(files.first?["language"] as? String == "zh")
        #expect(files.first?["kind"] as? String == "draft-resolution")
        let d = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(d["rule"] as? String == "preamble.terminator")
        #expect(d["severity"] as? String == "error")
        #expect(d["line"] as? Int == 41 && d["column"] as? Int == 32 && d["endLine"] as? Int == 41 && d["endColumn"] as? Int == 33)
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1 && summary["errors"] as? Int == 1 && summary["warnings"] as? Int == 0)
    }

    @Test func badInputIsExitTwoWithOneLineCause() throws {
        let dir = try CLI.temporaryDirectory()
        try Data([0x41, 0xC3, 0x28]).write(to: dir.appendingPathComponent("bad.txt"))
        let r = try CLI.run(["lint", "bad.txt"], in: dir)
        #expect(r.status == 2)
        #expect(r.stdout.hasPrefix("bad.txt:1:1: error[io.unreadable] not linted: not valid UTF-8 at byte 1 (resolint reads UTF-8, or UTF-16 with a byte order mark; convert other encodings first, e.g. iconv -f GB18030 -t UTF-8)\n"), "\(r.stdout)")

        let missing = try CLI.run(["lint", "nowhere.txt"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.stdout.hasPrefix("nowhere.txt:1:1: error[io.unreadable] not linted: cannot read file: no such file\n"), "\(missing.stdout)")

        let empty = try CLI.temporaryDirectory()
        let folder = try CLI.run(["lint", empty.path])
        #expect(folder.status == 2 && folder.stderr.contains("folder holds no drafts"))

        let lang = try CLI.run(["lint", "--lang", "xx", example])
        #expect(lang.status == 2 && lang.stderr.contains("unknown language 'xx'"))
        #expect(!(missing.stderr + lang.stderr).contains("Backtrace"))
    }

    @Test func foldersAreLintedInPathOrder() throws {
        let dir = try CLI.temporaryDirectory()
        let text = try Fixtures.example(Fixtures.zhDraft)
        for name in ["b.txt", "a.md", "sub/c.txt", "skip.pdf"] {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.replacingOccurrences(of: "交换意见； ", with: "交换意见。 ").write(to: url, atomically: false, encoding: .utf8)
        }
        let r = try CLI.run(["lint", "--quiet", "."], in: dir)
        #expect(r.status == 1)
        let files = r.stdout.split(separator: "\n").filter { $0.contains("error[") }.map { String($0.split(separator: ":")[0]) }
        #expect(files == ["./a.md", "./b.txt", "./sub/c.txt"])
    }

    /// In a git work tree the .gitignore files are honoured as git reads them (nested files, "!",
    /// folder-only and anchored patterns); extensions match in any case; the report written with
    /// --output-file is never linted itself, however it is named.
    @Test func folderWalkHonoursGitIgnoreCaseAndTheOutputFile() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let bad = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
        let names = ["a.txt", "UPPER.TXT", "build/out.txt", "sub/build/deep.txt", "scratch.tmp.txt", "keep.tmp.txt",
                     "sub/local.txt", "sub/other.txt", "top.txt", "sub/top.txt"]
        for name in names {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bad.write(to: url, atomically: false, encoding: .utf8)
        }
        try "# build output\nbuild/\n*.tmp.txt\n!keep.tmp.txt\n/top.txt\n".write(to: dir.appendingPathComponent(".gitignore"), atomically: false, encoding: .utf8)
        try "local.txt\n".write(to: dir.appendingPathComponent("sub/.gitignore"), atomically: false, encoding: .utf8)
        let r = try CLI.run(["lint", "--quiet", "--output-file", "report.txt"], in: dir)
        #expect(r.status == 1 && r.stdout.isEmpty, "\(r.stdout)\(r.stderr)")
        let report = try String(contentsOf: dir.appendingPathComponent("report.txt"), encoding: .utf8)
        let files = Set(report.split(separator: "\n").filter { $0.contains("error[") }.map { String($0.split(separator: ":")[0]) })
        #expect(files == ["./UPPER.TXT", "./a.txt", "./keep.tmp.txt", "./sub/other.txt", "./sub/top.txt"], "\(report)")
        // The next run does not lint the report it wrote before, and replaces it.
        let again = try CLI.run(["lint", "--quiet", "--output-file", "report.txt", "."], in: dir)
        #expect(again.status == 1)
        #expect(try String(contentsOf: dir.appendingPathComponent("report.txt"), encoding: .utf8) == report)
        // Outside a work tree, .gitignore is only a file.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(".git"))
        let plain = try CLI.run(["lint", "--quiet", "."], in: dir)
        #expect(plain.stdout.contains("./build/out.txt:") && plain.stdout.contains("./sub/local.txt:"), "\(plain.stdout)")
    }

    /// --select/--extend-select/--ignore take ids and prefixes (ruff's conventions); the command line
    /// wins over the configuration; an entry naming no rule is refused; --statistics counts by rule;
    /// --color and FORCE_COLOR/NO_COLOR decide colour.
    @Test func ruleSelectionStatisticsAndColour() throws {
        // Two errors of different rules: a preambular paragraph ending in "。" and an operative one in "，".
        let draft = try Fixtures.example(Fixtures.zhDraft)
            .replacingOccurrences(of: "交换意见； ", with: "交换意见。 ").replacingOccurrences(of: "进展， ", with: "进展； ")
        func rules(_ args: [String], in dir: URL? = nil) throws -> [String] {
            let r = try CLI.run(["lint"] + args + ["--stdin-filename", "d.txt", "-"], stdin: Data(draft.utf8), in: dir)
            return r.stdout.split(separator: "\n").map(String.init).compactMap { line -> String? in
                guard let at = line.range(of: "error[") else { return nil }
                return String(line[at.upperBound...].prefix { $0 != "]" })
            }
        }
        let all = try rules([])
        #expect(all.count >= 2 && Set(all).count >= 2, "\(all)")
        let first = all[0], family = String(first.prefix { $0 != "." })
        #expect(try rules(["--select", first]) == all.filter { $0 == first })
        #expect(try rules(["--select", family + "."]) == all.filter { $0.hasPrefix(family + ".") })
        #expect(try rules(["--ignore", family]) == all.filter { !$0.hasPrefix(family + ".") })
        #expect(try rules(["--select", "\(first),\(first)", "--select", first]) == all.filter { $0 == first })
        #expect(try rules(["--select", first, "--ignore", first]).isEmpty)
        // A rule the configuration turns off runs when the command line names it.
        let config = try CLI.temporaryDirectory()
        try "rules:\n  \(first): off\n".write(to: config.appendingPathComponent(".resolint.yml"), atomically: false, encoding: .utf8)
        #expect(try !rules([], in: config).contains(first))
        #expect(try rules(["--extend-select", first], in: config).contains(first))
        let unknown = try CLI.run(["lint", "--select", "footnot", "-"], stdin: Data(draft.utf8))
        #expect(unknown.status == 2 && unknown.stderr == "resolint: no rule is named or starts with 'footnot'; `resolint rules` lists them\n", "\(unknown.stderr)")

        let stats = try CLI.run(["lint", "--statistics", "-"], stdin: Data(draft.utf8))
        let rows = stats.stdout.split(separator: "\n").dropLast().map { $0.split(separator: " ").map(String.init) }
        #expect(rows.map { $0[1] }.sorted() == Array(Set(all)).sorted(), "\(stats.stdout)")
        #expect(rows.map { Int($0[0]) ?? 0 }.reduce(0, +) == all.count)
        #expect(stats.stdout.hasSuffix("1 file checked: \(all.count) errors, 0 warnings\n") && stats.status == 1, "\(stats.stdout)")

        let escape = "\u{1B}["
        #expect(try CLI.run(["lint", "--color", "always", "-"], stdin: Data(draft.utf8)).stdout.contains(escape))
        #expect(try CLI.run(["lint", "-"], stdin: Data(draft.utf8), environment: ["FORCE_COLOR": "1"]).stdout.contains(escape))
        #expect(try !CLI.run(["lint", "-"], stdin: Data(draft.utf8)).stdout.contains(escape))
        #expect(try !CLI.run(["lint", "--color", "never", "-"], stdin: Data(draft.utf8), environment: ["FORCE_COLOR": "1"]).stdout.contains(escape))
    }

    /// --force-exclude applies include and exclude to files named on the command line (pre-commit names
    /// every staged file); the default exclude leaves README-like files out; without the flag a named
    /// file is always linted.
    @Test func forceExcludeFiltersNamedFiles() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
        for name in ["README.md", "drafts/a.txt", "notes.txt"] {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bad.write(to: url, atomically: false, encoding: .utf8)
        }
        func linted(_ args: [String]) throws -> Set<String> {
            let r = try CLI.run(["lint", "--quiet"] + args + ["README.md", "drafts/a.txt", "notes.txt"], in: dir)
            return Set(r.stdout.split(separator: "\n").filter { $0.contains("error[") }.map { String($0.split(separator: ":")[0]) })
        }
        #expect(try linted([]) == ["README.md", "drafts/a.txt", "notes.txt"])
        #expect(try linted(["--force-exclude"]) == ["drafts/a.txt", "notes.txt"])
        try "include: [\"drafts/**\"]\n".write(to: dir.appendingPathComponent(".resolint.yml"), atomically: false, encoding: .utf8)
        #expect(try linted(["--force-exclude"]) == ["drafts/a.txt"])
        // The starter configuration names the same default exclude as the code.
        #expect(try Configuration.parse(Configuration.starter, path: "/x/.resolint.yml").exclude == Configuration.defaultExclude)
    }

    /// An empty standard input (a CI step with nothing piped) or a blank file is reported as empty,
    /// once, not as a draft in some language missing its opening formula.
    @Test func emptyInputIsReportedAsEmpty() throws {
        for input in ["", "\n  \n\t\n"] {
            let r = try CLI.run(["lint", "-"], stdin: Data(input.utf8))
            #expect(r.status == 1)
            let findings = r.stdout.split(separator: "\n").filter { $0.contains("error[") }
            #expect(findings == ["<stdin>:1:1: error[structure.empty] the file is empty: it holds no draft to check"], "\(r.stdout)")
        }
    }

    /// With no path, lint checks the current folder (as ruff does), even when standard input is not a
    /// terminal: a CI step's empty input is not taken for a draft. Standard input is read for '-' only.
    @Test func noPathLintsTheCurrentFolder() throws {
        let folder = try CLI.temporaryDirectory()
        try Fixtures.example(Fixtures.zhDraft).write(to: folder.appendingPathComponent("draft.txt"), atomically: false, encoding: .utf8)
        let r = try CLI.run(["lint"], stdin: Data(), in: folder)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(!r.stdout.contains("<stdin>"))
        #expect(r.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings\n"), "\(r.stdout)")
    }

    /// --quiet shortens the log; the exit status still follows --fail-on over every finding.
    @Test func quietDoesNotHideWhatFailOnCounts() throws {
        // One warning (an operative verb resolint does not know), no error.
        let draft = "The General Assembly,\n\n1. Frobnicates the process;\n\n2. Decides to include in the provisional agenda of its eightieth session the item entitled “Developments”.\n"
        let plain = try CLI.run(["lint", "--fail-on", "warning", "-"], stdin: Data(draft.utf8))
        let quiet = try CLI.run(["lint", "--quiet", "--fail-on", "warning", "-"], stdin: Data(draft.utf8))
        #expect(plain.stdout.contains("warning["), "\(plain.stdout)")
        #expect(!plain.stdout.contains("error["))
        #expect(plain.status == 1)
        #expect(!quiet.stdout.contains("warning["))
        #expect(quiet.status == 1)
        // Infos are counted in the summary when there are some.
        let config = try CLI.temporaryDirectory()
        try "rules:\n  operative.opening-verb: info\n".write(to: config.appendingPathComponent(".resolint.yml"), atomically: false, encoding: .utf8)
        let info = try CLI.run(["lint", "--stdin-filename", "d.txt", "-"], stdin: Data(draft.utf8), in: config)
        #expect(info.stdout.contains("info[operative.opening-verb]") && info.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings, 1 info\n"), "\(info.stdout)")
    }

    @Test func rulesCatalogueComesFromTheYAML() throws {
        let r = try CLI.run(["rules", "--format", "json"])
        #expect(r.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: String]])
        let catalog = try RuleCatalog.builtIn()
        #expect(rules.map { $0["id"] } == catalog.rules.map(\.id))
        #expect(rules.first { $0["id"] == "operative.numbering" }?["kind"] == "sequence")

        let one = try CLI.run(["rules", "closing.session"])
        #expect(one.stdout.hasPrefix("closing.session (template, error)"))
        #expect(one.stdout.contains("Flagged (zh):"))
        let unknown = try CLI.run(["rules", "operative.numbring"])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean"))

        // The table: a header, aligned columns, the fix column from the rules' data.
        let table = try CLI.run(["rules"]).stdout.split(separator: "\n").map(String.init)
        #expect(table[0].hasPrefix("rule ") && table[0].contains("fix"))
        let column = try #require(table[0].range(of: "fix")).lowerBound.utf16Offset(in: table[0])
        let numbering = try #require(table.first { $0.hasPrefix("footnote.numbering ") })
        #expect(numbering.dropFirst(column).hasPrefix("unsafe"), "\(numbering)")
        // A summary is not cut inside a quotation.
        #expect(RuleDocumentation.summary("Ends well: “Decides. Then” and more. Second.") == "Ends well: “Decides. Then” and more.")
    }

    /// The README's own rule, and a user's rules: listed by `rules`, their examples run by `test`.
    @Test func userRulesAreListedAndTested() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```yaml\nrules:\n").dropFirst().first?.components(separatedBy: "```").first)
        let dir = try CLI.temporaryDirectory()
        try ("rules:\n" + block).write(to: dir.appendingPathComponent("team-rules.yaml"), atomically: false, encoding: .utf8)
        try "rule-files: [team-rules.yaml]\n".write(to: dir.appendingPathComponent(".resolint.yml"), atomically: false, encoding: .utf8)
        #expect(try CLI.run(["rules"], in: dir).stdout.contains("\nteam.no-shall "))
        #expect(try !CLI.run(["rules"]).stdout.contains("team.no-shall"))
        let passed = try CLI.run(["test", "team-rules.yaml"], in: dir)
        #expect(passed.status == 0 && passed.stdout.hasPrefix("ok    team.no-shall (2 examples)"), "\(passed.stdout)\(passed.stderr)")
        // A marker in the wrong place, and a valid example that is not.
        let broken = ("rules:\n" + block).replacingOccurrences(of: "↓shall", with: "shall ↓act").replacingOccurrences(of: "Decides to act.", with: "Decides we shall act.")
        try broken.write(to: dir.appendingPathComponent("broken.yaml"), atomically: false, encoding: .utf8)
        let failed = try CLI.run(["test", "broken.yaml"], in: dir)
        #expect(failed.status == 1 && failed.stdout.hasPrefix("FAIL  team.no-shall"), "\(failed.stdout)")
        #expect(failed.stdout.contains("valid #1 (en) raised") && failed.stdout.contains("invalid #1 (en): expected at"), "\(failed.stdout)")
    }

    @Test func helpTeaches() throws {
        let r = try CLI.run(["lint", "--help"])
        #expect(r.stdout.contains("Exit status: 0 no error, 1"))
    }
}

/// The binary carries its rules and templates: copied alone to an empty folder, it still lints and generates.
struct SelfContainedBinaryTests {
    @Test func binaryCopiedAloneStillWorks() throws {
        let dir = try CLI.temporaryDirectory()
        let copy = dir.appendingPathComponent("resolint")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let draft = dir.appendingPathComponent("d.txt")
        try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ").write(to: draft, atomically: false, encoding: .utf8)
        let run = { (args: [String]) throws -> CLI.Result in try Shell.run(copy.path, args, in: dir) }
        let lint = try run(["lint", "d.txt"])
        #expect(lint.status == 1 && lint.stdout.contains("error[operative.terminator]"))
        #expect(try run(["rules"]).stdout.contains("operative.numbering"))
        let new = try run(["new", "--lang", "en", "--session", "79", "--committee", "1", "--agenda-item", "96",
                           "--agenda-title", "Item", "--sponsor", "France", "--title", "Title"])
        #expect(new.status == 0 && new.stdout.contains("Decides to include in the provisional agenda of its eightieth session"))
    }
}
