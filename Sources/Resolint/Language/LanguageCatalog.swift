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

    /// Picks the language of a text from its script and from the opening formulas and kind words it holds.
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
        let scores: [String: Int] = ["han": han * 3, "latin": latin, "cyrillic": cyrillic, "arabic": arabic]
        let candidates = profiles.values.sorted { $0.code < $1.code }
        // Within one script, the language whose fixed phrases occur most wins.
        func phraseScore(_ p: LanguageProfile) -> Int {
            let phrases = p.openings.map(\.text) + Array(p.header.kinds.values) + p.header.agendaItem
            return phrases.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
        }
        return candidates.max { a, b in
            let sa = scores[a.script, default: 0], sb = scores[b.script, default: 0]
            return sa != sb ? sa < sb : phraseScore(a) < phraseScore(b)
        }
    }
}
