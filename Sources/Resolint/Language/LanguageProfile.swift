import Foundation

/// Everything resolint knows about one official language, read from Rules/languages/<code>.yaml.
/// Code never asks "is this Chinese?": it asks the profile for the form it needs.
@dynamicMemberLookup
public struct LanguageProfile: Codable, Sendable {
    public struct Opening: Codable, Sendable { public var organ: String; public var text: String }
    public struct Terminators: Codable, Sendable {
        public var comma: String, semicolon: String, colon: String, period: String
    }
    public struct Quotes: Codable, Sendable {
        public var open: String
        public var close: String
        /// Other quotation marks a text may use for the same quotation (straight "…" in web copies),
        /// each a two-character string of its opening and closing mark.
        public var alternatives: [String]?
        /// The space written inside the marks ("«\u{A0}texte\u{A0}»" in the UN's French texts).
        public var innerSpace: String?
        enum CodingKeys: String, CodingKey { case open, close, alternatives, innerSpace = "inner-space" }
    }
    public struct Header: Codable, Sendable {
        public var session: String
        /// The session lines of special and emergency special sessions ("{ordinal} special session"),
        /// whose number is not the Assembly's regular session.
        public var specialSessions: [String]?
        public var agendaItem: [String]
        public var committees: [String]
        /// Other names of a committee, by its number ("4": the Special Political and Decolonization
        /// Committee (Fourth Committee)).
        public var committeeNames: [String: [String]]?
        /// Every name of a Main Committee with its number: the short names, then the others.
        public var committeeForms: [(name: String, number: Int)] {
            committees.enumerated().map { ($0.element, $0.offset + 1) }
                + (committeeNames ?? [:]).sorted { $0.key < $1.key }.flatMap { k, names in names.compactMap { n in Int(k).map { (n, $0) } } }
        }
        public var plenary: String
        public var kindSeparator: String
        public var kinds: [String: String]
        public var report: [String]
        public var adopted: [String]
        public var securityCouncil: [String]
        /// Masthead lines set aside: whole lines, and regular expressions.
        public var masthead: Masthead?
        public struct Masthead: Codable, Sendable { public var lines: [String]; public var patterns: [String] }
        /// What follows the item numbers on the agenda item line ("de l'ordre du jour", "del programa").
        public var agendaItemSuffix: [String]?
        /// Words that join several item numbers besides "和", "and", "及" and commas (" et ", " y ", " и ", " و ").
        public var agendaItemJoiners: [String]?
        /// Headings of notes by the Secretariat, the Chair or the President: documents that are not drafts.
        public var notes: [String]?
        /// The kind words of an amendment to a draft, which the symbol of that draft may follow.
        public var amendments: [String]?
        /// What follows a draft heading when an officer presents it ("Draft resolution submitted by …").
        public var submittedBy: [String]?
        enum CodingKeys: String, CodingKey {
            case session, committees, plenary, kinds, report, adopted, notes, amendments
            case submittedBy = "submitted-by", committeeNames = "committee-names", specialSessions = "special-sessions"
            case agendaItem = "agenda-item", kindSeparator = "kind-separator", securityCouncil = "security-council", masthead
            case agendaItemSuffix = "agenda-item-suffix", agendaItemJoiners = "agenda-item-joiners"
        }
    }
    /// An adverb formed by a suffix: Chinese "感激地注意到", "严重关注地注意到" (an adverb of two to five
    /// characters and 地 before 注意到), too many combinations to list as prefixes.
    public struct OpenerAdverbs: Codable, Sendable {
        public var suffix: String
        /// Characters before the suffix, at most.
        public var longest: Int
    }
    /// Openers the grammar marks, read by the lint rules where no list names the opening (the parser
    /// does not: a form is looser than a list).
    public struct OpenerForms: Codable, Sendable {
        /// Regular expressions matched at the head of a paragraph, after its prefixes.
        public var preamble: [String]?
        public var operative: [String]?
        /// Adverbs that may stand after an opener's first word ("Met de nouveau l’accent" is "Met l’accent").
        public var inserted: [String]?
    }
    public struct Sponsors: Codable, Sendable {
        public var separator: String
        public var lastSeparator: String
        enum CodingKeys: String, CodingKey { case separator, lastSeparator = "last-separator" }
    }
    public struct Closing: Codable, Sendable {
        public var templates: [String]
        /// Clauses that put a new item or sub-item on a later agenda ("… an item entitled “…”"): they
        /// are not the clause that keeps the draft's own item, and may stand anywhere.
        public var newItem: [String]?
        enum CodingKeys: String, CodingKey { case templates, newItem = "new-item" }
    }
    public struct Report: Codable, Sendable {
        public var recommendation: [String]
        public var draftHeading: [String]
        /// How the narrative names a proposal: expressions with the named groups `title` and `symbol`.
        public var proposalTitle: [String]?
        /// How it points at the recommended text: named groups `paragraph`, `heading` where the paragraph
        /// recommends several texts ("(见第 11 段，决议草案二)"), and `symbol` where the proposal is named
        /// before it (otherwise it is the proposal the narrative last named).
        public var crossReference: [String]?
        enum CodingKeys: String, CodingKey {
            case recommendation, draftHeading = "draft-heading", proposalTitle = "proposal-title", crossReference = "cross-reference"
        }
    }
    /// How a committee report records a vote (spec/structure.md, "Recorded votes"; research.md §7.1).
    public struct Votes: Codable, Sendable {
        /// The list labels.
        public var inFavour: String, against: String, abstaining: String
        /// The tally phrases, as regular expressions with the named groups `yes`, `no` and `abstain`
        /// (absent: the language's recorded votes are not read yet).
        public var tallies: [String]?
        /// Numbers the tally may write in words ("none", "no" for 0).
        public var numberWords: [NumberWords]?
        public struct NumberWords: Codable, Sendable { public var value: Int; public var words: [String] }
        /// Between two names of a list, and after the last.
        public var separator: String?
        public var end: String?
        /// Words of the sentence that say what came of the vote, by outcome (adopted, retained, rejected);
        /// rejected is looked for first ("未获通过" holds "通过").
        public var outcomes: [String: [String]]?
        enum CodingKeys: String, CodingKey {
            case inFavour = "in-favour", against, abstaining, tallies, separator, end, outcomes
            case numberWords = "number-words"
        }

