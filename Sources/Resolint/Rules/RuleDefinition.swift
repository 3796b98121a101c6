import YAMLTree

/// How serious a finding is. `off` exists only in configuration, to silence a rule.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case info, warning, error
    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// The parts of a document a rule can look at.
public enum Scope: String, Codable, Sendable, CaseIterable {
    case document, header, title, sponsors, opening, preamble, operative, subitem, paragraph, footnote, closing
}

/// One example of a rule: a text that must pass (valid) or must raise exactly this rule (invalid).
/// In an invalid example, `↓` marks where the diagnostic must point; it is removed before linting.
public struct RuleExample: Codable, Sendable {
    public var lang: String
    /// `body` examples are placed after a skeleton header and opening line of their language
    /// (Rules/languages/*.yaml, `example-frame`); `document` examples are whole documents.
    public var frame: Frame?
    public var text: String
    /// For an invalid example of a rule with a fix: the text once `resolint fix` has run.
    public var fixed: String?
    /// For a `compare` rule: the other language versions of the text, which the example is held against.
    public var versions: [RuleExampleVersion]?
    /// Rules the example cannot help raising besides its own (two paragraphs numbered 2 are also a
    /// numbering slip): their errors are allowed.
    public var also: [String]?
    public enum Frame: String, Codable, Sendable { case body, document }
}

/// Another language version of a `compare` rule's example, placed after its language's `example-frame`.
public struct RuleExampleVersion: Codable, Sendable {
    public var lang: String
    public var text: String
}

public struct RuleExamples: Codable, Sendable {
    public var valid: [RuleExample]?
    public var invalid: [RuleExample]?
}

/// What every rule has, whatever its check kind (the kind adds its own keys beside these).
public struct RuleCommon: Codable, Sendable {
    public var id: String
    public var kind: String
    public var severity: Severity
    public var scope: Scope?
    public var languages: [String]?
    /// Document kinds the rule applies to (draft-resolution, committee-report …); all when absent.
    public var documents: [DocumentKind]?
    /// Organs whose texts the rule applies to (general-assembly, security-council); all when absent.
    public var organs: [Organ]?
    public var message: String
    public var description: String
    public var examples: RuleExamples?
    /// The rule's fix may be applied by `resolint fix` (safe) or only with `--unsafe`; absent: no fix.
    public var fix: FixSafety?
}

/// A rule ready to run: its common part and its configured check.
public struct Rule: Sendable {
    public var common: RuleCommon
    public var check: any Check
    /// Where the rule was defined (for messages about the rule itself).
    public var origin: String
    /// Built into the binary (Rules/*.yaml): its expressions are tested and run without a deadline.
    public var builtIn = false

    public var id: String { common.id }
    public var severity: Severity { common.severity }

    func applies(to document: Document) -> Bool {
        if let l = common.languages, !l.contains(document.language.code) { return false }
        // A note is no draft: a rule runs on it only when it names the kind.
        if document.kind == .note, common.documents?.contains(.note) != true { return false }
        if let d = common.documents, !d.contains(document.kind) { return false }
        if let o = common.organs, !o.contains(document.organ) { return false }
        return true
    }
}

extension RuleCommon {
    /// The common part of a built-in rule read straight from its node, as `NodeDecoder` would decode it
    /// (a key's last pair wins, an absent or null optional is nil, other keys are the check's); nil
    /// wherever the node holds anything else (merge keys, examples, a value of another shape or an
    /// unknown case), for Codable to decode or to report. Codable's generic path cost 55,000
    /// instructions a rule, 3.5 M of linting one draft; `RuleCommonFastPathTests` compares the two on
    /// every built-in rule and on odd nodes.
    init?(node: YAMLNode) {
        guard let pairs = node.mapping else { return nil }
        var id: String?, kind: String?, severity: Severity?, message: String?, description: String?
        var scope: Scope?, languages: [String]?, documents: [DocumentKind]?, organs: [Organ]?, fix: FixSafety?
        // A list read whole, or nil where one of its items is not what it should be.
        func strings(_ value: YAMLNode) -> [String]? {
            guard let items = value.sequence else { return nil }
            let out = items.compactMap(\.string)
            return out.count == items.count ? out : nil
        }
        func cases<E: RawRepresentable>(_ value: YAMLNode, _: E.Type) -> [E]? where E.RawValue == String {
            guard let raw = strings(value) else { return nil }
            let out = raw.compactMap(E.init(rawValue:))
            return out.count == raw.count ? out : nil
        }
        for pair in pairs {
            guard let key = pair.key.string else { continue }
            let value = pair.value
            if key == "<<", pair.key.isPlain { return nil }
            // An optional key with a null value reads as absent.
            let null = value.isNull
            switch key {
            case "id": guard let s = value.string else { return nil }; id = s
            case "kind": guard let s = value.string else { return nil }; kind = s
            case "message": guard let s = value.string else { return nil }; message = s
            case "description": guard let s = value.string else { return nil }; description = s
            case "severity": guard let s = value.string.flatMap(Severity.init(rawValue:)) else { return nil }; severity = s
            case "scope":
                if null { scope = nil } else { guard let s = value.string.flatMap(Scope.init(rawValue:)) else { return nil }; scope = s }
            case "fix":
                if null { fix = nil } else { guard let s = value.string.flatMap(FixSafety.init(rawValue:)) else { return nil }; fix = s }
            case "languages":
                if null { languages = nil } else { guard let s = strings(value) else { return nil }; languages = s }
            case "documents":
                if null { documents = nil } else { guard let s = cases(value, DocumentKind.self) else { return nil }; documents = s }
            case "organs":
                if null { organs = nil } else { guard let s = cases(value, Organ.self) else { return nil }; organs = s }
            case "examples":
                if !null { return nil }
            default: continue
            }
        }
        guard let id, let kind, let severity, let message, let description else { return nil }
        self.init(id: id, kind: kind, severity: severity, scope: scope, languages: languages, documents: documents,
                  organs: organs, message: message, description: description, examples: nil, fix: fix)
    }
}
