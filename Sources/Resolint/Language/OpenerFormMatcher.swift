import Foundation

/// Openers read by their grammatical form where no list names them (`opener-forms` in
/// Rules/languages/*.yaml): a French present participle opens a preambular paragraph ("Louant",
/// "Rejetant"), a Russian verb in the third person an operative one ("уточняет"). The lint rules ask
/// this after the lists; the parser only for a capitalised line head in printed text, where a wrapped
/// line leaves no other sign of a paragraph's start (a form is looser than a list).
struct OpenerFormMatcher: Sendable {
    private let preamble: [NSRegularExpression]
    private let operative: [NSRegularExpression]
    /// Adverbs after an opener's first word, anchored where they begin ("de nouveau", "\p{L}+ment").
    private let inserted: NSRegularExpression?

    init(_ forms: LanguageProfile.OpenerForms?) {
        let compile: ([String]?) -> [NSRegularExpression] = { patterns in
            (patterns ?? []).compactMap { try? NSRegularExpression(pattern: "^(?:\($0))") }
        }
        preamble = compile(forms?.preamble)
        operative = compile(forms?.operative)
        let adverbs = (forms?.inserted ?? []).map { "(?:\($0))" }.joined(separator: "|")
        inserted = adverbs.isEmpty ? nil : try? NSRegularExpression(pattern: "^(?:\(adverbs))(?=[\\s,])")
    }

    private struct CacheEntry {
        var inputs: [[String]?]
        var matcher: OpenerFormMatcher
    }
    /// By language code; a code may have several entries, since a test may give a language forms of
    /// its own. The lists are compared, not joined into a key and hashed: a profile's lists share their
    /// storage with every copy of it, so the comparison is a pointer's (the joined key cost 18,000
    /// instructions a call, twice a document).
    private static let cache = Locked<[String: [CacheEntry]]>([:])

    /// The matcher of a language, compiled once per process.
    static func shared(_ language: LanguageProfile) -> OpenerFormMatcher {
        let forms = language.openerForms
        let inputs = [forms?.preamble, forms?.operative, forms?.inserted]
        if let m = cache.withLock({ $0[language.code]?.first(where: { $0.inputs == inputs })?.matcher }) { return m }
        let m = OpenerFormMatcher(forms)
        cache.withLock { entries in
            if entries[language.code]?.contains(where: { $0.inputs == inputs }) != true {
                entries[language.code, default: []].append(CacheEntry(inputs: inputs, matcher: m))
            }
        }
        return m
    }

    /// Whether the text after its prefixes (`rest`, as the paragraph writes it) opens as `kind` by
    /// its form, or, once an adverb after its first word is set aside, by the vocabulary or its form:
    /// "Met de nouveau l’accent" is "Met l’accent", "Louant également" is "Louant".
    func opens(_ rest: Substring, as kind: Vocabulary.Kind, _ words: Vocabulary) -> Bool {
        let head = String(rest.prefix(Self.headLength))
        if matches(head, kind) { return true }
        guard let inserted, let space = head.firstIndex(where: \.isWhitespace) else { return false }
        let after = String(head[space...].drop(while: \.isWhitespace))
        let range = NSRange(after.startIndex..., in: after)
        guard let found = inserted.firstMatch(in: after, range: range), let end = Range(found.range, in: after) else { return false }
        let joined = String(head[..<space]) + " " + after[end.upperBound...].drop { $0.isWhitespace || $0 == "," }
        return words.opens(joined, as: kind) || matches(joined, kind)
    }

    private func matches(_ text: String, _ kind: Vocabulary.Kind) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return (kind == .preamble ? preamble : operative).contains { $0.firstMatch(in: text, range: range) != nil }
    }

    /// Enough of a paragraph to hold an opener and an adverb.
    private static let headLength = 80
}
