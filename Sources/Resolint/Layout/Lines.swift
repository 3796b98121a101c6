import Foundation

/// One physical line of the file, with its indentation and content located by byte offsets.
public struct SourceLine: Sendable {
    public var index: Int
    /// The whole line without its break.
    public var range: ByteRange
    /// The content without leading form feed and whitespace, and without trailing whitespace.
    public var content: ByteRange
    /// Leading whitespace before the content (form feeds excluded).
    public var indent: Int
    public var isBlank: Bool { content.isEmpty }
}

enum LineScanner {
    static func lines(of source: SourceFile) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(source.lineCount)
        for i in 0..<source.lineCount { out.append(line(i, of: source)) }
        return out
    }

    /// Where the first line with text begins, without scanning the rest of the file.
    static func firstContent(of source: SourceFile) -> Int? {
        for i in 0..<source.lineCount {
            let l = line(i, of: source)
            if !l.isBlank { return l.content.lowerBound }
        }
        return nil
    }

    static func line(_ i: Int, of source: SourceFile) -> SourceLine {
        let b = source.bytes
        let r = source.lineRange(i)
        var s = r.lowerBound
        while s < r.upperBound, b[s] == 0x0C { s += 1 }
        var indent = 0
        while s < r.upperBound {
            if b[s] == 0x20 || b[s] == 0x09 { s += 1; indent += 1; continue }
            if b[s] == 0xC2, s + 1 < r.upperBound, b[s + 1] == 0xA0 { s += 2; indent += 1; continue }
            if b[s] == 0xE3, s + 2 < r.upperBound, b[s + 1] == 0x80, b[s + 2] == 0x80 { s += 3; indent += 1; continue }
            if b[s] == 0x0C { s += 1; continue }
            break
        }
        var e = r.upperBound
        while e > s {
            if b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0C { e -= 1; continue }
            if e - s >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2; continue }
            if e - s >= 3, b[e - 3] == 0xE3, b[e - 2] == 0x80, b[e - 1] == 0x80 { e -= 3; continue }
            break
        }
        return SourceLine(index: i, range: r, content: s..<e, indent: indent)
    }
}

/// Byte-level tests on line content, kept here so that the parser reads as structure, not bytes.
enum Bytes {
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `range` without the spaces at its end ("IV " as some printed lines end).
    static func trimmingTrailingSpaces(_ bytes: [UInt8], _ range: ByteRange) -> ByteRange {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return range.lowerBound..<end
    }

