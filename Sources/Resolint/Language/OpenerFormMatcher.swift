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

    /// The matcher of a language, compiled once per profile (`LanguageProfile.derived`): a profile
    /// given forms of its own (a test's, a user's language file) has a matcher of its own.
    static func shared(_ language: LanguageProfile) -> OpenerFormMatcher { language.derived { OpenerFormMatcher($0.openerForms) } }

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
