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
        for s in text.unicodeScalars.prefix(200_000) {
            switch s.value {
            case 0x4E00...0x9FFF: han += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x0600...0x06FF: arabic += 1
            default: break
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
