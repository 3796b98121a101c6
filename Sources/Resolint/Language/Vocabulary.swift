/// The opening words of paragraphs in one language: preambular phrases, operative verbs and the
/// prefixes that may stand before them (又, "Also", "Further" …). Latin scripts compare without case
/// and on word boundaries; Chinese compares characters.
struct Vocabulary: Sendable {
    let latin: Bool
    private let prefixes: [String]
    private let preamble: [String]
    private let operative: [String]
    /// Characters in the longest word: a head of text must hold more than this to be read alone.
    private let longest: Int

    init(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) {
        latin = language.script != "han"
        let norm: (String) -> String = { [latin] in latin ? $0.lowercased() : $0 }
        // Longest first; each length is counted once, not in every comparison of the sort.
        let longestFirst: ([String]) -> [String] = { words in
            words.map { w -> (Int, String) in let n = norm(w); return (n.count, n) }
                .enumerated().sorted { a, b in a.element.0 != b.element.0 ? a.element.0 > b.element.0 : a.offset < b.offset }
                .map(\.element.1)
        }
        prefixes = longestFirst(language.openerPrefixes)
        preamble = longestFirst(language.preambleOpeners + extraPreamble)
        operative = longestFirst(language.operativeVerbs + extraOperative)
        longest = (prefixes + preamble + operative).map(\.count).max() ?? 0
    }

    private struct CacheEntry {
        var inputs: [[String]]
        var vocabulary: Vocabulary
    }
    private static let cache = Locked<[String: CacheEntry]>([:])

    /// The vocabulary for a language, built once per process and shared by every file and thread.
    static func shared(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) -> Vocabulary {
        let inputs = [[language.script], language.openerPrefixes, language.preambleOpeners, extraPreamble,
                      language.operativeVerbs, extraOperative]
        let key = language.code + "\u{1}" + extraPreamble.joined(separator: "\u{2}") + "\u{1}" + extraOperative.joined(separator: "\u{2}")
        if let entry = cache.withLock({ $0[key] }), entry.inputs == inputs { return entry.vocabulary }
        let vocabulary = Vocabulary(language, extraPreamble: extraPreamble, extraOperative: extraOperative)
        cache.withLock { $0[key] = CacheEntry(inputs: inputs, vocabulary: vocabulary) }
        return vocabulary
    }

    enum Kind { case preamble, operative }

    /// How much of a paragraph is read: openers are short, so the rest of a long paragraph is not
    /// lowercased or copied (unless quotes and prefixes alone fill this head).
    private static let head = 200

    /// The text after any opening quotes and prefixes.
    func stripPrefixes(_ text: String) -> Substring {
        let bounded = text.utf8.count > Self.head * 4 ? String(text.prefix(Self.head)) : nil
        if let bounded {
            let rest = strip(bounded)
            // Only when everything read was quotes, spaces and prefixes can the rest of the text matter.
            if rest.count <= longest + 1 { return strip(text) }
            return rest
        }
        return strip(text)
    }

    private func strip(_ text: String) -> Substring {
        var rest = Substring(latin ? text.lowercased() : text)
        var stripped = true
        while stripped {
            stripped = false
            rest = rest.drop { $0 == " " || $0 == "“" || $0 == "\"" }
            for prefix in prefixes where rest.hasPrefix(prefix) && boundary(rest, prefix.count) {
                rest = rest.dropFirst(prefix.count)
                stripped = true
                break
            }
        }
        return rest
    }

    func opens(_ text: String, as kind: Kind) -> Bool {
        let rest = stripPrefixes(text)
        let words = kind == .preamble ? preamble : operative
        return words.contains { rest.hasPrefix($0) && boundary(rest, $0.count) }
    }

    func opensParagraph(_ text: String) -> Bool { opens(text, as: .preamble) || opens(text, as: .operative) }

    private func boundary(_ text: Substring, _ count: Int) -> Bool {
        guard latin else { return true }
        guard let c = text.dropFirst(count).first else { return true }
        return !c.isLetter
    }
}
