/// How an LSP position's `character` counts: UTF-16 code units (the protocol's default) or UTF-8
/// bytes, when the client offers "utf-8" in `general.positionEncodings` (LSP 3.17).
public enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"

    /// The encoding to use, from the client's `general.positionEncodings`: UTF-8 when offered (it is
    /// resolint's own unit, so no conversion work), UTF-16 otherwise.
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        offered?.contains(PositionEncoding.utf8.rawValue) == true ? .utf8 : .utf16
    }
}

/// An LSP position: 0-based line, 0-based character in the negotiated encoding.
public struct LSPPosition: Hashable, Sendable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) { self.line = line; self.character = character }

    init?(_ json: Any?) {
        guard let o = json as? JSONObject, let line = o["line"] as? Int, let character = o["character"] as? Int else { return nil }
        self.init(line: line, character: character)
    }
    var json: JSONObject { ["line": line, "character": character] }
}

/// Turns LSP positions into UTF-8 byte offsets of a text and back. Lines end at "\n", "\r\n" or "\r",
/// as the protocol says. Characters past a line's end mean its end; a position inside a scalar
/// (half of a surrogate pair, the middle of a UTF-8 sequence) means the scalar's start.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// Byte offset at which each line starts.
    let starts: [Int]

    public init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            else if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        self.starts = starts
    }

    /// Where line `line`'s content ends (before its line break).
    func lineEnd(_ line: Int) -> Int {
        guard line + 1 < starts.count else { return bytes.count }
        var end = starts[line + 1]
        if end > 0, bytes[end - 1] == 0x0A { end -= 1 }
        if end > starts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    public func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        if position.line < 0 { return 0 }
        if position.line >= starts.count { return bytes.count }
        var i = starts[position.line]
        let end = lineEnd(position.line)
        var units = 0
        while i < end {
            let length = Self.sequenceLength(bytes[i])
            let width = encoding == .utf8 ? length : (length == 4 ? 2 : 1)
            if units + width > position.character { break }
            units += width
            i += length
        }
        return min(i, end)
    }

    public func position(of offset: Int, encoding: PositionEncoding) -> LSPPosition {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let end = min(offset, lineEnd(lo))
        var i = starts[lo], units = 0
        while i < end {
            let length = Self.sequenceLength(bytes[i])
            units += encoding == .utf8 ? length : (length == 4 ? 2 : 1)
            i += length
        }
        return LSPPosition(line: lo, character: units)
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// An LSP range as JSON.
    func range(_ bytes: Range<Int>, encoding: PositionEncoding) -> JSONObject {
        ["start": position(of: bytes.lowerBound, encoding: encoding).json, "end": position(of: bytes.upperBound, encoding: encoding).json]
    }

    /// Bytes of an LSP range given as JSON.
    func bytes(of json: Any?, encoding: PositionEncoding) -> Range<Int>? {
        guard let o = json as? JSONObject, let s = LSPPosition(o["start"]), let e = LSPPosition(o["end"]) else { return nil }
        let a = offset(of: s, encoding: encoding), b = offset(of: e, encoding: encoding)
        return min(a, b)..<max(a, b)
    }
}
