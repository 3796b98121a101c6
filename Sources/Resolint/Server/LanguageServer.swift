import Foundation

/// resolint's Language Server Protocol 3.17 server: reads requests and notifications from a
/// connection (stdin/stdout for `resolint lsp`, pipes in tests, anything an embedder hands it) and
/// answers on the same thread; diagnostics are linted on a background queue after a short pause in
/// the typing (`debounce`), and only the latest version of a document is published.
///
/// A request that fails is answered with a JSON-RPC error and the loop goes on.
public final class LanguageServer: @unchecked Sendable {
    let connection: JSONRPCConnection
    let store = DocumentStore()
    let configuration: ServerConfiguration
    let conversion: DiagnosticConversion
    /// Seconds between the last change and the linting it triggers.
    public let debounce: TimeInterval
    /// Called after each document version is linted for publishing, with the seconds it took (the
    /// latency benchmark and `--log-timings` read it).
    public var onLinted: (@Sendable (_ uri: String, _ version: Int, _ seconds: Double) -> Void)?

    private let lintQueue = DispatchQueue(label: "resolint.lsp.diagnostics", qos: .userInitiated)
    private let lock = NSLock()
    private var encoding: PositionEncoding = .utf16
    private var initialized = false
    private var shutdownRequested = false
    private var watchesDynamically = false
    private var analyses: [String: Analysis] = [:]
    private var generations: [String: Int] = [:]
    private var lastConfigurationError: String?
    private var nextRequest = 0

    public init(base: Linter, input: FileHandle, output: FileHandle, debounce: TimeInterval = 0.15) throws {
        connection = JSONRPCConnection(input: input, output: output)
        configuration = try ServerConfiguration(base: base)
        conversion = DiagnosticConversion(builtInRules: base.rules.rules)
        self.debounce = debounce
    }

    /// Serves until `exit` or the end of input; returns the process's exit status (0 after a
    /// shutdown request, 1 otherwise, as the protocol asks).
    public func run() -> Int32 {
        while true {
            switch connection.read() {
            case .end:
                return lock.withLock { shutdownRequested } ? 0 : 1
            case .malformed(let reason):
                connection.send(["id": NSNull(), "error": ["code": ResponseError.parseError, "message": "not a JSON-RPC message: \(reason)"]])
            case .message(let message):
                if let status = handle(message) { return status }
            }
        }
    }

    // MARK: - Dispatch

    /// Handles one message; a status when it was `exit`.
    func handle(_ message: JSONObject) -> Int32? {
        let id = message["id"]
        guard let method = message["method"] as? String else {
            // A response to one of our requests (applyEdit, registerCapability): nothing waits for it.
            if id != nil, message["result"] != nil || message["error"] != nil { return nil }
            connection.send(["id": id ?? NSNull(), "error": ["code": ResponseError.invalidRequest, "message": "a message without a method"]])
            return nil
        }
        let params = message["params"] as? JSONObject ?? [:]
        if let id, !(id is NSNull) {
            do {
                let result = try request(method, params)
                connection.send(["id": id, "result": result ?? NSNull()])
            } catch let error as ResponseError {
                connection.send(["id": id, "error": ["code": error.code, "message": error.message]])
            } catch {
                connection.send(["id": id, "error": ["code": ResponseError.internalError, "message": "\(method): \(error)"]])
            }
            return nil
        }
        if method == "exit" { return lock.withLock { shutdownRequested } ? 0 : 1 }
        do { try notification(method, params) } catch {
            logMessage("\(method): \(error)", type: 1)
        }
        return nil
    }

