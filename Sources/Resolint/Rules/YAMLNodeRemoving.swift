import YAMLTree

extension YAMLNode {
    /// The tree without the node at `codingPath` (a mapping's pair or a sequence's item), or nil when
    /// the path is empty or leads nowhere: decoding sets a faulty value aside this way and goes on.
    func removing(_ codingPath: [CodingKey]) -> YAMLNode? {
        guard let key = codingPath.first else { return nil }
        let rest = Array(codingPath.dropFirst())
        var copy = self
        switch content {
        case var .mapping(pairs):
            guard let i = pairs.firstIndex(where: { $0.key.string == key.stringValue }) else { return nil }
            if rest.isEmpty { pairs.remove(at: i) } else {
                guard let inner = pairs[i].value.removing(rest) else { return nil }
                pairs[i].value = inner
            }
            copy.content = .mapping(pairs)
        case var .sequence(items):
            guard let i = key.intValue, i < items.count else { return nil }
            if rest.isEmpty { items.remove(at: i) } else {
                guard let inner = items[i].removing(rest) else { return nil }
                items[i] = inner
            }
            copy.content = .sequence(items)
        case .scalar:
            return nil
        }
        return copy
    }
}
