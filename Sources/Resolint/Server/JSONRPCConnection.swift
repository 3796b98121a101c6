import Foundation

// The language server speaks JSON-RPC 2.0 through Foundation's JSONSerialization: the protocol's
// messages are small dictionaries, so no package dependency (no LSP or JSON-RPC library) is needed.

/// A JSON value as JSONSerialization reads and writes it.
public typealias JSONObject = [String: Any]

/// Reads and writes JSON-RPC messages framed as the Language Server Protocol frames them: a
/// `Content-Length: n` header, a blank line, then n bytes of UTF-8 JSON.
public final class JSONRPCConnection: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    private let writeLock = NSLock()

    public init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// What one read gave: a message, a body that is not JSON (answered with a parse error), or the end.
    public enum Incoming {
        case message(JSONObject)
        case malformed(String)
        case end
    }

    /// The next message; blocks until one has arrived in full.
    public func read() -> Incoming {
        while true {
            if let frame = nextFrame() {
                switch frame {
                case .success(let body):
                    guard let object = try? JSONSerialization.jsonObject(with: body), let message = object as? JSONObject else {
                        return .malformed(String(decoding: body.prefix(200), as: UTF8.self))
                    }
                    return .message(message)
                case .failure(let error): return .malformed(error.reason)
                }
            }
            let chunk = input.availableData
            if chunk.isEmpty { return .end }
            buffer.append(chunk)
        }
    }

    private struct FramingError: Error { var reason: String }

    /// A whole frame's body from the buffer, or nil when more bytes are needed.
    private func nextFrame() -> Result<Data, FramingError>? {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = buffer.range(of: separator) else { return nil }
        let header = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var length: Int?
        for line in header.components(separatedBy: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0 else {
            // A header without a length cannot be skipped reliably past its body: drop the header only.
            buffer.removeSubrange(buffer.startIndex..<end.upperBound)
            return .failure(FramingError(reason: "a message header without Content-Length: \(header)"))
        }
        guard buffer.distance(from: end.upperBound, to: buffer.endIndex) >= length else { return nil }
        let bodyEnd = buffer.index(end.upperBound, offsetBy: length)
        let body = Data(buffer[end.upperBound..<bodyEnd])
        buffer.removeSubrange(buffer.startIndex..<bodyEnd)
        return .success(body)
    }

    /// Writes one message; safe from any thread (diagnostics are published from a background queue).
    public func send(_ message: JSONObject) {
        var object = message
        object["jsonrpc"] = "2.0"
        guard let body = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]) else { return }
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        writeLock.lock()
        defer { writeLock.unlock() }
        try? output.write(contentsOf: frame)
    }
}
