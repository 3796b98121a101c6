import Foundation
import Testing
@testable import Resolint

/// `resolint mcp`'s server in this process, through pipes, one JSON message a line as the MCP stdio
/// transport frames them (McpClientTests runs the real client from PyPI against the binary).
struct AssistantServerTests {
    @Test func initializeListAndCallTools() throws {
        let toServer = Pipe(), fromServer = Pipe()
        let server = AssistantServer(tools: try AssistantTools(base: Fixtures.linter),
                                     input: toServer.fileHandleForReading, output: fromServer.fileHandleForWriting)
        let done = DispatchSemaphore(value: 0)
        Thread { server.run(); done.signal() }.start()
        let client = JSONLineConnection(input: fromServer.fileHandleForReading, output: toServer.fileHandleForWriting)
        func call(_ id: Int, _ method: String, _ params: JSONObject) -> JSONObject? {
            client.send(["id": id, "method": method, "params": params])
            guard case .message(let m) = client.read() else { return nil }
            #expect(m["id"] as? Int == id)
            return m
        }

        let initialize = call(1, "initialize", ["protocolVersion": "2025-06-18", "capabilities": [:] as JSONObject,
                                                "clientInfo": ["name": "test", "version": "1"]])
        let result = try #require(initialize?["result"] as? JSONObject)
        #expect(result["protocolVersion"] as? String == "2025-06-18")
        #expect((result["capabilities"] as? JSONObject)?["tools"] != nil)
        client.send(["method": "notifications/initialized"])

        let list = try #require(call(2, "tools/list", [:])?["result"] as? JSONObject)
        let tools = try #require(list["tools"] as? [JSONObject])
        #expect(tools.compactMap { $0["name"] as? String } == ["lint", "fix", "new", "compare", "rules"])
        #expect(tools.allSatisfy { ($0["inputSchema"] as? JSONObject)?["type"] as? String == "object" })

        // lint the Chinese example with a numbering slip: the rule is in the JSON report.
        let slipped = LanguageServerTests.slipped
        let lint = try #require(call(3, "tools/call", ["name": "lint", "arguments": ["text": slipped]])?["result"] as? JSONObject)
        #expect(lint["isError"] as? Bool == false)
        let text = try #require((lint["content"] as? [JSONObject])?.first?["text"] as? String)
        #expect(text.contains("\"rule\" : \"operative.numbering\""), "\(text.prefix(300))")

        // fix: the example as written.
        let fix = try #require(call(4, "tools/call", ["name": "fix", "arguments": ["text": slipped]])?["result"] as? JSONObject)
        let fixedJSON = try #require((fix["content"] as? [JSONObject])?.first?["text"] as? String)
        let fixed = try #require(try JSONSerialization.jsonObject(with: Data(fixedJSON.utf8)) as? JSONObject)
        #expect(fixed["text"] as? String == LanguageServerTests.clean)

        // A tool's failure is its answer; an unknown tool or method is a JSON-RPC error; a bad line too.
        let bad = try #require(call(5, "tools/call", ["name": "rules", "arguments": ["id": "no.such-rule"]])?["result"] as? JSONObject)
        #expect(bad["isError"] as? Bool == true)
        #expect(((call(6, "tools/call", ["name": "nothing"])?["error"]) as? JSONObject)?["code"] as? Int == -32602)
        #expect(((call(7, "resources/list", [:])?["error"]) as? JSONObject)?["code"] as? Int == -32601)
        toServer.fileHandleForWriting.write(Data("{not json\n".utf8))
        guard case .message(let parse) = client.read() else { Issue.record("no answer to a malformed line"); return }
        #expect((parse["error"] as? JSONObject)?["code"] as? Int == -32700)
        #expect(call(8, "ping", [:])?["result"] is JSONObject, "still serving")

        try toServer.fileHandleForWriting.close()
        #expect(done.wait(timeout: .now() + 10) == .success, "the server ends with its input")
    }
}
