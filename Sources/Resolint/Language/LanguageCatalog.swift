import Foundation
import YAMLTree

/// The language profiles: the embedded Rules/languages/*.yaml, plus any a user adds. A built-in
/// profile is decoded when first asked for: a Chinese draft never pays for reading the other five.
public struct LanguageCatalog: Sendable {
    /// What is known of a profile before decoding it: where it comes from and its script.
    private struct Entry: Sendable {
        /// The built-in file, read from its build-time snapshot.
        var path: String
        var script: String
    }

    private let entries: [String: Entry]
    private let decoded: Locked<[String: LanguageProfile]>
    /// What `detect` reads of each language, kept once read.
    private let detectionData: Locked<[String: DetectionData]>
    /// Built-in files read for `detect` and not yet decoded: `profile` takes its node from here.
    private let readNodes: Locked<[String: YAMLNode]>

    public init(profiles: [LanguageProfile]) {
        entries = Dictionary(profiles.map { ($0.code, Entry(path: "", script: $0.script)) }, uniquingKeysWith: { a, _ in a })
        decoded = Locked(Dictionary(profiles.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }))
        detectionData = Locked([:])
        readNodes = Locked([:])
    }

    private init(entries: [String: Entry]) {
        self.entries = entries
        decoded = Locked([:])
        detectionData = Locked([:])
        readNodes = Locked([:])
    }

    /// The profiles built into the binary (read lazily; `validateAll` reads them all).
    public static func builtIn() throws -> LanguageCatalog {
        var entries: [String: Entry] = [:]
        for path in EmbeddedResources.paths where path.hasPrefix("Rules/languages/") && path.hasSuffix(".yaml") {
            guard let text = EmbeddedResources.text(path) else { continue }
            // The top-level `code:` and `script:` lines, read without parsing the file (and without
            // splitting all of it into lines: they come first).
            func value(_ key: String) -> String? {
                let prefix = Array((key + ": ").utf8)
                let bytes = text.utf8
                var start = bytes.startIndex
                while start < bytes.endIndex {
                    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
                    let line = bytes[start..<end]
                    if line.starts(with: prefix) {
                        return String(decoding: line.dropFirst(prefix.count), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    }
                    start = end < bytes.endIndex ? bytes.index(after: end) : end
                }
                return nil
            }
            guard let code = value("code"), let script = value("script") else {
                throw ConfigurationError(path: path, line: 1, column: 1, message: "a language file needs top-level 'code' and 'script'")
            }
            entries[code] = Entry(path: path, script: script)
        }
        return LanguageCatalog(entries: entries)
    }

    public static func load(_ text: String, path: String) throws -> LanguageProfile {
        try load(StrictYAML.compose(text, path: path), path: path)
    }

    static func load(_ root: YAMLNode?, path: String) throws -> LanguageProfile {
        guard let node = root else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "empty language file")
        }
        return try StrictYAML.decode(LanguageProfile.self, from: node, path: path, what: "language")
    }

    public var codes: [String] { entries.keys.sorted() }

    /// The profile for a code, decoded on first use (nil for an unknown code or a file that does not
    /// decode: `validateAll` says why).
    public func profile(_ code: String) -> LanguageProfile? {
        if let p = decoded.withLock({ $0[code] }) { return p }
        guard let entry = entries[code],
              let p = try? Self.loadBuiltIn(readNodes.withLock({ $0.removeValue(forKey: code) }) ?? StrictYAML.builtIn(entry.path), path: entry.path)
        else { return nil }
        decoded.withLock { $0[code] = p }
        return p
    }

    /// A built-in profile, decoded without the search for unknown keys: re-encoding the profile to
    /// list the keys it knows cost a scan of the runtime's conformance records per nested type, on
    /// every run. The built-in files are checked strictly by `validateAll` (RuleLoaderTests), so a
    /// file that decodes here decodes there too, to the same value.
    private static func loadBuiltIn(_ root: YAMLNode?, path: String) throws -> LanguageProfile {
        guard let node = root else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "empty language file")
        }
        return try StrictYAML.decodeLeniently(LanguageProfile.self, from: node, path: path, what: "language")
    }

    /// What `detect` compares languages by, read from the profile when it is decoded and from the
    /// built-in file's nodes otherwise: detecting an English draft need not decode French and Spanish.
    private struct DetectionData {
        /// `detection-words`.
        var words: [String]
        /// The opening formulas, the kind words and the agenda item words.
        var phrases: [String]

        init(_ p: LanguageProfile) {
            words = p.detectionWords ?? []
            phrases = p.openings.map(\.text) + Array(p.header.kinds.values) + p.header.agendaItem
        }

        /// The same fields read from the composed file (the decoder's readings: a string is a
        /// scalar's text; merge keys first, a mapping's last pair of a key wins).
        init(_ root: YAMLNode) {
            func value(_ node: YAMLNode?, _ key: String) -> YAMLNode? {
                node?.mapping.flatMap { NodeDecoder.flatten($0).last { $0.key.string == key }?.value }
            }
            func strings(_ node: YAMLNode?) -> [String] { node?.sequence?.compactMap(\.string) ?? [] }
            let header = value(root, "header")
            words = strings(value(root, "detection-words"))
            phrases = (value(root, "openings")?.sequence ?? []).compactMap { value($0, "text")?.string }
                + (value(header, "kinds")?.mapping.map { NodeDecoder.flatten($0).compactMap(\.value.string) } ?? [])
                + strings(value(header, "agenda-item"))
        }
    }

    /// The detection data of a language (nil for an unknown code or a built-in file that is missing).
    private func detection(_ code: String) -> DetectionData? {
        if let d = detectionData.withLock({ $0[code] }) { return d }
        let data: DetectionData
        if let p = decoded.withLock({ $0[code] }) {
            data = DetectionData(p)
        } else {
            guard let entry = entries[code], let root = try? StrictYAML.builtIn(entry.path) else { return nil }
            data = DetectionData(root)
            readNodes.withLock { $0[code] = root }
        }
        detectionData.withLock { $0[code] = data }
        return data
    }

    /// Every profile, decoded; throws the first error with its file, line and column.
    @discardableResult
    public func validateAll() throws -> [LanguageProfile] {
        try codes.map { code in
            if let p = decoded.withLock({ $0[code] }) { return p }
            let entry = entries[code]!
            let p = try Self.load(StrictYAML.builtIn(entry.path), path: entry.path)
            decoded.withLock { $0[code] = p }
            return p
        }
    }

    /// Every profile that decodes.
    public var all: [LanguageProfile] { codes.compactMap(profile) }

    /// Picks the language of a text: first its script, then, among the languages written in that
    /// script, the one whose frequent short words (`detection-words`: "the", "les", "los") occur
    /// most, then the one whose fixed phrases (opening formulas, kind words, agenda item words) do.
    ///
    /// Han, Cyrillic and Arabic letters count three times as much as Latin ones: documents in those
    /// scripts carry Latin symbols, names and mastheads, seldom the other way round. So a text that
    /// mixes English and Arabic line by line (the UN's EN–AR bitext of A/AC.109/2019/L.18) is read as
    /// Arabic, the language it was aligned into.
    public func detect(_ text: String) -> LanguageProfile? {
        // The first 200,000 scalars, read as UTF-8 lead bytes: U+4E00…U+9FFF is E4 B8 80 … E9 BF BF,
        // U+0400…U+04FF is D0…D3, U+0600…U+06FF is D8…DB.
        var text = text
        let scores = Self.scriptScores(text)
        // The script decides; words and phrases only tell apart the languages that share it, and only
        // those are decoded.
        let best = entries.values.map { scores[$0.script, default: 0] }.max() ?? 0
        // Only the winner is decoded: the others are compared by their detection data.
        let tiedCodes = codes.filter { scores[entries[$0]!.script, default: 0] == best }
        let tied = tiedCodes.compactMap { code in detection(code).map { (code: code, data: $0) } }
        guard tied.count > 1 else { return tied.first.flatMap { profile($0.code) } ?? all.first }
        // The head of the text is enough, searched as bytes (String.contains goes through Foundation).
        let head = text.withUTF8 { Array($0.prefix(8_192)) }
        func phraseScore(_ d: DetectionData) -> Int {
            d.phrases.reduce(0) { $0 + (Bytes.contains(head, $1) ? 1 : 0) }
        }
        // The fixed forms first (opening formula, kind words, agenda item words): a French draft
        // whose title and item are in English is French. Frequent words decide where they do not.
        let phraseScores = tied.map { phraseScore($0.data) }
        let bestPhrases = phraseScores.max()!
        let phraseLeaders = tied.indices.filter { phraseScores[$0] == bestPhrases }
        if bestPhrases > 0, phraseLeaders.count == 1 { return profile(tied[phraseLeaders[0]].code) }
        let candidates = bestPhrases > 0 ? phraseLeaders : Array(tied.indices)
        let words = Self.wordCounts(head, wanted: Set(candidates.flatMap { tied[$0].data.words }.map { Array($0.lowercased().utf8) }))
        func wordScore(_ d: DetectionData) -> Int { d.words.reduce(0) { $0 + words[$1, default: 0] } }
        let wordScores = candidates.map { wordScore(tied[$0].data) }
        return profile(tied[candidates[wordScores.firstIndex(of: wordScores.max()!)!]].code)
    }

    /// How much of the text each script writes ("han", "latin", "cyrillic", "arabic"), a letter of the
    /// other scripts weighing as three Latin ones.
    static func scriptScores(_ text: String) -> [String: Int] {
        var text = text
        let (han, latin, cyrillic, arabic) = text.withUTF8(scriptCounts)
        return ["han": han * 3, "latin": latin, "cyrillic": cyrillic * 3, "arabic": arabic * 3]
    }

    /// Lead bytes of each script among the first 200,000 scalars of valid UTF-8 (Han: from U+4E00).
    static func scriptCounts(_ utf8: UnsafeBufferPointer<UInt8>) -> (han: Int, latin: Int, cyrillic: Int, arabic: Int) {
        // The bytes of the first 200,000 scalars: all of them in a file of fewer bytes.
        var end = utf8.count
        if end > 200_000 {
            var scalars = 0, i = 0
            while i < utf8.count {
                if utf8[i] & 0xC0 != 0x80 {
                    // The scalar after the last counted one: reading stops at its first byte, even
                    // inside the last counted scalar.
                    if scalars == 200_000 { break }
                    scalars += 1
                    if scalars == 200_000 { i += 1; break }
                }
                i += 1
            }
            end = i
        }
        // Eight bytes of ASCII at a time, their letters counted in one step; any other word byte by byte,
        // one table look-up and one count per byte. E4 (U+4000…U+4FFF) is Han from E4 B8 on.
        var counts = [Int](repeating: 0, count: 6)
        counts.withUnsafeMutableBufferPointer { counts in
            scriptKinds.withUnsafeBufferPointer { kinds in
                var i = 0
                if let base = utf8.baseAddress {
                    let raw = UnsafeRawPointer(base)
                    while i + 8 <= end {
                        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        if w & 0x8080_8080_8080_8080 == 0 {
                            counts[1] += asciiLetters(w)
                        } else {
                            for k in i..<(i + 8) { counts[Int(kinds[Int(utf8[k])])] += 1 }
                        }
                        i += 8
                    }
                }
                while i < end { counts[Int(kinds[Int(utf8[i])])] += 1; i += 1 }
            }
        }
        var han = counts[4]
        // E4 B8 80 is U+4E00: the E4 bytes are looked at again only where there are some.
        if counts[5] > 0 {
            for i in 0..<(end - 1) where utf8[i] == 0xE4 && utf8[i + 1] >= 0xB8 { han += 1 }
        }
        return (han, counts[1], counts[2], counts[3])
    }

    /// The ASCII letters among eight ASCII bytes: a byte lower-cased (bit 5 set) lies in a…z exactly when
    /// it is a letter of either case; adding 0x1F, and 0x05, to a byte below 0x80 sets its top bit when
    /// it is at least 0x61, and at least 0x7B (no carry leaves a byte).
    static func asciiLetters(_ w: UInt64) -> Int {
        let y = w | 0x2020_2020_2020_2020
        let atLeastA = y &+ 0x1F1F_1F1F_1F1F_1F1F, pastZ = y &+ 0x0505_0505_0505_0505
        return (atLeastA & ~pastZ & 0x8080_8080_8080_8080).nonzeroBitCount
    }

    /// `scriptCounts` one table look-up per byte, as first written: what the test of the faster one
    /// compares it with.
    static func scriptCountsByTable(_ utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
        var counts = [Int](repeating: 0, count: 6)
        for b in utf8 { counts[Int(scriptKinds[Int(b)])] += 1 }
        return counts
    }

    /// The script a byte leads: 1 Latin letter, 2 Cyrillic, 3 Arabic, 4 Han, 5 E4 (Han or not), 0 other.
    private static let scriptKinds: [UInt8] = (0..<256).map { b in
        switch b {
        case 0x41...0x5A, 0x61...0x7A: return 1
        case 0xD0...0xD3: return 2
        case 0xD8...0xDB: return 3
        case 0xE5...0xE9: return 4
        case 0xE4: return 5
        default: return 0
        }
    }

    /// How often each wanted word occurs in `head`: words are runs of letters and non-ASCII bytes,
    /// ASCII lower-cased.
    private static func wordCounts(_ head: [UInt8], wanted: Set<[UInt8]>) -> [String: Int] {
        var words: [String: Int] = [:]
        guard let longest = wanted.map(\.count).max() else { return words }
        // Detection words are short: up to eight bytes, a word is one integer, its bytes packed (no
        // byte of a word is zero, so no two words pack alike), and is looked up without hashing bytes.
        guard longest <= 8 else { return wordCountsOfLongWords(head, wanted: wanted, longest: longest) }
        func pack(_ bytes: [UInt8]) -> UInt64 { bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        // Sorted, and searched by halves: a handful of comparisons instead of hashing every word.
        let packed = Array(Set(wanted.filter { !$0.isEmpty && !$0.contains(0) }.map(pack))).sorted()
        var found = [Int](repeating: 0, count: packed.count)
        var word: UInt64 = 0, length = 0
        head.withUnsafeBufferPointer { head in
            wordLetters.withUnsafeBufferPointer { letters in
                // One step past the end: the end closes the last word.
                for i in 0...head.count {
                    let letter = i < head.count ? letters[Int(head[i])] : 0
                    if letter == 0 {
                        if length > 0, length <= longest {
                            var lo = 0, hi = packed.count
                            while lo < hi { let mid = (lo + hi) / 2; if packed[mid] < word { lo = mid + 1 } else { hi = mid } }
                            if lo < packed.count, packed[lo] == word { found[lo] += 1 }
                        }
                        word = 0
                        length = 0
                        continue
                    }
                    // A word longer than every wanted one is only measured, not kept.
                    if length < longest { word |= UInt64(letter) << (8 * UInt64(length)) }
                    length += 1
                }
            }
        }
        var counts: [UInt64: Int] = [:]
        for (k, n) in found.enumerated() where n > 0 { counts[packed[k]] = n }
        for (key, n) in counts {
            var bytes: [UInt8] = []
            var k = key
            while k != 0 { bytes.append(UInt8(k & 0xFF)); k >>= 8 }
            words[String(decoding: bytes, as: UTF8.self), default: 0] += n
        }
        return words
    }

    /// A byte as a letter of a word: ASCII lower-cased, other bytes as they are; 0 for the bytes that
    /// end a word.
    private static let wordLetters: [UInt8] = (0..<256).map { v in
        let b = UInt8(v)
        if Bytes.isLower(b) || b >= 0x80 { return b }
        return Bytes.isUpper(b) ? b | 0x20 : 0
    }

    private static func wordCountsOfLongWords(_ head: [UInt8], wanted: Set<[UInt8]>, longest: Int) -> [String: Int] {
        var words: [String: Int] = [:]
        var word: [UInt8] = []
        var tooLong = false
        func flush() {
            if !word.isEmpty, !tooLong, wanted.contains(word) { words[String(decoding: word, as: UTF8.self), default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
            tooLong = false
        }
        for b in head {
            let letter: UInt8
            if Bytes.isLower(b) || b >= 0x80 { letter = b } else if Bytes.isUpper(b) { letter = b | 0x20 } else { flush(); continue }
            if word.count < longest { word.append(letter) } else { tooLong = true }
        }
        flush()
        return words
    }
}
