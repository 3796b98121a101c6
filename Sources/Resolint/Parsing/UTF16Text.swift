import Foundation

/// A text as UTF-16 code units, for code that works in the NSRange offsets of NSRegularExpression.
/// On Linux every NSString call on a Swift string walks the string's UTF-16 view again (a vote list
/// read character by character through NSString cost 70 M instructions), so the units are read once
/// and answered from here. Where a unit could take part in a longer composed character sequence or
/// in canonical equivalence, the answer comes from NSString as before: the results are the same.
struct UTF16Text {
    let string: String
    let units: [UInt16]
    /// The same text as NSString, for the rare answers that need it.
    let ns: NSString
    /// `complexBefore[i]`: how many units before `i` are not `isPlain`.
    private let complexBefore: [Int32]
    /// `utf8Before[i]`: the UTF-8 length of the units before `i` (a surrogate pair is four bytes).
    private let utf8Before: [Int32]

    init(_ string: String) {
        self.string = string
        ns = string as NSString
        // One pass over the UTF-8 bytes: the units, and for each unit the counts before it. There are
        // never more units than bytes.
        var text = string
        let capacity = text.utf8.count
        var units = [UInt16](repeating: 0, count: capacity)
        var complex = [Int32](repeating: 0, count: capacity + 1)
        var utf8 = [Int32](repeating: 0, count: capacity + 1)
        var count = 0
        text.withUTF8 { bytes in
            units.withUnsafeMutableBufferPointer { units in
                complex.withUnsafeMutableBufferPointer { complex in
                    utf8.withUnsafeMutableBufferPointer { utf8 in
                        var c: Int32 = 0, i = 0
                        while i < bytes.count {
                            let b0 = bytes[i]
                            // A String holds valid UTF-8.
                            let width = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                            var value = width == 1 ? UInt32(b0) : UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                            for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                            if value < 0x10000 {
                                units[count] = UInt16(value)
                                complex[count] = c
                                utf8[count] = Int32(i)
                                if !Self.isPlain(UInt16(value)) { c += 1 }
                                count += 1
                            } else {
                                // A surrogate pair; the low half is counted from halfway through the four bytes.
                                let v = value - 0x10000
                                units[count] = UInt16(0xD800 | (v >> 10))
                                units[count + 1] = UInt16(0xDC00 | (v & 0x3FF))
                                complex[count] = c
                                complex[count + 1] = c + 1
                                utf8[count] = Int32(i)
                                utf8[count + 1] = Int32(i + 2)
                                c += 2
                                count += 2
                            }
                            i += width
                        }
                        complex[count] = c
                        utf8[count] = Int32(bytes.count)
                    }
                }
            }
        }
        units.removeLast(capacity - count)
        complex.removeLast(capacity - count)
        utf8.removeLast(capacity - count)
        self.units = units
        complexBefore = complex
        utf8Before = utf8
    }

    var length: Int { units.count }

