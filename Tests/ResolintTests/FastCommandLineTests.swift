import ArgumentParser
import Foundation
import Testing
@testable import resolint

/// `FastCommandLine` reads `resolint lint FILE…` and `resolint --version` without ArgumentParser; each
/// command line it accepts must be read as ArgumentParser reads it, and every other one left to it.
@Suite struct FastCommandLineTests {
    /// Command lines the fast path takes: ArgumentParser must make the same `lint` of them.
    static let accepted: [[String]] = [
        ["lint", "Examples/ga73-c1-draft-resolution.txt"],
        ["lint", "a.txt", "drafts/", "b c.md", "x=y", "+1", "lint", "rules", "α.txt"],
        ["Examples/ga73-c1-draft-resolution.txt"],
        ["drafts", "more.txt"],
        ["lint"],
        [],
    ]

    /// Command lines it must leave to ArgumentParser: options, standard input, help, other subcommands.
    static let refused: [[String]] = [
        ["lint", "-"], ["lint", "--", "a.txt"], ["lint", "a.txt", "--format", "json"], ["lint", "-j1", "a.txt"],
        ["lint", "--version"], ["lint", "help"], ["help"], ["help", "lint"], ["lint", ""], ["--help"], ["-h"],
        ["rules"], ["rules", "operative.numbering"], ["parse", "a.txt"], ["compare", "a", "b"], ["init"],
        ["a.txt", "--quiet"], ["--version", "lint"], ["lint", "a.txt", "--fail-on=warning"],
    ]

    @Test(arguments: accepted)
    func acceptedCommandLinesReadAsArgumentParserReadsThem(_ arguments: [String]) throws {
        guard case .lint(let fast)? = FastCommandLine.read(arguments) else {
            Issue.record("not taken: \(arguments)")
            return
        }
        let parsed = try #require(try ResolintCommand.parseAsRoot(arguments) as? Lint)
        #expect(fast == parsed.options)
    }

    @Test(arguments: refused)
    func otherCommandLinesAreLeftToArgumentParser(_ arguments: [String]) {
        #expect(FastCommandLine.read(arguments) == nil)
    }

    /// Every subcommand's name and alias is refused as a first word (it would not be read as a path).
    @Test func subcommandNamesAreNotPaths() throws {
        for command in ResolintCommand.configuration.subcommands where command != Lint.self {
            #expect(FastCommandLine.read([command._commandName, "a.txt"]) == nil)
            for alias in command.configuration.aliases { #expect(FastCommandLine.read([alias]) == nil) }
        }
    }

    /// `--version` prints what ArgumentParser prints for it.
    @Test func versionIsArgumentParsersText() throws {
        #expect(FastCommandLine.read(["--version"]) == .version)
        do {
            _ = try ResolintCommand.parseAsRoot(["--version"])
            Issue.record("--version parsed as a command")
        } catch {
            #expect(ResolintCommand.fullMessage(for: error) == FastCommandLine.versionText)
            #expect(ResolintCommand.exitCode(for: error) == .success)
        }
    }

    /// The binary on both paths: a plain lint and one ArgumentParser reads (an option that changes
    /// nothing) print the same report with the same status.
    @Test func binaryPrintsTheSameOnBothPaths() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let draft = root.appendingPathComponent("Examples/ga73-c1-draft-resolution.txt").path
        let fast = try CLI.run(["lint", draft])
        let parsed = try CLI.run(["lint", "--format", "text", draft])
        #expect(fast.status == parsed.status)
        #expect(fast.stdout == parsed.stdout)
        #expect(fast.stderr == parsed.stderr)
        let version = try CLI.run(["--version"]), versionParsed = try CLI.run(["lint", "--version"])
        #expect(version.stdout == versionParsed.stdout && version.status == versionParsed.status)
    }
}
