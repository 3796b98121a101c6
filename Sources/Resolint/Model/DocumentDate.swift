import Foundation

extension Document {
    /// The earliest month the document can be from, for names that changed: the opening of its
    /// General Assembly session (September of 1945 + N), or January of the year in a Security
    /// Council symbol ("S/2023/970", "S/RES/2446 (2018)"). Nil when nothing dates it.
    public var earliestDate: YearMonth? {
        if let n = header.session ?? symbolSession { return GeneralAssembly.opening(of: n) }
        guard let symbol = header.symbol.map({ HeaderParser.symbol(in: $0.string) ?? $0.string }) else { return nil }
        for pattern in [#"^S/(\d{4})/"#, #"\((\d{4})\)$"#] {
            if let r = symbol.range(of: pattern, options: .regularExpression) {
                let digits = symbol[r].filter(\.isNumber)
                if let y = Int(digits) { return YearMonth(year: y, month: 1) }
            }
        }
        return nil
    }

    /// The session a General Assembly symbol at the top names (A/C.1/73/L.37, A/RES/73/6, A/77/384).
    public var symbolSession: Int? {
        guard let line = header.symbol?.string else { return nil }
        return GeneralAssembly.session(ofSymbol: HeaderParser.symbol(in: line) ?? line)
    }
}

/// Facts of the General Assembly's calendar (spec/structure.md, "Citations of earlier resolutions").
public enum GeneralAssembly {
    /// Session N opens in September of 1945 + N (the first, in London, in January 1946).
    public static func opening(of session: Int) -> YearMonth {
        session == 1 ? YearMonth(year: 1946, month: 1) : YearMonth(year: 1945 + session, month: 9)
    }

    /// Session N ends when session N + 1 opens, in September of 1946 + N.
    public static func closing(of session: Int) -> YearMonth { YearMonth(year: 1946 + session, month: 9) }

    /// The session of a General Assembly symbol, "A/[C.n/|RES/|INF/]NN/…" (one to three digits), or nil.
    /// Read scalar by scalar as the expression `^A/(?:RES/|C\.\d/|INF/)?(\d{1,3})/` reads it (a digit is
    /// any decimal digit, as ICU's `\d`; only ASCII ones make a number): the expression, compiled at
    /// every call, cost more than the rest of reading the date.
    public static func session(ofSymbol symbol: String) -> Int? {
        let s = Array(symbol.unicodeScalars.prefix(10))
        func isDigit(_ i: Int) -> Bool { i < s.count && s[i].properties.generalCategory == .decimalNumber }
        func holds(_ literal: String, at i: Int) -> Bool {
            let l = Array(literal.unicodeScalars)
            return i + l.count <= s.count && s[i..<(i + l.count)].elementsEqual(l)
        }
        guard holds("A/", at: 0) else { return nil }
        var i = 2
        if holds("RES/", at: i) || holds("INF/", at: i) {
            i += 4
        } else if holds("C.", at: i), isDigit(i + 2), holds("/", at: i + 3) {
            i += 4
        }
        // No prefix reads as digits, so none is given back when the number is missing.
        var end = i
        while isDigit(end), end - i < 3 { end += 1 }
        guard end > i, holds("/", at: end) else { return nil }
        return Int(String(String.UnicodeScalarView(s[i..<end])))
    }

    /// Roman numerals of the sessions before 1976 ("XXIII").
    public static func roman(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0, previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 ? total : nil
    }
}
