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
            // A decision's run-in considerations ("The General Assembly, recalling …, noting …:").
            if draft.kind == .decision, p.label == nil, words.opens(stripped: rest, as: .preamble) { continue }
            let original = p.content.text
            let found = words.latin ? String(original.prefix { !$0.isWhitespace && $0 != "," }) : String(original.prefix(4))
            out.append(Finding(range: p.content.sourceRange(0..<max(1, found.utf8.count)), ["found": found]))
        }
        }
        return out
    }
}
