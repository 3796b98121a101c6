import Foundation
import Testing
@testable import Resolint

/// `resolint lsp` as the editor starts it: a parent passing messages to the server in a child process.
/// When the child dies (here: killed, as a crash would end it), the session goes on in a new child
/// with the open documents; a document last changed before two crashes is set aside until reopened.
struct LanguageServerRestartTests {
    /// The process id in the parent's "language server process N started" log line.
    static func startedProcess(_ session: LSPSession, other: Int32? = nil) throws -> Int32 {
        let m = try session.waitFor("a language server process") { m in
            guard m["method"] as? String == "window/logMessage",
                  let text = (m["params"] as? JSONObject)?["message"] as? String, text.hasSuffix(" started") else { return false }
            return true
        }
        let text = ((m["params"] as? JSONObject)?["message"] as? String) ?? ""
        let pid = try #require(text.split(separator: " ").compactMap { Int32($0) }.first, "\(text)")
        #expect(pid != other)
        return pid
    }

    @Test func aCrashedServerStartsAgainWithTheOpenDocuments() throws {
        let session = try LSPSession(binary: ["lsp", "--debounce", "20"])
        let first = try Self.startedProcess(session)
        try session.initialize()
        let (uri, _) = LanguageServerTests.uri()
        session.open(uri, LanguageServerTests.slipped)
        #expect(try session.diagnostics(uri, version: 1).contains { $0["code"] as? String == "operative.numbering" })

        kill(first, SIGKILL)
        let second = try Self.startedProcess(session, other: first)
        // The new process has the document as the editor has it: a change applies to it.
        let label = try #require(LanguageServerTests.position(of: " 5. 请裁军", in: LanguageServerTests.slipped, encoding: .utf16, after: 1))
        let labelEnd = try #require(LanguageServerTests.position(of: " 5. 请裁军", in: LanguageServerTests.slipped, encoding: .utf16, after: 2))
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2],
                                                  "contentChanges": [["range": ["start": label, "end": labelEnd], "text": "4"]]])
        let after = try session.diagnostics(uri, version: 2)
        let expected = LanguageServerTests.slipped.replacingOccurrences(of: " 5. 请裁军", with: " 4. 请裁军")
        #expect(after.compactMap { $0["message"] as? String } == (try Fixtures.lint(expected).diagnostics.map(\.message)), "\(after)")
        #expect(after.compactMap { $0["message"] as? String } != (try Fixtures.lint(LanguageServerTests.slipped).diagnostics.map(\.message)))
        let symbols = try session.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        #expect((symbols["result"] as? [JSONObject])?.isEmpty == false, "\(symbols)")

        // A second crash after this document changed last: it is set aside, and says so.
        kill(second, SIGKILL)
        _ = try Self.startedProcess(session, other: second)
        let setAside = try session.diagnostics(uri)
        #expect(setAside.count == 1 && setAside.first?["code"] as? String == "server.crashed", "\(setAside)")
        let refused = try session.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]])
        #expect((refused["error"] as? JSONObject)?["code"] as? Int == -32803, "\(refused)")
        // Reopened, it is linted again.
        session.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
        session.open(uri, LanguageServerTests.slipped, version: 3)
        #expect(try session.diagnostics(uri, version: 3).contains { $0["code"] as? String == "operative.numbering" })
        #expect(try session.shutdown() == 0)
    }
}
