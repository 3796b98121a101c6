/// Scalars read straight from valid UTF-8 (a String's bytes), for scans that test few bytes.
enum UTF8Text {
    /// The scalar starting at byte `i`, and its length in bytes.
    static func scalar(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, width: Int) {
        let b0 = UInt32(b[i])
        let (value, width): (UInt32, Int)
        switch b0 {
        case ..<0x80: (value, width) = (b0, 1)
        case ..<0xE0: (value, width) = ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        case ..<0xF0: (value, width) = ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        default:
            (value, width) = ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (Unicode.Scalar(value)!, width)
    }

    /// The scalar that ends just before byte `i`.
    static func scalar(endingAt i: Int, in b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = i - 1
        while b[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: b).scalar
    }
}
