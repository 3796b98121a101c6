import Foundation

/// The opening words of paragraphs in one language: preambular phrases, operative verbs and the
/// prefixes that may stand before them (又, "Also", "Further" …). Latin scripts compare without case
/// and on word boundaries; Chinese compares characters.
/// A class: every field is constant, and a vocabulary is passed to and captured by the byte paths for
/// every paragraph and many lines; as a struct each pass copied (retained) all its lists.
final class Vocabulary: Sendable {
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
        /// The words that are not empty, in order.
        var ordered: [(word: String, count: Int)]
        init(_ words: [(String, Int)]) {
            ordered = words.filter { !$0.0.isEmpty }
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
    /// The script writes optional vowel marks (Arabic): they are set aside before an opening is read.
    private let vowelMarked: Bool
    /// The same lists as bytes, when every word is plain (see `PlainText`); nil otherwise.
    private let plain: PlainLists?
    /// Words that open a frame closed by its opener (Chinese 对 in "对…表示关切").
    private let frames: [String]
    /// An adverb that stands before an opener as a prefix does (Chinese "…地"), and its suffix as bytes.
    private let adverb: LanguageProfile.OpenerAdverbs?
    private let adverbSuffix: [UInt8]

    init(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) {
        latin = language.script != "han"
        vowelMarked = language.script == "arabic"
        let norm: (String) -> String = { [latin] in latin ? $0.lowercased() : $0 }
        // Longest first; each length is counted once, not in every comparison of the sort.
        let longestFirst: ([String]) -> WordList = { words in
            WordList(words.map { w -> (String, Int) in let n = norm(w); return (n, n.count) }
                .enumerated().sorted { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }
                .map(\.element))
        }
        prefixes = longestFirst(language.openerPrefixes)
        preamble = longestFirst(language.preambleOpeners + extraPreamble)
        operative = longestFirst(language.operativeVerbs + extraOperative
            + (language.uninflectedOpeners == true ? language.preambleOpeners + extraPreamble : []))
        longest = (prefixes.all + preamble.all + operative.all).map(\.count).max() ?? 0
        let openers = language.preambleOpeners + extraPreamble + language.operativeVerbs + extraOperative
        lowercaseOpeners = openers.filter { $0.first?.isLowercase == true }.count * 2 > openers.count
        plain = PlainLists(prefixes: prefixes, preamble: preamble, operative: operative)
        adverb = language.openerAdverbs.flatMap { $0.suffix.isEmpty || $0.longest < 1 ? nil : $0 }
        adverbSuffix = Array((adverb?.suffix ?? "").utf8)
        frames = (language.openerFrames ?? []).filter { !$0.isEmpty }.map(norm)
    }

    /// The vocabulary of a language, built once per profile (`LanguageProfile.derived`) and shared by
    /// every file and thread. With a rule's extra openers (`OpeningCheck`'s `extra`, from a rule file
    /// or a configuration, not from the profile), once per profile and extra words.
    static func shared(_ language: LanguageProfile, extraPreamble: [String] = [], extraOperative: [String] = []) -> Vocabulary {
        if extraPreamble.isEmpty, extraOperative.isEmpty { return language.derived { Vocabulary($0) } }
        let extra = Extra(preamble: extraPreamble, operative: extraOperative)
        let extended = language.derived { _ in Locked<[Extra: Vocabulary]>([:]) }
        if let vocabulary = extended.withLock({ $0[extra] }) { return vocabulary }
        let vocabulary = Vocabulary(language, extraPreamble: extraPreamble, extraOperative: extraOperative)
        extended.withLock { $0[extra] = vocabulary }
        return vocabulary
    }

    /// A rule's extra openers: the key of a profile's extended vocabularies.
    private struct Extra: Hashable {
        let preamble: [String], operative: [String]
    }

    enum Kind { case preamble, operative }

    /// How much of a paragraph is read: openers are short, so the rest of a long paragraph is not
    /// lowercased or copied (unless quotes and prefixes alone fill this head).
    private static let head = 48

    /// The text after any opening quotes and prefixes.
    func stripPrefixes(_ text: String) -> Substring {
        if let bare = plainSpelling(text) { return stripPrefixes(bare) }
        var text = text
        if let rest = text.withUTF8({ stripPlain($0) { head, start in String(decoding: head[start...], as: UTF8.self) } }) {
            return Substring(rest)
        }
        return stripCharacters(text)
    }

    /// A text after its quotes and prefixes (`stripPrefixes`), with whether an opener of each kind
    /// begins it where the reading that stripped it could tell (`opens(stripped:as:)` of the rest).
    struct Stripped {
        let rest: Substring
        var preamble: Bool? = nil
        var operative: Bool? = nil

        /// `words.opens(stripped: rest, as: kind)`, read once with the stripping where it could be.
        func opens(as kind: Kind, _ words: Vocabulary) -> Bool {
            (kind == .preamble ? preamble : operative) ?? words.opens(stripped: rest, as: kind)
        }
    }

    /// `stripPrefixes`, and the openers at its rest read on the same head of bytes. `opens(stripped:)`
    /// would read that rest again: its bytes are the head's from where the stripping stopped, lower-cased
    /// already, with no quote or prefix to strip before an opener, and the head's end counts as the end
    /// of the text in both readings.
    func stripPrefixesReading(_ text: String) -> Stripped {
        if let bare = plainSpelling(text) { return stripPrefixesReading(bare) }
        var text = text
        if let plain, let read = text.withUTF8({ b in
            stripPlain(b) { head, start in
                (String(decoding: head[start...], as: UTF8.self), opens(head, start, plain.preamble), opens(head, start, plain.operative))
            }
        }) {
            return Stripped(rest: Substring(read.0), preamble: read.1, operative: read.2)
        }
        return Stripped(rest: stripCharacters(text))
    }

    /// `stripPrefixes` by Characters: exact for any text.
    func stripCharacters(_ text: String) -> Substring {
        if let bare = plainSpelling(text) { return stripCharacters(bare) }
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

    /// Prefixes are stripped until an opener of either list begins the rest: an opener may begin with
    /// a prefix ("最强烈地谴责" and 最强烈, "再次承诺" and 再次, "特别指出" and 特别) and is read whole.
    private func strip(_ text: String) -> Substring {
        var rest = Self.dropQuotes(Substring(latin ? text.lowercased() : text))
        while !matches(rest, preamble), !matches(rest, operative), let next = afterPrefix(rest) { rest = next }
        return rest
    }

    /// Quotes, and Markdown emphasis around an opener ("*Recalling*" in a .md draft).
    private static func dropQuotes(_ text: Substring) -> Substring {
        text.drop { $0 == " " || $0 == "“" || $0 == "\"" || $0 == "*" || $0 == "_" }
    }

    /// The text after the prefix or adverb it opens with, and the quotes after that; nil where it
    /// opens with neither.
    private func afterPrefix(_ rest: Substring) -> Substring? {
        for (prefix, count) in prefixes.candidates(rest) where rest.hasPrefix(prefix) && boundary(rest, count) {
            return Self.dropQuotes(rest.dropFirst(count))
        }
        guard let adverb else { return nil }
        var k = 0
        for c in rest.prefix(adverb.longest) {
            guard c.isLetter else { return nil }
            k += 1
            let after = rest.dropFirst(k)
            if after.hasPrefix(adverb.suffix) { return Self.dropQuotes(after.dropFirst(adverb.suffix.count)) }
        }
        return nil
    }

    func opens(_ text: String, as kind: Kind) -> Bool {
        if let bare = plainSpelling(text) { return opens(bare, as: kind) }
        var text = text
        if let plain, let answer = text.withUTF8({ stripPlain($0) { opens($0, $1, kind == .preamble ? plain.preamble : plain.operative) } }) {
            return answer
        }
        return opens(stripped: stripCharacters(text), as: kind)
    }

    /// `opens` for a text already through `stripPrefixes`.
    func opens(stripped rest: Substring, as kind: Kind) -> Bool {
        if let plain, let answer = rest.utf8.withContiguousStorageIfAvailable({ b in
            stripPlain(b) { head, start in opens(head, start, kind == .preamble ? plain.preamble : plain.operative) }
        }) ?? nil {
            return answer
        }
        return opens(rest, kind == .preamble ? preamble : operative)
    }

    /// An opener of `kind` inside the first clause of a text that opens with a frame word: in Chinese
    /// the verb follows what it is about ("对人道主义人员…丧生…深表关切，", A/RES/75/125; "就海法司开展的活动
    /// 向秘书长表示感谢", A/RES/75/239; source: the United Nations). The lint rules ask this where the
    /// opening is otherwise not recognised; the parser does not (a frame word opens many sentences).
    func opensInFrame(_ text: String, as kind: Kind, clauseEnd: String) -> Bool {
        // Not `stripCharacters`, which reads the first `head` characters only: a frame runs longer
        // ("对一些宣扬仇恨的团体…进行策划、筹资、信息传播感到关切，", 66 characters to its verb, A/RES/75/169).
        let head = strip(String(text.prefix(Self.frameLength + 8)))
        guard let frame = frames.first(where: { head.hasPrefix($0) && boundary(head, $0.count) }) else { return false }
        var rest = head.dropFirst(frame.count).prefix(Self.frameLength)
        if let end = rest.range(of: clauseEnd) { rest = rest[..<end.lowerBound] }
        let words = kind == .preamble ? preamble : operative
        var previous: Character?
        while let c = rest.first {
            // In Latin scripts a word begins after a character that is not a letter.
            if !latin || !(previous?.isLetter ?? false), opens(rest, words) { return true }
            previous = c
            rest = rest.dropFirst()
        }
        return false
    }

    /// Characters of a frame read for its verb.
    private static let frameLength = 80

    /// `opens` and `opensParagraph` by Characters only, what the byte paths must agree with.
    func opensByCharacters(_ text: String, as kind: Kind) -> Bool {
        opens(stripCharacters(text), kind == .preamble ? preamble : operative)
    }

    func opensParagraphByCharacters(_ text: String) -> Bool {
        let rest = stripCharacters(text)
        return opens(rest, preamble) || opens(rest, operative)
    }

    /// An opener of `words` begins the text, after any prefixes.
    private func opens(_ rest: Substring, _ words: WordList) -> Bool {
        var rest = Self.dropQuotes(rest)
        while !matches(rest, words) {
            guard let next = afterPrefix(rest) else { return false }
            rest = next
        }
        return true
    }

    /// An opener of `words` begins the text as it stands.
    private func matches(_ rest: Substring, _ words: WordList) -> Bool {
        (words.hasEmpty && boundary(rest, 0)) || words.candidates(rest).contains { rest.hasPrefix($0.word) && boundary(rest, $0.count) }
    }

    func opensParagraph(_ text: String) -> Bool {
        if let bare = plainSpelling(text) { return opensParagraph(bare) }
        var text = text
        if let answer = text.withUTF8({ opensParagraphPlain($0) }) { return answer }
        return opensParagraphByCharacters(text)
    }

    /// `opensParagraph` of the text of `range` in a source file, without making a String of it where
    /// its head is plain.
    func opensParagraph(_ source: SourceFile, _ range: ByteRange) -> Bool {
        if source.bytes.withUnsafeBufferPointer({ needsPlainSpelling(UnsafeBufferPointer(rebasing: $0[range])) }) { return opensParagraph(source.string(range)) }
        let answer = source.bytes.withUnsafeBufferPointer { opensParagraphPlain(UnsafeBufferPointer(rebasing: $0[range])) }
        return answer ?? opensParagraph(source.string(range))
    }

    private func opensParagraphPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let plain else { return nil }
        return stripPlain(b) { head, start in opens(head, start, plain.preamble) || opens(head, start, plain.operative) }
    }

    // MARK: Arabic vowel marks

    /// Vowel marks and the shadda (U+064B…U+065F, U+0670) are written on some words and not others
    /// ("يسلّم" for "يسلم", the UN's Arabic texts): an opening is read without them, and without the
    /// tatweel that stretches a word ("تقـرر", "تقــرر" for "تقرر", four of the UN's Arabic resolutions of
    /// the 75th session). Only the head of a text is looked at, where an opening is.
    static func holdsVowelMarks(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = min(b.count, 160)
        var i = 0
        while i + 1 < end {
            if b[i] == 0xD9, (0x8B...0x9F).contains(b[i + 1]) || b[i + 1] == 0xB0 || b[i + 1] == 0x80 { return true }
            i += 1
        }
        return false
    }

    /// A no-break space (U+00A0, U+202F) between the words of an opening is a space: "Se\u{A0}félicitant",
    /// "Se\u{A0}déclarant préoccupée" (the UN's French texts in its AKN, in 14 resolutions of the 75th session).
    static func holdsNoBreakSpace(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // memchr finds the few C2 and E2 that may start one: most heads have none or a quotation mark.
        let end = min(b.count, 160)
        guard let base = b.baseAddress else { return false }
        func found(_ lead: UInt8, _ width: Int, _ rest: (Int) -> Bool) -> Bool {
            var from = 0
            while from + width <= end, let hit = memchr(base + from, Int32(lead), end - width + 1 - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if rest(i) { return true }
                from = i + 1
            }
            return false
        }
        return found(0xC2, 2) { b[$0 + 1] == 0xA0 } || found(0xE2, 3) { b[$0 + 1] == 0x80 && b[$0 + 2] == 0xAF }
    }

    /// `holdsNoBreakSpace` by one walk over the head's bytes: what the memchr walks stand for.
    static func holdsNoBreakSpaceByWalk(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = min(b.count, 160)
        var i = 0
        while i + 1 < end {
            if b[i] == 0xC2, b[i + 1] == 0xA0 { return true }
            if b[i] == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0xAF { return true }
            i += 1
        }
        return false
    }

    private func needsPlainSpelling(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        (vowelMarked && Self.holdsVowelMarks(b)) || Self.holdsNoBreakSpace(b)
    }

    /// The text without its vowel marks and with spaces for its no-break spaces, or nil when its head
    /// holds neither.
    private func plainSpelling(_ text: String) -> String? {
        var text = text
        guard text.withUTF8(needsPlainSpelling) else { return nil }
        let scalars = text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if vowelMarked, (0x064B...0x065F).contains(s.value) || s.value == 0x0670 || s.value == 0x0640 { return nil }
            return s.value == 0xA0 || s.value == 0x202F ? " " : s
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private func boundary(_ text: Substring, _ count: Int) -> Bool {
        guard latin else { return true }
        guard let c = text.dropFirst(count).first else { return true }
        return !c.isLetter
    }

    // MARK: Bytes where Characters are scalars

    /// The word lists as lower-cased UTF-8, grouped by their first byte, longest first as in `WordList`.
    private struct PlainLists: Sendable {
        struct Words: Sendable {
            var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
            var hasEmpty = false
        }
        var prefixes: Words
        var preamble: Words
        var operative: Words

        /// Nil when a word is not plain: only Characters compare it exactly.
        init?(prefixes: WordList, preamble: WordList, operative: WordList) {
            func words(_ list: WordList) -> Words? {
                var out = Words(hasEmpty: list.hasEmpty)
                // A word's first Character is its first scalar, so words that share a first byte keep
                // the order they have among words with their first Character.
                for (word, _) in list.ordered {
                    var w = word
                    guard w.withUTF8(PlainText.isPlain) else { return nil }
                    let bytes = Array(word.utf8)
                    out.byFirstByte[Int(bytes[0])].append(bytes)
                }
                return out
            }
            guard let p = words(prefixes), let a = words(preamble), let o = words(operative) else { return nil }
            self.prefixes = p; self.preamble = a; self.operative = o
        }
    }

    /// Runs `body` on the head of valid UTF-8 `b`: its first `limit` scalars as UTF-8, lower-cased if
    /// asked, and their number; nil where one of them (or its lower case) is not plain. The head is
    /// written to the stack: this runs for every paragraph and many lines.
    private func withPlainHead<R>(_ b: UnsafeBufferPointer<UInt8>, limit: Int, lowercase: Bool,
                                  _ body: (UnsafeBufferPointer<UInt8>, Int) -> R) -> R? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limit * 4) { out -> R? in
            var i = 0, o = 0, n = 0
            while i < b.count, n < limit {
                let c = b[i]
                n += 1
                if c < 0x80 {
                    if c == 0x0D { return nil }
                    out[o] = lowercase && Bytes.isUpper(c) ? c | 0x20 : c
                    o += 1
                    i += 1
                    continue
                }
                let (s, width) = UTF8Text.scalar(at: i, in: b)
                guard Graphemes.neverJoins(s) else { return nil }
                var l = s
                if lowercase {
                    guard let lower = Self.lower(s) else { return nil }
                    l = lower
                }
                if l == s {
                    for k in 0..<width { out[o + k] = b[i + k] }
                    o += width
                } else {
                    UTF8.encode(l) { out[o] = $0; o += 1 }
                }
                i += width
            }
            return body(UnsafeBufferPointer(rebasing: out[0..<o]), n)
        }
    }

