import Foundation

/// What a paragraph says in the same way in every language, read to compare the versions of one text:
/// the resolutions it cites ("73/27", "2282 (2016)"), the document symbols it names (A/75/312), and its
/// figures, a date counting as its day, month and year ("5 December 2018" = "2018年12月5日" =
/// "5 декабря 2018 года"). Numbers written in words are not read: they differ by language anyway.
public struct Figures: Sendable {
    public enum Kind: String, Sendable { case citation, symbol, number }
    public struct Token: Sendable {
        public var kind: Kind
        /// The value as compared: "73/27", "2282 (2016)", "A/75/312", "1500", "2.5".
        public var value: String
        /// UTF-8 range in the text that was read.
        public var range: Range<Int>
        /// For a number that is part of a date: the date's range, so a message can quote the date.
        public var date: Range<Int>?
        /// The token as the text writes it (the whole date for a number of a date), for messages.
        public var written = ""
    }
    public var tokens: [Token] = []

    /// The values of one kind, sorted: what two versions must share.
    public func values(_ kind: Kind) -> [String] { tokens.filter { $0.kind == kind }.map(\.value).sorted() }
}

/// Reads `Figures` from text in one language. The expressions are compiled once per language.
public struct FigureReader: Sendable {
    let dates: [(expression: NSRegularExpression, months: [NSRegularExpression]?)]
    /// Words after a figure that multiply it, each an expression anchored where the figure ends.
    let scales: [(expression: NSRegularExpression, factor: Decimal)]
    /// The language is written right to left (its figures' groups may be stored in reverse).
    let rightToLeft: Bool
    /// The decimal mark's code unit, where the language data gives it.
    let decimalMark: UInt16?
    /// Times of day as the language writes them.
    let times: [NSRegularExpression]

    public init(language: LanguageProfile) {
        rightToLeft = language.script == "arabic"
        decimalMark = language.decimalMark?.utf16.first
        let compiled = language.derived(Expressions.init)
        (times, scales, dates) = (compiled.times, compiled.scales, compiled.dates)
    }

    /// The language's expressions, compiled once per profile (`LanguageProfile.derived`): a comparison
    /// reads each version's paragraphs with its own reader, and compiling is most of a one-set run's
    /// reading of figures.
    private struct Expressions {
        let times: [NSRegularExpression]
        let scales: [(expression: NSRegularExpression, factor: Decimal)]
        let dates: [(expression: NSRegularExpression, months: [NSRegularExpression]?)]

        init(_ language: LanguageProfile) {
            times = (language.times ?? []).compactMap { try? NSRegularExpression(pattern: $0) }
            // A word ends where letters do; a Han character is a word of its own ("260万美元").
            let end = language.script == "han" ? "" : "(?![\\p{L}])"
            // Case is ignored in the words only: ICU closes every class of a case-insensitive expression
            // over case ("(?![\p{L}])" is most of the cost of compiling it), and letters are letters in
            // either case.
            scales = (language.scales ?? []).compactMap { s in
                (try? NSRegularExpression(pattern: "[ \u{A0}]?(?i:\(s.words))\(end)")).map { ($0, Decimal(s.factor)) }
            }
            dates = FigureReader.compile(language.dates)
        }
    }

    private static func compile(_ dates: LanguageProfile.Dates?) -> [(expression: NSRegularExpression, months: [NSRegularExpression]?)] {
        guard let dates else { return [] }
        let months = dates.months?.compactMap { try? NSRegularExpression(pattern: "^(?:\($0))$", options: [.caseInsensitive]) }
        // Case is ignored in the month names only (as for the scale words, above).
        let alternation = "(?i:" + (dates.months ?? []).map { "(?:\($0))" }.joined(separator: "|") + ")"
        return dates.patterns.compactMap { pattern in
            let filled = pattern.replacingOccurrences(of: "{month}", with: alternation)
            guard let e = try? NSRegularExpression(pattern: filled) else { return nil }
            return (e, months)
        }
    }

