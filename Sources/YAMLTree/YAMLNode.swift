import Yams

/// A composed YAML document as resolint's decoders read it: scalars (with whether they were written
/// plain, which decides what `null`, `true` or `<<` mean), sequences and mappings, each with the line
/// and column where it starts. It is made from Yams' nodes for the files a user gives, and read from a
/// snapshot taken at build time for the built-in ones (`YAMLSnapshot`): composing those again at every
/// start cost more than linting a draft.
public struct YAMLNode: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public struct Pair: Sendable, Equatable {
        public var key: YAMLNode
        public var value: YAMLNode
        public init(key: YAMLNode, value: YAMLNode) { self.key = key; self.value = value }
    }

    public var content: Content
    /// 1-based, as Yams' marks.
    public var line: Int
    public var column: Int

    public init(_ content: Content, line: Int, column: Int) {
        self.content = content; self.line = line; self.column = column
    }

    /// Converts a node composed by Yams. An explicit tag makes a scalar non-plain (`!!str yes` is the
    /// text "yes"), except the merge tag, which is read as the plain key "<<".
    public init(_ node: Node) {
        let mark = node.mark
        line = mark?.line ?? 1
        column = mark?.column ?? 1
        switch node {
        case let .scalar(s):
            let name = s.tag.description
            if name == Tag.Name.merge.rawValue {
                content = .scalar("<<", plain: true)
            } else {
                content = .scalar(s.string, plain: s.style == .plain && (name.isEmpty || name == Tag.Name.implicit.rawValue))
            }
        case let .sequence(items):
            content = .sequence(items.map(YAMLNode.init))
        case let .mapping(pairs):
            content = .mapping(pairs.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) })
        case .alias:
            // Composed documents have their aliases resolved; an alias left here reads as null.
            content = .scalar("", plain: true)
        }
    }

    public var string: String? {
        if case let .scalar(text, _) = content { return text }
        return nil
    }

    public var isPlain: Bool {
        if case let .scalar(_, plain) = content { return plain }
        return false
    }

    public var sequence: [YAMLNode]? {
        if case let .sequence(items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case let .mapping(pairs) = content { return pairs }
        return nil
    }

    /// The value of a mapping's key (the first, as Yams: composing refuses duplicate keys).
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// A plain empty, "~" or "null" scalar, as YAML's core schema reads it.
    public var isNull: Bool {
        guard case let .scalar(text, plain) = content, plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The scalar as Yams sees it, for the types Yams constructs from text (Bool, Int, Date …).
    public var yamsScalar: Node.Scalar? {
        guard case let .scalar(text, plain) = content else { return nil }
        return Node.Scalar(text, Tag(plain ? .implicit : .str, .basic, .default), plain ? .plain : .doubleQuoted)
    }
}
