/// Finds footnote markers in running text. Explicit markers (`[^3]`, superscripts) are certain; in
/// PDF-extracted text the superscript became a plain number (`2013 年2`, `activities, 1`), so a number
/// counts as a marker only where the language's context says it is not a date, a paragraph number or a
/// count, and only if it names a footnote of the scope or, glued to the text, the next one expected.
struct FootnoteReferenceFinder {
    private let notAfter: [[UInt8]]
    private let notBefore: [[UInt8]]
    /// The words that join two numbers of a range or a list ("22 and 23", "6 to 12"): the language's
    /// `ranges`, or its list conjunctions and "to".
    private let rangeWords: [[UInt8]]
    /// The script sets words apart with spaces (all but Chinese).
    private let spaced: Bool
    /// Arabic texts keep an amount's groups of digits in reverse order: "289 13" is 13,289.
    private let groupsReversed: Bool
    private let decimalComma: Bool

    init(language: LanguageProfile) {
        spaced = language.script != "han"
        groupsReversed = language.script == "arabic"
        decimalComma = language.decimalMark == ","

        notAfter = language.footnoteReferences.notAfter.map { Array($0.utf8) }
        notBefore = language.footnoteReferences.notBefore.map { Array($0.utf8) }
        rangeWords = language.rangeWords.map { Array($0.utf8) }
    }

    /// The finder of a language, made once per profile (`LanguageProfile.derived`): every document's
    /// footnotes are linked with it, and its words as bytes are all it holds.
    static func shared(_ language: LanguageProfile) -> FootnoteReferenceFinder {
        language.derived(FootnoteReferenceFinder.init(language:))
    }

    /// The bytes a marker can start with: "[", a digit, C2 or E2 (superscripts).
    static let starts: [Bool] = (0..<256).map { b in b == 0x5B || b == 0xC2 || b == 0xE2 || (0x30...0x39).contains(b) }

    /// Whether one of the eight bytes of `w` may be in `starts`: "[", C2 or E2, or a byte of 30…3F (the
    /// digits and ":;<=>?"). Never false where one is: a byte equal to `k` leaves a zero byte in
    /// `w ^ k…k`, and `(v - 01…01) & ~v & 80…80` is not zero exactly where `v` holds a zero byte.
    static func mayStart(_ w: UInt64) -> Bool {
        func hasZero(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 }
        return hasZero((w & 0xF0F0_F0F0_F0F0_F0F0) ^ 0x3030_3030_3030_3030) || hasZero(w ^ 0x5B5B_5B5B_5B5B_5B5B)
            || hasZero(w ^ 0xC2C2_C2C2_C2C2_C2C2) || hasZero(w ^ 0xE2E2_E2E2_E2E2_E2E2)
    }

