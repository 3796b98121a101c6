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
    /// The edits may change what the text means (a reference that cannot be mapped with certainty):
    /// the rule's safe fix is then offered as unsafe.
    public var unsafe = false
    public init(range: ByteRange, _ values: [String: String] = [:], edits: [Edit] = []) {
        self.range = range
        self.values = values
        self.edits = edits
    }
}

/// What a check sees: the document, its language, the rule's common part, and options from config.
public struct CheckContext: Sendable {
    public let document: Document
    public var common: RuleCommon
    public var options: RuleOptions
    /// The time this rule may spend on this file in regular expressions (see `RegexCache.matches`);
    /// nil for the built-in rules, whose expressions are ours and tested, and run without the clock.
    public var deadline: Deadline?
    /// What several rules read from this document, read once for all of them.
    let readings = DocumentReadings()

    public init(document: Document, common: RuleCommon, options: RuleOptions, deadline: Deadline? = nil) {
        self.document = document
        self.common = common
        self.options = options
        self.deadline = deadline
    }

    public var language: LanguageProfile { document.language }

    /// The citation lists of every body paragraph, in file order.
    var citationLists: [CitationList] { readings.citationLists(document) }

    /// The closing clause of each draft, by the draft's index in `document.drafts`.
    var closingClauses: [ClosingClause?] { readings.closingClauses(document) }
    /// Each draft's references to its own paragraphs and items, by index in `document.drafts`.
    var internalReferences: [InternalReferences.Found] { readings.internalReferences(document) }

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
        if scope == .paragraph { return readings.allParagraphs(document) }
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

/// A wall-clock budget for one rule on one file. A user's regular expression can backtrack for ever
/// ("(a+)+$"); matching stops when the budget is spent, and the linter reports the rule as stopped.
public final class Deadline: @unchecked Sendable {
    /// Seconds a rule may spend in regular expressions on one file.
    public static let defaultSeconds = 2.0
    private let end: DispatchTime
    private let lock = NSLock()
    private var _expired = false

    public init(seconds: Double) {
        end = DispatchTime.now() + .nanoseconds(Int(seconds * 1_000_000_000))
    }

    /// True once the budget has been found spent; it stays spent.
    public var expired: Bool {
        lock.lock(); defer { lock.unlock() }
        return _expired
    }

    /// Checks the clock; true (and expired from now on) when the budget is spent.
    func check() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if !_expired, DispatchTime.now() >= end { _expired = true }
        return _expired
    }

    /// Called from ICU's progress callback, which comes at every step of a search: the clock is read
    /// once every 256 calls.
    func tick(_ calls: inout Int) -> Bool {
        calls &+= 1
        return calls & 0xFF == 0 && check()
    }
}

import Foundation
