/// A composed YAML document in a compact binary form. The build embeds the built-in rule, language and
/// data files this way, so that a run reads them back in microseconds instead of composing them with
/// libyaml and Yams again (which, for the Member State list alone, cost as much as linting a draft).
///
/// Format: "RLY2", then one byte saying whether the document has a root (an empty file has none), then
/// the root node. A node is a kind byte (0 quoted scalar, 1 plain scalar, 2 sequence, 3 mapping), its
/// line and column as variable-length integers, then a scalar's UTF-8 length and bytes, or a
/// collection's count and its nodes (a mapping's as key, value, key, value …). Every byte but the
/// scalars' is below 0x80, so a snapshot is UTF-8 and the build embeds it as a string literal, read in
/// place (RLY1's integers took seven bits a byte, and the snapshots were embedded in base64).
public enum YAMLSnapshot {
    private static let magic: [UInt8] = Array("RLY2".utf8)

    public static func encode(_ root: YAMLNode?) -> [UInt8] {
        var out = magic
        if let root {
            out.append(1)
            write(root, into: &out)
        } else {
            out.append(0)
        }
        return out
    }

    /// The document, or nil for an empty one; throws on bytes that are not a snapshot.
    public static func decode(_ bytes: [UInt8]) throws -> YAMLNode? {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            guard buffer.count > magic.count, Array(buffer[0..<magic.count]) == magic else { throw SnapshotError() }
            reader.offset = magic.count
            guard try reader.byte() == 1 else { return nil }
            let root = try reader.node()
            guard reader.offset == buffer.count else { throw SnapshotError() }
            return root
        }
    }

    public struct SnapshotError: Error, CustomStringConvertible {
        public var description: String { "not a YAML snapshot (rebuild resolint)" }
    }

    private static func write(_ node: YAMLNode, into out: inout [UInt8]) {
        switch node.content {
        case let .scalar(text, plain):
            out.append(plain ? 1 : 0)
            writeMark(node, into: &out)
            let utf8 = Array(text.utf8)
            writeInt(utf8.count, into: &out)
            out += utf8
        case let .sequence(items):
            out.append(2)
            writeMark(node, into: &out)
            writeInt(items.count, into: &out)
            for item in items { write(item, into: &out) }
        case let .mapping(pairs):
            out.append(3)
            writeMark(node, into: &out)
            writeInt(pairs.count, into: &out)
            for pair in pairs {
                write(pair.key, into: &out)
                write(pair.value, into: &out)
            }
        }
    }

    private static func writeMark(_ node: YAMLNode, into out: inout [UInt8]) {
        writeInt(node.line, into: &out)
        writeInt(node.column, into: &out)
    }

    /// Six bits a byte, lowest first, 0x40 set on all but the last: no byte reaches 0x80.
    private static func writeInt(_ value: Int, into out: inout [UInt8]) {
        var v = UInt(value)
        while v >= 0x40 {
            out.append(UInt8(v & 0x3F) | 0x40)
            v >>= 6
        }
        out.append(UInt8(v))
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw SnapshotError() }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func int() throws -> Int {
            var value = 0, shift = 0
            while true {
                let b = try byte()
                guard b < 0x80 else { throw SnapshotError() }
                value |= Int(b & 0x3F) << shift
                if b < 0x40 { return value }
                shift += 6
                guard shift < 60 else { throw SnapshotError() }
            }
        }

        mutating func node() throws -> YAMLNode {
            let kind = try byte()
            let line = try int(), column = try int()
            switch kind {
            case 0, 1:
                let count = try int()
                guard count <= bytes.count - offset else { throw SnapshotError() }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
                offset += count
                return YAMLNode(.scalar(text, plain: kind == 1), line: line, column: column)
            case 2:
                let count = try int()
                var items: [YAMLNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count { items.append(try node()) }
                return YAMLNode(.sequence(items), line: line, column: column)
            case 3:
                let count = try int()
                var pairs: [YAMLNode.Pair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count { pairs.append(YAMLNode.Pair(key: try node(), value: try node())) }
                return YAMLNode(.mapping(pairs), line: line, column: column)
            default:
                throw SnapshotError()
            }
        }
    }
}
