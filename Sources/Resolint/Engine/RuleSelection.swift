/// Which rules run, from the command line (`--select`, `--extend-select`, `--ignore`), as ruff reads
/// them: each entry is a rule id or a prefix ending at a dot ("footnote" or "footnote." covers
/// footnote.numbering and the other footnote rules). `select` replaces the set of rules (all by
/// default), `extendSelect` adds to it, `ignore` takes away and wins. A rule named on the command line
/// runs even where a configuration file turns it off: the command line is the later word.
public struct RuleSelection: Sendable, Equatable {
    public var select: [String]?
    public var extendSelect: [String]
    public var ignore: [String]

    public init(select: [String]? = nil, extendSelect: [String] = [], ignore: [String] = []) {
        self.select = select; self.extendSelect = extendSelect; self.ignore = ignore
    }

    /// Whether the entry covers the rule id.
    static func covers(_ entry: String, _ id: String) -> Bool {
        let prefix = entry.hasSuffix(".") ? String(entry.dropLast()) : entry
        return id == prefix || id.hasPrefix(prefix + ".")
    }

    /// nil: the selection says nothing of the rule (configuration decides); true or false: it runs or not.
    public func decides(_ id: String) -> Bool? {
        if ignore.contains(where: { Self.covers($0, id) }) { return false }
        if extendSelect.contains(where: { Self.covers($0, id) }) { return true }
        guard let select else { return nil }
        return select.contains { Self.covers($0, id) }
    }

    /// The entries that cover no rule of `ids`, to be refused before anything is linted.
    public func unknownEntries(among ids: [String]) -> [String] {
        ((select ?? []) + extendSelect + ignore).filter { entry in !ids.contains { Self.covers(entry, $0) } }
    }
}
