/// The shape a value encodes to: its mapping keys and sequence items, without the values.
/// `StrictYAML.rejectUnknownKeys` compares a file's keys against it.
indirect enum KeyTree: Sendable {
    case mapping([String: KeyTree])
    case sequence([KeyTree])
    case leaf
}

/// An `Encoder` that records only which keys and items a value writes. It replaces encoding the value
/// to YAML and composing that text again, which cost most of the start-up time of every run.
enum KeyCollector {
    static func keys<T: Encodable>(of value: T) -> KeyTree? {
        let root = Box()
        do { try value.encode(to: KeyEncoder(box: root, codingPath: [])) } catch { return nil }
        return root.tree
    }

    /// One encoded value, filled in by whichever container the value asks for.
    final class Box {
        var mapping: [(String, Box)]?
        var items: [Box]?

        var tree: KeyTree {
            if let mapping {
                var out: [String: KeyTree] = [:]
                for (key, box) in mapping { out[key] = box.tree }
                return .mapping(out)
            }
            if let items { return .sequence(items.map(\.tree)) }
            return .leaf
        }

        func child(_ key: String) -> Box {
            let box = Box()
            if mapping == nil { mapping = [] }
            mapping!.append((key, box))
            return box
        }

        func item() -> Box {
            let box = Box()
            if items == nil { items = [] }
            items!.append(box)
            return box
        }
    }

    struct KeyEncoder: Encoder {
        let box: Box
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if box.mapping == nil { box.mapping = [] }
            return KeyedEncodingContainer(Keyed<Key>(box: box, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if box.items == nil { box.items = [] }
            return Unkeyed(box: box, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { Single(box: box, codingPath: codingPath) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: Box
        var codingPath: [CodingKey]

        mutating func encodeNil(forKey key: Key) throws { _ = box.child(key.stringValue) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try value.encode(to: KeyEncoder(box: box.child(key.stringValue), codingPath: codingPath + [key]))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            KeyEncoder(box: box.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            KeyEncoder(box: box.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { KeyEncoder(box: box.child("super"), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder { KeyEncoder(box: box.child(key.stringValue), codingPath: codingPath + [key]) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: Box
        var codingPath: [CodingKey]
        var count: Int { box.items?.count ?? 0 }

        mutating func encodeNil() throws { _ = box.item() }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: KeyEncoder(box: box.item(), codingPath: codingPath))
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyEncoder(box: box.item(), codingPath: codingPath).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            KeyEncoder(box: box.item(), codingPath: codingPath).unkeyedContainer()
        }
        mutating func superEncoder() -> Encoder { KeyEncoder(box: box.item(), codingPath: codingPath) }
    }

    /// A scalar (or a value that encodes through a single-value container): no keys below it.
    struct Single: SingleValueEncodingContainer {
        let box: Box
        var codingPath: [CodingKey]
        mutating func encodeNil() throws {}
        mutating func encode(_ value: Bool) throws {}
        mutating func encode(_ value: String) throws {}
        mutating func encode(_ value: Double) throws {}
        mutating func encode(_ value: Float) throws {}
        mutating func encode(_ value: Int) throws {}
        mutating func encode(_ value: Int8) throws {}
        mutating func encode(_ value: Int16) throws {}
        mutating func encode(_ value: Int32) throws {}
        mutating func encode(_ value: Int64) throws {}
        mutating func encode(_ value: UInt) throws {}
        mutating func encode(_ value: UInt8) throws {}
        mutating func encode(_ value: UInt16) throws {}
        mutating func encode(_ value: UInt32) throws {}
        mutating func encode(_ value: UInt64) throws {}
        mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: KeyEncoder(box: box, codingPath: codingPath)) }
    }
}
