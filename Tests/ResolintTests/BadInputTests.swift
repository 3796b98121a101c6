import Foundation
import Testing
@testable import Resolint

/// Input that is not a clean draft: each case ends with exit 2 and one line naming the cause, or lints
/// as what it is, and never with a crash, a stack trace or a hang.
struct BadInputTests {
    let example = Fixtures.packageRoot.appendingPathComponent("Examples/\(Fixtures.zhDraft)")

    /// Exit 2, exactly one line on standard error, starting with "resolint: ", and no trace.
    private func expectOneLineFailure(_ r: CLI.Result, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("resolint: ") && r.stderr.hasSuffix("\n"), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.filter { $0 == "\n" }.count == 1, "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains(fragment), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(!r.stderr.contains("Backtrace") && !r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    /// A file that cannot be read: exit 2, and one io.unreadable error naming the cause in the
    /// report itself (text output: nothing on standard error), never a trace.
    private func expectUnreadable(_ r: CLI.Result, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)", sourceLocation: sourceLocation)
        let findings = r.stdout.split(separator: "\n").filter { $0.contains("error[io.unreadable] not linted: ") }
        #expect(findings.count == 1 && findings[0].contains(fragment), "\(r.stdout)", sourceLocation: sourceLocation)
        #expect(r.stderr.isEmpty, "\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let dir = try CLI.temporaryDirectory()
        try Data(Array("大会，".utf8) + [0xFF, 0x41]).write(to: dir.appendingPathComponent("bad.txt"))
        expectUnreadable(try CLI.run(["lint", "bad.txt"], in: dir), "not valid UTF-8 at byte 9")
    }