        /// The value of a number as the tally writes it, in figures or in words.
        public func value(_ word: String) -> Int? {
            if let n = Int(word) { return n }
            return numberWords?.first { $0.words.contains { $0.lowercased() == word.lowercased() } }?.value
        }

        public func label(_ side: RecordedVote.Side) -> String {
            switch side {
            case .inFavour: return inFavour
            case .against: return against
            case .abstaining: return abstaining
            }
        }
    }
    /// How a text cites earlier General Assembly resolutions and decisions (research.md §3.6, C1).
    public struct Citations: Codable, Sendable {
        /// One cited item, a regular expression with the named groups `session` (or `roman` for the
        /// sessions before 1976, with `serial`), `number`, and, when dated, `day`, `month`, `year` and
        /// `date` (the whole date as written).
        public var item: String
        /// What stands before the first item of a list ("resolutions "), where the language has it.
        public var lead: String?
        /// What may join two items of one list, longest first.
        public var joiners: [String]
        /// An undated item of a list shares the date of the item `before` it (2019 年 12 月 12 日第 74/28 号和
        /// 第 74/29 号) or `after` it (74/28 and 74/29 of 12 December 2019).
        public var sharedDate: String
        /// Month names, January first, where the date writes the month in words.
        public var months: [String]?
        /// A regular expression for the end of the text before a list that names another organ
        /// (人权理事会第 33/11 号决议, "Human Rights Council resolution 33/11"): that organ's numbers follow
        /// its own sessions, not the Assembly's.
        public var otherOrgan: String
        enum CodingKeys: String, CodingKey {
            case item, lead, joiners, months
            case sharedDate = "shared-date", otherOrgan = "other-organ"
        }
    }
    /// How the language writes a date, for comparing versions: `patterns` are regular expressions
    /// with the named groups `month` and `day` and/or `year`, `{month}` standing for any of `months`
    /// (January first; each an expression, for the forms of a name). Without `months`, the month
    /// group is a number ("2018年12月5日").
    public struct Dates: Codable, Sendable {
        public var months: [String]?
        public var patterns: [String]
    }
    /// A word that multiplies the figure before it ("million", "万"): `words` is a regular expression.
    public struct Scale: Codable, Sendable {
        public var words: String
        public var factor: Double
    }
    public struct FootnoteReferences: Codable, Sendable {
        public var notAfter: [String]
        public var notBefore: [String]
        /// The words that join two numbers of a range or a list ("22 and 23", "6 to 12", "10 и 11 июня"):
        /// the number before them is no marker. Without it, the list conjunctions and "to".
        public var ranges: [String]?
        enum CodingKeys: String, CodingKey { case notAfter = "not-after", notBefore = "not-before", ranges }
    }

