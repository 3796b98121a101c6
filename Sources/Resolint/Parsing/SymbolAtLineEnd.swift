/// `HeaderParser.symbolPattern` matched on the bytes of an ASCII line, without ICU: a UN document
/// symbol that ends the line, at its start or after white space ("A/C.1/73/L.37", "S/RES/1454 (2002)",
/// "A/RES/75/245 B", "A/RES/75/101 A-B"). Header lines and the first lines of every file were given
/// to NSRegularExpression; most are ASCII. `HeaderAndPatternFastPathTests` compares the two.
enum SymbolAtLineEnd {
    /// Where the expression's first match starts (it always runs to the line's end: `\s*$`), or nil
    /// for no match. Only for ASCII bytes, where `\s` is tab to carriage return and space, and `\d`
    /// the ASCII digits.
    /// `atTextStart`: the bytes begin the text, where `^` matches (else they are the ASCII tail of a
    /// longer text).
    static func matchStart(_ b: UnsafeBufferPointer<UInt8>, atTextStart: Bool = true) -> Int? {
        // `(?:^|\s)`: the line's start, or a white space that the match includes.
        if atTextStart, symbolRunsToEnd(b, from: 0) { return 0 }
        for p in 0..<b.count where isSpace(b[p]) {
            if symbolRunsToEnd(b, from: p + 1) { return p }
        }
        return nil
    }

    /// `[AS]/[A-Z0-9.\-/]+(?: [A-Z](?:-[A-Z])?)?(?: \(\d{4}\))?\s*$` at `q`. The run of symbol
    /// characters is taken whole: what may follow it (a space or the end) is none of them.
    private static func symbolRunsToEnd(_ b: UnsafeBufferPointer<UInt8>, from q: Int) -> Bool {
        guard q + 2 < b.count, b[q] == 0x41 || b[q] == 0x53, b[q + 1] == 0x2F, isSymbolByte(b[q + 2]) else { return false }
        var k = q + 3
        while k < b.count, isSymbolByte(b[k]) { k += 1 }
        // The part letter, with or without a second one after a hyphen; each way, the year or not.
        var afterPart = [k]
        if k + 1 < b.count, b[k] == 0x20, Bytes.isUpper(b[k + 1]) {
            afterPart.append(k + 2)
            if k + 3 < b.count, b[k + 2] == 0x2D, Bytes.isUpper(b[k + 3]) { afterPart.append(k + 4) }
        }
        for g in afterPart {
            if onlySpaces(b, from: g) { return true }
            if g + 7 <= b.count, b[g] == 0x20, b[g + 1] == 0x28, (g + 2..<g + 6).allSatisfy({ Bytes.isDigit(b[$0]) }), b[g + 6] == 0x29,
               onlySpaces(b, from: g + 7) { return true }
        }
        return false
    }

    private static func isSymbolByte(_ c: UInt8) -> Bool {
        Bytes.isUpper(c) || Bytes.isDigit(c) || c == 0x2E || c == 0x2D || c == 0x2F
    }

    /// `\s` in ASCII.
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }

    private static func onlySpaces(_ b: UnsafeBufferPointer<UInt8>, from k: Int) -> Bool {
        (k..<b.count).allSatisfy { isSpace(b[$0]) }
    }
}
