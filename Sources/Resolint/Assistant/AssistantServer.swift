import Foundation

/// `resolint mcp`: a Model Context Protocol server on a pair of file handles (stdin/stdout for the
/// command). The protocol's stdio transport is JSON-RPC, one message a line; a server that offers
/// tools answers initialize, tools/list and tools/call (and ping). It is written on Foundation alone:
/// the MCP Swift SDK also links Foundation's networking (URLSession, for its HTTP transport), which
/// breaks the static release binary (Scripts/build-release.sh) and would load into every `resolint`.
public final class AssistantServer: @unchecked Sendable {
    let connection: JSONLineConnection
    let tools: AssistantTools
    /// Protocol revisions this server speaks; the client's is used when it is one of them.
    static let protocolVersions = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"]

    public init(tools: AssistantTools, input: FileHandle, output: FileHandle) {
        connection = JSONLineConnection(input: input, output: output)
        self.tools = tools
    }

    /// Serves until the end of input.
    public func run() {
        while true {
            switch connection.read() {
            case .end: return
            case .malformed(let line):
                connection.send(["id": NSNull(), "error": ["code": ResponseError.parseError, "message": "not a JSON-RPC message: \(line)"]])
            case .message(let message):
                guard let method = message["method"] as? String, let id = message["id"], !(id is NSNull) else { continue }
                do {
                    connection.send(["id": id, "result": try answer(method, message["params"] as? JSONObject ?? [:])])
                } catch let error as ResponseError {
                    connection.send(["id": id, "error": ["code": error.code, "message": error.message]])
                } catch {
                    connection.send(["id": id, "error": ["code": ResponseError.internalError, "message": "\(error)"]])
                }
            }
        }
    }

    func answer(_ method: String, _ params: JSONObject) throws -> JSONObject {
        switch method {
        case "initialize":
            let asked = params["protocolVersion"] as? String ?? ""
            return ["protocolVersion": Self.protocolVersions.contains(asked) ? asked : Self.protocolVersions.last!,
                    "capabilities": ["tools": ["listChanged": false]],
                    "serverInfo": ["name": "resolint", "version": resolintVersion],
                    "instructions": "resolint lints United Nations draft resolutions and decisions in the six official languages: lint a draft, fix it, write a skeleton from facts, or read the rules."]
        case "ping": return [:]
        case "tools/list": return ["tools": tools.catalogue]
        case "tools/call":
            guard let name = params["name"] as? String else { throw ResponseError.invalidParams("tools/call without a tool name") }
            guard tools.catalogue.contains(where: { $0["name"] as? String == name }) else {
                throw ResponseError.invalidParams("no tool '\(name)'; resolint has lint, fix, new and rules")
            }
            // A tool's failure is its answer (isError), for the assistant to read; the server goes on.
            do {
                let text = try tools.call(name, params["arguments"] as? JSONObject ?? [:])
                return ["content": [["type": "text", "text": text]], "isError": false]
            } catch {
                return ["content": [["type": "text", "text": "\(error)"]], "isError": true]
            }
        default: throw ResponseError(code: ResponseError.methodNotFound, message: "resolint does not handle \(method)")
        }
    }
}
