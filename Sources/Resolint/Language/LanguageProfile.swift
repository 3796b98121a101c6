import Foundation

/// Everything resolint knows about one official language, read from Rules/languages/<code>.yaml.
/// Code never asks "is this Chinese?": it asks the profile for the form it needs.
public struct LanguageProfile: Codable, Sendable {
    public struct Opening: Codable, Sendable { public var organ: String; public var text: String }
    public struct Terminators: Codable, Sendable {
        public var comma: String, semicolon: String, colon: String, period: String
    }
    public struct Quotes: Codable, Sendable { public var open: String; public var close: String }
    public struct Header: Codable, Sendable {
        public var session: String
        public var agendaItem: [String]
        public var committees: [String]
        public var plenary: String
        public var kindSeparator: String
        public var kinds: [String: String]
        public var report: [String]
        public var adopted: [String]
        public var securityCouncil: [String]
        enum CodingKeys: String, CodingKey {
            case session, committees, plenary, kinds, report, adopted
            case agendaItem = "agenda-item", kindSeparator = "kind-separator", securityCouncil = "security-council"
        }
    }
    public struct Sponsors: Codable, Sendable {
        public var separator: String
        public var lastSeparator: String
        enum CodingKeys: String, CodingKey { case separator, lastSeparator = "last-separator" }
    }
    public struct Closing: Codable, Sendable { public var templates: [String] }
    public struct Report: Codable, Sendable {
        public var recommendation: [String]
        public var draftHeading: [String]
        enum CodingKeys: String, CodingKey { case recommendation, draftHeading = "draft-heading" }
    }
    public struct Votes: Codable, Sendable {
        public var inFavour: String, against: String, abstaining: String
        enum CodingKeys: String, CodingKey { case inFavour = "in-favour", against, abstaining }
    }
    public struct FootnoteReferences: Codable, Sendable {
        public var notAfter: [String]
        public var notBefore: [String]
        enum CodingKeys: String, CodingKey { case notAfter = "not-after", notBefore = "not-before" }
    }

    public var code: String
    public var name: String
    public var script: String
    public var lineJoiner: String
    public var openings: [Opening]
    public var terminators: Terminators
    public var narrowForms: [String: String]
    public var quotes: Quotes
    public var header: Header
    public var sponsors: Sponsors
    public var ordinals: OrdinalWords
    public var closing: Closing
    public var report: Report
    public var votes: Votes
    public var footnoteReferences: FootnoteReferences
    public var openerPrefixes: [String]
    public var preambleOpeners: [String]
    public var operativeVerbs: [String]
    public var annexHeadings: [String]
    public var endOfText: [String]
    public var listConjunctions: [String]
    /// Header and opening placed before the `body` examples of rules.
    public var exampleFrame: String
    /// Regular expressions for a draft's references to its own paragraphs; group 1 holds the numbers.
    public var paragraphReferences: [String]
    /// What `resolint new` writes besides the facts; nil where the language cannot be generated yet.
    public var skeleton: SkeletonData?

    enum CodingKeys: String, CodingKey {
        case code, name, script, openings, terminators, quotes, header, sponsors, ordinals, closing, report, votes, skeleton
        case lineJoiner = "line-joiner", narrowForms = "narrow-forms", footnoteReferences = "footnote-references"
        case openerPrefixes = "opener-prefixes", preambleOpeners = "preamble-openers", operativeVerbs = "operative-verbs"
        case annexHeadings = "annex-headings", endOfText = "end-of-text", listConjunctions = "list-conjunctions", exampleFrame = "example-frame", paragraphReferences = "paragraph-references"
    }

    /// The terminator mark named in rule data ("comma", "semicolon", "colon", "period").
    public func mark(named name: String) -> String? {
        switch name {
        case "comma": return terminators.comma
        case "semicolon": return terminators.semicolon
        case "colon": return terminators.colon
        case "period": return terminators.period
        default: return nil
        }
    }

    /// The mark itself, or its narrow (ASCII) stand-in when the language writes a full-width one.
    public func accepts(_ found: Character, as mark: String) -> Bool {
        String(found) == mark || narrowForms[mark] == String(found)
    }

    /// Session ordinal words for `n`, as a header writes them ("七十三" / "Seventy-third").
    public func ordinal(_ n: Int) -> String? { ordinals.words(for: n) }
}
