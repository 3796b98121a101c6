import Foundation

/// Character-wise String tests (hasPrefix, hasSuffix, ==, count) answered from UTF-8 bytes where every
/// scalar involved is plain: a character of its own beside any other plain scalar, and equal to no
/// other sequence under canonical equivalence (`Graphemes.neverJoins`: no combining marks, joiners,
/// singletons or Hangul jamo; CR aside, which joins LF). There Characters are scalars and Character
/// equality is byte equality. Elsewhere the answer is nil and the caller asks the String, as before.
enum PlainText {
    static func isPlain(_ s: Unicode.Scalar) -> Bool { s != "\r" && Graphemes.neverJoins(s) }

    /// Whether every scalar of valid UTF-8 `b` is plain.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            // ASCII other than CR is plain: most bytes are decided here.
            if b[i] < 0x80 { if b[i] == 0x0D { return false }; i += 1; continue }
            let (s, width) = UTF8Text.scalar(at: i, in: b)
            if !Graphemes.neverJoins(s) { return false }
            i += width
        }
        return true
    }

    /// Whether the first two scalars of `t` (those there are) are plain.
    private static func startIsPlain(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        // ASCII other than CR is plain.
        if t.count >= 2, t[0] < 0x80, t[1] < 0x80 { return t[0] != 0x0D && t[1] != 0x0D }
        var i = 0
        for _ in 0..<2 where i < t.count {
            let (s, width) = UTF8Text.scalar(at: i, in: t)
            if !isPlain(s) { return false }
            i += width
        }
        return true
    }

    /// Whether the last two scalars of `t` (those there are) are plain.
    private static func endIsPlain(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = t.count
        if n >= 2, t[n - 1] < 0x80, t[n - 2] < 0x80 { return t[n - 1] != 0x0D && t[n - 2] != 0x0D }
        var i = n
        for _ in 0..<2 where i > 0 {
            var start = i - 1
            while t[start] & 0xC0 == 0x80 { start -= 1 }
            if !isPlain(UTF8Text.scalar(at: start, in: t).scalar) { return false }
            i = start
        }
        return true
    }

    /// `t.hasPrefix(p)` for the Strings of valid UTF-8 `t` and `p`.
    static func hasPrefix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let p0 = p.first else { return true }
        // Most texts differ in their first byte, so in their first scalar: where that and the next
        // are plain, in their first character.
        if let t0 = t.first, t0 != p0, startIsPlain(t), startIsPlain(p) { return false }
        guard isPlain(p) else { return nil }
        // The scalars of `t` that the prefix covers, and the one after it (it must not join the last).
        var i = 0
        while i < t.count {
            let b = t[i]
            if b < 0x80 {
                if b == 0x0D { return nil }
                if i >= p.count { break }
                i += 1
                continue
            }
            let (s, width) = UTF8Text.scalar(at: i, in: t)
            if !Graphemes.neverJoins(s) { return nil }
            if i >= p.count { break }
            i += width
        }
        return t.count >= p.count && same(t, at: 0, p)
    }

    /// `t.hasSuffix(p)` for the Strings of valid UTF-8 `t` and `p`.
    static func hasSuffix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let pLast = p.last else { return true }
        // Most texts differ in their last byte, so in their last scalar: where that and the one before
        // are plain, in their last character.
        if let tLast = t.last, tLast != pLast, endIsPlain(t), endIsPlain(p) { return false }
        guard isPlain(p) else { return nil }
        // The scalars of `t` that the suffix covers, and the one before it.
        var i = t.count
        while i > 0 {
            var start = i - 1
            while t[start] & 0xC0 == 0x80 { start -= 1 }
            guard isPlain(UTF8Text.scalar(at: start, in: t).scalar) else { return nil }
            if t.count - i >= p.count { break }
            i = start
        }
        return t.count >= p.count && same(t, at: t.count - p.count, p)
    }

    private static func same(_ t: UnsafeBufferPointer<UInt8>, at start: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < p.count, t[start + k] == p[k] { k += 1 }
        return k == p.count
    }

    /// Whether the String of valid UTF-8 `t` has at most `limit` characters.
    static func count(_ t: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Bool? {
        // Each plain scalar is a character; counting stops once past the limit (what follows cannot
        // take characters away).
        var i = 0, n = 0
        let raw = UnsafeRawBufferPointer(t)
        while i < t.count {
            // Eight ASCII bytes but CR are eight characters, counted at once: were the limit passed
            // among them, the walk below would have answered false there, before any later byte.
            if i + 8 <= t.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
                if w & 0x8080_8080_8080_8080 == 0, (cr &- 0x0101_0101_0101_0101) & ~cr & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    n += 8
                    if n > limit { return false }
                    continue
                }
            }
            // A Han ideograph of U+5000…U+9FFF (E5…E9), or of U+4000…U+4FFF but the Yijing hexagrams
            // U+4DC0…U+4DFF (E4 B7): plain, one character, decided without decoding it.
            let b0 = t[i]
            if b0 >= 0xE4, b0 <= 0xE9, i + 2 < t.count, b0 != 0xE4 || t[i + 1] != 0xB7 {
                i += 3
                n += 1
                if n > limit { return false }
                continue
            }
            let b = t[i]
            if b < 0x80 {
                if b == 0x0D { return nil }
                i += 1
            } else {
                let (s, width) = UTF8Text.scalar(at: i, in: t)
                if !Graphemes.neverJoins(s) { return nil }
                i += width
            }
            n += 1
            if n > limit { return false }
        }
        return true
    }
}

