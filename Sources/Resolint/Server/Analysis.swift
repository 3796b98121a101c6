/// One version of an open document, linted: what diagnostics, code actions and hover read.
struct Analysis: Sendable {
    var uri: String
    var text: String
    var version: Int
    var index: LineIndex
    var report: FileReport
    var setup: (linter: Linter, language: String?)
    var path: String

    /// The parsed draft, for the outline (parsed again: the report keeps no document).
    var document: Document {
        let linter = setup.linter
        let profile = linter.languages.profile(report.language) ?? linter.languages.detect(text) ?? linter.languages.all[0]
        return DocumentParser().parse(SourceFile(path: path, text: text), language: profile)
    }
}

/// An error answered to one request; the server goes on.
struct ResponseError: Error {
    var code: Int
    var message: String
    static let parseError = -32700, invalidRequest = -32600, methodNotFound = -32601, invalidParams = -32602,
               internalError = -32603, serverNotInitialized = -32002, requestFailed = -32803
    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: invalidParams, message: message) }
}
