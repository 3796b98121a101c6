/// A check kind: the Swift half of a rule. Its stored properties *are* its YAML keys.
public protocol Check: Codable, Sendable {
    /// The `kind:` that selects this check in a rule file.
    static var kind: String { get }
    /// Throws a message when the configuration cannot work (an invalid regular expression …).
    func validate(_ common: RuleCommon) throws
    func run(_ context: CheckContext) -> [Finding]
}

extension Check {
    public func validate(_ common: RuleCommon) throws {}
}

/// Something a check found: where, and the values its message needs ({found}, {expected} …).
public struct Finding: Sendable {
    public var range: ByteRange
    public var values: [String: String]
    /// The edits that repair it, if the check knows them (applied only if the rule declares `fix:`).
    public var edits: [Edit]
    public init(range: ByteRange, _ values: [String: String] = [:], edits: [Edit] = []) {
        self.range = range
        self.values = values
        self.edits = edits
    }
}

/// What a check sees: the document, its language, the rule's common part, and options from config.
public struct CheckContext: Sendable {
    public let document: Document
    public let common: RuleCommon
    public let options: RuleOptions

    public var language: LanguageProfile { document.language }

    /// The elements of a scope, each with its text, over the whole document.
    public func elements(_ scope: Scope) -> [TextElement] {
        let d = document
        switch scope {
        case .document:
            return [TextElement(text: MappedText(source: d.source, range: 0..<d.source.bytes.count), range: 0..<d.source.bytes.count)]
        case .header:
            return [d.header.sessionLine, d.header.committeeLine, d.header.agendaItemLine, d.header.agendaTitle].compactMap { $0 }
                + (d.header.sponsors.map { [$0.element] } ?? [])
        case .title:
            return d.drafts.compactMap(\.title) + (d.header.agendaTitle.map { [$0] } ?? [])
        case .sponsors:
            return d.header.sponsors.map { [$0.element] } ?? []
        case .opening:
            return d.drafts.compactMap(\.opening)
        case .preamble, .operative, .subitem, .paragraph, .closing:
            return paragraphs(scope).map { TextElement(text: $0.content, range: $0.range) }
        case .footnote:
            return []
        }
    }

    public func paragraphs(_ scope: Scope) -> [Paragraph] {
        if scope == .paragraph { return document.allParagraphs }
        return document.drafts.flatMap { paragraphs(scope, in: $0) }
    }

    /// The paragraphs of a scope within one draft.
    public func paragraphs(_ scope: Scope, in draft: Draft) -> [Paragraph] {
        var out: [Paragraph] = []
        func subitems(_ p: Paragraph) { for c in p.children { out.append(c); subitems(c) } }
        switch scope {
        case .preamble: out = draft.preamble
        case .operative: out = draft.operative
        case .subitem: (draft.preamble + draft.operative).forEach(subitems)
        case .closing: out = draft.operative.last.map { [$0] } ?? []
        default: break
        }
        return out
    }
}

/// Per-rule options from configuration (e.g. closing.session `allowed-offsets`).
public struct RuleOptions: Sendable {
    public var allowedOffsets: [Int]?
    public init(allowedOffsets: [Int]? = nil) { self.allowedOffsets = allowedOffsets }
}