    /// The width of a space ending at `k` (the bytes before it): " ", or a no-break space (C2 A0,
    /// E2 80 AF) as the UN's Russian, French and Arabic texts write in figures and before words; 0 if none.
    static func spaceWidth<C: RandomAccessCollection>(before k: Int, in b: C) -> Int where C.Element == UInt8, C.Index == Int {
        if k - 1 >= b.startIndex, b[k - 1] == 0x20 { return 1 }
        if k - 2 >= b.startIndex, b[k - 2] == 0xC2, b[k - 1] == 0xA0 { return 2 }
        if k - 3 >= b.startIndex, b[k - 3] == 0xE2, b[k - 2] == 0x80, b[k - 1] == 0xAF { return 3 }
        return 0
    }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// Leading run of ASCII digits in `bytes[range]`: its value and length.
    static func leadingNumber(_ bytes: [UInt8], _ range: ByteRange) -> (value: Int, length: Int)? {
        var i = range.lowerBound, v = 0
        while i < range.upperBound, isDigit(bytes[i]), i - range.lowerBound < 6 { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
        return i > range.lowerBound ? (v, i - range.lowerBound) : nil
    }

    /// The last place `needle` occurs in `haystack`.
    static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i -= 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in contains(h, n) } }
    }

    /// The first index of `byte` in `bytes[range]`, found by memchr.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            memchr(b.baseAddress! + range.lowerBound, Int32(byte), range.count).map { b.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    /// Whether non-empty `n` occurs in `h`: memchr finds each place its first byte stands (in C, many
    /// bytes a step) and memcmp compares the rest there. Language detection looks for every phrase of
    /// three languages in the head of every Latin-script file: a loop over the bytes was a visible cost.
    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = h.baseAddress, let first = n.first, n.count <= h.count else { return false }
        var from = 0
        while from + n.count <= h.count, let hit = memchr(base + from, Int32(first), h.count - from - n.count + 1) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + i, n.baseAddress!, n.count) == 0 { return true }
            from = i + 1
        }
        return false
    }

    static func allDigits(_ bytes: [UInt8], _ range: ByteRange) -> Bool {
        !range.isEmpty && bytes[range].allSatisfy(isDigit)
    }

    static func hasPrefix(_ bytes: [UInt8], _ range: ByteRange, _ prefix: String) -> Bool {
        let p = prefix.utf8
        return range.count >= p.count && same(bytes, at: range.lowerBound, p)
    }

    /// The range ends with `word`, a word of its own: at the range's start, or after a space, or also
    /// after a no-break space ("… 19 млн долл.") unless `breakingSpaceOnly` (a no-break space binds a
    /// part letter to its number, "résolution 50/70\u{A0}M.", which is no abbreviation).
    static func endsWithWord<W: Collection>(_ bytes: [UInt8], _ range: ByteRange, _ word: W, breakingSpaceOnly: Bool = false) -> Bool
    where W.Element == UInt8 {
        let start = range.upperBound - word.count
        guard word.count <= range.count, bytes[start..<range.upperBound].elementsEqual(word) else { return false }
        if start == range.lowerBound { return true }
        return breakingSpaceOnly ? bytes[start - 1] == 0x20 : spaceWidth(before: start, in: bytes[range]) > 0
    }

    static func equals(_ bytes: [UInt8], _ range: ByteRange, _ text: String) -> Bool {
        let t = text.utf8
        return range.count == t.count && same(bytes, at: range.lowerBound, t)
    }

    /// Whether `text`'s bytes stand at `start` (which leaves room for them): a plain loop, not the
    /// generic elementsEqual over a String's view.
    private static func same(_ bytes: [UInt8], at start: Int, _ text: String.UTF8View) -> Bool {
        let answer = text.withContiguousStorageIfAvailable { t in
            bytes.withUnsafeBufferPointer { b in
                var k = 0
                while k < t.count, b[start + k] == t[k] { k += 1 }
                return k == t.count
            }
        }
        if let answer { return answer }
        var i = start
        for c in text {
            if bytes[i] != c { return false }
            i += 1
        }
        return true
    }

    /// Whether `needle` occurs anywhere in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        contains(bytes, Array(needle.utf8))
    }

    /// The Unicode scalar that starts at `offset`.
    static func scalar(_ bytes: [UInt8], at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        let b0 = bytes[offset]
        let len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard offset + len <= bytes.count else { return nil }
        let slow = { String(decoding: bytes[offset..<offset + len], as: UTF8.self).unicodeScalars.first }
        guard b0 < 0x80 || (0xC2..<0xF5).contains(b0) else { return slow() }
        // Decoded in place: building a String for one scalar was a hot spot of the parser.
        var value: UInt32
        switch len {
        case 1: return Unicode.Scalar(b0)
        case 2: value = UInt32(b0 & 0x1F)
        case 3: value = UInt32(b0 & 0x0F)
        default: value = UInt32(b0 & 0x07)
        }
        for k in 1..<len {
            let c = bytes[offset + k]
            guard c & 0xC0 == 0x80 else { return slow() }
            value = value << 6 | UInt32(c & 0x3F)
        }
        // Overlong forms and surrogates decode as the replacement character, as String(decoding:) does.
        let minimum: UInt32 = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return slow() }
        return scalar
    }

    /// The scalar that ends just before `offset`, with its start.
    static func scalar(_ bytes: [UInt8], before offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset > 0 else { return nil }
        var s = offset - 1
        while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return scalar(bytes, at: s).map { ($0, s) }
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }
}
