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
        var out: [Finding] = []
        for draft in context.document.drafts {
        for p in context.paragraphs(context.common.scope ?? .preamble, in: draft) {
            // Quotes and prefixes are stripped once, for every question below.
            let rest = words.stripPrefixes(p.content.text)
            if rest.isEmpty { continue }
            if words.opens(stripped: rest, as: preamble ? .preamble : .operative) { continue }
            if !preamble, Self.opensAfterAClause(p.content.text, rest, words, comma: language.terminators.comma) { continue }
            // A decision's run-in considerations ("The General Assembly, recalling …, noting …:").
            if draft.kind == .decision, p.label == nil, words.opens(stripped: rest, as: .preamble) { continue }
            let original = p.content.text
            let found = words.latin ? String(original.prefix { !$0.isWhitespace && $0 != "," }) : String(original.prefix(4))
            out.append(Finding(range: p.content.sourceRange(0..<max(1, found.utf8.count)), ["found": found]))
        }
        }
        return out
    }

    /// The verb after a clause set off by a comma: an adverb and an aside ("Also, in this regard, calls
    /// upon …", A/80/L.17 paragraph 193) or a participle clause ("Alarmed by the sharp reductions in
    /// funding …, calls upon …", A/C.3/80/L.23 paragraph 2). A paragraph that opens with neither (the
    /// first words are a prefix, or a preambular phrase) keeps its finding.
    static func opensAfterAClause(_ text: String, _ stripped: Substring, _ words: Vocabulary, comma: String) -> Bool {
        let aside = stripped.hasPrefix(comma)
        guard aside || words.opens(stripped: stripped, as: .preamble) else { return false }
        var rest = Substring(text)
        // The aside closes at the second comma; a participle clause at the first comma a verb follows.
        var commas = aside ? 2 : Int.max
        while let r = rest.range(of: comma) {
            rest = rest[r.upperBound...]
            commas -= 1
            if words.opens(String(rest.prefix(Self.headLength)), as: .operative) { return true }
            if commas == 0 { return false }
        }
        return false
    }

    /// Enough of the text after a comma to hold an opener.
    private static let headLength = 64
}