    @Test func binaryFilesAreRefused() throws {
        let dir = try CLI.temporaryDirectory()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]).write(to: dir.appendingPathComponent("a.out.txt"))
        expectUnreadable(try CLI.run(["lint", "a.out.txt"], in: dir), "looks like a binary file (NUL byte at byte 7)")
    }

    @Test func gb18030IsRefusedWithTheWayOut() throws {
        let dir = try CLI.temporaryDirectory()
        // "第七十三届会议" in GB18030.
        try Data([0xB5, 0xDA, 0xC6, 0xDF, 0xCA, 0xAE, 0xC8, 0xFD, 0xBD, 0xEC, 0xBB, 0xE1, 0xD2, 0xE9, 0x0A])
            .write(to: dir.appendingPathComponent("gb.txt"))
        let r = try CLI.run(["lint", "gb.txt"], in: dir)
        expectUnreadable(r, "gb.txt:1:1: error[io.unreadable] not linted: not valid UTF-8 at byte 0")
        #expect(r.stdout.contains("iconv -f GB18030 -t UTF-8"))
    }

    @Test func emptyFileAndLoneBOMLintAsEmpty() throws {
        let dir = try CLI.temporaryDirectory()
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0xEF, 0xBB, 0xBF]).write(to: dir.appendingPathComponent("bom.txt"))
        try Data([0xFF, 0xFE]).write(to: dir.appendingPathComponent("bom16.txt"))
        for name in ["empty.txt", "bom.txt", "bom16.txt"] {
            let r = try CLI.run(["lint", name], in: dir)
            #expect(r.status == 0 || r.status == 1, "\(name): \(r.stderr)")
            #expect(r.stderr.isEmpty, "\(name): \(r.stderr)")
            #expect(r.stdout.hasSuffix("1 file checked: 1 error, 0 warnings\n") || r.stdout.hasSuffix("1 file checked: 0 errors, 0 warnings\n"), "\(r.stdout)")
            // Every diagnostic stays inside the (empty) file: line 1, column 1.
            for line in r.stdout.split(separator: "\n") where line.hasPrefix(name) { #expect(line.hasPrefix("\(name):1:1: ")) }
        }
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let dir = try CLI.temporaryDirectory()
        let text = try Fixtures.example(Fixtures.zhDraft)
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: dir.appendingPathComponent("le.txt"))
        try (Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!).write(to: dir.appendingPathComponent("be.txt"))
        let r = try CLI.run(["lint", "le.txt", "be.txt"], in: dir)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout == "2 files checked: 0 errors, 0 warnings\n")
    }

    @Test func missingUnreadableAndEmptyFolders() throws {
        let dir = try CLI.temporaryDirectory()
        expectUnreadable(try CLI.run(["lint", "nowhere.txt"], in: dir), "nowhere.txt:1:1: error[io.unreadable] not linted: cannot read file: no such file")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: dir.appendingPathComponent("drafts/notes.pdf"))
        expectOneLineFailure(try CLI.run(["lint", "drafts"], in: dir), "drafts: folder holds no drafts (by default *.txt and *.md; see include in .resolint.yml)")
        // A file that cannot be read (root reads everything, so this part needs another user).
        if geteuid() != 0 {
            let locked = dir.appendingPathComponent("locked.txt")
            try Data("大会，\n".utf8).write(to: locked)
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            expectUnreadable(try CLI.run(["lint", "locked.txt"], in: dir), "locked.txt:1:1: error[io.unreadable] not linted: cannot read file")
        }
        // Good files around a bad one and a missing one: all are reported, in order, and the run exits 2.
        try Data([0xC3]).write(to: dir.appendingPathComponent("cut.txt"))
        let r = try CLI.run(["lint", "nowhere.txt", example.path, "cut.txt"], in: dir)
        #expect(r.status == 2 && r.stdout.hasSuffix("3 files checked: 2 errors, 0 warnings\n"), "\(r.stdout)")
        #expect(r.stdout.hasPrefix("nowhere.txt:1:1: error[io.unreadable] not linted: cannot read file: no such file\ncut.txt:1:1: error[io.unreadable] not linted: not valid UTF-8 at byte 0"), "\(r.stdout)")
        // Every machine format carries the finding (and the log names the cause).
        for format in ["json", "sarif", "junit", "github"] {
            let m = try CLI.run(["lint", "--format", format, example.path, "cut.txt"], in: dir)
            #expect(m.status == 2 && m.stdout.contains("io.unreadable") && m.stdout.contains("cut.txt"), "\(format): \(m.stdout)")
            #expect(m.stderr == "resolint: cut.txt: not linted: not valid UTF-8 at byte 0 (resolint reads UTF-8, or UTF-16 with a byte order mark; convert other encodings first, e.g. iconv -f GB18030 -t UTF-8)\n", "\(m.stderr)")
        }
    }

    @Test func malformedRuleFileNamesLineAndColumn() throws {
        let dir = try CLI.temporaryDirectory()
        try "rules:\n  - id: team.x\n    kind: [pattern\n".write(to: dir.appendingPathComponent("bad.yaml"), atomically: false, encoding: .utf8)
        let r = try CLI.run(["lint", "--rules", "bad.yaml", example.path], in: dir)
        expectOneLineFailure(r, "bad.yaml:4:1: not valid YAML")

        try "rules:\n  - ? [a, b]\n    : 1\n".write(to: dir.appendingPathComponent("key.yaml"), atomically: false, encoding: .utf8)
        expectOneLineFailure(try CLI.run(["lint", "--rules", "key.yaml", example.path], in: dir), "key.yaml:")
    }

    static let ruleFile = """
        rules:
          - id: team.slow
            kind: pattern
            scope: document
            regex: "REGEX"
            severity: warning
            message: "found {match}"
            description: A rule.
        """

    @Test func invalidRegularExpressionIsRefusedAtLoad() throws {
        let dir = try CLI.temporaryDirectory()
        try Self.ruleFile.replacingOccurrences(of: "REGEX", with: "(unclosed").write(to: dir.appendingPathComponent("re.yaml"), atomically: false, encoding: .utf8)
        expectOneLineFailure(try CLI.run(["lint", "--rules", "re.yaml", example.path], in: dir), "re.yaml:2:5: rule team.slow: invalid regular expression '(unclosed'")
    }

    /// "(a+)+$" against a long run of a's backtracks for ever: the rule is stopped and named.
    @Test func catastrophicRegularExpressionIsStoppedAndNamed() throws {
        let dir = try CLI.temporaryDirectory()
        try Self.ruleFile.replacingOccurrences(of: "REGEX", with: "(a+)+$").write(to: dir.appendingPathComponent("slow.yaml"), atomically: false, encoding: .utf8)
        let draft = try Fixtures.example(Fixtures.zhDraft) + String(repeating: "a", count: 40) + "b\n"
        try draft.write(to: dir.appendingPathComponent("d.txt"), atomically: false, encoding: .utf8)
        let started = Date()
        let r = try CLI.run(["lint", "--rules", "slow.yaml", "--regex-timeout", "0.3", "d.txt"], in: dir)
        #expect(Date().timeIntervalSince(started) < 60)  // a hang would be hours; the budget is 0.3 s
        #expect(r.status == 1 && r.stderr.isEmpty, "\(r.stdout)\(r.stderr)")  // the added line ends the draft without its mark
        #expect(r.stdout.contains("d.txt:1:1: warning[rule.timeout] rule team.slow stopped after 0.3 s on this file"), "\(r.stdout)")
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        let jobs = try CLI.run(["lint", "--jobs", "0", example.path])
        #expect(jobs.status == 64 || jobs.status == 2, "\(jobs.stderr)")
        #expect(jobs.stderr.contains("--jobs takes a number of threads"))
    }
}