    /// The superscript digit at `i` and its byte length: ¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ and ⁴ … ⁹
    /// are E2 81 B0 and E2 81 B4 … B9.
    private static func superscript(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (digit: Int, width: Int)? {
        if b[i] == 0xC2, i + 1 < b.count {
            switch b[i + 1] {
            case 0xB9: return (1, 2)
            case 0xB2: return (2, 2)
            case 0xB3: return (3, 2)
            default: return nil
            }
        }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x81, b[i + 2] == 0xB0 || (0xB4...0xB9).contains(b[i + 2]) {
            return (Int(b[i + 2] - 0xB0), 3)
        }
        return nil
    }

    /// How sure a number is to be a footnote marker, from its form alone. Which candidates are markers
    /// is decided over the whole scope (`FootnoteLinker`): footnotes are numbered in order of first
    /// reference, so a number that is the next one expected may be a marker even where its context
    /// would say otherwise, and a plain number that jumps ahead is not.
    enum Strength: Int, Comparable, Sendable {
        /// A number whose context says it is something else ("22 and 23 September", "paragraphs 8",
        /// "G7", "12, 13 (b)"): a marker only where the order of footnotes needs it.
        case weak
        /// A number set apart by spaces, as pdftotext writes most markers ("Convention 16 and", ", 6 which").
        case spaced
        /// Glued to the word or mark it follows ("plan5 as", "年2", "reports,1"): a lost superscript.
        case glued
        /// "[^3]" or a superscript digit.
        case explicit

        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    struct Candidate: Sendable {
        var number: Int
        var strength: Strength
        var reference: FootnoteReference
        /// Glued to a CJK ideograph, as every number of a text without spaces is.
        var againstIdeograph = false
        /// Followed by a mark, the text's end or a word that joins a list ("and", "или"): where a note
        /// cited again stands ("персонала 4;", "коррупции 8 или"), unlike a count ("1 was injured",
        /// "6 abductions"). Always true in a script without spaces between words.
        var closesPhrase = true
    }

    /// Every number of `text` that may be a footnote marker, in text order.
    func candidates(in text: MappedText) -> [Candidate] {
        var string = text.text
        return string.withUTF8 { candidates(in: $0, text: text) }
    }

    private func candidates(in b: UnsafeBufferPointer<UInt8>, text: MappedText) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        func add(_ n: Int, _ r: Range<Int>, _ strength: Strength, againstIdeograph: Bool = false) {
            out.append(Candidate(number: n, strength: strength,
                                 reference: FootnoteReference(number: n, range: text.sourceRange(r), logicalRange: r),
                                 againstIdeograph: againstIdeograph, closesPhrase: spaced ? closesPhrase(b, r.upperBound) : true))
        }
        let starts = Self.starts
        let raw = UnsafeRawBufferPointer(b)
        while i < b.count {
            // Eight bytes at a time over words where nothing can start.
            while i + 8 <= b.count, !Self.mayStart(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < b.count else { break }
            let c = b[i]
            // Nothing starts at most bytes.
            if !starts[Int(c)] { i += 1; continue }
            // [^12]
            if c == 0x5B, i + 1 < b.count, b[i + 1] == 0x5E,
               let (n, len) = Self.leadingNumber(b, (i + 2)..<b.count), i + 2 + len < b.count, b[i + 2 + len] == 0x5D {
                add(n, i..<(i + 3 + len), .explicit); i += 3 + len; continue
            }
            // Superscript digits.
            if Self.superscript(b, at: i) != nil {
                var j = i, n = 0
                while j < b.count, let (d, width) = Self.superscript(b, at: j) { n = n * 10 + d; j += width }
                add(n, i..<j, .explicit); i = j; continue
            }
            guard Bytes.isDigit(c) else { i += 1; continue }
            var j = i
            while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
            // Lines joined with nothing between them (Chinese) may put two numbers side by side:
            // "第23/9号、1" at a line's end and "2015年" at the next one's head are not "12015".
            if j - i > 3, let k = ((i + 1)..<j).first(where: { text.sourceOffset($0) != text.sourceOffset($0 - 1) + 1 }) { j = k }
            defer { i = j }
            // A year with a marker glued to it: "10 October 19904 or", "2024–203414 and".
            if j - i >= 5, j - i <= 6, let m = Self.yearThenMarker(b, i, j), let (n, _) = Self.leadingNumber(b, m..<j), n > 0 {
                add(n, m..<j, .weak); continue
            }
            guard j - i <= 3, let (n, _) = Self.leadingNumber(b, i..<j), n > 0 else { continue }
            // A group of a figure's thousands: "1,117,005 dollars" (A/RES/75/250 B), "005" no note 5.
            if b[i] == 0x30 || j - i == 3 && i >= 2 && b[i - 1] == 0x2C && Bytes.isDigit(b[i - 2]) { continue }
            // A marker glued to a word in lower case ("costs3 and", "plan5 as", "Secretary-General7"):
            // PDF extraction lost the superscript.
            if i > 0, Self.gluedToLowercaseWord(b, i), j == b.count || !isTokenGlue(b[j]) {
                add(n, i..<j, .glued); continue
            }
            // Part of a larger token: "A/77/92", "2021-2025", "S.1", "4653rd", "1.5", "(15)".
            if i > 0, b[i - 1] == 0x2E || Bytes.isDigit(b[i - 1]) || (isTokenGlue(b[i - 1]) && !Bytes.isLower(b[i - 1]) && !Bytes.isUpper(b[i - 1])) { continue }
            // Set apart on its left and glued to a one-letter word on its right ("Protocolo de Cartagena 29y la
            // segunda", "Sostenible 4y el": the Spanish markup of A/RES/75/219 and 75/213 drops the space after
            // the note): a marker only where the order of footnotes needs it.
            if j + 1 < b.count, Bytes.isLower(b[j]), b[j + 1] == 0x20, i > 0, b[i - 1] == 0x20 { add(n, i..<j, .weak); continue }
            // So glued to a longer word where the note stands after a space before it ("of 5 December 1994,
            // 1in which", the UN's A/RES/75/29): not an ordinal's or a unit's ending ("21st", "5km").
            if i > 0, b[i - 1] == 0x20, j < b.count, Bytes.isLower(b[j]), !Self.numberSuffix(b, j) { add(n, i..<j, .weak); continue }
            if j < b.count, isTokenGlue(b[j]) { continue }
            // A range's first number, its dash glued to it and to the second ("7‒18 ноября", "5−6 December").
            if case let dash = Self.rangeDashWidth(b, j), dash > 0, j + dash < b.count, Bytes.isDigit(b[j + dash]) { continue }
            // Before a hyphen written as U+2010 or U+2011: "приложений 1‑A и 2".
            if j + 2 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x90 || b[j + 2] == 0x91 { continue }
            // The decimals of a figure where the language writes a decimal comma: "11,1 миллиона".
            if decimalComma, i >= 2, b[i - 1] == 0x2C, (1...3).contains(Self.digitsBefore(i - 1, b)) { continue }
            if j + 1 < b.count, (b[j] == 0x2E || b[j] == 0x2C), Bytes.isDigit(b[j + 1]) { continue }
            if i > 0, b[i - 1] == 0x28, j < b.count, b[j] == 0x29 { continue }
            // "’1‘ المعلومات …": an item's label between single quotation marks, as Arabic texts write (i), (ii).
            if i >= 3, j + 2 < b.count, b[i - 3] == 0xE2, b[i - 2] == 0x80, b[i - 1] == 0x98 || b[i - 1] == 0x99,
               b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x98 || b[j + 2] == 0x99 { continue }
            // After a hyphen written as U+2010 or U+2011 ("COVID‑19") or a range's dash ("2021–2025", "7‒18").
            if i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80, b[i - 1] == 0x90 || b[i - 1] == 0x91 { continue }
            if Self.rangeDashWidth(endingAt: i, b) > 1 { continue }
            // Glued to a capital or a short word ("Protocol I4", "G20", "COP29"): a code as often as a marker.
            if i > 0, Bytes.isLower(b[i - 1]) || Bytes.isUpper(b[i - 1]) { add(n, i..<j, .weak); continue }
            let glued = i > 0 && b[i - 1] != 0x20 && b[i - 1] != 0x09
            let excluded = followedByExcluded(b, j) || precededByExcluded(b, i) || inNumberList(b, i) || beforeAnotherNumber(b, i, j)
                || Self.enumerator(b, i, j) || Self.beforeItemLabel(b, j) || Self.inCommaList(b, i, j) || Self.beforeThousands(b, j) || Self.afterThousands(b, i, j)
                || groupsReversed && Self.afterGroupOfThree(b, i)
            // A script without spaces sets every number against the character before it ("目标14即保护"):
            // there a number that touches an ideograph is a slip of order only near the note expected.
            add(n, i..<j, excluded ? .weak : glued ? .glued : .spaced, againstIdeograph: glued && Self.afterIdeograph(b, i))
        }
        return out
    }

    /// Where the marker starts in a run of five or six digits that is a year (1900–2099) with a marker
    /// glued to it: after a day and a month ("10 October 19904", "10 de octubre de 19904") or after a
    /// year and a dash ("2024–203414"). nil for any other run.
    private static func yearThenMarker(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard let (year, _) = leadingNumber(b, start..<(start + 4)), (1900...2099).contains(year), b[start + 4] != 0x30 else { return nil }
        // "2024–2034": a dash, itself after four digits.
        var k = start
        k -= rangeDashWidth(endingAt: k, b)
        if k < start {
            return k >= 4 && b[(k - 4)..<k].allSatisfy(Bytes.isDigit) && (k == 4 || !Bytes.isDigit(b[k - 5])) ? start + 4 : nil
        }
        // Up to three words of letters (a month, "de"), then a day of one or two digits.
        var words = 0
        while words < 3 {
            var w = k
            while case let s = spaceWidth(before: w, b), s > 0 { w -= s }
            var letters = w
            while letters > 0, Bytes.isLower(b[letters - 1]) || Bytes.isUpper(b[letters - 1]) || b[letters - 1] >= 0x80 { letters -= 1 }
            guard letters < w, w < k else { break }
            k = letters
            words += 1
        }
        guard words > 0 else { return nil }
        while case let s = spaceWidth(before: k, b), s > 0 { k -= s }
        var d = k
        while d > 0, Bytes.isDigit(b[d - 1]) { d -= 1 }
        return (1...2).contains(k - d) && (d == 0 || !Bytes.isDigit(b[d - 1])) ? start + 4 : nil
    }

    /// "paragraphs 8 (g),\n12, 13 (b)": a number a comma joins to the next number belongs to a list.
    /// (After one it may be a marker: "Agenda\n21, 6 the Johannesburg Declaration", A/C.2/80/L.29.)
    private static func inCommaList(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var k = end
        if k < b.count, b[k] == 0x2C {
            k += 1
            while case let w = spaceWidth(b, k), w > 0 { k += w }
            if k < b.count, Bytes.isDigit(b[k]) {
                // "de 25 de septiembre de 2014 17, 28/20, de 27 de marzo": a resolution's symbol after
                // the comma is no list's next number (the UN's Spanish 75/193 as printed).
                var d = k
                while d < b.count, Bytes.isDigit(b[d]) { d += 1 }
                return !(d < b.count && b[d] == 0x2F)
            }
        }
        return false
    }

    /// "计数5 428 107美元", "1 136 971": a number before a group of three digits is the head of an amount
    /// written with spaces between thousands.
    private static func beforeThousands(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let w = spaceWidth(b, end)
        guard w > 0 else { return false }
        var k = end + w
        let start = k
        while k < b.count, Bytes.isDigit(b[k]) { k += 1 }
        return k - start == 3
    }

    /// "5 428 107": a group of three digits after a number is the tail of an amount.
    private static func afterThousands(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let w = spaceWidth(before: start, b)
        return end - start == 3 && w > 0 && start - w > 0 && Bytes.isDigit(b[start - w - 1])
    }

    /// "920 1" (1,920 in the UN's Arabic texts, S/RES/2531 (2020)): a number after a group of three
    /// digits that stands alone is the head of the amount.
    private static func afterGroupOfThree(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let w = spaceWidth(before: start, b)
        guard w > 0 else { return false }
        let end = start - w
        guard digitsBefore(end, b) == 3 else { return false }
        return end == 3 || spaceWidth(before: end - 3, b) > 0
    }

    /// How many digits stand right before `k`.
    private static func digitsBefore(_ k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var m = k
        while m > 0, Bytes.isDigit(b[m - 1]) { m -= 1 }
        return k - m
    }

    /// "1) progress": a number closed by a parenthesis that nothing opened is a list's enumerator.
    private static func enumerator(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end < b.count, b[end] == 0x29 else { return false }
        var k = start - 1
        while k >= 0, start - k < 40 {
            if b[k] == 0x28 { return false }
            if b[k] == 0x29 { return true }
            k -= 1
        }
        return true
    }

    /// "8 (g)", "13 (b)", "4 (iv)": a paragraph's number before its item's label.
    /// Without the opening bracket in the languages that write labels so: "пункту 1 b)", "1 б)".
    private static func beforeItemLabel(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var k = end
        while case let w = spaceWidth(b, k), w > 0 { k += w }
        guard k > end, k < b.count else { return false }
        if b[k] == 0x28 { k += 1 }
        // A digit or a space starts no label: most numbers are passed over without decoding.
        guard k < b.count, !Bytes.isDigit(b[k]), b[k] != 0x20 else { return false }
        // The label's letters, in any script: a short window of the text is enough.
        let window = String(decoding: UnsafeBufferPointer(rebasing: b[k..<min(b.count, k + 12)]), as: UTF8.self)
        let letters = window.prefix { $0.isLetter && $0.isLowercase }
        return (1...4).contains(letters.count) && window.dropFirst(letters.count).first == ")"
    }

    /// Whether the digits at `i` follow a word of three or more letters in lower case (its first
    /// letter may be a capital: "Agenda5"), itself not glued to a digit or a slash.
    private static func gluedToLowercaseWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i, lower = 0
        while k > 0, Bytes.isLower(b[k - 1]) { k -= 1; lower += 1 }
        if k > 0, Bytes.isUpper(b[k - 1]) { k -= 1 }
        guard lower >= 3 else { return false }
        // "Secretary-General7": a hyphen between two words; "COVID-19" or "X-ray5" stays out.
        if k >= 2, b[k - 1] == 0x2D, Bytes.isLower(b[k - 2]) { return true }
        return k == 0 || !(Bytes.isDigit(b[k - 1]) || b[k - 1] == 0x2F || b[k - 1] == 0x2D || Bytes.isUpper(b[k - 1]))
    }

    /// Characters that make a number part of a larger token: "A/77/92", "2021-2025", "S.1", "4653rd".
    /// Whether a CJK unified ideograph (U+4E00–U+9FFF, three bytes led by E4–E9) ends at `i`: not
    /// the full-width punctuation ("，" EF BC 8C, "》" E3 80 8B) after which Chinese sets its markers.
    static func afterIdeograph(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i >= 3 && (0xE4...0xE9).contains(b[i - 3]) && b[i - 2] & 0xC0 == 0x80 && b[i - 1] & 0xC0 == 0x80
    }

    private func isTokenGlue(_ c: UInt8) -> Bool {
        c == 0x2F || c == 0x2D || c == 0x5F || c == 0x23 || c == 0x24 || c == 0x40 || Bytes.isLower(c) || Bytes.isUpper(c)
    }

    /// The lower-case letters at `j` end the number before them: an ordinal ("1st", "2nd", "1er", "2e",
    /// "3ème", "1o", "2a") or a unit ("5km", "10kg", "3pm").
    private static func numberSuffix(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        var k = j
        while k < b.count, Bytes.isLower(b[k]) { k += 1 }
        // "ème": a letter outside ASCII goes on the word.
        if k < b.count, b[k] >= 0x80 { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: b[j..<k]), as: UTF8.self)
        return numberSuffixes.contains(word)
    }