    func request(_ method: String, _ params: JSONObject) throws -> Any? {
        let (ready, stopping) = lock.withLock { (initialized, shutdownRequested) }
        if method != "initialize", !ready { throw ResponseError(code: ResponseError.serverNotInitialized, message: "initialize first") }
        if stopping, method != "shutdown" { throw ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down") }
        switch method {
        case "initialize": return initialize(params)
        case "shutdown":
            lock.withLock { shutdownRequested = true }
            return nil
        case "textDocument/codeAction": return try codeActions(params)
        case "textDocument/hover": return try hover(params)
        case "textDocument/documentSymbol":
            let a = try analysis(params)
            return OutlineConversion.symbols(DraftOutline.nodes(a.document), index: a.index, encoding: currentEncoding)
        case "textDocument/foldingRange":
            let a = try analysis(params)
            return OutlineConversion.foldingRanges(DraftOutline.nodes(a.document), index: a.index)
        case "workspace/executeCommand": return try executeCommand(params)
        default: throw ResponseError(code: ResponseError.methodNotFound, message: "resolint does not handle \(method)")
        }
    }

    func notification(_ method: String, _ params: JSONObject) throws {
        switch method {
        case "initialized": registerWatchers()
        case "textDocument/didOpen":
            guard let doc = params["textDocument"] as? JSONObject, let uri = doc["uri"] as? String, let text = doc["text"] as? String else {
                throw ResponseError.invalidParams("didOpen without textDocument.uri and text")
            }
            store.open(uri: uri, text: text, version: doc["version"] as? Int ?? 0, languageId: doc["languageId"] as? String ?? "plaintext")
            schedule(uri, after: 0)
        case "textDocument/didChange":
            guard let doc = params["textDocument"] as? JSONObject, let uri = doc["uri"] as? String,
                  let changes = params["contentChanges"] as? [JSONObject] else { throw ResponseError.invalidParams("didChange without textDocument and contentChanges") }
            let parsed = try changes.map { c -> DocumentStore.Change in
                guard let text = c["text"] as? String else { throw ResponseError.invalidParams("a content change without text") }
                guard let range = c["range"] as? JSONObject else { return .init(range: nil, text: text) }
                guard let s = LSPPosition(range["start"]), let e = LSPPosition(range["end"]) else { throw ResponseError.invalidParams("a malformed range") }
                return .init(range: (s, e), text: text)
            }
            try store.change(uri: uri, version: doc["version"] as? Int ?? 0, changes: parsed, encoding: currentEncoding)
            schedule(uri, after: debounce)
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? JSONObject)?["uri"] as? String else { return }
            store.close(uri: uri)
            lock.withLock { analyses[uri] = nil; generations[uri, default: 0] += 1 }
            connection.send(["method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": [Any]()]])
        case "textDocument/didSave":
            if let uri = (params["textDocument"] as? JSONObject)?["uri"] as? String, ServerConfiguration.isConfiguration(uri) { reloadConfiguration() }
        case "workspace/didChangeWatchedFiles":
            let changes = params["changes"] as? [JSONObject] ?? []
            if changes.contains(where: { ($0["uri"] as? String).map(ServerConfiguration.isConfiguration) ?? false }) { reloadConfiguration() }
        default: break // $/cancelRequest, $/setTrace and the rest need nothing.
        }
    }

    // MARK: - Lifecycle

    func initialize(_ params: JSONObject) -> JSONObject {
        let capabilities = params["capabilities"] as? JSONObject
        let offered = (capabilities?["general"] as? JSONObject)?["positionEncodings"] as? [String]
        let watch = ((capabilities?["workspace"] as? JSONObject)?["didChangeWatchedFiles"] as? JSONObject)?["dynamicRegistration"] as? Bool ?? false
        let chosen = PositionEncoding.negotiate(offered)
        lock.withLock { encoding = chosen; initialized = true; watchesDynamically = watch }
        return [
            "capabilities": [
                "positionEncoding": chosen.rawValue,
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix", CodeActions.fixAllKind]],
                "hoverProvider": true,
                "documentSymbolProvider": true,
                "foldingRangeProvider": true,
                "executeCommandProvider": ["commands": [Self.fixAllCommand]],
            ] as JSONObject,
            "serverInfo": ["name": "resolint", "version": resolintVersion],
        ]
    }

    /// Asks the client to report changes of any .resolint.yml, when it can be asked.
    func registerWatchers() {
        guard lock.withLock({ watchesDynamically }) else { return }
        let registration: JSONObject = ["id": "resolint-configuration", "method": "workspace/didChangeWatchedFiles",
                                        "registerOptions": ["watchers": [["globPattern": "**/\(Configuration.fileName)"]]]]
        sendRequest("client/registerCapability", ["registrations": [registration]])
    }

    var currentEncoding: PositionEncoding { lock.withLock { encoding } }

    // MARK: - Linting

    /// Lints a document after `delay`, unless a later change supersedes it; publishes only if it is
    /// still the latest when done.
    func schedule(_ uri: String, after delay: TimeInterval) {
        let generation = lock.withLock { () -> Int in generations[uri, default: 0] += 1; return generations[uri]! }
        lintQueue.asyncAfter(deadline: .now() + delay) { [self] in
            guard lock.withLock({ generations[uri] == generation }), let document = store[uri] else { return }
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                let analysis = try analyze(document)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                let current = lock.withLock { () -> Bool in
                    if analyses[uri].map({ $0.version <= analysis.version }) ?? true { analyses[uri] = analysis }
                    return generations[uri] == generation
                }
                guard current else { return }
                publish(analysis)
                onLinted?(uri, analysis.version, seconds)
            } catch {
                logMessage("linting \(uri): \(error)", type: 1)
            }
        }
    }

    func publish(_ analysis: Analysis) {
        let encoding = currentEncoding
        let diagnostics = analysis.report.diagnostics.map { conversion.json($0, index: analysis.index, encoding: encoding) }
        connection.send(["method": "textDocument/publishDiagnostics",
                         "params": ["uri": analysis.uri, "version": analysis.version, "diagnostics": diagnostics] as JSONObject])
    }

    func analyze(_ document: OpenDocument) throws -> Analysis {
        let path = ServerConfiguration.path(of: document.uri)
        let setup: (linter: Linter, language: String?)
        do {
            setup = try configuration.setup(for: path)
            lock.withLock { lastConfigurationError = nil }
        } catch {
            // A broken .resolint.yml is shown once, and the built-in rules go on meanwhile.
            let message = "resolint: \(error)"
            let isNew = lock.withLock { () -> Bool in defer { lastConfigurationError = message }; return lastConfigurationError != message }
            if isNew { connection.send(["method": "window/showMessage", "params": ["type": 1, "message": message]]) }
            setup = (configuration.builtIn, nil)
        }
        let report = try setup.linter.lint(text: document.text, path: path, language: setup.language)
        return Analysis(uri: document.uri, text: document.text, version: document.version, index: LineIndex(document.text),
                        report: report, setup: setup, path: path)
    }

    /// The analysis of a request's document, as it is now (linted here when the queue has not yet).
    func analysis(_ params: JSONObject) throws -> Analysis {
        guard let uri = (params["textDocument"] as? JSONObject)?["uri"] as? String else { throw ResponseError.invalidParams("no textDocument.uri") }
        guard let document = store[uri] else { throw ResponseError.invalidParams("\(uri) is not open") }
        if let cached = lock.withLock({ analyses[uri] }), cached.version == document.version, cached.text == document.text { return cached }
        let fresh = try analyze(document)
        lock.withLock { if analyses[uri].map({ $0.version <= fresh.version }) ?? true { analyses[uri] = fresh } }
        return fresh
    }

    func reloadConfiguration() {
        configuration.reload()
        lock.withLock { analyses.removeAll() }
        for document in store.all { schedule(document.uri, after: 0) }
    }

    // MARK: - Features

    func codeActions(_ params: JSONObject) throws -> [JSONObject] {
        let a = try analysis(params)
        let encoding = currentEncoding
        guard let range = a.index.bytes(of: params["range"], encoding: encoding) else { throw ResponseError.invalidParams("no range") }
        let only = (params["context"] as? JSONObject)?["only"] as? [String]
        var out: [JSONObject] = []
        if CodeActions.wanted("quickfix", only: only) {
            out += CodeActions.quickFixes(a, in: range, uri: a.uri, conversion: conversion, encoding: encoding)
        }
        if CodeActions.wanted(CodeActions.fixAllKind, only: only),
           let all = try CodeActions.fixAll(a, uri: a.uri, setup: a.setup, path: a.path, encoding: encoding) {
            out.append(all)
        }
        return out
    }

    func hover(_ params: JSONObject) throws -> JSONObject? {
        let a = try analysis(params)
        guard let position = LSPPosition(params["position"]) else { throw ResponseError.invalidParams("no position") }
        let encoding = currentEncoding
        return Hover.contents(a, at: a.index.offset(of: position, encoding: encoding), rules: a.setup.linter.rules, encoding: encoding)
    }

    /// `resolint.fixAll` with a document URI: the safe fixes, sent to the client as workspace/applyEdit.
    static let fixAllCommand = "resolint.fixAll"

    func executeCommand(_ params: JSONObject) throws -> Any? {
        guard params["command"] as? String == Self.fixAllCommand else {
            throw ResponseError.invalidParams("unknown command \(params["command"] ?? "none"); resolint has \(Self.fixAllCommand)")
        }
        guard let uri = (params["arguments"] as? [Any])?.first as? String else { throw ResponseError.invalidParams("\(Self.fixAllCommand) takes a document URI") }
        let a = try analysis(["textDocument": ["uri": uri]])
        if let action = try CodeActions.fixAll(a, uri: uri, setup: a.setup, path: a.path, encoding: currentEncoding), let edit = action["edit"] {
            sendRequest("workspace/applyEdit", ["label": "resolint: fix all safe", "edit": edit])
        }
        return nil
    }

    // MARK: - Output

    func sendRequest(_ method: String, _ params: JSONObject) {
        let id = lock.withLock { () -> Int in nextRequest += 1; return nextRequest }
        connection.send(["id": "resolint-\(id)", "method": method, "params": params])
    }

    /// window/logMessage: 1 error, 3 info, 4 log.
    public func logMessage(_ message: String, type: Int) {
        connection.send(["method": "window/logMessage", "params": ["type": type, "message": message]])
    }
}
