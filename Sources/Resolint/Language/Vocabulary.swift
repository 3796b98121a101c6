/// The opening words of paragraphs in one language: preambular phrases, operative verbs and the
/// prefixes that may stand before them (又, "Also", "Further" …). Latin scripts compare without case
/// and on word boundaries; Chinese compares characters.
struct Vocabulary: Sendable {
    let latin: Bool
    private let prefixes: WordList
    private let preamble: WordList
    private let operative: WordList

    /// Words longest first, grouped by their first character: a text is compared only with the words
    /// that begin like it (hasPrefix compares characters, so the first ones must be equal).
    private struct WordList: Sendable {
        var byFirst: [Character: [(word: String, count: Int)]] = [:]
        /// An empty word opens every text (as a prefix it would strip nothing, forever: it is ignored there).
        var hasEmpty = false
        init(_ words: [(String, Int)]) {
            for (w, n) in words {
                if let c = w.first { byFirst[c, default: []].append((w, n)) } else { hasEmpty = true }
            }
        }
        var all: [(word: String, count: Int)] { byFirst.values.flatMap { $0 } }
        func candidates(_ text: Substring) -> [(word: String, count: Int)] {
            guard let c = text.first else { return [] }
            return byFirst[c] ?? []
        }
    }
    /// Characters in the longest word: a head of text must hold more than this to be read alone.
    private let longest: Int
    /// Most openers are written in lower case (Russian "напоминая", "постановляет").
    let lowercaseOpeners: Bool

    init(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) {
        latin = language.script != "han"
        let norm: (String) -> String = { [latin] in latin ? $0.lowercased() : $0 }
        // Longest first; each length is counted once, not in every comparison of the sort.
        let longestFirst: ([String]) -> WordList = { words in
            WordList(words.map { w -> (String, Int) in let n = norm(w); return (n, n.count) }
                .enumerated().sorted { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }
                .map(\.element))
        }
        prefixes = longestFirst(language.openerPrefixes)
        preamble = longestFirst(language.preambleOpeners + extraPreamble)
        operative = longestFirst(language.operativeVerbs + extraOperative)
        longest = (prefixes.all + preamble.all + operative.all).map(\.count).max() ?? 0
        let openers = language.preambleOpeners + extraPreamble + language.operativeVerbs + extraOperative
        lowercaseOpeners = openers.filter { $0.first?.isLowercase == true }.count * 2 > openers.count
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
    private static let head = 48

    /// The text after any opening quotes and prefixes.
    func stripPrefixes(_ text: String) -> Substring {
        let prefix = text.utf8.count > Self.head ? text.prefix(Self.head) : text[...]
        let bounded = prefix.endIndex < text.endIndex ? String(prefix) : nil
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
            // Quotes, and Markdown emphasis around an opener ("*Recalling*" in a .md draft).
            rest = rest.drop { $0 == " " || $0 == "“" || $0 == "\"" || $0 == "*" || $0 == "_" }
            for (prefix, count) in prefixes.candidates(rest) where rest.hasPrefix(prefix) && boundary(rest, count) {
                rest = rest.dropFirst(count)
                stripped = true
                break
            }
        }
        return rest
    }

    func opens(_ text: String, as kind: Kind) -> Bool {
        opens(stripped: stripPrefixes(text), as: kind)
    }

    /// `opens` for a text already through `stripPrefixes`.
    func opens(stripped rest: Substring, as kind: Kind) -> Bool {
        opens(rest, kind == .preamble ? preamble : operative)
    }

    private func opens(_ rest: Substring, _ words: WordList) -> Bool {
        (words.hasEmpty && boundary(rest, 0)) || words.candidates(rest).contains { rest.hasPrefix($0.word) && boundary(rest, $0.count) }
    }

    func opensParagraph(_ text: String) -> Bool {
        let rest = stripPrefixes(text)
        return opens(rest, preamble) || opens(rest, operative)
    }

    private func boundary(_ text: Substring, _ count: Int) -> Bool {
        guard latin else { return true }
        guard let c = text.dropFirst(count).first else { return true }
        return !c.isLetter
    }
}
