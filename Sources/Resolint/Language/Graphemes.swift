/// Where Unicode scalars are characters. Most text of UN drafts (Latin, Cyrillic, Arabic letters,
/// Han, their punctuation) is made of scalars that never join a neighbour into one character: no
/// combining marks, joiners or prepended signs. There, walking scalars or bytes finds the same
/// characters as Swift's grapheme breaking, which costs far more.
enum Graphemes {
    /// A scalar that is a character of its own beside any other such scalar. CR LF is the one pair of
    /// these that makes one character; callers say why it does not matter to them.
    static func neverJoins(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x300, 0x0400...0x0482, 0x048A...0x052F,
             0x060C, 0x061B, 0x061F, 0x0620...0x064A, 0x0660...0x066F, 0x0671...0x06D5,
             0x2010...0x2027, 0x2030...0x205E, 0x2E80...0x2FFF, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFE0...0xFFEE:
            return true
        default:
            return false
        }
    }

    /// Whether every scalar of valid UTF-8 `neverJoins`. A byte below 0xCC leads or continues a scalar
    /// below U+0300, which never joins, and is passed over without decoding: a diagnostic's message
    /// template was walked scalar by scalar at some fifty instructions each.
    static func neverJoin(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            if b[i] < 0xCC { i += 1; continue }
            let (s, n) = UTF8Text.scalar(at: i, in: b)
            guard neverJoins(s) else { return false }
            i += n
        }
        return true
    }

    /// Unicode White_Space, which Character.isWhitespace tests on a character's first scalar, listed:
    /// looking the property up costs more than the comparisons.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
