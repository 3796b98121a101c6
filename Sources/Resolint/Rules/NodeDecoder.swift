import Foundation
import Yams
import YAMLTree

/// Decodes a `Decodable` from a composed YAML node, as Yams' YAMLDecoder does (same scalar readings,
/// same merge keys, same errors with the same coding paths), without its cost: Yams looks a key up by
/// building a node for it and resolving that node's tag with seven regular expressions, for every key
/// of every rule — most of the start-up time of `resolint lint`. Here a mapping's keys are read once
/// into a dictionary, from our own light nodes (YAMLNode).
struct NodeDecoder: Decoder {
    let node: YAMLNode
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode) throws -> T {
        try NodeDecoder(node: node, codingPath: []).decodeValue(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let mapping = node.mapping else {
            throw Self.typeMismatch(codingPath, [String: Any].self, node)
        }
        return KeyedDecodingContainer(Keyed<Key>(pairs: Self.flatten(mapping), codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard let sequence = node.sequence else {
            throw Self.typeMismatch(codingPath, [Any].self, node)
        }
        return Unkeyed(items: sequence, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { Single(decoder: self) }

    /// Scalars that Yams constructs from their text (String, Bool, Int …); anything else through its
    /// own `init(from:)`.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // The common cases without a dynamic protocol lookup (which showed in the start-up profile).
        if T.self == String.self {
            guard let string = node.string else { throw Self.typeMismatch(codingPath, Node.Scalar.self, node) }
            return string as! T
        }
        guard let constructible = Self.scalarConstructible(type) else { return try T(from: self) }
        guard let scalar = node.yamsScalar else { throw Self.typeMismatch(codingPath, Node.Scalar.self, node) }
        guard let value = constructible.construct(from: scalar) else { throw Self.typeMismatch(codingPath, type, scalar) }
        guard let typed = value as? T else { throw Self.typeMismatch(codingPath, type, value) }
        return typed
    }

    var isNull: Bool { node.isNull }

    /// The types Yams constructs from a scalar's text, listed rather than found by `type as?
    /// ScalarConstructible.Type`: a dynamic cast that fails searches every conformance record of the
    /// process, once per decoded type, and that was the largest single cost of start-up.
    // Immutable after initialisation; metatypes are not Sendable only because the protocol is not.
    nonisolated(unsafe) private static let constructibles: [ObjectIdentifier: ScalarConstructible.Type] = {
        let types: [ScalarConstructible.Type] = [
            Bool.self, Int.self, Int8.self, Int16.self, Int32.self, Int64.self,
            UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self, Double.self, Float.self,
            Decimal.self, Date.self, Data.self, UUID.self, URL.self,
        ]
        return Dictionary(uniqueKeysWithValues: types.map { (ObjectIdentifier($0), $0) })
    }()

    static func scalarConstructible(_ type: Any.Type) -> ScalarConstructible.Type? {
        constructibles[ObjectIdentifier(type)]
    }

    /// Merge keys ("<<: *defaults") first, then the mapping's own pairs; the last pair of a key wins.
    static func flatten(_ mapping: [YAMLNode.Pair]) -> [YAMLNode.Pair] {
        var merged: [YAMLNode.Pair] = []
        var own: [YAMLNode.Pair] = []
        for pair in mapping {
            guard pair.key.isPlain, pair.key.string == "<<" else { own.append(pair); continue }
            switch pair.value.content {
            case let .mapping(m): merged += flatten(m)
            case let .sequence(s): for m in s.compactMap(\.mapping).reversed() { merged += flatten(m) }
            case .scalar: break
            }
        }
        return merged + own
    }

    static func typeMismatch(_ path: [CodingKey], _ expectation: Any.Type, _ reality: Any) -> DecodingError {
        .typeMismatch(expectation, .init(codingPath: path,
                                         debugDescription: "Expected to decode \(expectation) but found \(Swift.type(of: reality)) instead."))
    }

    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { self.init(intValue) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let values: [String: YAMLNode]
        let keys: [String]
        let codingPath: [CodingKey]

        init(pairs: [YAMLNode.Pair], codingPath: [CodingKey]) {
            var values: [String: YAMLNode] = [:]
            var keys: [String] = []
            for pair in pairs {
                guard let name = pair.key.string else { continue }
                if values.updateValue(pair.value, forKey: name) == nil { keys.append(name) }
            }
            self.values = values
            self.keys = keys
            self.codingPath = codingPath
        }

        var allKeys: [Key] { keys.compactMap(Key.init(stringValue:)) }
        func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

        private func decoder(_ key: Key) throws -> NodeDecoder {
            guard let node = values[key.stringValue] else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                           debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
            }
            return NodeDecoder(node: node, codingPath: codingPath + [key])
        }

        func decodeNil(forKey key: Key) throws -> Bool { try decoder(key).isNull }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).decodeValue(type) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(key).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try decoder(key).unkeyedContainer() }
        func superDecoder() throws -> Decoder {
            guard let node = values["super"] else {
                throw DecodingError.keyNotFound(IndexKey(stringValue: "super")!, .init(codingPath: codingPath, debugDescription: "No value for super."))
            }
            return NodeDecoder(node: node, codingPath: codingPath)
        }
        func superDecoder(forKey key: Key) throws -> Decoder { try decoder(key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let items: [YAMLNode]
        let codingPath: [CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [YAMLNode], codingPath: [CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        private mutating func next<T>(_ type: T.Type, _ body: (NodeDecoder) throws -> T) throws -> T {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [IndexKey(currentIndex)],
                                                              debugDescription: "Unkeyed container is at end."))
            }
            let value = try body(NodeDecoder(node: items[currentIndex], codingPath: codingPath + [IndexKey(currentIndex)]))
            currentIndex += 1
            return value
        }

        /// A null item is consumed; any other is left for `decode` (Yams consumed it either way).
        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any?.self, .init(codingPath: codingPath + [IndexKey(currentIndex)],
                                                                   debugDescription: "Unkeyed container is at end."))
            }
            guard NodeDecoder(node: items[currentIndex], codingPath: codingPath).isNull else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.decodeValue(type) } }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next(KeyedDecodingContainer<NestedKey>.self) { try $0.container(keyedBy: type) }
        }
        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            try next(UnkeyedDecodingContainer.self) { try $0.unkeyedContainer() }
        }
        mutating func superDecoder() throws -> Decoder { try next(Decoder.self) { $0 } }
    }

    struct Single: SingleValueDecodingContainer {
        let decoder: NodeDecoder
        var codingPath: [CodingKey] { decoder.codingPath }
        func decodeNil() -> Bool { decoder.isNull }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
    }
}
