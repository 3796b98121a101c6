import Foundation

/// `kind: template` — the closing agenda-item clause, an expected sentence built from document facts:
/// the agenda item title from the header and the next session in the language's ordinal words
/// (Rules/languages/*.yaml, `closing.templates`).
public struct ClosingClauseCheck: Check {
    public static let kind = "template"
    /// missing | position | title | session
    public var check: String
    /// Sessions after the header's that the clause may name (1: the next session).
    public var allowedOffsets: [Int]?

    enum CodingKeys: String, CodingKey { case check, allowedOffsets = "allowed-offsets" }

    public func validate(_ common: RuleCommon) throws {
        guard ["missing", "position", "title", "session"].contains(check) else {
            throw RuleError("unknown template check '\(check)'; use missing, position, title or session")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let document = context.document
        var out: [Finding] = []
        // Found once for the document, for the four template rules and the session rule.
        for (draft, clause) in zip(document.drafts, context.closingClauses) {
            switch check {
            case "missing":
                if clause == nil, let last = draft.lastItem ?? draft.operative.last {
                    out.append(Finding(range: last.range.lowerBound..<(last.range.lowerBound + 1), ["found": Self.opening(of: last)]))
                }
            case "position":
                // A new item's clause may stand before other paragraphs (A/C.2/80/L.16: the report it asks for).
                if let clause, !clause.newItem, let last = draft.lastItem, clause.paragraph.range != last.range {
                    out.append(Finding(range: clause.paragraph.range.lowerBound..<(clause.paragraph.range.lowerBound + 1),
                                       ["found": Self.opening(of: last)]))
                }
            case "title":
                guard let clause, let quoted = clause.title, let title = document.header.agendaTitle else { continue }
                if let sub = clause.subtitle {
                    // "Item: sub-item" in the header, the two named apart in the clause (a sub-item's own
                    // title may hold a colon: "Social development: literacy for life: shaping …").
                    let colons: Set<Character> = [":", "："]
                    let header = Self.normalized(title.string)
                    // A header that names the item alone, its sub-item's line lost ("…的合作：", the UN's
                    // Chinese AKN4UN text of A/RES/75/16), is not compared with the sub-item.
                    let itemAlone = header.last.map(colons.contains) == true && String(header.dropLast()) == Self.normalized(quoted.text)
                    if !itemAlone, Self.normalized(quoted.text + sub.text).filter({ !colons.contains($0) }) != header.filter({ !colons.contains($0) }) {
                        // Either may come first (Arabic names the sub-item before its item).
                        let lower = min(quoted.range.lowerBound, sub.range.lowerBound), upper = max(quoted.range.upperBound, sub.range.upperBound)
                        out.append(Finding(range: lower..<upper,
                                           ["found": quoted.text + "”, “" + sub.text, "expected": title.string]))
                    }
                } else if Self.normalized(quoted.text) != Self.normalized(title.string),
                          Self.normalized(quoted.text) != Self.normalized(Self.item(of: title.string)) {
                    let range = Self.difference(quoted.text, title.string, in: quoted.range, context.document.source) ?? quoted.range
                    out.append(Finding(range: range, ["found": quoted.text, "expected": title.string]))
                }
            default:
                guard let clause, let session = document.header.session else { continue }
                let offsets = context.options.allowedOffsets ?? allowedOffsets ?? [1]
                // In the case the clause's template asks for (Russian and Arabic: genitive).
                let expected = context.language.ordinal(session + (offsets.first ?? 1), case: clause.sessionCase) ?? "\(session + 1)"
                guard let named = context.language.ordinals.number(for: clause.session.text) else {
                    out.append(Finding(range: clause.session.range, ["found": clause.session.text, "expected": expected]))
                    continue
                }
                if !offsets.contains(named - session) {
                    out.append(Finding(range: clause.session.range, ["found": clause.session.text, "expected": expected],
                                       edits: [Edit(range: clause.session.range, replacement: expected)]))
                }
            }
        }
        return out
    }

    /// The first words of a paragraph, with its label, to quote it in a message.
    static func opening(of p: Paragraph) -> String {
        let text = (p.label.map { $0.raw + " " } ?? "") + p.content.text
        return text.count <= 24 ? text : String(text.prefix(24)) + "…"
    }

    /// Where `found` departs from `expected`, whole words from the first that differs to the last: the
    /// caret underlines "informatics", not the whole title. Nil where the source does not hold `found`
    /// as written (a title wrapped over lines), or where the texts share no start or end.
    static func difference(_ found: String, _ expected: String, in range: ByteRange, _ source: SourceFile) -> ByteRange? {
        guard source.string(range) == found else { return nil }
        let a = Array(found), b = Array(expected)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        guard prefix > 0 || suffix > 0 else { return nil }
        // Out to whole words (a Chinese character is a word of its own).
        func inWord(_ c: Character) -> Bool { (c.isLetter || c.isNumber) && !(c.unicodeScalars.first?.properties.isIdeographic ?? false) }
        var start = prefix, end = a.count - suffix
        while start > 0, start < a.count, inWord(a[start - 1]), inWord(a[start]) { start -= 1 }
        while end < a.count, end > 0, inWord(a[end]), inWord(a[end - 1]) { end += 1 }
        // Letters only missing from `found`: the word where they go.
        if start >= end {
            end = min(a.count, start + 1)
            while end < a.count, inWord(a[end]), inWord(a[end - 1]) { end += 1 }
        }
        guard start < end else { return nil }
        let lower = range.lowerBound + String(a[..<start]).utf8.count
        return lower..<(lower + String(a[start..<end]).utf8.count)
    }

    /// The item of an "item: sub-item" agenda title, which a clause may name alone ("under the item
    /// entitled “Social development”" for "Social development: social development, including …").
    static func item(of title: String) -> String {
        guard let colon = title.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return title }
        return String(title[..<colon])
    }

