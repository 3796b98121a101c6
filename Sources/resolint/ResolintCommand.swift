import ArgumentParser
import Foundation
import Resolint

@main
struct ResolintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolint",
        abstract: "Lint and generate United Nations draft resolutions.",
        discussion: """
            resolint parses a draft into its parts (header, sponsors, title, opening formula, preambular and operative paragraphs, items, footnotes, closing clause) and checks them against rules written in YAML.

            Examples:
              resolint lint Examples/ga73-c1-draft-resolution.txt
              resolint lint drafts/ --format json
              resolint fix --diff drafts/cyber.txt
              resolint compare draft.en.txt draft.fr.txt draft.zh.txt
              resolint rules operative.numbering
              resolint new --lang zh --session 79 --committee 1 ...
            """,
        version: resolintVersion,
        subcommands: [Lint.self, Fix.self, New.self, Compare.self, Diff.self, Amend.self, Rules.self, TestRules.self, Parse.self, Init.self, Convert.self, Lsp.self, Mcp.self],
        defaultSubcommand: Lint.self
    )

    /// As ArgumentParser's own main, but usage errors exit 2, as spec/cli.md promises (not 64).
    static func main() {
        // `resolint lint FILE…` and `resolint --version` without ArgumentParser: reading the command's
        // options by reflection was a fifth of linting one draft (FastCommandLine).
        switch FastCommandLine.read(Array(CommandLine.arguments.dropFirst())) {
        case .version?:
            print(FastCommandLine.versionText)
            return
        case .lint(let options)?:
            do { try options.run() } catch { finish(with: error) }
            return
        case nil:
            break
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    static func finish(with error: Error) -> Never {
        if exitCode(for: error) == .validationFailure {
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
        exit(withError: error)
    }
}

/// The command lines read without ArgumentParser, whose reflection of a command's options (a search of
/// the process's conformance records for each option's type) cost 17 M instructions of the 78 M of
/// linting one draft: `--version` alone, and `lint` (named or by default) followed only by paths that
/// cannot be read as an option, a subcommand or help. Anything else goes to ArgumentParser;
/// `FastCommandLineTests` checks that ArgumentParser reads each accepted command line the same way.
enum FastCommandLine: Equatable {
    case version
    case lint(LintOptions)

    static let versionText = resolintVersion

    static func read(_ arguments: [String]) -> FastCommandLine? {
        if arguments == ["--version"] { return .version }
        var rest = arguments[...]
        if rest.first == Lint._commandName {
            rest = rest.dropFirst()
        } else if let first = rest.first, subcommandNames.contains(first) {
            return nil
        }
        guard rest.allSatisfy(isPlainPath) else { return nil }
        return .lint(LintOptions(paths: Array(rest)))
    }

    /// A word ArgumentParser reads as a path: not empty, no dash first (an option, `-` for standard
    /// input, `--`), not `help`.
    static func isPlainPath(_ argument: String) -> Bool {
        !argument.isEmpty && !argument.hasPrefix("-") && argument != "help"
    }

    /// What a first word may name instead of a path: the subcommands, their aliases, and `help`.
    static var subcommandNames: Set<String> {
        var names: Set<String> = ["help"]
        for command in ResolintCommand.configuration.subcommands {
            names.insert(command._commandName)
            names.formUnion(command.configuration.aliases)
        }
        return names
    }
}