    /// A unit that is a character of its own in every Unicode sense that matters here: not a
    /// surrogate, not combining, joining or prepended, no canonical decomposition, so NSString's
    /// composed character sequences, its non-literal search and String's grapheme boundaries all treat
    /// it as one unit. ASCII and Latin-1 symbols, general punctuation, CJK punctuation, ideographs and
    /// full-width ASCII forms: the votes and citations of UN texts are written in these.
    static func isPlain(_ u: UInt16) -> Bool {
        switch u {
        case 0x0000...0x00BF, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// Whether every unit of `range` is plain.
    func isPlain(_ range: NSRange) -> Bool {
        complexBefore[range.location + range.length] == complexBefore[range.location]
    }

    /// A range with the unit on either side of it, where there is one.
    private func around(_ r: NSRange) -> NSRange {
        let lo = max(0, r.location - 1), hi = min(units.count, r.location + r.length + 1)
        return NSRange(location: lo, length: hi - lo)
    }

    private static func isSurrogate(_ u: UInt16) -> Bool { u & 0xF800 == 0xD800 }

    /// `ns.substring(with:)`.
    func substring(_ r: NSRange) -> String {
        if r.length == 0 { return "" }
        // A range that splits a surrogate pair: NSString decides what it reads as.
        if units[r.location] & 0xFC00 == 0xDC00 || units[r.location + r.length - 1] & 0xFC00 == 0xD800 {
            return ns.substring(with: r)
        }
        let utf8 = string.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: Int(utf8Before[r.location]))
        let hi = utf8.index(utf8.startIndex, offsetBy: Int(utf8Before[r.location + r.length]))
        return String(Substring(utf8[lo..<hi]))
    }

    /// The character that `ns.substring(with: NSRange(location: i, length: 1)).first` reads.
    func character(at i: Int) -> Character? {
        let u = units[i]
        if !Self.isSurrogate(u), let s = Unicode.Scalar(u) { return Character(s) }
        return ns.substring(with: NSRange(location: i, length: 1)).first
    }

    /// `ns.rangeOfComposedCharacterSequence(at:)`.
    func composedRange(at i: Int) -> NSRange {
        // A plain unit between plain units (or the ends) is a sequence of its own; CR may join LF.
        if isPlain(around(NSRange(location: i, length: 1))), units[i] != 0x0D, !(units[i] == 0x0A && i > 0 && units[i - 1] == 0x0D) {
            return NSRange(location: i, length: 1)
        }
        return ns.rangeOfComposedCharacterSequence(at: i)
    }

    /// `ns.range(of: needle, options: [], range: range)`: a non-literal search, which finds exactly the
    /// literal occurrences when needle and range are plain.
    func range(of needle: String, in range: NSRange) -> NSRange {
        self.range(of: Needle(needle), in: range)
    }

    /// `ns.substring(with: r) == text` (String equality: canonical equivalence).
    func equals(_ r: NSRange, _ text: String) -> Bool {
        let t = Array(text.utf16)
        if r.length == t.count, units[r.location..<(r.location + r.length)].elementsEqual(t) { return true }
        if isPlain(r), t.allSatisfy(Self.isPlain) { return false }
        return ns.substring(with: r) == text
    }

    /// Whether `i` is a grapheme boundary, answered only where the units around it are plain.
    private func plainBoundary(_ i: Int) -> Bool {
        if i == 0 || i == units.count { return true }
        return Self.isPlain(units[i - 1]) && Self.isPlain(units[i]) && !(units[i - 1] == 0x0D && units[i] == 0x0A)
    }

    /// `mapped.sourceRange(of: r)` for a MappedText whose text this is.
    func sourceRange(of r: NSRange, in mapped: MappedText) -> ByteRange? {
        guard r.location != NSNotFound, r.location + r.length <= units.count,
              plainBoundary(r.location), plainBoundary(r.location + r.length) else { return mapped.sourceRange(of: r) }
        return mapped.sourceRange(Int(utf8Before[r.location])..<Int(utf8Before[r.location + r.length]))
    }

    /// A text searched for or compared with again and again, with its units read once.
    struct Needle {
        let string: String
        let units: [UInt16]
        let isPlain: Bool
        let isASCII: Bool

        init(_ string: String) {
            self.string = string
            units = Array(string.utf16)
            isPlain = units.allSatisfy(UTF16Text.isPlain)
            isASCII = string.unicodeScalars.allSatisfy(\.isASCII)
        }
    }

    /// `equals(r, needle.string)`.
    func equals(_ r: NSRange, _ needle: Needle) -> Bool {
        let t = needle.units
        if r.length == t.count {
            var k = 0
            while k < t.count, units[r.location + k] == t[k] { k += 1 }
            if k == t.count { return true }
        }
        if needle.isPlain, isPlain(r) { return false }
        return ns.substring(with: r) == needle.string
    }

    /// `range(of: needle.string, in: range)`.
    func range(of needle: Needle, in range: NSRange) -> NSRange {
        let n = needle.units
        // Line ends stay with Foundation: it may read CR LF as one character.
        guard let first = n.first, needle.isPlain, !n.contains(0x0A), !n.contains(0x0D), isPlain(around(range)) else {
            return ns.range(of: needle.string, options: [], range: range)
        }
        var i = range.location
        let last = range.location + range.length - n.count
        while i <= last {
            if units[i] == first {
                var k = 1
                while k < n.count, units[i + k] == n[k] { k += 1 }
                if k == n.count { return NSRange(location: i, length: n.count) }
            }
            i += 1
        }
        return NSRange(location: NSNotFound, length: 0)
    }

    /// `ns.range(of: needle.string, options: [.caseInsensitive], range: range)`. Where the needle and the
    /// text around the range are plain, the search is literal but for case, and of plain units only
    /// ASCII letters and full-width Latin letters have another case that is plain (µ's, μ, is not).
    func rangeIgnoringCase(of needle: Needle, in range: NSRange) -> NSRange {
        let n = needle.units.map(Self.lowercased)
        // Line ends stay with Foundation: it may read CR LF as one character.
        guard let first = n.first, needle.isPlain, !n.contains(0x0A), !n.contains(0x0D), isPlain(around(range)) else {
            return ns.range(of: needle.string, options: [.caseInsensitive], range: range)
        }
        var i = range.location
        let last = range.location + range.length - n.count
        while i <= last {
            if Self.lowercased(units[i]) == first {
                var k = 1
                while k < n.count, Self.lowercased(units[i + k]) == n[k] { k += 1 }
                if k == n.count { return NSRange(location: i, length: n.count) }
            }
            i += 1
        }
        return NSRange(location: NSNotFound, length: 0)
    }

    /// A plain unit in lower case: ASCII and full-width capitals; any other plain unit has no other case.
    private static func lowercased(_ u: UInt16) -> UInt16 {
        (0x41...0x5A).contains(u) || (0xFF21...0xFF3A).contains(u) ? u + 0x20 : u
    }

    /// `character(at: i)?.isWhitespace == true`: a unit that is no surrogate is the one scalar of
    /// its character, and Character.isWhitespace reads a character's first scalar.
    func isWhitespace(at i: Int) -> Bool {
        let u = units[i]
        if !Self.isSurrogate(u), let s = Unicode.Scalar(u) { return Graphemes.isWhitespace(s) }
        return character(at: i)?.isWhitespace == true
    }

    /// `substring(r).first?.isWhitespace ?? true`.
    func startsWithWhitespace(_ r: NSRange) -> Bool {
        guard r.length > 0 else { return true }
        let u = units[r.location]
        if !Self.isSurrogate(u), let s = Unicode.Scalar(u) { return Graphemes.isWhitespace(s) }
        return substring(r).first?.isWhitespace ?? true
    }

    /// `character(at: i)` is an ASCII digit (no surrogate reads as one).
    func isASCIIDigit(at i: Int) -> Bool {
        units[i] >= 0x30 && units[i] <= 0x39
    }
}