    /// Titles compare without spaces, line wraps, quote styles and Chinese title marks (the header's
    /// "《全面禁止核试验条约》" is the clause's "题为“全面禁止核试验条约”", A/RES/75/87), without Arabic
    /// tatweel and vowel marks ("نـزع" is "نزع", "الاتّصالات" "الاتصالات", 75/38, 75/202), a non-breaking
    /// hyphen as a hyphen ("non‑nuclear-weapon States", A/RES/75/34; source: the United Nations).
    static func normalized(_ s: String) -> String {
        String(s.unicodeScalars.compactMap { u -> Character? in
            if u.properties.isWhitespace || "“”\"'‘’「」«»„《》〈〉<>".unicodeScalars.contains(u) { return nil }
            if u == "\u{0640}" || (0x064B...0x0652).contains(u.value) || u == "\u{0670}" { return nil }
            return u == "\u{2011}" ? "-" : Character(u)
        }).lowercased()
    }
}

/// The closing clause found in a draft, with its title and session words located in the source.
struct ClosingClause {
    var paragraph: Paragraph
    /// The quoted item title; nil for a clause that names none ("Decides to continue its consideration
    /// of the question at its … session").
    var title: (text: String, range: ByteRange)?
    /// The sub-item's title, where the clause names one under its item ("under the item entitled
    /// “…”, the sub-item entitled “…”"): the header's agenda title is then "item: sub-item".
    var subtitle: (text: String, range: ByteRange)?
    var session: (text: String, range: ByteRange)
    /// The grammatical case of the session words in the template that matched ({session-genitive}).
    var sessionCase: String?
    /// A clause that puts a new item on the agenda (`closing.new-item`), not the draft's own.
    var newItem = false

    static func find(in draft: Draft, language: LanguageProfile) -> ClosingClause? {
        var candidates: [Paragraph] = []
        func walk(_ p: Paragraph) { candidates.append(p); p.children.forEach(walk) }
        draft.operative.forEach(walk)
        let newItem = templates(language, newItem: true)
        let templates = templates(language)
        // A clause that puts a new item on a later agenda ("an item entitled …") is the closing clause
        // only where no clause keeps the draft's own item above it (spec/rules.md, closing.missing); its
        // title, a new item's, is not the header's.
        var newItemClause: ClosingClause?
        for p in candidates.reversed() {
            if let clause = match(p, newItem) {
                if newItemClause == nil { newItemClause = ClosingClause(paragraph: p, session: clause.session, sessionCase: clause.sessionCase, newItem: true) }
                continue
            }
            if let clause = match(p, templates) { return clause }
        }
        return newItemClause
    }

    /// The first of `templates` a paragraph matches, with its session words. Most paragraphs lack the
    /// longest word of a template ("provisional"): no expression runs, and a template no paragraph
    /// comes near is never compiled.
    private static func match(_ p: Paragraph, _ templates: [Template]) -> ClosingClause? {
        let text = p.content.text
        for template in templates where template.prefilter.mayMatch(text) {
            guard let expression = try? RegexCache.compiled(template.pattern, ignoreCase: true),
                  let m = expression.firstMatch(in: text) else { continue }
            func part(_ name: String) -> (String, ByteRange)? {
                let r = m.range(withName: name)
                guard let range = p.content.sourceRange(of: r), let sr = Range(r, in: text) else { return nil }
                return (String(text[sr]), range)
            }
            guard let session = part("session") else { continue }
            return ClosingClause(paragraph: p, title: part("title"), subtitle: part("subtitle"), session: session, sessionCase: template.sessionCase)
        }
        return nil
    }

