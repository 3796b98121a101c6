import Foundation

/// Keeps the language server alive when linting one document crashes it. A Swift trap (an index out
/// of range, a failed precondition) cannot be caught inside the process, so `resolint lsp` runs the
/// server in a child process (`resolint lsp --worker`) and stands between it and the editor: it passes
/// every message through, keeps the open documents in step itself, and when the child dies it answers
/// the requests that were waiting with an error, starts a new child and opens the documents in it
/// again. A document that was the last one changed before two crashes is no longer linted (one
/// diagnostic says why) until the editor closes and reopens it, so that it cannot crash the server
/// in a loop.
public final class LanguageServerSupervisor: @unchecked Sendable {
    private let client: JSONRPCConnection
    private let executable: URL
    private let arguments: [String]
    private let store = DocumentStore()
    private let lock = NSLock()
    private var worker: (process: Process, connection: JSONRPCConnection, generation: Int)?
    private var generation = 0
    private var initializeParams: JSONObject?
    private var encoding = PositionEncoding.utf16
    /// Requests from the editor not yet answered, by their id as text.
    private var pending: [String: Any] = [:]
    private var exiting = false
    private var shutdownRequested = false
    private var lastTouched: String?
    private var crashes: [String: Int] = [:]
    private var quarantined: Set<String> = []
    private var restarts = 0
    private let workerEnded = DispatchSemaphore(value: 0)
    /// Held while a message is tracked and passed on, and while a new child is brought up to date, so
    /// that no message falls between the two.
    private let forwarding = NSRecursiveLock()
    private var gaveUp = false
    /// Restarts allowed in all; past them requests are answered with an error.
    public var maxRestarts = 50

    public init(input: FileHandle, output: FileHandle, executable: URL, arguments: [String]) {
        client = JSONRPCConnection(input: input, output: output)
        self.executable = executable
        self.arguments = arguments
    }

    public func run() -> Int32 {
        guard startWorker() else { return 1 }
        while true {
            switch client.read() {
            case .end:
                let process = lock.withLock { worker?.process }
                process?.terminate()
                return lock.withLock { shutdownRequested } ? 0 : 1
            case .malformed(let reason):
                client.send(["id": NSNull(), "error": ["code": ResponseError.parseError, "message": "not a JSON-RPC message: \(reason)"]])
            case .message(let message):
                let method = message["method"] as? String
                if method == "exit" { lock.withLock { exiting = true } }
                forwarding.withLock {
                    track(message)
                    if lock.withLock({ gaveUp }), message["method"] != nil, let id = message["id"] {
                        client.send(["id": id, "error": ["code": ResponseError.internalError, "message": "resolint's language server stopped too often; restart it from the editor"]])
                    } else if isQuarantined(message) {
                        // A request about a document set aside is answered here; nothing else about it goes on.
                        if message["method"] != nil, let id = message["id"] {
                            _ = lock.withLock { pending.removeValue(forKey: key(id)) }
                            client.send(["id": id, "error": ["code": ResponseError.requestFailed,
                                                             "message": "resolint does not lint this document since it crashed the server twice; reopen it"]])
                        }
                    } else {
                        lock.withLock { worker?.connection }?.send(message)
                    }
                }
                if method == "exit" {
                    _ = workerEnded.wait(timeout: .now() + 5)
                    let process = lock.withLock { worker?.process }
                    if let process, process.isRunning { process.terminate() }
                    process?.waitUntilExit()
                    return process?.terminationStatus ?? 1
                }
            }
        }
    }

    // MARK: - What the supervisor keeps

    private func track(_ m: JSONObject) {
        let method = m["method"] as? String
        let params = m["params"] as? JSONObject ?? [:]
        let uri = (params["textDocument"] as? JSONObject)?["uri"] as? String
        lock.lock()
        defer { lock.unlock() }
        if let id = m["id"], method != nil { pending[key(id)] = id }
        switch method {
        case "initialize":
            initializeParams = params
            let offered = ((params["capabilities"] as? JSONObject)?["general"] as? JSONObject)?["positionEncodings"] as? [String]
            encoding = PositionEncoding.negotiate(offered)
        case "shutdown": shutdownRequested = true
        case "textDocument/didOpen":
            guard let doc = params["textDocument"] as? JSONObject, let uri, let text = doc["text"] as? String else { return }
            store.open(uri: uri, text: text, version: doc["version"] as? Int ?? 0, languageId: doc["languageId"] as? String ?? "plaintext")
            lastTouched = uri
        case "textDocument/didChange":
            guard let uri, let changes = params["contentChanges"] as? [JSONObject] else { return }
            let parsed = changes.compactMap { c -> DocumentStore.Change? in
                guard let text = c["text"] as? String else { return nil }
                guard let r = c["range"] as? JSONObject else { return .init(range: nil, text: text) }
                guard let s = LSPPosition(r["start"]), let e = LSPPosition(r["end"]) else { return nil }
                return .init(range: (s, e), text: text)
            }
            _ = try? store.change(uri: uri, version: (params["textDocument"] as? JSONObject)?["version"] as? Int ?? 0,
                                  changes: parsed, encoding: encoding)
            lastTouched = uri
        case "textDocument/didClose":
            guard let uri else { return }
            store.close(uri: uri)
            if quarantined.remove(uri) != nil { crashes[uri] = nil }
        default: break
        }
    }

