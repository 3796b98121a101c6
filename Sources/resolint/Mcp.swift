import ArgumentParser
import Foundation
import Resolint

/// `resolint mcp`: the Model Context Protocol server (Sources/Resolint/Assistant), on standard input/output.
struct Mcp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run the Model Context Protocol server for AI assistants (on standard input/output).",
        discussion: """
            An assistant's MCP client starts `resolint mcp` and calls its tools: lint (a draft's text or path; gives its diagnostics as JSON), fix (gives the fixed text, the edit and a diff; writes nothing), new (a skeleton draft from its facts) and rules (the catalogue, or one rule with its examples). Each tool's arguments come with a JSON schema. The nearest .resolint.yml applies, as for `resolint lint`.

            A client configuration (Claude Desktop's claude_desktop_config.json and most others take this shape):
              { "mcpServers": { "resolint": { "command": "resolint", "args": ["mcp"] } } }
            """
    )

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let tools: AssistantTools
        do { tools = try AssistantTools(base: try Linter.standard()) } catch {
            FileHandle.standardError.write(Data("resolint mcp: \(error)\n".utf8))
            throw ExitCode(2)
        }
        AssistantServer(tools: tools, input: .standardInput, output: .standardOutput).run()
    }
}