    /// The words that join two numbers of a range or a list: `footnote-references.ranges`, or the list
    /// conjunctions and "to".
    public var rangeWords: [String] { self.footnoteReferences.ranges ?? self.listConjunctions + ["to"] }

    /// The profile's fields, read as the profile's own (`profile.terminators`), and shared by its copies:
    /// a profile is handed by value to the parsers and readers of every document, and each copy of forty
    /// fields retained every one of them. Changing one (tests do) gives the profile fields of its own.
    public struct Fields: Codable, Sendable {
        typealias CodingKeys = LanguageProfile.CodingKeys
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
        /// How the language cites earlier resolutions; absent where no data has been written yet.
        public var citations: Citations?
        public var footnoteReferences: FootnoteReferences
        public var openerPrefixes: [String]
        /// Adverbs made with a suffix, standing before an opening phrase as a prefix does.
        public var openerAdverbs: OpenerAdverbs?
        /// Words that open a frame whose verb, an opener, ends it: Chinese 对 in "对…表示关切".
        public var openerFrames: [String]?
        /// The language does not inflect its verbs (Chinese): each preambular phrase also opens an
        /// operative paragraph ("回顾" is both "Recalling" and "Recalls").
        public var uninflectedOpeners: Bool?
        /// Openers by their grammatical form (French "-ant", Russian "-ет"), for the lint rules only.
        public var openerForms: OpenerForms?
        public var preambleOpeners: [String]
        public var operativeVerbs: [String]
        public var annexHeadings: [String]
        public var endOfText: [String]
        public var listConjunctions: [String]
        /// Header and opening placed before the `body` examples of rules.
        public var exampleFrame: String
        /// Regular expressions for a draft's references to its own paragraphs; group 1 holds the numbers.
        public var paragraphReferences: [String]
        /// Regular expressions for bare references ("the measures in paragraphs 5 and 12 shall apply"), read
        /// in operative paragraphs only (the preamble's bare numbers name other texts' paragraphs); group 1
        /// holds the numbers.
        public var operativeParagraphReferences: [String]?
        /// Regular expressions for references to items of its own paragraphs: named groups `item` and,
        /// optionally, `paragraph`.
        public var itemReferences: [String]?
        /// Rules whose forms in this language are inferred, not yet seen in a real document: their errors
        /// are reported as warnings (spec/languages.md).
        public var inferredRules: [String]?
        /// What `resolint new` writes besides the facts; nil where the language cannot be generated yet.
        public var skeleton: SkeletonData?
        /// How paragraphs and items are labelled; absent: 1. then (a) / a) then (i) / i).
        public var labels: LabelSyntax?
        /// Short words frequent in the language and rare in the others of its script ("the", "les",
        /// "los"): `--lang auto` counts them to tell languages of one script apart.
        public var detectionWords: [String]?
        /// Dates as the language writes them (`resolint compare` reads them); absent: no date is read.
        public var dates: Dates?
        /// Words that multiply a figure, largest first where one holds another ("mil millones").
        public var scales: [Scale]?
        /// The mark before a figure's decimals ("." or ","); absent: read from the groups' lengths.
        public var decimalMark: String?
        /// Times of day: regular expressions with the groups `hour` and, optionally, `minute`.
        public var times: [String]?
        /// The instructions of an amendment to a draft, for `resolint amend`.
        public var amendments: AmendmentPhrases?
        /// Words written with a period that ends no sentence ("долл. США"): a line that ends with one goes on.
        public var abbreviations: [String]?
    }
    private final class Storage: Sendable {
        let fields: Fields
        /// What readers derive from these fields, by the derived value's type (see `derived`).
        let derived = Locked<[ObjectIdentifier: Any]>([:])
        init(_ fields: Fields) { self.fields = fields }
    }

