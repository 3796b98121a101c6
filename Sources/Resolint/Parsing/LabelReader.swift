/// Reads paragraph labels: "1." (operative), "(a)" / "a)" (first-level items), "(i)" / "i)" (second level).
/// A label like "(i)" may be the ninth letter or the first roman numeral; the parser decides from context.
struct LabelCandidate {
    var raw: String
    /// Byte length of the label in the text, and of the label plus the spaces after it.
    var length: Int
    var contentStart: Int
    var arabic: Int?
    var latin: Int?
    var roman: Int?
    var dash = false
}

enum LabelReader {
    static func startsWithLabel(_ b: [UInt8], _ r: ByteRange) -> Bool {
        read(Array(b[r])) != nil
    }

    /// A line holding nothing but a label ("1." or "(a)"), as pdftotext writes paragraph numbers.
    static func isLabelOnly(_ b: [UInt8], _ r: ByteRange) -> Bool {
        guard let c = read(Array(b[r])) else { return false }
        return c.length == r.count
    }

    static func read(_ text: String) -> LabelCandidate? { read(Array(text.utf8)) }

    static func read(_ b: [UInt8]) -> LabelCandidate? {
        guard !b.isEmpty else { return nil }
        // "- item" / "• item"
        for d in ["- ", "– ", "• "] where b.starts(with: Array(d.utf8)) {
            var c = LabelCandidate(raw: String(d.dropLast()), length: d.utf8.count - 1, contentStart: d.utf8.count)
            c.dash = true
            return finish(b, c)
        }
        // Arabic numeral: "12." then space, end, or a non-digit (web copies write "1.决定").
        if let (value, n) = Bytes.leadingNumber(b, 0..<b.count), n <= 3, n < b.count, b[n] == 0x2E {
            let after = n + 1
            if after < b.count, Bytes.isDigit(b[after]) { return nil }
            if after < b.count, b[after] == 0x2E { return nil }
            return finish(b, raw: String(decoding: b[0..<after], as: UTF8.self), length: after, arabic: value)
        }
        // "(a)", "(ii)", or "a)" / "ii)".
        var i = 0
        let open = b[0] == 0x28
        if open { i = 1 }
        let letterStart = i
        while i < b.count, Bytes.isLower(b[i]), i - letterStart < 6 { i += 1 }
        guard i > letterStart, i < b.count, b[i] == 0x29 else { return nil }
        let letters = String(decoding: b[letterStart..<i], as: UTF8.self)
        let length = i + 1
        // Without the opening parenthesis only single letters or roman numerals count, and a space must follow.
        if !open, length < b.count, b[length] != 0x20 { return nil }
        var candidate = LabelCandidate(raw: String(decoding: b[0..<length], as: UTF8.self), length: length, contentStart: length)
        candidate.latin = latinValue(letters)
        candidate.roman = romanValue(letters)
        guard candidate.latin != nil || candidate.roman != nil else { return nil }
        return finish(b, candidate)
    }

    private static func finish(_ b: [UInt8], raw: String, length: Int, arabic: Int) -> LabelCandidate? {
        var c = LabelCandidate(raw: raw, length: length, contentStart: length)
        c.arabic = arabic
        return finish(b, c)
    }

    private static func finish(_ b: [UInt8], _ candidate: LabelCandidate) -> LabelCandidate? {
        var c = candidate
        var j = c.length
        while j < b.count {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1; continue }
            if j + 2 < b.count, b[j] == 0xE3, b[j + 1] == 0x80, b[j + 2] == 0x80 { j += 3; continue }
            break
        }
        c.contentStart = j
        return c
    }

    /// "a" → 1 … "z" → 26, "aa" → 27 (UN lists past (z) double the letter).
    static func latinValue(_ s: String) -> Int? {
        let scalars = Array(s.unicodeScalars)
        guard let first = scalars.first, scalars.allSatisfy({ $0 == first }), scalars.count <= 2 else { return nil }
        return Int(first.value - 0x60) + 26 * (scalars.count - 1)
    }

    static func latinLabel(_ n: Int) -> String {
        let letter = Character(Unicode.Scalar(UInt8(0x60 + ((n - 1) % 26) + 1)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0, previous = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return romanLabel(total) == s ? total : nil
    }

    static func romanLabel(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}
