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
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
