/// Finds footnote markers in running text. Explicit markers (`[^3]`, superscripts) are certain; in
/// PDF-extracted text the superscript became a plain number (`2013 年2`, `activities, 1`), so a number
/// counts as a marker only where the language's context says it is not a date, a paragraph number or a
/// count, and only if it names a footnote of the scope or, glued to the text, the next one expected.
struct FootnoteReferenceFinder {
    let language: LanguageProfile
    private let notAfter: [[UInt8]]
    private let notBefore: [[UInt8]]

    init(language: LanguageProfile) {
        self.language = language
        notAfter = language.footnoteReferences.notAfter.map { Array($0.utf8) }
        notBefore = language.footnoteReferences.notBefore.map { Array($0.utf8) }
    }

    private static let superscripts: [Unicode.Scalar: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]

    /// - Parameters:
    ///   - defined: footnote numbers that have a text in this scope.
    ///   - highest: the highest number referenced so far in the scope (for "next expected").
    func references(in text: MappedText, defined: Set<Int>, highest: inout Int) -> [FootnoteReference] {
        let b = Array(text.text.utf8)
        var out: [FootnoteReference] = []
        var i = 0
        func add(_ n: Int, _ r: Range<Int>) {
            out.append(FootnoteReference(number: n, range: text.sourceRange(r), logicalRange: r))
            highest = max(highest, n)
        }
        while i < b.count {
            // [^12]
            if b[i] == 0x5B, i + 1 < b.count, b[i + 1] == 0x5E,
               let (n, len) = Bytes.leadingNumber(b, (i + 2)..<b.count), i + 2 + len < b.count, b[i + 2 + len] == 0x5D {
                add(n, i..<(i + 3 + len)); i += 3 + len; continue
            }
            // Superscript digits (¹ ² ³ are C2 xx in UTF-8, the others E2 81 xx).
            if b[i] == 0xC2 || b[i] == 0xE2, let s = Bytes.scalar(b, at: i), Self.superscripts[s] != nil {
                var j = i, n = 0
                while let t = Bytes.scalar(b, at: j), let d = Self.superscripts[t] { n = n * 10 + d; j += String(t).utf8.count }
                add(n, i..<j); i = j; continue
            }
            guard Bytes.isDigit(b[i]) else { i += 1; continue }
            var j = i
            while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
            defer { i = j }
            guard j - i <= 3, let (n, _) = Bytes.leadingNumber(b, i..<j), n > 0 else { continue }
            if i > 0, isTokenGlue(b[i - 1]) || b[i - 1] == 0x2E { continue }
            if j < b.count, isTokenGlue(b[j]) || Bytes.isLower(b[j]) || Bytes.isUpper(b[j]) { continue }
            if j + 1 < b.count, (b[j] == 0x2E || b[j] == 0x2C), Bytes.isDigit(b[j + 1]) { continue }
            if followedByExcluded(b, j) || precededByExcluded(b, i) || inNumberList(b, i) { continue }
            let glued = i > 0 && b[i - 1] != 0x20 && b[i - 1] != 0x09
            if defined.contains(n) || (glued && n == highest + 1) { add(n, i..<j) }
        }
        return out
    }

    /// Characters that make a number part of a larger token: "A/77/92", "2021-2025", "S.1", "4653rd".
    private func isTokenGlue(_ c: UInt8) -> Bool {
        c == 0x2F || c == 0x2D || c == 0x5F || c == 0x23 || c == 0x24 || c == 0x40 || Bytes.isLower(c) || Bytes.isUpper(c)
    }

    private func followedByExcluded(_ b: [UInt8], _ end: Int) -> Bool {
        var k = end
        while k < b.count, b[k] == 0x20 { k += 1 }
        for w in notBefore where k + w.count <= b.count && b[k..<(k + w.count)].elementsEqual(w) {
            // A word must end there ("per" must not match "perhaps").
            let after = k + w.count
            if after == b.count || !(Bytes.isLower(b[after]) || Bytes.isUpper(b[after])) || !(Bytes.isLower(w.last!) || Bytes.isUpper(w.last!)) {
                return true
            }
        }
        return false
    }

    private func precededByExcluded(_ b: [UInt8], _ start: Int) -> Bool {
        var k = start
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        for w in notAfter where k >= w.count && b[(k - w.count)..<k].elementsEqual(w) {
            let before = k - w.count
            if before == 0 || !(Bytes.isLower(b[before - 1]) || Bytes.isUpper(b[before - 1])) || !(Bytes.isLower(w.first!) || Bytes.isUpper(w.first!)) {
                return true
            }
        }
        // "Paragraph 5" written with a capital, as the first word of a sentence.
        return false
    }

    /// "3、4、6 和 7 日": a number after a list separator that follows another number belongs to the list.
    private func inNumberList(_ b: [UInt8], _ start: Int) -> Bool {
        var k = start
        while k > 0, b[k - 1] == 0x20 { k -= 1 }
        guard let (sep, sepStart) = Bytes.scalar(b, before: k), sep == "、" || sep == "," || sep == "，" else { return false }
        var m = sepStart
        while m > 0, b[m - 1] == 0x20 { m -= 1 }
        return m > 0 && Bytes.isDigit(b[m - 1]) && (sep == "、")
    }
}
