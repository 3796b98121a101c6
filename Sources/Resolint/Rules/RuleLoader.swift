import Foundation
import YAMLTree

/// Reads rule files: a YAML mapping with `rules:`, a list of rules, each a check kind's instance.
/// Everything is checked before any file is linted: unknown kinds or keys, invalid expressions,
/// duplicate ids. Errors name file, line and column.
public enum RuleLoader {
    /// The check kinds a rule file may name, by `kind:`.
    public static let kinds: [String: any Check.Type] = Dictionary(uniqueKeysWithValues: [
        SequenceCheck.self, TerminatorCheck.self, OpeningCheck.self, PatternCheck.self, SubstitutionCheck.self, PositionCheck.self,
        CrossrefCheck.self, ClosingClauseCheck.self, BalanceCheck.self, StructureCheck.self, HeaderCheck.self,
        CountCheck.self, MembershipCheck.self, CitationCheck.self, SessionCheck.self, ReportCheck.self, CompareCheck.self, EmphasisCheck.self,
    ].map { ($0.kind, $0 as any Check.Type) })

    public static func load(_ text: String, path: String) throws -> [Rule] {
        try load(StrictYAML.compose(text, path: path), path: path)
    }

    /// `checked`: unknown keys rejected and each check validated (its expressions compiled for every
    /// language). The built-in rules are checked by the test suite instead (`RuleLoaderTests`): at every
    /// start those checks were a fifth of linting one draft.
    static func load(_ root: YAMLNode?, path: String, checked: Bool = true, examples: Bool = true) throws -> [Rule] {
        guard let root else { return [] }
        guard let top = root.mapping else {
            throw StrictYAML.error(at: root, path: path, "a rule file is a mapping with a 'rules' list")
        }
        for pair in top where pair.key.string != "rules" {
            throw StrictYAML.error(at: pair.key, path: path, "unknown top-level key '\(pair.key.string ?? "?")'; a rule file holds 'rules:'")
        }
        guard let items = root["rules"]?.sequence else {
            throw StrictYAML.error(at: root, path: path, "a rule file needs a 'rules' list")
        }
        return try items.map { try rule(examples ? $0 : withoutExamples($0), path: path, checked: checked) }
    }

    /// A rule's node without its `examples` key (a rule file's examples are read by the tests and the docs).
    private static func withoutExamples(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.mapping else { return node }
        var out = node
        out.content = .mapping(pairs.filter { $0.key.string != "examples" })
        return out
    }

    private static func rule(_ node: YAMLNode, path: String, checked: Bool) throws -> Rule {
        // A built-in rule's common part is read straight from its node (RuleCommon(node:)).
        let common = try (checked ? nil : RuleCommon(node: node)) ?? StrictYAML.decodeLeniently(RuleCommon.self, from: node, path: path, what: "rule")
        let what = "rule \(common.id)"
        guard let type = kinds[common.kind] else {
            let at = node["kind"] ?? node
            throw StrictYAML.error(at: at, path: path, "\(what): unknown kind '\(common.kind)'; known kinds: \(kinds.keys.sorted().joined(separator: ", "))")
        }
        let check = try decodeCheck(type, node, path: path, what: what)
        guard checked else { return Rule(common: common, check: check, origin: path) }
        try StrictYAML.rejectUnknownKeys(written: node, known: [StrictYAML.encoded(common), StrictYAML.encoded(check)].compactMap { $0 },
                                         path: path, what: what)
        do {
            try check.validate(common)
        } catch let error as RuleError {
            throw StrictYAML.error(at: node, path: path, "\(what): \(error.description)")
        }
        return Rule(common: common, check: check, origin: path)
    }

    private static func decodeCheck<C: Check>(_ type: C.Type, _ node: YAMLNode, path: String, what: String) throws -> any Check {
        try StrictYAML.decodeLeniently(C.self, from: node, path: path, what: what)
    }
}

/// The rules in force: the built-in Rules/*.yaml, then the user's files, which add rules or replace
/// built-in ones with the same id.
public struct RuleCatalog: Sendable {
    public private(set) var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    /// `examples: false` leaves each rule's `examples` unread (nil).
    public static func builtIn(examples: Bool = true) throws -> RuleCatalog {
        // Rules/languages/ holds language profiles and Rules/data/ the lists checks read (StateList).
        let files = EmbeddedResources.paths.sorted()
            .filter { $0.hasPrefix("Rules/") && !$0.hasPrefix("Rules/languages/") && !$0.hasPrefix("Rules/data/") && $0.hasSuffix(".yaml") }
        // The files are read on all cores, from their build-time snapshots: start-up is most of the
        // time of linting one draft.
        let loaded = Locked<[Int: Result<[Rule], Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let result = Result { try RuleLoader.load(StrictYAML.builtIn(files[i]), path: files[i], checked: false, examples: examples) }
            loaded.withLock { $0[i] = result }
        }
        var rules: [Rule] = []
        for i in files.indices { rules += try loaded.withLock { $0[i]! }.get().map { var r = $0; r.builtIn = true; return r } }
        var catalog = RuleCatalog(rules: [])
        try catalog.add(rules)
        return catalog
    }

    /// Adds rules; a rule with an id already present replaces it, but one file may not define an id twice.
    public mutating func add(_ new: [Rule]) throws {
        var ids = Set<String>()
        for rule in new {
            guard ids.insert(rule.id).inserted else {
                throw ConfigurationError(path: rule.origin, line: 1, column: 1, message: "rule id '\(rule.id)' is defined twice")
            }
            if let i = rules.firstIndex(where: { $0.id == rule.id }) { rules[i] = rule } else { rules.append(rule) }
        }
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}
