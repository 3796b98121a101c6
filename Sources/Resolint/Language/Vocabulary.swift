/// The opening words of paragraphs in one language: preambular phrases, operative verbs and the
/// prefixes that may stand before them (又, "Also", "Further" …). Latin scripts compare without case
/// and on word boundaries; Chinese compares characters.
struct Vocabulary {
    let latin: Bool
    private let prefixes: [String]
    private let preamble: [String]
    private let operative: [String]

    init(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) {
        latin = language.script != "han"
        let norm: (String) -> String = { [latin] in latin ? $0.lowercased() : $0 }
        let longestFirst: ([String]) -> [String] = { $0.map(norm).sorted { $0.count > $1.count } }
        prefixes = longestFirst(language.openerPrefixes)
        preamble = longestFirst(language.preambleOpeners + extraPreamble)
        operative = longestFirst(language.operativeVerbs + extraOperative)
    }

    enum Kind { case preamble, operative }

    /// The text after any opening quotes and prefixes.
    func stripPrefixes(_ text: String) -> Substring {
        var rest = Substring(latin ? text.lowercased() : text)
        var stripped = true
        while stripped {
            stripped = false
            // Quotes, and Markdown emphasis around an opener ("*Recalling*" in a .md draft).
            rest = rest.drop { $0 == " " || $0 == "“" || $0 == "\"" || $0 == "*" || $0 == "_" }
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