    private static let numberSuffixes: Set<String> = [
        "st", "nd", "rd", "th", "er", "re", "e", "es", "o", "a", "os", "as", "bis", "ter",
        "km", "kg", "mm", "cm", "ml", "mg", "kw", "mw", "gw", "ha", "am", "pm", "h", "m", "g", "t", "s",
    ]

    /// `Bytes.leadingNumber` on the bytes of a String.
    private static func leadingNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (value: Int, length: Int)? {
        var i = range.lowerBound, v = 0
        while i < range.upperBound, Bytes.isDigit(bytes[i]), i - range.lowerBound < 6 { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
        return i > range.lowerBound ? (v, i - range.lowerBound) : nil
    }

    /// The width of a space at `k`: " ", or a no-break space (C2 A0, E2 80 AF) as the UN's Russian and
    /// French texts write between a number and its word ("6\u{A0}ноября").
    private static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        if k < b.count, b[k] == 0x20 { return 1 }
        if k + 1 < b.count, b[k] == 0xC2, b[k + 1] == 0xA0 { return 2 }
        if k + 2 < b.count, b[k] == 0xE2, b[k + 1] == 0x80, b[k + 2] == 0xAF { return 3 }
        return 0
    }

    /// The width of a space ending at `k` (the bytes before it).
    private static func spaceWidth(before k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        Bytes.spaceWidth(before: k, in: b)
    }

