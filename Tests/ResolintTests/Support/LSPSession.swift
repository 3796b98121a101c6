import Foundation
@testable import Resolint

/// A language client for tests: runs a LanguageServer in this process on its own thread, talks to it
/// through two pipes with the server's own framing, and keeps every message the server sends.
final class LSPSession: @unchecked Sendable {
    /// The server in this process; nil when the session talks to the `resolint lsp` binary.
    let server: LanguageServer?
    private let toServer = Pipe(), fromServer = Pipe()
    private let client: JSONRPCConnection
    private let lock = NSLock()
    private var received: [JSONObject] = []
    private let arrived = DispatchSemaphore(value: 0)
    private var nextID = 0
    private let finished = DispatchSemaphore(value: 0)
    private var status: Int32?

    struct Timeout: Error, CustomStringConvertible { var description: String }

    init(debounce: TimeInterval = 0.02) throws {
        server = try LanguageServer(base: Fixtures.linter, input: toServer.fileHandleForReading,
                                    output: fromServer.fileHandleForWriting, debounce: debounce)
        client = JSONRPCConnection(input: fromServer.fileHandleForReading, output: toServer.fileHandleForWriting)
        let server = self.server!
        Thread { [self] in
            let code = server.run()
            lock.withLock { status = code }
            finished.signal()
        }.start()
        startReading()
    }

    /// A session with the built binary (`arguments` such as ["lsp"]), through its standard input and output.
    init(binary arguments: [String]) throws {
        server = nil
        signal(SIGPIPE, SIG_IGN) // a write to a server that has gone is an error, not the end of the test run
        client = JSONRPCConnection(input: fromServer.fileHandleForReading, output: toServer.fileHandleForWriting)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardInput = toServer
        process.standardOutput = fromServer
        try process.run()
        Thread { [self] in
            process.waitUntilExit()
            lock.withLock { status = process.terminationStatus }
            finished.signal()
        }.start()
        startReading()
    }

    private func startReading() {
        Thread { [self] in
            while case .message(let m) = client.read() {
                lock.withLock { received.append(m) }
                arrived.signal()
            }
        }.start()
    }

    /// Starts the session; `encodings` is what the client offers in general.positionEncodings.
    @discardableResult
    func initialize(encodings: [String]? = nil, watchFiles: Bool = false) throws -> JSONObject {
        var capabilities: JSONObject = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        if watchFiles { capabilities["workspace"] = ["didChangeWatchedFiles": ["dynamicRegistration": true]] }
        let response = try request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities])
        guard let result = response["result"] as? JSONObject else { throw Timeout(description: "initialize failed: \(response)") }
        notify("initialized", [:])
        return result
    }

    func notify(_ method: String, _ params: JSONObject) {
        client.send(["method": method, "params": params])
    }

    /// Sends raw bytes as one framed body (for malformed messages).
    func sendRaw(_ body: String) {
        let data = Data(body.utf8)
        toServer.fileHandleForWriting.write(Data("Content-Length: \(data.count)\r\n\r\n".utf8) + data)
    }

    /// A request's whole response (result or error).
    func request(_ method: String, _ params: JSONObject) throws -> JSONObject {
        let id = lock.withLock { () -> Int in nextID += 1; return nextID }
        client.send(["id": id, "method": method, "params": params])
        return try waitFor("the response to \(method)") { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    /// The first message received (and not yet taken) that `matches`, taken.
    func waitFor(_ what: String, timeout: TimeInterval = 20, _ matches: (JSONObject) -> Bool) throws -> JSONObject {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = lock.withLock({ () -> JSONObject? in
                guard let i = received.firstIndex(where: matches) else { return nil }
                return received.remove(at: i)
            }) { return found }
            if Date() > deadline { throw Timeout(description: "no \(what) within \(timeout) s") }
            _ = arrived.wait(timeout: .now() + 0.2)
        }
    }

    /// The next diagnostics published for a document (at a version, when given).
    func diagnostics(_ uri: String, version: Int? = nil) throws -> [JSONObject] {
        let m = try waitFor("diagnostics for \(uri)") { m in
            guard m["method"] as? String == "textDocument/publishDiagnostics", let p = m["params"] as? JSONObject, p["uri"] as? String == uri else { return false }
            return version == nil || p["version"] as? Int == version
        }
        return (m["params"] as? JSONObject)?["diagnostics"] as? [JSONObject] ?? []
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "plaintext", "version": version, "text": text]])
    }

    /// Ends the session as a client does; the server's exit status.
    func shutdown() throws -> Int32? {
        _ = try request("shutdown", [:])
        notify("exit", [:])
        return waitForExit()
    }

    func waitForExit() -> Int32? {
        _ = finished.wait(timeout: .now() + 10)
        return lock.withLock { status }
    }
}


extension LSPSession {
    /// Applies TextEdits (with ranges in `encoding`) to a text, as a client would.
    static func apply(_ edits: [JSONObject], to text: String, encoding: PositionEncoding) -> String {
        let index = LineIndex(text)
        let resolved = edits.compactMap { e -> Edit? in
            guard let r = index.bytes(of: e["range"], encoding: encoding), let t = e["newText"] as? String else { return nil }
            return Edit(range: r, replacement: t)
        }
        return Fixer.apply(resolved, to: text)
    }

    /// An LSP range for a substring of a line: `line` 0-based, found by its text.
    static func range(of needle: String, in text: String, encoding: PositionEncoding) -> JSONObject? {
        guard let r = text.range(of: needle) else { return nil }
        let index = LineIndex(text)
        let a = text.utf8.distance(from: text.startIndex, to: r.lowerBound), b = text.utf8.distance(from: text.startIndex, to: r.upperBound)
        return index.range(a..<b, encoding: encoding)
    }
}