/// The same tests on Strings and on ranges of a source file, falling back to the String where the
/// bytes cannot tell.
extension PlainText {
    static func hasPrefix(_ t: String, _ p: String) -> Bool {
        var t = t, p = p
        return t.withUTF8 { tb in p.withUTF8 { pb in hasPrefix(tb, pb) } } ?? t.hasPrefix(p)
    }

    static func hasSuffix(_ t: String, _ p: String) -> Bool {
        var t = t, p = p
        return t.withUTF8 { tb in p.withUTF8 { pb in hasSuffix(tb, pb) } } ?? t.hasSuffix(p)
    }

    /// `t.contains(n)` (Foundation's, by Characters), on the bytes where both are plain.
    static func contains(_ t: String, _ n: String) -> Bool {
        var t = t, n = n
        let answer: Bool? = t.withUTF8 { tb in
            n.withUTF8 { nb in
                guard nb.count > 0, isPlain(nb), isPlain(tb) else { return nil }
                return Bytes.contains(tb, nb)
            }
        }
        return answer ?? t.contains(n)
    }

    /// True where `t` holds none of `needles` as characters, so that no `==`, `hasPrefix`,
    /// `hasSuffix`, `contains` or `lastIndex(of:)` test of `t` with one of them can succeed: the text
    /// and the needles are plain and no needle's bytes occur in the text's. False where the bytes
    /// cannot tell (an empty needle, or a scalar that is not plain).
    static func lacksAll(_ t: String, _ needles: [String]) -> Bool {
        var t = t
        return t.withUTF8 { tb in
            guard isPlain(tb) else { return false }
            return needles.allSatisfy { needle in
                var n = needle
                return n.withUTF8 { nb in
                    nb.count > 0 && isPlain(nb)
                        && !Bytes.contains(tb, nb)
                }
            }
        }
    }

    /// `t.last`.
    static func last(_ t: String) -> Character? {
        var t = t
        let scalar: Unicode.Scalar? = t.withUTF8 { b in
            guard b.count > 0 else { return nil }
            var start = b.count - 1
            while b[start] & 0xC0 == 0x80 { start -= 1 }
            let s = UTF8Text.scalar(at: start, in: b).scalar
            guard isPlain(s), start == 0 || isPlain(UTF8Text.scalar(endingAt: start, in: b)) else { return nil }
            return s
        }
        return scalar.map(Character.init) ?? t.last
    }