    private func followedByExcluded(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var k = end
        while case let w = Self.spaceWidth(b, k), w > 0 { k += w }
        for w in notBefore where k + w.count <= b.count && b[k..<(k + w.count)].elementsEqual(w) {
            // A word must end there ("per" must not match "perhaps").
            let after = k + w.count
            if after == b.count || !(Bytes.isLower(b[after]) || Bytes.isUpper(b[after])) || !(Bytes.isLower(w.last!) || Bytes.isUpper(w.last!)) {
                return true
            }
        }
        return false
    }

    /// Whether the scalar ending at `i` is a letter with case (Latin, Cyrillic, Greek).
    private static func isCasedLetter(endingAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if b[i - 1] < 0x80 { return Bytes.isLower(b[i - 1]) || Bytes.isUpper(b[i - 1]) }
        let s = UTF8Text.scalar(endingAt: i, in: b).properties
        return s.isLowercase || s.isUppercase
    }

    private static func isCasedLetter(startingAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if b[i] < 0x80 { return Bytes.isLower(b[i]) || Bytes.isUpper(b[i]) }
        let s = UTF8Text.scalar(at: i, in: b).scalar.properties
        return s.isLowercase || s.isUppercase
    }

    private func precededByExcluded(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        while case let w = Self.spaceWidth(before: k, b), w > 0 { k -= w }
        for w in notAfter where k >= w.count && b[(k - w.count)..<k].elementsEqual(w) {
            let before = k - w.count
            // The word must start there: "в" is not the end of "инвалидов" (A/RES/75/264 in Russian as
            // printed). Scripts without case (Chinese, Arabic) write no such boundary: "决议第5段".
            if before == 0 || !(Self.isCasedLetter(endingAt: before, b) && w.withUnsafeBufferPointer { Self.isCasedLetter(startingAt: 0, $0) }) {
                return true
            }
        }
        // "Paragraph 5" written with a capital, as the first word of a sentence.
        return false
    }

