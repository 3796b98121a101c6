import Foundation
import Testing
@testable import Resolint

/// The real `pre-commit`, from PyPI, runs this repository's hooks at the current commit in a fresh git
/// repository, configured as README shows: a draft with a numbering slip is refused and fixed by
/// resolint-fix, a README next to it is not linted, and resolint-system runs the resolint on PATH.
/// It builds resolint in release mode (minutes), so it runs in CI (CI=true) or with RESOLINT_E2E=1.
struct PreCommitTests {
    static let enabled = ProcessInfo.processInfo.environment["CI"] == "true" || ProcessInfo.processInfo.environment["RESOLINT_E2E"] == "1"

    @Test(.enabled(if: enabled, "end-to-end pre-commit test: runs in CI, or locally with RESOLINT_E2E=1 (installs pre-commit from PyPI, builds resolint in release mode)"),
          .timeLimit(.minutes(20)))
    func commitIsBlockedOnANumberingSlipAndAllowedWhenClean() throws {
        let root = Fixtures.packageRoot.path
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        // HOME and the git configuration stay the user's: that is where Swift packages are found.
        let env = ["PRE_COMMIT_HOME": work.appendingPathComponent("cache").path, "PIP_DISABLE_PIP_VERSION_CHECK": "1"]

        let head = try Shell.run("git", ["-C", root, "rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try #require(!head.isEmpty)
        // pre-commit from PyPI, in a virtual environment of its own.
        let venv = work.appendingPathComponent("venv").path
        try Shell.require("python3", ["-m", "venv", venv])
        try Shell.require("\(venv)/bin/pip", ["install", "-q", "pre-commit"], env: env)
        let preCommit = "\(venv)/bin/pre-commit"

        let repo = work.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        let git = { (args: [String]) throws -> Shell.Result in try Shell.run("git", ["-C", repo.path] + args, env: env) }
        _ = try git(["init", "-q"])
        _ = try git(["config", "user.email", "drafter@example.org"])
        _ = try git(["config", "user.name", "Drafter"])
        // README's example, as written, pointed at this clone and commit.
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try #require(readme.components(separatedBy: "```yaml\n# .pre-commit-config.yaml\n").dropFirst().first?
            .components(separatedBy: "```").first, "README has no .pre-commit-config.yaml example")
        let config = example.replacingOccurrences(of: "https://github.com/resolint/resolint", with: root)
            .replacingOccurrences(of: "rev: main", with: "rev: \(head)")
        #expect(config != example && config.contains("rev: \(head)"), "README's example changed shape: \(example)")
        let withFix = config + "      - id: resolint-fix\n"
        try withFix.write(to: repo.appendingPathComponent(".pre-commit-config.yaml"), atomically: false, encoding: .utf8)
        try Shell.require(preCommit, ["install"], env: env, in: repo)

        // A README and a draft whose paragraph 4 was deleted but not renumbered.
        try "# Our drafts\n\nNotes for the delegation; not a draft.\n".write(to: repo.appendingPathComponent("README.md"), atomically: false, encoding: .utf8)
        let clean = try Fixtures.example(Fixtures.zhDraft)
        let slipped = clean.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军").replacingOccurrences(of: " 5. 请政府", with: " 6. 请政府")
            .replacingOccurrences(of: " 6. 决定", with: " 7. 决定")
        let draft = repo.appendingPathComponent("cyber.txt")
        try slipped.write(to: draft, atomically: false, encoding: .utf8)
        _ = try git(["add", "-A"])
        let refused = try git(["commit", "-q", "-m", "draft"])
        #expect(refused.status != 0, "the commit went through: \(refused.stdout)\(refused.stderr)")
        let log = refused.stdout + refused.stderr
        #expect(log.contains("error[operative.numbering]"), "\(log)")
        // The README is not a draft (the default exclude holds for the files pre-commit names).
        #expect(!log.contains("README.md:"), "\(log)")
        // The fix hook renumbered the draft; the commit goes through once it is staged.
        #expect(try String(contentsOf: draft, encoding: .utf8) == clean, "resolint-fix did not renumber the draft")
        _ = try git(["add", "-A"])
        let accepted = try git(["commit", "-q", "-m", "draft"])
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        #expect(try git(["log", "--oneline"]).stdout.split(separator: "\n").count == 1)

        // resolint-system: the resolint on PATH, no build.
        try config.replacingOccurrences(of: "id: resolint\n", with: "id: resolint-system\n")
            .write(to: repo.appendingPathComponent(".pre-commit-config.yaml"), atomically: false, encoding: .utf8)
        try slipped.write(to: draft, atomically: false, encoding: .utf8)
        _ = try git(["add", "-A"])
        var systemEnv = env
        systemEnv["PATH"] = CLI.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
        let system = try Shell.run("git", ["-C", repo.path, "commit", "-q", "-m", "system"], env: systemEnv)
        #expect(system.status != 0 && (system.stdout + system.stderr).contains("error[operative.numbering]"), "\(system.stdout)\(system.stderr)")
    }
}

enum Shell {
    typealias Result = CLI.Result

    static func run(_ tool: String, _ arguments: [String], env: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a chatty build cannot fill one and stall.
        let errData = Locked<Data>(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errData.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self))
    }

    static func require(_ tool: String, _ arguments: [String], env: [String: String] = [:], in directory: URL? = nil) throws {
        let r = try run(tool, arguments, env: env, in: directory)
        try #require(r.status == 0, "\(tool) \(arguments.joined(separator: " ")) failed: \(r.stderr.suffix(2000))")
    }
}
