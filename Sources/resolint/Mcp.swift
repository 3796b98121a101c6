import ArgumentParser
import Foundation
import MCP
import Resolint

/// `resolint mcp`: a Model Context Protocol server on standard input/output, with the MCP Swift SDK;
/// the tools are in McpTools.
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
        let tools: McpTools
        do { tools = try McpTools() } catch {
            FileHandle.standardError.write(Data("resolint mcp: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let done = DispatchSemaphore(value: 0)
        Task {
            let server = Server(name: "resolint", version: resolintVersion, capabilities: .init(tools: .init(listChanged: false)))
            await server.withMethodHandler(ListTools.self) { _ in .init(tools: tools.tools) }
            await server.withMethodHandler(CallTool.self) { params in
                do {
                    let text = try tools.call(params.name, params.arguments ?? [:])
                    return .init(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
                } catch {
                    // A tool's failure is the tool's answer; the server goes on.
                    return .init(content: [.text(text: "\(error)", annotations: nil, _meta: nil)], isError: true)
                }
            }
            do {
                try await server.start(transport: StdioTransport())
                await server.waitUntilCompleted()
            } catch {
                FileHandle.standardError.write(Data("resolint mcp: \(error)\n".utf8))
            }
            done.signal()
        }
        done.wait()
    }
}