    /// A template as a regular expression (matched ignoring case), with the literal its matches need.
    struct Template: Sendable {
        var pattern: String
        var prefilter: RegexPrefilter
        /// The grammatical case of the session words ({session-genitive}).
        var sessionCase: String?
    }

    /// The language's closing templates and those of a clause adding a new item, as expressions made
    /// once per profile (`LanguageProfile.derived`): every draft's closing clause is looked for.
    private struct Compiled {
        let closing: [Template], newItem: [Template]

        init(_ language: LanguageProfile) {
            closing = ClosingClause.templates(language.closing.templates, language)
            newItem = ClosingClause.templates(language.closing.newItem ?? [], language)
        }
    }

    /// The language's templates (`newItem`: a clause adding a new item) as expressions.
    static func templates(_ language: LanguageProfile, newItem: Bool = false) -> [Template] {
        let compiled = language.derived(Compiled.init)
        return newItem ? compiled.newItem : compiled.closing
    }

    /// Each template as a regular expression: literal parts escaped, spaces flexible, the language's
    /// quotation marks matching their `alternatives`, ' and ’ alike. {session} is the session in the
    /// base form; {session-genitive} (any case name) in that case form.
    private static func templates(_ templates: [String], _ language: LanguageProfile) -> [Template] {
        let pairs = [language.quotes.open + language.quotes.close] + (language.quotes.alternatives ?? [])
        let openers = Set(pairs.compactMap(\.first)), closers = Set(pairs.compactMap(\.last))
        func characterClass(_ set: Set<Character>) -> String {
            "[" + set.sorted().map { NSRegularExpression.escapedPattern(for: String($0)) }.joined() + "]"
        }
        // Quotation marks match their alternatives when the language has some.
        let openQuote = language.quotes.open.count == 1 && pairs.count > 1 ? language.quotes.open.first : nil
        let closeQuote = language.quotes.close.count == 1 && pairs.count > 1 ? language.quotes.close.first : nil
        return templates.map { template in
            // Markdown emphasis may wrap the verb in a .md draft ("*Decides* to include …").
            var pattern = "[*_]*"
            var sessionCase: String?
            var rest = Substring(template)
            while !rest.isEmpty {
                // Placeholders start with "{" (a byte test first: comparing Characters costs).
                if rest.utf8.first == UInt8(ascii: "{"), rest.hasPrefix("{title}") { pattern += "(?<title>.+?)"; rest = rest.dropFirst(7); continue }
                if rest.utf8.first == UInt8(ascii: "{"), rest.hasPrefix("{subtitle}") { pattern += "(?<subtitle>.+?)"; rest = rest.dropFirst(10); continue }
                if rest.utf8.first == UInt8(ascii: "{"), rest.hasPrefix("{any}") { pattern += ".+?"; rest = rest.dropFirst(5); continue }
                if rest.utf8.first == UInt8(ascii: "{"), rest.hasPrefix("{session"), let close = rest.firstIndex(of: "}") {
                    let name = rest[rest.index(rest.startIndex, offsetBy: 8)..<close]
                    if name.isEmpty || name.hasPrefix("-") {
                        sessionCase = name.isEmpty ? nil : String(name.dropFirst())
                        pattern += "(?<session>[^\\s,，،.;；؛:。]+(?:[ -][^\\s,，،.;；؛:。]+)*?)"
                        rest = rest[rest.index(after: close)...]
                        // Last in the template (Arabic "… لدورتها الثمانين"): the words run to the final mark.
                        if rest.isEmpty { pattern += "(?=\\s*(?:[.。;；؛،,:]|$))" }
                        continue
                    }
                }
                let c = rest.removeFirst()
                if c.isWhitespace { pattern += "[\\s*_]*" }
                // A word broken at its hyphen by PDF extraction ("sub -item").
                else if c == "-" { pattern += "\\s?-\\s?" }
                else if c == "'" || c == "’" { pattern += "['’]" }
                else if c == openQuote { pattern += characterClass(openers) }
                else if c == closeQuote { pattern += characterClass(closers) }
                else { Self.appendLiteral(c, to: &pattern) }
            }
            return Template(pattern: pattern, prefilter: RegexPrefilter(pattern: pattern, ignoreCase: true), sessionCase: sessionCase)
        }
    }

    /// The character as a literal of an expression, as NSRegularExpression.escapedPattern writes it
    /// (these marks escaped, everything else as it is) without its cost per call.
    static func appendLiteral(_ c: Character, to pattern: inout String) {
        for s in c.unicodeScalars {
            if #"$()*+./?[\^{|}"#.unicodeScalars.contains(s) { pattern.unicodeScalars.append("\\") }
            pattern.unicodeScalars.append(s)
        }
    }
}