    /// Whether what follows a number ending at `end` closes a phrase there: a mark (not a letter, digit,
    /// bracket's opening or dash), the text's end, or a word that joins a list or a range.
    private func closesPhrase(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var k = end
        while case let w = Self.spaceWidth(b, k), w > 0 { k += w }
        guard k < b.count else { return true }
        let c = b[k]
        if c < 0x80 {
            if Bytes.isLower(c) || Bytes.isUpper(c) || Bytes.isDigit(c) || c == 0x28 || c == 0x5B || c == 0x2D { return rangeWords.contains { Self.word($0, at: k, b) } }
            return true
        }
        if rangeWords.contains(where: { Self.word($0, at: k, b) }) { return true }
        // A mark outside ASCII: Arabic comma and semicolon (D8 8C, D8 9B), closing quotation marks and
        // guillemets (E2 80 9D, E2 80 99, C2 BB).
        if k + 1 < b.count, b[k] == 0xD8, b[k + 1] == 0x8C || b[k + 1] == 0x9B { return true }
        if k + 1 < b.count, b[k] == 0xC2, b[k + 1] == 0xBB { return true }
        return k + 2 < b.count && b[k] == 0xE2 && b[k + 1] == 0x80 && (b[k + 2] == 0x9D || b[k + 2] == 0x99)
    }