    // Symbols: a series of capitals, then parts after slashes, one with a digit ("A/C.3/75/L.12/Rev.1").
    private static let symbol = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9/.\-])[A-Z][A-Z.\-]{0,9}(?:/[A-Za-z0-9.\-]+)+"#)
    private static let resolutionSymbol = try! NSRegularExpression(pattern: #"^A/RES/(\d{1,3})/(\d{1,4})$"#)
    // The Council's: "S/RES/2282 (2016)" is resolution 2282 (2016), as others write it.
    private static let councilSymbol = try! NSRegularExpression(pattern: #"^S/RES/(\d{1,4})$"#)
    private static let councilYear = try! NSRegularExpression(pattern: #"\s?\((\d{4})\)"#)
    // Resolutions and decisions of the Assembly ("73/27"), of the Council ("2282 (2016)"), and of the
    // sessions numbered in Roman figures ("2453 A (XXIII)").
    // A session in Roman figures is one in Arabic ones in the Arabic text ("XIII/1" is "13/1";
    // "1541 (XV)" is "1541 (د-15)"): both are read as the session's number.
    private static let citation = try! NSRegularExpression(pattern:
        #"(?<![\d/.\-\u2010\u2011A-Za-z])(?:(\d{1,3}|[IVXL]+)/(\d{1,4})(?![\d/])|(\d{1,4})(?:\s?[A-Z])?\s*\(\s*(\d{4}|[IVXL]+|د\s*-\s*\d{1,2})\s*\))"#)
    private static let initials = try! NSRegularExpression(pattern: #"(?:^|\s)\p{L}(?:\s\p{L}){1,4}\s?$"#)
    private static let hyphenated = try! NSRegularExpression(pattern: #"(?<![\d\-.])\d{1,3}(?:-\d{1,2})+(?![\d\-])"#)
    private static let gluedMarker = try! NSRegularExpression(pattern: #"(?<=[\p{L}\p{M}])\(\d{1,3}\)"#)
    // A run of digits with the separators a figure may hold ("1,500", "1 500", "2.5", "2,5").
    private static let number = try! NSRegularExpression(pattern: #"\d+(?:[.,\u00A0\u202F\u2009 ]\d+)*"#)

    public func read(_ text: String, skipping skipped: [Range<Int>] = []) -> Figures {
        var units = Array(text.utf16)
        // UTF-8 offset of each UTF-16 unit, to give ranges in the text's bytes.
        var utf8At = [Int](repeating: 0, count: units.count + 1)
        do {
            var i = 0, offset = 0
            for scalar in text.unicodeScalars {
                let width = scalar.utf16.count
                for k in 0..<width { utf8At[i + k] = offset }
                i += width
                offset += scalar.utf8.count
            }
            utf8At[units.count] = offset
        }
        Self.normalize(&units)
        // Footnote markers are no figures: blanked out.
        for r in skipped {
            for (i, at) in utf8At.enumerated() where i < units.count && r.contains(at) { units[i] = 0x20 }
        }
        var out = Figures()
        // Every token holds a digit: a paragraph without one has none (most preambular paragraphs).
        guard units.contains(where: { (0x30...0x39).contains($0) }) else { return out }
        let normalized = String(decoding: units, as: UTF16.self)
        let whole = NSRange(location: 0, length: units.count)
        let slash = units.contains(0x2F)
        func bytes(_ r: NSRange) -> Range<Int> { utf8At[r.location]..<utf8At[r.location + r.length] }
        func string(_ r: NSRange) -> String { String(decoding: units[r.location..<(r.location + r.length)], as: UTF16.self) }
        func blank(_ r: NSRange) { for i in r.location..<(r.location + r.length) { units[i] = 0x20 } }

        for m in slash ? Self.symbol.matches(in: normalized, range: whole) : [] {
            var r = m.range
            // A sentence's full stop or a dash after the symbol is not part of it.
            while r.length > 0, [0x2E, 0x2D].contains(units[r.location + r.length - 1]) { r.length -= 1 }
            let value = string(r)
            guard value.contains(where: \.isNumber) else { continue }
            // "XIII/1" is a decision of the thirteenth meeting, cited as "13/1" in other languages.
            if value.prefix(while: { $0 != "/" }).allSatisfy({ "IVXLC".contains($0) }) { continue }
            // The symbol of a resolution is a citation of it: "A/RES/70/1" is "70/1", as others write it.
            if Self.councilSymbol.firstMatch(in: value, range: NSRange(location: 0, length: r.length)) != nil,
               let year = Self.councilYear.firstMatch(in: normalized, options: [.anchored], range: NSRange(location: r.location + r.length, length: units.count - r.location - r.length)) {
                r.length = year.range.location + year.range.length - r.location
                out.tokens.append(.init(kind: .citation, value: "\(Int(value.dropFirst(6))!) (\(string(year.range(at: 1))))", range: bytes(r)))
            } else if let m = Self.resolutionSymbol.firstMatch(in: value, range: NSRange(location: 0, length: r.length)) {
                out.tokens.append(.init(kind: .citation, value: "\(Int(string(NSRange(location: r.location + m.range(at: 1).location, length: m.range(at: 1).length)))!)/\(Int(string(NSRange(location: r.location + m.range(at: 2).location, length: m.range(at: 2).length)))!)", range: bytes(r)))
            } else {
                out.tokens.append(.init(kind: .symbol, value: value, range: bytes(r)))
            }
            blank(r)
        }
        var current = String(decoding: units, as: UTF16.self)
        for m in slash || units.contains(0x28) ? Self.citation.matches(in: current, range: whole) : [] {
            // Another body's numbering after its initials written apart ("ج ص ع 73/1" for "WHA73.1"),
            // and a number of a year ("Law No. 10/2018", "la loi no 10 de 2018"): figures, no citation.
            let before = NSRange(location: max(0, m.range.location - 12), length: min(12, m.range.location))
            if Self.initials.firstMatch(in: current, range: before) != nil { blank(m.range); continue }
            if m.range(at: 2).location != NSNotFound, let second = Int(string(m.range(at: 2))), (1945...2100).contains(second), m.range(at: 2).length == 4 { continue }
            let value: String
            if m.range(at: 1).location != NSNotFound {
                value = "\(Self.session(string(m.range(at: 1))))/\(Int(string(m.range(at: 2)))!)"
            } else {
                value = "\(Int(string(m.range(at: 3)))!) (\(Self.session(string(m.range(at: 4)))))"
            }
            out.tokens.append(.init(kind: .citation, value: value, range: bytes(m.range)))
            blank(m.range)
        }
        current = String(decoding: units, as: UTF16.self)
        for (r, numbers) in dateMatches(current, string) {
            let date = bytes(r)
            for (n, at) in numbers { out.tokens.append(.init(kind: .number, value: String(n), range: bytes(at), date: date)) }
            blank(r)
        }
        // A time of day is its hour on a twelve-hour clock and its minutes: "3 p.m." is "15 heures" is
        // "下午3时", whatever says morning or afternoon, and "10 to 10.30 a.m." reads as "de 10 heures à 10 h 30".
        current = String(decoding: units, as: UTF16.self)
        for expression in times {
            for m in expression.matches(in: current, range: whole) {
                let hourRange = m.range(withName: "hour")
                guard hourRange.location != NSNotFound, let hour = Int(string(hourRange)), hour < 24 else { continue }
                if units[m.range.location..<(m.range.location + m.range.length)].allSatisfy({ $0 == 0x20 }) { continue }
                out.tokens.append(.init(kind: .number, value: String(hour % 12 == 0 ? 12 : hour % 12), range: bytes(hourRange)))
                let minuteRange = m.range(withName: "minute")
                if minuteRange.location != NSNotFound, let minute = Int(string(minuteRange)), minute > 0 {
                    out.tokens.append(.init(kind: .number, value: String(minute), range: bytes(minuteRange)))
                }
                blank(m.range)
            }
        }
        // "3-8" is target 3.8 and "58-16" resolution 58.16 in the Arabic texts: a hyphen between two
        // short groups of digits is the point of a numbering (a range of years has longer groups).
        // Other languages write the point ("3.8"): their hyphen is a range ("第23-30段", S/RES/2607 (2021)),
        // unless the figures are a chain of three or more (the "10-1-2" standard of S/RES/2518 (2020)).
        for m in Self.hyphenated.matches(in: String(decoding: units, as: UTF16.self), range: whole)
        where rightToLeft || units[m.range.location..<(m.range.location + m.range.length)].filter({ $0 == 0x2D }).count > 1 {
            // Written with the language's decimal mark, to read as "3.8" does in the other languages.
            for i in m.range.location..<(m.range.location + m.range.length) where units[i] == 0x2D { units[i] = decimalMark ?? 0x2E }
        }
        current = String(decoding: units, as: UTF16.self)
        // A footnote's marker typed as text, glued to the word it follows ("المسألة(5)،", the Arabic 75/112,
        // where the markup refers to the note elsewhere): no figure of the paragraph.
        // Only where "(" and a digit follow a letter (a regular expression over every paragraph costs).
        let glued = units.indices.dropFirst().contains { i in
            units[i] == 0x28 && i + 1 < units.count && (0x30...0x39).contains(units[i + 1]) && !(0x00...0x40).contains(units[i - 1])
        }
        if glued {
            for m in Self.gluedMarker.matches(in: current, range: whole) { blank(m.range) }
            current = String(decoding: units, as: UTF16.self)
        }
        for m in Self.number.matches(in: current, range: whole) {
            // A number that is part of a name ("COVID-19", "G20", "A4") is no figure: the name may be
            // translated ("2019冠状病毒病").
            if Self.isPartOfName(units, m.range) { continue }
            for (value, r) in Self.figures(in: string(m.range), at: m.range.location, reversedGroups: rightToLeft, decimalMark: decimalMark) {
                let value = Self.secondYear(value, at: r.location, in: units) ?? scaled(value, after: r.location + r.length, in: current)
                out.tokens.append(.init(kind: .number, value: value, range: bytes(r)))
            }
        }
        out.tokens.sort { $0.range.lowerBound < $1.range.lowerBound }
        let utf8 = Array(text.utf8)
        for k in out.tokens.indices {
            let r = out.tokens[k].date ?? out.tokens[k].range
            out.tokens[k].written = String(decoding: utf8[r.clamped(to: 0..<utf8.count)], as: UTF8.self)
        }
        return out
    }

    /// The figure times the word that follows it ("2.6 million" is 2600000, "260万" too).
    func scaled(_ value: String, after end: Int, in text: String) -> String {
        guard !scales.isEmpty, let number = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else { return value }
        let length = (text as NSString).length
        // The scale word of a range's second figure is the first one's too: "88 à 115 millions".
        var ends = [end]
        if let range = Self.rangeTail.firstMatch(in: text, options: [.anchored], range: NSRange(location: end, length: length - end)) {
            ends.append(range.range.location + range.range.length)
        }
        for at in ends {
            for (expression, factor) in scales where expression.firstMatch(in: text, options: [.anchored], range: NSRange(location: at, length: length - at)) != nil {
                return NSDecimalNumber(decimal: number * factor).stringValue
            }
        }
        return value
    }

    /// "à 115", "to 115", "– 115", "至115": a short word or a dash, then a figure.
    private static let rangeTail = try! NSRegularExpression(pattern: #"[ \u00A0\u202F]*(?:\p{L}{1,2}|[-–])[ \u00A0\u202F]*\d+(?:[.,\u00A0\u202F ]\d+)*"#)

    /// Dates that name a day or a year with their month, longest first where two overlap; each with
    /// its numbers (day, month, year) and where each stands (the month: its name).
    private func dateMatches(_ text: String, _ string: (NSRange) -> String) -> [(NSRange, [(Int, NSRange)])] {
        var found: [(NSRange, [(Int, NSRange)])] = []
        let whole = NSRange(location: 0, length: (text as NSString).length)
        for (expression, months) in dates {
            for m in expression.matches(in: text, range: whole) {
                func group(_ name: String) -> NSRange? {
                    let r = m.range(withName: name)
                    return r.location == NSNotFound ? nil : r
                }
                guard let monthRange = group("month"), group("day") != nil || group("year") != nil else { continue }
                let name = string(monthRange)
                let month: Int?
                if let months {
                    month = months.firstIndex { $0.firstMatch(in: name, range: NSRange(location: 0, length: (name as NSString).length)) != nil }.map { $0 + 1 }
                } else {
                    month = Int(name)
                }
                guard let month, (1...12).contains(month) else { continue }
                var numbers: [(Int, NSRange)] = []
                if let d = group("day"), let v = Int(string(d)) { numbers.append((v, d)) }
                numbers.append((month, monthRange))
                if let y = group("year"), let v = Int(string(y)) { numbers.append((v, y)) }
                found.append((m.range, numbers))
            }
        }
        found.sort { ($0.0.length, -$0.0.location) > ($1.0.length, -$1.0.location) }
        var kept: [(NSRange, [(Int, NSRange)])] = []
        for f in found where !kept.contains(where: { NSIntersectionRange($0.0, f.0).length > 0 }) { kept.append(f) }
        return kept.sorted { $0.0.location < $1.0.location }
    }

    /// The figures of a run of digits and separators: "1,500" and "1 500" are 1500, "2.5" and "2,5"
    /// are 2.5; a separator before other than three digits ends a figure ("5 10" is two).
    static func figures(in run: String, at location: Int, reversedGroups: Bool = false, decimalMark: UInt16? = nil) -> [(String, NSRange)] {
        var out: [(String, NSRange)] = []
        let units = Array(run.utf16)
        var groups: [(start: Int, end: Int, separator: UInt16?)] = []
        var i = 0
        while i < units.count {
            let separator: UInt16? = i == 0 ? nil : units[i - 1]
            let start = i
            while i < units.count, units[i] >= 0x30, units[i] <= 0x39 { i += 1 }
            groups.append((start, i, separator))
            i += 1
        }
        // Right-to-left text stores a figure's groups in the order they are seen: "000 11" is
        // 11 000, "600 290 140" is 140 290 600 (the UN's Arabic texts, throughout).
        if reversedGroups, groups.count > 1, groups.allSatisfy({ $0.separator == nil || $0.separator == 0x20 || $0.separator == 0xA0 }),
           groups.dropLast().allSatisfy({ $0.end - $0.start == 3 }), groups.last!.end - groups.last!.start <= 3 {
            let digits = groups.reversed().map { String(decoding: units[$0.start..<$0.end], as: UTF16.self) }.joined()
            return [(String(digits.drop { $0 == "0" }), NSRange(location: location, length: units.count))]
        }
        var value = "", start = 0, end = 0, decimal = false
        func flush() {
            guard !value.isEmpty else { return }
            var v = value
            while v.count > 1, v.hasPrefix("0"), !v.hasPrefix("0.") { v.removeFirst() }
            // "10.00" is 10, "2.50" is 2.5.
            if decimal { while v.hasSuffix("0") { v.removeLast() }; if v.hasSuffix(".") { v.removeLast() } }
            out.append((v, NSRange(location: location + start, length: end - start)))
            value = ""; decimal = false
        }
        for g in groups {
            let digits = String(decoding: units[g.start..<g.end], as: UTF16.self)
            guard let s = g.separator, !value.isEmpty else { value = digits; start = g.start; end = g.end; continue }
            let isMark = s == 0x2C || s == 0x2E
            // The language's decimal mark is one, whatever follows it ("8.564亿" is 8.564 hundred million).
            if let decimalMark, s == decimalMark, !decimal {
                value += "." + digits; end = g.end; decimal = true
            } else if g.end - g.start == 3, !decimal {
                value += digits; end = g.end
            } else if isMark, !decimal {
                // "16.4" (a target), "58.16" (another body's resolution): a numbering point in every language.
                value += "." + digits; end = g.end; decimal = true
            } else {
                flush(); value = digits; start = g.start; end = g.end
            }
        }
        flush()
        return out
    }

    /// The second year of a span written short ("2019/20", "2020–21"): the year in full, as other
    /// languages write it ("2019/2020"); nil for any other figure.
    static func secondYear(_ value: String, at location: Int, in units: [UInt16]) -> String? {
        guard value.count == 2, let short = Int(value), location >= 5, [0x2F, 0x2D, 0x2013].contains(units[location - 1]) else { return nil }
        let digits = units[(location - 5)..<(location - 1)]
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }), location == 5 || !(0x30...0x39).contains(units[location - 6]),
              let first = Int(String(decoding: digits, as: UTF16.self)), (1900...2099).contains(first) else { return nil }
        let year = first / 100 * 100 + short
        return year > first ? String(year) : nil
    }

    /// A session number in Roman figures ("XV") or written "د-15" as its number, other values as written.
    static func session(_ s: String) -> String {
        if let n = Int(s) { return String(n) }
        if let n = GeneralAssembly.roman(s) { return String(n) }
        if let n = Int(s.filter(\.isNumber)), s.hasPrefix("د") { return String(n) }
        return s
    }

    /// A decade is its first year, as the languages that write it apart read it ("années 1980",
    /// "1980年代"): after four digits, the English "s" ("the 1980s") or a Russian ending after a hyphen
    /// ("1980‑х годов", "1990-е годы"; 75/34). Where the decade's word ends, or nil.
    static func decadeEnd(_ units: [UInt16], after k: Int) -> Int? {
        guard k < units.count else { return nil }
        if units[k] == 0x73 { return k + 1 }
        guard units[k] == 0x2D else { return nil }
        var end = k + 1
        while end < units.count, end - k <= 3, (0x0430...0x044F).contains(units[end]) { end += 1 }
        return end > k + 1 ? end : nil
    }

    /// Digits glued to a letter or joined to one by a hyphen, before or after ("COVID-19",
    /// "كوفيد-19"). Han characters are words of their own, not names' parts ("2018年").
    static func isPartOfName(_ units: [UInt16], _ r: NSRange) -> Bool {
        func isLatin(_ u: UInt16) -> Bool {
            guard u < 0x2E80, !(0xD800...0xDFFF).contains(u), let scalar = Unicode.Scalar(u) else { return false }
            return scalar.properties.isAlphabetic
        }
        let before = r.location > 0 ? units[r.location - 1] : 0
        let after = r.location + r.length < units.count ? units[r.location + r.length] : 0
        if r.length == 4, !isLatin(before), let end = decadeEnd(units, after: r.location + r.length), end == units.count || !isLatin(units[end]) {
            return false
        }
        if isLatin(before) || isLatin(after) { return true }
        // A hyphen, a non-breaking one ("COVID‑19", as the Russian texts write it) or U+2010.
        func isHyphen(_ u: UInt16) -> Bool { u == 0x2D || u == 0x2010 || u == 0x2011 }
        if isHyphen(before), r.location > 1, isLatin(units[r.location - 2]) { return true }
        if isHyphen(after), r.location + r.length + 1 < units.count, isLatin(units[r.location + r.length + 1]) { return true }
        return false
    }

    /// Digits of every script as ASCII digits, full-width brackets as ASCII ones, and the Cyrillic
    /// capitals that look like Latin ones as Latin (a Russian text's "А/75/312"); one unit for one.
    static func normalize(_ units: inout [UInt16]) {
        let cyrillic: [UInt16: UInt16] = [0x0410: 0x41, 0x0412: 0x42, 0x0421: 0x43, 0x0415: 0x45, 0x041D: 0x48, 0x041A: 0x4B,
                                          0x041C: 0x4D, 0x041E: 0x4F, 0x0420: 0x50, 0x0422: 0x54, 0x0425: 0x58]
        for i in units.indices {
            let u = units[i]
            switch u {
            case 0xFF10...0xFF19: units[i] = u - 0xFF10 + 0x30
            case 0x0660...0x0669: units[i] = u - 0x0660 + 0x30
            case 0x066B: units[i] = 0x2C  // Arabic decimal separator, a comma as the UN's Arabic texts write it
            case 0x066C: units[i] = 0x20  // Arabic thousands separator
            case 0x06F0...0x06F9: units[i] = u - 0x06F0 + 0x30
            case 0xFF08: units[i] = 0x28
            case 0xFF09: units[i] = 0x29
            case 0xFF0F: units[i] = 0x2F
            case 0x2010, 0x2011: units[i] = 0x2D  // hyphens: "IOC‑XXX/11.1", "COVID‑19"
            case 0x0410...0x0425: if let latin = cyrillic[u] { units[i] = latin }
            default: break
            }
        }
    }
}