    /// `count` one scalar at a time: what the eight-byte steps stand for.
    static func countByScalars(_ t: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Bool? {
        var i = 0, n = 0
        while i < t.count {
            let b = t[i]
            if b < 0x80 {
                if b == 0x0D { return nil }
                i += 1
            } else {
                let (s, width) = UTF8Text.scalar(at: i, in: t)
                if !Graphemes.neverJoins(s) { return nil }
                i += width
            }
            n += 1
            if n > limit { return false }
        }
        return true
    }

    /// `text.count <= limit`.
    static func count(_ t: String, atMost limit: Int) -> Bool {
        if t.utf8.count <= limit { return true }  // never more characters than bytes
        var t = t
        return t.withUTF8 { count($0, atMost: limit) } ?? (t.prefix(limit + 1).count <= limit)
    }

    static func hasPrefix(_ source: SourceFile, _ r: ByteRange, _ p: String) -> Bool {
        var p = p
        let answer = source.bytes.withUnsafeBufferPointer { b in
            p.withUTF8 { pb in hasPrefix(UnsafeBufferPointer(rebasing: b[r]), pb) }
        }
        return answer ?? source.string(r).hasPrefix(p)
    }

    static func hasSuffix(_ source: SourceFile, _ r: ByteRange, _ p: String) -> Bool {
        var p = p
        let answer = source.bytes.withUnsafeBufferPointer { b in
            p.withUTF8 { pb in hasSuffix(UnsafeBufferPointer(rebasing: b[r]), pb) }
        }
        return answer ?? source.string(r).hasSuffix(p)
    }

    /// `source.string(r).count <= limit`.
    static func count(_ source: SourceFile, _ r: ByteRange, atMost limit: Int) -> Bool {
        if r.count <= limit { return true }
        let answer = source.bytes.withUnsafeBufferPointer { b in count(UnsafeBufferPointer(rebasing: b[r]), atMost: limit) }
        return answer ?? (source.string(r).prefix(limit + 1).count <= limit)
    }

    /// Columns the text takes when printed: wide (CJK) characters two, combining marks (Arabic
    /// vowel signs) none, others one. Compares a line with the measure of the text it is set in.
    static func displayWidth(_ source: SourceFile, _ r: ByteRange) -> Int {
        source.bytes.withUnsafeBufferPointer { b in
            var i = r.lowerBound, columns = 0
            guard let base = b.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            while i < r.upperBound {
                // Eight ASCII bytes, eight columns, read as one word (most lines of a Latin text).
                if i + 8 <= r.upperBound, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    columns += 8; i += 8; continue
                }
                let lead = b[i]
                if lead < 0x80 { columns += 1; i += 1; continue }
                // Well-formed scalars whose width their first byte tells, without decoding them:
                // U+0080…U+07FF but for the leads of the combining marks (U+0300…U+036F: CC, CD) and of
                // the Arabic vowel signs (U+064B…U+065F, U+0670: D9), one column; U+3000…U+9FFF (leads
                // E3…E9: kana, Han), two.
                if lead >= 0xC2, lead < 0xE0, lead != 0xCC, lead != 0xCD, lead != 0xD9,
                   i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 {
                    columns += 1; i += 2; continue
                }
                if lead >= 0xE3, lead <= 0xE9, i + 2 < b.count, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                    columns += 2; i += 3; continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                if let s = Bytes.scalar(source.bytes, at: i) { columns += width(s) }
                i += length
            }
            return columns
        }
    }

    /// A decoded scalar's columns, as `displayWidth` counts them.
    private static func width(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: return 2
        default: return 1
        }
    }

    /// `displayWidth` as it was written first, every scalar outside ASCII decoded: what the test of the
    /// faster one compares it with.
    static func displayWidthDecoding(_ source: SourceFile, _ r: ByteRange) -> Int {
        let b = source.bytes
        var i = r.lowerBound, columns = 0
        while i < r.upperBound {
            let lead = b[i]
            if lead < 0x80 { columns += 1; i += 1; continue }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if let s = Bytes.scalar(b, at: i) {
                switch s.value {
                case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x200B...0x200F: break
                case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: columns += 2
                default: columns += 1
                }
            }
            i += length
        }
        return columns
    }
}