    /// `word` stands at `k`, a word of its own (not the head of a longer one).
    private static func word(_ word: [UInt8], at k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let after = k + word.count
        guard after <= b.count, b[k..<after].elementsEqual(word) else { return false }
        return after == b.count || spaceWidth(b, after) > 0 || b[after] < 0x80 && !Bytes.isLower(b[after]) && !Bytes.isUpper(b[after]) && !Bytes.isDigit(b[after])
    }

    /// The width of a dash that joins the two numbers of a range at `k`: a hyphen-minus, U+2012 (figure
    /// dash: "7‒18 ноября", the UN's Russian A/RES/75/179), U+2013 (en dash) or U+2212 (minus sign:
    /// "5−6 December", the UN's English S/RES/2548 (2020)); 0 for anything else.
    static func rangeDashWidth(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        guard k < b.count else { return 0 }
        if b[k] == 0x2D { return 1 }
        guard k + 2 < b.count, b[k] == 0xE2 else { return 0 }
        return b[k + 1] == 0x80 && (b[k + 2] == 0x92 || b[k + 2] == 0x93) || b[k + 1] == 0x88 && b[k + 2] == 0x92 ? 3 : 0
    }

    /// The width of a range's dash that ends just before `end` (see `rangeDashWidth(_:_:)`).
    static func rangeDashWidth(endingAt end: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if end >= 1, b[end - 1] == 0x2D { return 1 }
        return end >= 3 && rangeDashWidth(b, end - 3) == 3 ? 3 : 0
    }

