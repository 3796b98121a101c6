import Foundation

/// The language profiles: the embedded Rules/languages/*.yaml, plus any a user adds.
public struct LanguageCatalog: Sendable {
    public private(set) var profiles: [String: LanguageProfile] = [:]

    public init(profiles: [LanguageProfile]) {
        for p in profiles { self.profiles[p.code] = p }
    }

    /// The profiles built into the binary.
    public static func builtIn() throws -> LanguageCatalog {
        var profiles: [LanguageProfile] = []
        for (path, text) in EmbeddedResources.files.sorted(by: { $0.key < $1.key })
        where path.hasPrefix("Rules/languages/") && path.hasSuffix(".yaml") {
            profiles.append(try load(text, path: path))
        }
        return LanguageCatalog(profiles: profiles)
    }

    public static func load(_ text: String, path: String) throws -> LanguageProfile {
        guard let node = try StrictYAML.compose(text, path: path) else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "empty language file")
        }
        return try StrictYAML.decode(LanguageProfile.self, from: node, path: path, what: "language")
    }

    public var codes: [String] { profiles.keys.sorted() }

    public func profile(_ code: String) -> LanguageProfile? { profiles[code] }

    /// Picks the language of a text: first its script, then, among the languages written in that
    /// script, the one whose frequent short words (`detection-words`: "the", "les", "los") occur
    /// most, then the one whose fixed phrases (opening formulas, kind words, agenda item words) do.
    ///
    /// Han, Cyrillic and Arabic letters count three times as much as Latin ones: documents in those
    /// scripts carry Latin symbols, names and mastheads, seldom the other way round. So a text that
    /// mixes English and Arabic line by line (the UN's EN–AR bitext of A/AC.109/2019/L.18) is read as
    /// Arabic, the language it was aligned into.
    public func detect(_ text: String) -> LanguageProfile? {
        var han = 0, latin = 0, cyrillic = 0, arabic = 0
        // The first 200,000 scalars, read as UTF-8 lead bytes: U+4E00…U+9FFF is E4 B8 80 … E9 BF BF,
        // U+0400…U+04FF is D0…D3, U+0600…U+06FF is D8…DB.
        var text = text
        text.withUTF8 { utf8 in
            var scalars = 0
            var pending: UInt8 = 0
            for b in utf8 {
                if scalars >= 200_000 { break }
                if b & 0xC0 == 0x80 {
                    if pending == 0xE4 { if b >= 0xB8 { han += 1 } }  // E4 B8 80 is U+4E00
                    pending = 0
                    continue
                }
                scalars += 1
                pending = 0
                switch b {
                case 0x41...0x5A, 0x61...0x7A: latin += 1
                case 0xD0...0xD3: cyrillic += 1
                case 0xD8...0xDB: arabic += 1
                case 0xE4: pending = 0xE4
                case 0xE5...0xE9: han += 1
                default: break
                }
            }
        }
        let scores: [String: Int] = ["han": han * 3, "latin": latin, "cyrillic": cyrillic * 3, "arabic": arabic * 3]
        let candidates = profiles.values.sorted { $0.code < $1.code }
        func phraseScore(_ p: LanguageProfile) -> Int {
            let phrases = p.openings.map(\.text) + Array(p.header.kinds.values) + p.header.agendaItem
            return phrases.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
        }
        var words: [String: Int] = [:]
        if candidates.contains(where: { $0.detectionWords != nil }) {
            var word = ""
            for ch in text.prefix(200_000).lowercased() {
                if ch.isLetter { word.append(ch); continue }
                if !word.isEmpty { words[word, default: 0] += 1; word = "" }
            }
            if !word.isEmpty { words[word, default: 0] += 1 }
        }
        func wordScore(_ p: LanguageProfile) -> Int { (p.detectionWords ?? []).reduce(0) { $0 + words[$1, default: 0] } }
        func score(_ p: LanguageProfile) -> (Int, Int, Int) { (scores[p.script, default: 0], wordScore(p), phraseScore(p)) }
        return candidates.max { score($0) < score($1) }
    }
}
