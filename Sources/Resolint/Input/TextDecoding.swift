import Foundation

/// Why a file could not be turned into text. Every case names the file and, where it applies,
/// the byte offset, so the CLI can print one line and exit 2.
public enum InputError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case binary(path: String, byteOffset: Int)
    case invalidUTF16(path: String, byteOffset: Int)
    case noDrafts(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, _), let .invalidUTF8(path, _), let .binary(path, _), let .noDrafts(path), let .invalidUTF16(path, _):
            return "\(path): \(reason)"
        }
    }

    /// What went wrong, without the path.
    public var reason: String {
        switch self {
        case let .unreadable(_, reason):
            return "cannot read file: \(reason)"
        case let .invalidUTF8(_, offset):
            return "not valid UTF-8 at byte \(offset) (resolint reads UTF-8, or UTF-16 with a byte order mark; convert other encodings first, e.g. iconv -f GB18030 -t UTF-8)"
        case let .binary(_, offset):
            return "looks like a binary file (NUL byte at byte \(offset)); resolint lints text files"
        case .noDrafts:
            return "folder holds no drafts (by default *.txt and *.md; see include in .resolint.yml)"
        case let .invalidUTF16(_, offset):
            return "not valid UTF-16 at byte \(offset)"
        }
    }
}

/// How a file was encoded, so that `resolint fix` writes it back the same way.
public enum SourceEncoding: Sendable {
    case utf8, utf8BOM, utf16LE, utf16BE

    public func encode(_ text: String) -> Data {
        switch self {
        case .utf8: return Data(text.utf8)
        case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .utf16LE: return Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case .utf16BE: return Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        }
    }
}

/// Decodes the bytes of a draft: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
public enum TextDecoding {
    public static func encoding(of data: Data) -> SourceEncoding {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if data.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if data.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return .utf8
    }

    public static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes, from: 3, path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes, littleEndian: true, path: path) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes, littleEndian: false, path: path) }
        return try utf8(bytes, from: 0, path: path)
    }

    private static func utf8(_ bytes: [UInt8], from start: Int, path: String) throws -> String {
        let nul = bytes.withUnsafeBufferPointer { b -> Int? in
            guard start < b.count, let at = memchr(b.baseAddress! + start, 0, b.count - start) else { return nil }
            return b.baseAddress!.distance(to: at.assumingMemoryBound(to: UInt8.self))
        }
        if let nul { throw InputError.binary(path: path, byteOffset: nul) }
        // The standard library checks the bytes as it makes the String: where it finds them valid,
        // they are not read a second time; where not, the first bad byte is looked for.
        if let text = String(validating: bytes[start...], as: UTF8.self) { return text }
        if let bad = firstInvalidUTF8(bytes, from: start) { throw InputError.invalidUTF8(path: path, byteOffset: bad) }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return i }  // the start of the malformed sequence, as Python reports it
            }
            i += length
        }
        return nil
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, path: String) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        if bytes.count % 2 != 0 { throw InputError.invalidUTF16(path: path, byteOffset: bytes.count - 1) }
        var result = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var unitIndex = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): result.append(s); unitIndex += s.value > 0xFFFF ? 2 : 1
            case .emptyInput: break loop
            case .error: throw InputError.invalidUTF16(path: path, byteOffset: 2 + unitIndex * 2)
            }
        }
        if result.contains("\u{0}") { throw InputError.binary(path: path, byteOffset: 2) }
        return String(result)
    }
}