    /// Messages about a document set aside after crashes do not reach the server (a didClose does:
    /// the server may hold it).
    private func isQuarantined(_ m: JSONObject) -> Bool {
        guard let uri = ((m["params"] as? JSONObject)?["textDocument"] as? JSONObject)?["uri"] as? String,
              m["method"] as? String != "textDocument/didClose" else { return false }
        return lock.withLock { quarantined.contains(uri) }
    }

    private func key(_ id: Any) -> String { "\(type(of: id)):\(id)" }

    // MARK: - The child

    @discardableResult
    private func startWorker() -> Bool {
        let toWorker = Pipe(), fromWorker = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = toWorker
        process.standardOutput = fromWorker
        do { try process.run() } catch {
            client.send(["method": "window/showMessage", "params": ["type": 1, "message": "resolint lsp: cannot start \(executable.path): \(error)"]])
            return false
        }
        let connection = JSONRPCConnection(input: fromWorker.fileHandleForReading, output: toWorker.fileHandleForWriting)
        log("resolint lsp: language server process \(process.processIdentifier) started", type: 4)
        forwarding.withLock {
            let (current, replay) = lock.withLock { () -> (Int, JSONObject?) in
                generation += 1
                return (generation, initializeParams)
            }
            if let replay { reopen(connection, initialize: replay, generation: current) }
            lock.withLock { worker = (process, connection, current) }
            Thread { [self] in relay(from: connection, generation: current) }.start()
        }
        return true
    }

    /// A new child after a crash: initialized as the editor initialized the first, with every open
    /// document (but those set aside) opened again as it is now.
    private func reopen(_ connection: JSONRPCConnection, initialize: JSONObject, generation: Int) {
        connection.send(["id": "resolint-restart-\(generation)", "method": "initialize", "params": initialize])
        connection.send(["method": "initialized", "params": [:] as JSONObject])
        let excluded = lock.withLock { quarantined }
        for d in store.all where !excluded.contains(d.uri) {
            connection.send(["method": "textDocument/didOpen", "params": ["textDocument": [
                "uri": d.uri, "languageId": d.languageId, "version": d.version, "text": d.text] as JSONObject]])
        }
    }

    /// Passes the child's messages to the editor until the child ends.
    private func relay(from connection: JSONRPCConnection, generation: Int) {
        while case .message(let m) = connection.read() {
            if m["method"] == nil, let id = m["id"] {
                if (id as? String)?.hasPrefix("resolint-restart-") == true { continue }
                _ = lock.withLock { pending.removeValue(forKey: key(id)) }
            }
            // The editor registered the configuration watcher with the first process already.
            if generation > 1, m["method"] as? String == "client/registerCapability" { continue }
            client.send(m)
        }
        ended(generation: generation)
    }

    private func ended(generation: Int) {
        // Nothing is passed on while the waiting requests are answered and a new child brought up to
        // date: a request sent in between would go to the dead child and never be answered.
        forwarding.lock()
        defer { forwarding.unlock() }
        lock.lock()
        guard worker?.generation == generation else { lock.unlock(); return }
        if exiting { lock.unlock(); workerEnded.signal(); return }
        let process = worker?.process
        let waiting = Array(pending.values)
        pending.removeAll()
        var setAside: String?
        if let suspect = lastTouched {
            crashes[suspect, default: 0] += 1
            if crashes[suspect]! >= 2, quarantined.insert(suspect).inserted { setAside = suspect }
        }
        restarts += 1
        let giveUp = restarts > maxRestarts
        lock.unlock()

        process?.waitUntilExit()
        let cause = process.map { $0.terminationReason == .uncaughtSignal ? "signal \($0.terminationStatus)" : "status \($0.terminationStatus)" } ?? "?"
        for id in waiting {
            client.send(["id": id, "error": ["code": ResponseError.internalError,
                                             "message": "resolint's language server stopped (\(cause)) while answering; it has been started again"]])
        }
        if let uri = setAside {
            let diagnostic: JSONObject = [
                "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "severity": 1, "source": "resolint",
                "code": "server.crashed",
                "message": "resolint's language server stopped twice while this document was being linted; it is not linted until you close and reopen it. Please report it, with the document if you can.",
            ]
            client.send(["method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": [diagnostic]] as JSONObject])
        }
        if giveUp {
            lock.withLock { gaveUp = true }
            client.send(["method": "window/showMessage", "params": ["type": 1, "message": "resolint lsp: the language server stopped \(maxRestarts + 1) times; it is not started again"]])
            return
        }
        log("resolint lsp: the language server stopped (\(cause)); starting it again", type: 2)
        startWorker()
    }

    private func log(_ message: String, type: Int) {
        client.send(["method": "window/logMessage", "params": ["type": type, "message": message]])
    }
}