    /// A value derived from the profile once and kept with its fields (the header parser's forms, the
    /// vocabulary, compiled expressions): every document's parser asks for it, and a changed profile has
    /// fields of its own, so it derives the value anew. One value of each type per profile: each reader
    /// keeps its own type (often a private one), so that two never share a slot.
    func derived<Value>(_ make: (LanguageProfile) -> Value) -> Value {
        let key = ObjectIdentifier(Value.self)
        if let value = storage.derived.withLock({ $0[key] }) as? Value { return value }
        let value = make(self)
        storage.derived.withLock { $0[key] = value }
        return value
    }

    private var storage: Storage

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    public init(from decoder: Decoder) throws { storage = Storage(try Fields(from: decoder)) }
    public func encode(to encoder: Encoder) throws { try storage.fields.encode(to: encoder) }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set { update { $0[keyPath: field] = newValue } }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, script, openings, terminators, quotes, header, sponsors, ordinals, closing, report, votes, citations, skeleton
        case lineJoiner = "line-joiner", narrowForms = "narrow-forms", footnoteReferences = "footnote-references"
        case openerPrefixes = "opener-prefixes", openerAdverbs = "opener-adverbs", openerFrames = "opener-frames", uninflectedOpeners = "uninflected-openers", openerForms = "opener-forms", preambleOpeners = "preamble-openers", operativeVerbs = "operative-verbs"
        case annexHeadings = "annex-headings", endOfText = "end-of-text", listConjunctions = "list-conjunctions", exampleFrame = "example-frame", paragraphReferences = "paragraph-references", operativeParagraphReferences = "operative-paragraph-references", itemReferences = "item-references", inferredRules = "inferred-rules"
        case labels, detectionWords = "detection-words", dates, scales, times, decimalMark = "decimal-mark", amendments, abbreviations
    }

    /// The terminator mark named in rule data ("comma", "semicolon", "colon", "period").
    public func mark(named name: String) -> String? {
        switch name {
        case "comma": return self.terminators.comma
        case "semicolon": return self.terminators.semicolon
        case "colon": return self.terminators.colon
        case "period": return self.terminators.period
        default: return nil
        }
    }

    /// The mark itself, or its narrow (ASCII) stand-in when the language writes a full-width one. A
    /// mark written with a space before it (French "\u{A0};") is its last character: the mark is
    /// accepted with any space before it, or none.
    public func accepts(_ found: Character, as mark: String) -> Bool {
        found == mark.last || self.narrowForms[mark].map { $0.last == found } == true
    }

    /// The character of a terminator mark, without the space a language may write before it.
    public static func character(of mark: String) -> Character? { mark.last }

    /// The mark as shown in messages: without the space before it.
    public static func shown(_ mark: String) -> String { mark.trimmingCharacters(in: .whitespaces) }

    /// `template` with `{name}` (or `{name-<case>}`, e.g. {session-genitive}) replaced by the ordinal
    /// words of `n` in that case form; nil if words are missing.
    public func fillingOrdinal(_ template: String, _ name: String, _ n: Int) -> String? {
        var out = template
        while let r = out.range(of: "\\{" + name + "(-[a-z]+)?\\}", options: .regularExpression) {
            let placeholder = out[r].dropFirst(name.count + 1).dropLast()
            let caseName = placeholder.isEmpty ? nil : String(placeholder.dropFirst())
            guard let words = ordinal(n, case: caseName) else { return nil }
            out.replaceSubrange(r, with: words)
        }
        return out
    }

    /// How paragraphs and items are labelled in this language.
    public var labelSyntax: LabelSyntax { self.labels ?? .standard }

    /// Session ordinal words for `n`, as a header writes them ("七十三" / "Seventy-third"), or in
    /// another grammatical case ("genitive") where the language has one.
    public func ordinal(_ n: Int, case name: String? = nil) -> String? { self.ordinals.words(for: n, case: name) }
}