    /// `stripPrefixes` on bytes: `body` gets the lower-cased head and where its rest starts; nil where
    /// the Characters must decide (a scalar that is not plain, a head of nothing but quotes and prefixes).
    private func stripPlain<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> R) -> R? {
        guard let plain else { return nil }
        // The head of 48 characters, and one more scalar: it shows there are more, and that the
        // 48th stands alone.
        return withPlainHead(b, limit: Self.head + 1, lowercase: latin) { read, count -> R? in
            var end = read.count
            let bounded = count > Self.head
            if bounded {
                // Without the extra scalar: its continuation bytes, then its first.
                while read[end - 1] & 0xC0 == 0x80 { end -= 1 }
                end -= 1
            }
            let head = UnsafeBufferPointer(rebasing: read[0..<end])
            var start = Self.afterQuotes(head, 0)
            while !matches(head, start, plain.preamble), !matches(head, start, plain.operative),
                  let next = afterPrefix(head, start, plain.prefixes) {
                start = next
            }
            // Characters left in the head: every byte but continuation bytes starts one.
            if bounded, head[start...].lazy.filter({ $0 & 0xC0 != 0x80 }).count <= longest + 1 { return nil }
            return body(head, start)
        } ?? nil
    }

    /// Quotes, and Markdown emphasis around an opener: " ", “ (E2 80 9C), \", *, _.
    private static func afterQuotes(_ head: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var start = from
        while start < head.count {
            let c = head[start]
            if c == 0x20 || c == 0x22 || c == 0x2A || c == 0x5F { start += 1; continue }
            if c == 0xE2, start + 2 < head.count, head[start + 1] == 0x80, head[start + 2] == 0x9C { start += 3; continue }
            break
        }
        return start
    }

    /// `afterPrefix` on bytes.
    private func afterPrefix(_ head: UnsafeBufferPointer<UInt8>, _ start: Int, _ prefixes: PlainLists.Words) -> Int? {
        guard start < head.count else { return nil }
        for w in prefixes.byFirstByte[Int(head[start])] where Self.matches(head, start, w) && boundary(head, start + w.count) {
            return Self.afterQuotes(head, start + w.count)
        }
        guard let adverb else { return nil }
        var i = start, k = 0
        while i < head.count, k < adverb.longest {
            let (s, width) = UTF8Text.scalar(at: i, in: head)
            guard Self.isLetter(s) else { return nil }
            i += width
            k += 1
            if Self.matches(head, i, adverbSuffix) { return Self.afterQuotes(head, i + adverbSuffix.count) }
        }
        return nil
    }

    /// `opens` on bytes: an opener of `words` at `start`, after any prefixes.
    private func opens(_ head: UnsafeBufferPointer<UInt8>, _ start: Int, _ words: PlainLists.Words) -> Bool {
        guard let plain else { return false }
        var start = start
        while !matches(head, start, words) {
            guard let next = afterPrefix(head, start, plain.prefixes) else { return false }
            start = next
        }
        return true
    }

    /// An opener of `words` at `start` as the text stands.
    private func matches(_ head: UnsafeBufferPointer<UInt8>, _ start: Int, _ words: PlainLists.Words) -> Bool {
        if words.hasEmpty && boundary(head, start) { return true }
        guard start < head.count else { return false }
        return words.byFirstByte[Int(head[start])].contains { Self.matches(head, start, $0) && boundary(head, start + $0.count) }
    }

    private static func matches(_ head: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: [UInt8]) -> Bool {
        guard start + word.count <= head.count else { return false }
        var k = 0
        while k < word.count, head[start + k] == word[k] { k += 1 }
        return k == word.count
    }

    /// No letter follows at byte `at` of the head (the end of the head counts as the end of the text).
    private func boundary(_ head: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        guard latin, at < head.count else { return true }
        // ASCII has no letters but A…Z and a…z.
        let c = head[at]
        if c < 0x80 { return !(Bytes.isLower(c) || Bytes.isUpper(c)) }
        return !Self.isLetter(UTF8Text.scalar(at: at, in: head).scalar)
    }

    /// `Character(s).isLetter`, told without Unicode's tables for the CJK unified ideographs of
    /// U+4E00…U+9FFF, every one a letter (Lo; a test reads them all): the adverbs of Chinese openers
    /// are read letter by letter.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value >= 0x4E00, s.value <= 0x9FFF { return true }
        return Character(s).isLetter
    }

    /// The lower case of a scalar when it is one plain scalar. String.lowercased() maps each scalar
    /// to its `lowercaseMapping`; the mappings of the scalars UN texts are written in are tabled once.
    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : s }
        if v < 0x700 { let l = lowerTable[Int(v)]; return l == 0 ? nil : Unicode.Scalar(l) }
        return single(s.properties.lowercaseMapping)
    }

    private static let lowerTable: [UInt32] = (0..<0x700).map { v in
        Unicode.Scalar(UInt32(v)).flatMap { single($0.properties.lowercaseMapping)?.value } ?? 0
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex, PlainText.isPlain(s) else { return nil }
        return s
    }
}