    /// "22 and 23 September", "6 to 12 March": a number joined to the next number by a short word or
    /// a dash belongs to a range or a list, not to a footnote.
    private func beforeAnotherNumber(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // After a number ("21 October 2025 34 and 28 October"), a number is a marker, not a range's start.
        var p = start
        while case let w = Self.spaceWidth(before: p, b), w > 0 { p -= w }
        if p > 0, Bytes.isDigit(b[p - 1]) { return false }
        var k = end
        while case let w = Self.spaceWidth(b, k), w > 0 { k += w }
        let wordStart = k
        if case let dash = Self.rangeDashWidth(b, k), dash > 0 {
            k += dash
        } else {
            // A word in any script ("и", "و", glued to the next number in Arabic: "5 و6").
            while k < b.count, Bytes.isLower(b[k]) || b[k] >= 0x80 && Self.spaceWidth(b, k) == 0 { k += 1 }
            guard k > wordStart, rangeWords.contains(where: { $0.elementsEqual(b[wordStart..<k]) }) else { return false }
        }
        while case let w = Self.spaceWidth(b, k), w > 0 { k += w }
        guard k < b.count, Bytes.isDigit(b[k]) else { return false }
        // The other number is a plain one ("23 September"), not a symbol ("… 17 and 58/24 of …":
        // there the first is a marker after a citation).
        while k < b.count, Bytes.isDigit(b[k]) { k += 1 }
        return k == b.count || (b[k] != 0x2F && !(b[k] == 0x2E && k + 1 < b.count && Bytes.isDigit(b[k + 1])))
    }

    /// "3、4、6 和 7 日": a number after a list separator that follows another number belongs to the list.
    private func inNumberList(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var k = start
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard k > 0 else { return false }
        var sepStart = k - 1
        while sepStart > 0, b[sepStart] & 0xC0 == 0x80 { sepStart -= 1 }
        let sep = UTF8Text.scalar(at: sepStart, in: b).scalar
        guard sep == "、" || sep == "," || sep == "，" else { return false }
        var m = sepStart
        while m > 0, b[m - 1] == 0x20 { m -= 1 }
        return m > 0 && Bytes.isDigit(b[m - 1]) && (sep == "、")
    }
}
