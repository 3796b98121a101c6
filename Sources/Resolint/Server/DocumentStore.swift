import Foundation

/// An open document as the client last described it.
public struct OpenDocument: Sendable {
    public var uri: String
    public var text: String
    public var version: Int
    /// The language id the client gave (plaintext, markdown, …); resolint detects the draft's language itself.
    public var languageId: String
}

/// The documents the client has open, kept in step with its edits (TextDocumentSyncKind.Incremental).
/// Used from the message loop and read from the diagnostics queue, hence the lock.
public final class DocumentStore: @unchecked Sendable {
    private var documents: [String: OpenDocument] = [:]
    private let lock = NSLock()

    public init() {}

    public func open(uri: String, text: String, version: Int, languageId: String) {
        lock.withLock { documents[uri] = OpenDocument(uri: uri, text: text, version: version, languageId: languageId) }
    }

    public func close(uri: String) { _ = lock.withLock { documents.removeValue(forKey: uri) } }

    public subscript(uri: String) -> OpenDocument? { lock.withLock { documents[uri] } }

    public var all: [OpenDocument] { lock.withLock { Array(documents.values) } }

    /// A content change as the protocol sends it: a range and its new text, or the whole text (no range).
    public struct Change {
        public var range: (start: LSPPosition, end: LSPPosition)?
        public var text: String
        public init(range: (start: LSPPosition, end: LSPPosition)?, text: String) { self.range = range; self.text = text }
    }

    public enum StoreError: Error, CustomStringConvertible {
        case notOpen(String)
        public var description: String {
            switch self { case .notOpen(let uri): return "\(uri) is not open (no didOpen before this change)" }
        }
    }

    /// Applies changes in order, each to the text the one before left (as the protocol requires).
    @discardableResult
    public func change(uri: String, version: Int, changes: [Change], encoding: PositionEncoding) throws -> OpenDocument {
        try lock.withLock {
            guard var document = documents[uri] else { throw StoreError.notOpen(uri) }
            for change in changes {
                document.text = Self.apply(change, to: document.text, encoding: encoding)
            }
            document.version = version
            documents[uri] = document
            return document
        }
    }

    static func apply(_ change: Change, to text: String, encoding: PositionEncoding) -> String {
        guard let range = change.range else { return change.text }
        let index = LineIndex(text)
        let a = index.offset(of: range.start, encoding: encoding), b = index.offset(of: range.end, encoding: encoding)
        var bytes = index.bytes
        bytes.replaceSubrange(min(a, b)..<max(a, b), with: Array(change.text.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }
}
