import Foundation

/// JSON-RPC messages one per line, as the Model Context Protocol's stdio transport frames them (no
/// headers; a message holds no raw newline). JSONSerialization is all it takes: no package dependency.
public final class JSONLineConnection: @unchecked Sendable {
    private let input: FileHandle
    private let output: FileHandle
    private var buffer = Data()
    private let writeLock = NSLock()

    public init(input: FileHandle, output: FileHandle) {
        self.input = input
        self.output = output
    }

    /// The next message, a line that is not one, or the end of input.
    public func read() -> JSONRPCConnection.Incoming {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Data(buffer[buffer.startIndex..<newline])
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                guard let message = (try? JSONSerialization.jsonObject(with: line)) as? JSONObject else {
                    return .malformed(String(decoding: line.prefix(200), as: UTF8.self))
                }
                return .message(message)
            }
            let chunk = input.availableData
            if chunk.isEmpty { return .end }
            buffer.append(chunk)
        }
    }

    public func send(_ message: JSONObject) {
        var object = message
        object["jsonrpc"] = "2.0"
        // JSONSerialization escapes newlines inside strings, so a message stays on one line.
        guard var line = try? JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes]) else { return }
        line.append(0x0A)
        writeLock.lock()
        defer { writeLock.unlock() }
        try? output.write(contentsOf: line)
    }
}
