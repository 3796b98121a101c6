/// `kind: opening` — each element opens with a word or phrase from a vocabulary of the language
/// (preambular phrases, operative verbs), optionally after a prefix such as 又 / "Also".
public struct OpeningCheck: Check {
    public static let kind = "opening"
    /// preamble-openers | operative-verbs (lists in Rules/languages/*.yaml).
    public var vocabulary: String
    /// More accepted openers, by language code.
    public var extra: [String: [String]]?

    public func validate(_ common: RuleCommon) throws {
        guard ["preamble-openers", "operative-verbs"].contains(vocabulary) else {
            throw RuleError("unknown vocabulary '\(vocabulary)'; use preamble-openers or operative-verbs")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let language = context.language
        let extraWords = extra?[language.code] ?? []
        let preamble = vocabulary == "preamble-openers"
        let words = Vocabulary.shared(language, extraPreamble: preamble ? extraWords : [], extraOperative: preamble ? [] : extraWords)
        let forms = OpenerFormMatcher.shared(language)
        var out: [Finding] = []
        for draft in context.document.drafts {
        for p in context.paragraphs(context.common.scope ?? .preamble, in: draft) {
            // Quotes and prefixes are stripped once, for every question below.
            let read = words.stripPrefixesReading(p.content.text)
            if read.rest.isEmpty { continue }
            if Self.opens(p.content.text, read, as: preamble ? .preamble : .operative, words, forms, comma: language.terminators.comma) { continue }
            // A decision's run-in considerations ("The General Assembly, recalling …, noting …:").
            if draft.kind == .decision, p.label == nil, read.opens(as: .preamble, words) { continue }
            let original = p.content.text
            let found = words.latin ? String(original.prefix { !$0.isWhitespace && $0 != "," }) : String(original.prefix(4))
            out.append(Finding(range: p.content.sourceRange(0..<max(1, found.utf8.count)), ["found": found]))
        }
        }
        return out
    }

    /// Whether a paragraph opens as `kind` requires: with an opener after any prefixes, after a
    /// clause set off by a comma, inside a prepositional frame (Chinese 对…表示关切), or with a word
    /// of an opener's grammatical form (French "Louant", Russian "уточняет").
    static func opens(_ text: String, stripped: Substring, as kind: Vocabulary.Kind, _ words: Vocabulary,
                      _ forms: OpenerFormMatcher, comma: String) -> Bool {
        opens(text, Vocabulary.Stripped(rest: stripped), as: kind, words, forms, comma: comma)
    }

    /// `opens` with the text as `Vocabulary.stripPrefixesReading` read it.
    static func opens(_ text: String, _ read: Vocabulary.Stripped, as kind: Vocabulary.Kind, _ words: Vocabulary,
                      _ forms: OpenerFormMatcher, comma: String) -> Bool {
        read.opens(as: kind, words)
            || opensAfterAClause(text, read, as: kind, words, comma: comma)
            || words.opensInFrame(text, as: kind, clauseEnd: comma)
            || forms.opens(written(text, words), as: kind, words)
    }

    /// The text after its quotes and prefixes with the case it is written in (a Russian verb's form is
    /// read in lower case only, as the UN writes its openers); the lower-cased text where the two
    /// spellings do not line up (vowel marks and no-break spaces set aside).
    static func written(_ text: String, _ words: Vocabulary) -> Substring {
        let stripped = words.stripCharacters(text)
        let base = stripped.base
        let consumed = base.distance(from: base.startIndex, to: stripped.startIndex)
        let head = String(text.prefix(base.count))
        guard (words.latin ? head.lowercased() : head) == base else { return stripped }
        return text.dropFirst(consumed)
    }

    /// The opener after a clause set off by a comma: an adverb and an aside ("Also, in this regard,
    /// calls upon …", A/80/L.17 paragraph 193; "在这方面，回顾…"), a framing phrase ("在纪念联合国成立七十五
    /// 周年之际，重申…", A/RES/75/12 in Chinese; source: the United Nations), or, before an operative verb, a
    /// participle clause ("Alarmed by the sharp reductions in funding …, calls upon …", A/C.3/80/L.23
    /// paragraph 2). The opener must follow the first comma (the second after an aside), within
    /// `headLength` characters of the start: a paragraph that merely holds an opener later keeps its
    /// finding.
    static func opensAfterAClause(_ text: String, _ read: Vocabulary.Stripped, as kind: Vocabulary.Kind, _ words: Vocabulary, comma: String) -> Bool {
        let aside = read.rest.hasPrefix(comma)
        let participle = kind == .operative && read.opens(as: .preamble, words)
        var rest = Substring(text)
        // The aside closes at the second comma; a participle clause at the first comma a verb follows.
        var commas = aside ? 2 : participle ? Int.max : 1
        while let r = Self.range(of: comma, in: rest) {
            if !participle, text.distance(from: text.startIndex, to: r.lowerBound) > Self.headLength { return false }
            rest = rest[r.upperBound...]
            commas -= 1
            if words.opens(String(rest.prefix(Self.headLength)), as: kind) { return true }
            if commas == 0 { return false }
        }
        return false
    }

    /// Enough of the text after a comma to hold an opener.
    private static let headLength = 64

    /// `text.range(of: comma)`, Foundation's search, which reads canonically equivalent text as equal and
    /// a character whole: it bridged the rest of a paragraph at every comma (a long paragraph's commas
    /// cost it 100,000 instructions each). Where the comma is one scalar that is no other scalar's
    /// canonical decomposition nor part of one (`searchableAsBytes`), only its own bytes can stand for
    /// it; where those stand between scalars that never join a neighbour, they are a character of their
    /// own, which Foundation finds there too. Anywhere else Foundation is asked.
    static func range(of comma: String, in text: Substring) -> Range<String.Index>? {
        let scalars = comma.unicodeScalars
        guard let c = scalars.first, scalars.count == 1, searchableAsBytes(c) else { return text.range(of: comma) }
        let needle = Array(comma.utf8)
        let found: Int?? = text.utf8.withContiguousStorageIfAvailable { b -> Int? in
            var i = 0
            while i + needle.count <= b.count {
                guard let hit = b[i...].firstIndex(of: needle[0]) else { return nil }
                if hit + needle.count <= b.count, b[hit..<(hit + needle.count)].elementsEqual(needle) {
                    var start = hit
                    if hit > 0 { start -= 1; while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 } }
                    let before = hit == 0 || Graphemes.neverJoins(UTF8Text.scalar(at: start, in: b).scalar)
                    let after = hit + needle.count == b.count || Graphemes.neverJoins(UTF8Text.scalar(at: hit + needle.count, in: b).scalar)
                    return before && after ? hit : -1
                }
                i = hit + 1
            }
            return nil
        }
        guard let found else { return text.range(of: comma) }
        guard let hit = found else { return nil }
        guard hit >= 0 else { return text.range(of: comma) }
        let lower = text.utf8.index(text.startIndex, offsetBy: hit)
        return lower..<text.utf8.index(lower, offsetBy: needle.count)
    }

    /// Marks that no other scalar decomposes into canonically nor holds in its decomposition (a test reads
    /// every scalar): ASCII punctuation but ";" (U+037E), "`" (U+1FEF) and "<", "=", ">" (≮, ≠, ≯ hold
    /// them), the Arabic comma and semicolon, the ideographic comma and the full-width comma and semicolon.
    static func searchableAsBytes(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21...0x2F, 0x3A, 0x3F, 0x40, 0x5B...0x5F, 0x7B...0x7E, 0x060C, 0x061B, 0x3001, 0xFF0C, 0xFF1B: return true
        default: return false
        }
    }
}
