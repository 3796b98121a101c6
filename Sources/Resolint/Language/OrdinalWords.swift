import Foundation

/// Session ordinals in words, both ways. The words are data (Rules/languages/*.yaml); the way they
/// compose is one of a few systems, one per way of building the number:
///
/// - `chinese-numerals`: 七十九, 一百零一 (digits, ten, hundred, zero).
/// - `english-words`: seventy-ninth, one hundred and first (cardinal tens + "-" + ordinal unit).
/// - `french-words`: soixante-dix-neuvième, vingt et unième, quatre-vingtième, cent unième — tens in
///   cardinal form, "et" before the one of 21…71, 70 and 90 counted as 60 + 10… and 80 + 10….
/// - `tens-then-units`: septuagésimo noveno (Spanish, ordinal tens), семьдесят девятая (Russian,
///   cardinal tens: `compound-tens`); 101…199 put `hundred` before the rest.
/// - `units-then-tens`: التاسعة والسبعون (Arabic: the unit, then the tens joined by و); 101…199 put
///   the rest before `hundred` ("… بعد المائة").
///
/// Languages whose session ordinal changes with grammatical case (Russian and Arabic: the header's
/// nominative, the closing clause's genitive) give the other case forms under `cases:` as lists
/// that replace those of the base form; templates ask for them as {ordinal-genitive} /
/// {session-genitive}. Reading accepts every case form, and the spelling variants of `also-read`.
public struct OrdinalWords: Codable, Sendable {
    public var system: String
    // chinese-numerals
    public var digits: [String]?
    public var ten: String?
    public var hundred: String?
    public var zero: String?
    // english-words, french-words, tens-then-units, units-then-tens
    public var units: [String]?
    public var cardinalUnits: [String]?
    public var teens: [String]?
    public var tens: [String]?
    public var cardinalTens: [String]?
    public var hundredth: String?
    /// The units inside a compound where they differ from the units alone (French "unième" in
    /// "vingt et unième", Arabic "الحادية" in "الحادية والعشرون").
    public var compoundUnits: [String]?
    /// The tens that begin a compound where they differ from `tens` (Russian cardinal "семьдесят").
    public var compoundTens: [String]?
    /// What joins the two words of a compound: "-" (French), " " (Spanish, Russian), " و" (Arabic).
    public var joiner: String?
    /// French: the word that joins one (and eleven) to the tens of `and-decades` ("vingt et unième").
    public var and: String?
    public var andDecades: [Int]?
    /// French: decades counted as the decade below plus ten to nineteen (70 = soixante-dix, 90).
    public var plusTenDecades: [Int]?
    /// 200 in words ("deux centième", "ducentésimo", "двухсотая", "المائتان").
    public var twoHundredth: String?
    /// What joins the hundred and the rest for 101…199 (" ", " بعد ").
    public var hundredJoiner: String?
    /// Other case forms, each replacing some of the lists above (research.md §5.2).
    public var cases: [String: OrdinalCase]?
    /// Spellings read as another: [["primero", "primer"], ["ё", "е"]], replaced in order, in lower case.
    public var alsoRead: [[String]]?

    /// The lists a grammatical case replaces.
    public struct OrdinalCase: Codable, Sendable {
        public var units: [String]?
        public var compoundUnits: [String]?
        public var teens: [String]?
        public var tens: [String]?
        public var compoundTens: [String]?
        public var hundredth: String?
        public var hundred: String?
        public var twoHundredth: String?
        enum CodingKeys: String, CodingKey {
            case units, teens, tens, hundredth, hundred
            case compoundUnits = "compound-units", compoundTens = "compound-tens", twoHundredth = "two-hundredth"
        }
    }

    enum CodingKeys: String, CodingKey {
        case system, digits, ten, hundred, zero, units, teens, tens, hundredth, joiner, and, cases
        case cardinalUnits = "cardinal-units", cardinalTens = "cardinal-tens"
        case compoundUnits = "compound-units", compoundTens = "compound-tens", andDecades = "and-decades"
        case plusTenDecades = "plus-ten-decades", twoHundredth = "two-hundredth", hundredJoiner = "hundred-joiner"
        case alsoRead = "also-read"
    }

    public static let supportedRange = 1...200
    public static let systems = ["chinese-numerals", "english-words", "french-words", "tens-then-units", "units-then-tens"]

    /// The case names this language knows besides its base form.
    public var caseNames: [String] { (cases ?? [:]).keys.sorted() }

    /// The ordinal in words (lower case where the script has case), in the base form or in the named
    /// case; nil outside 1…200 or for an unknown case.
    public func words(for n: Int, case name: String? = nil) -> String? {
        guard Self.supportedRange.contains(n) else { return nil }
        var w = self
        if let name {
            guard let c = cases?[name] else { return nil }
            w.units = c.units ?? units
            w.compoundUnits = c.compoundUnits ?? compoundUnits
            w.teens = c.teens ?? teens
            w.tens = c.tens ?? tens
            w.compoundTens = c.compoundTens ?? compoundTens
            w.hundredth = c.hundredth ?? hundredth
            w.hundred = c.hundred ?? hundred
            w.twoHundredth = c.twoHundredth ?? twoHundredth
        }
        switch system {
        case "chinese-numerals": return w.chinese(n)
        case "english-words": return w.english(n)
        case "french-words": return w.french(n)
        case "tens-then-units": return w.tensThenUnits(n)
        case "units-then-tens": return w.unitsThenTens(n)
        default: return nil
        }
    }

    /// Reads ordinal words back to a number (without case, any case form, `also-read` spellings), or nil.
    /// Words that PDF extraction broke with a space ("eight y-first") are read as their letters.
    public func number(for words: String) -> Int? {
        if let n = exactNumber(for: words) { return n }
        let letters = normalize(words).filter { $0 != " " }
        guard letters.count < normalize(words).count else { return nil }
        return reading.withLock { table in table?.first { $0.key.filter { $0 != " " } == letters }?.value }
    }

    private func exactNumber(for words: String) -> Int? {
        let key = normalize(words)
        return reading.withLock { table in
            if let table { return table[key] }
            let names = [nil] + caseNames.map(Optional.some)
            var built: [String: Int] = [:]
            built.reserveCapacity(names.count * Self.supportedRange.count)
            for name in names {
                for n in Self.supportedRange {
                    if let w = self.words(for: n, case: name) {
                        let k = normalize(w, generated: true)
                        if built[k] == nil { built[k] = n }
                    }
                }
            }
            table = built
            return built[key]
        }
    }

    /// The words → number table, built on first use (once per profile).
    private let reading = Locked<[String: Int]?>(nil)

    /// Lower case, one kind of hyphen and space, no Arabic tatweel, and the `also-read` spellings.
    /// `generated`: words this table wrote from the language data, whose spellings are the data's own
    /// scalars, so that an `also-read` spelling is found by its bytes (Foundation's search, which also
    /// matches other forms of a character, took a seventh of comparing one set of six versions).
    func normalize(_ s: String, generated: Bool = false) -> String {
        var t = Self.isNormalASCII(s) ? s : Self.normalizeScalars(s)
        for pair in alsoRead ?? [] where pair.count == 2 && (generated ? Self.containsBytes(t, pair[0]) : t.contains(pair[0])) {
            t = t.replacingOccurrences(of: pair[0], with: pair[1])
        }
        return t
    }

    /// Whether the UTF-8 of `needle` stands in the UTF-8 of `text`.
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let hay = Array(text.utf8), n = Array(needle.utf8)
        guard let first = n.first, n.count <= hay.count else { return n.isEmpty }
        var i = 0
        while i + n.count <= hay.count {
            if hay[i] == first, hay[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }

    /// True when `normalizeScalars` would give `s` back unchanged, read as bytes: ASCII without upper
    /// case, tabs or control characters, spaces single and inside (as the words the table is built
    /// from are in most languages).
    static func isNormalASCII(_ s: String) -> Bool {
        var lastWasSpace = true
        for b in s.utf8 {
            if b == 0x20 {
                if lastWasSpace { return false }
                lastWasSpace = true
                continue
            }
            guard b > 0x20, b < 0x80, !Bytes.isUpper(b) else { return false }
            lastWasSpace = false
        }
        return !lastWasSpace || s.isEmpty
    }

    /// One kind of hyphen and space, no Arabic tatweel, lower case.
    static func normalizeScalars(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = true
        for u in s.unicodeScalars {
            switch u {
            case "\u{0640}": continue  // Arabic tatweel
            case " ", "\u{00A0}", "\u{202F}", "\u{2009}", "\t":
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            case "\u{2010}", "\u{2011}":  // hyphen, non-breaking hyphen ("soixante‑seizième", the UN's French)
                scalars.append("-"); lastWasSpace = false
            default:
                scalars.append(u); lastWasSpace = false
            }
        }
        if lastWasSpace, !scalars.isEmpty { scalars.removeLast() }
        return String(scalars).lowercased()
    }

    private func chinese(_ n: Int) -> String? {
        guard let digits, digits.count == 9, let ten, let hundred, let zero else { return nil }
        func below100(_ n: Int, leadingOne: Bool) -> String {
            if n < 10 { return digits[n - 1] }
            let t = n / 10, u = n % 10
            let tensPart = (t == 1 && !leadingOne) ? ten : digits[t - 1] + ten
            return tensPart + (u == 0 ? "" : digits[u - 1])
        }
        if n < 100 { return below100(n, leadingOne: false) }
        let h = n / 100, rest = n % 100
        var s = digits[h - 1] + hundred
        if rest == 0 { return s }
        if rest < 10 { s += zero + digits[rest - 1] } else { s += below100(rest, leadingOne: true) }
        return s
    }

    private func english(_ n: Int) -> String? {
        guard let units, let cardinalUnits, let teens, let tens, let cardinalTens, let hundredth, let hundred,
              units.count == 9, cardinalUnits.count == 9, teens.count == 10, tens.count == 8, cardinalTens.count == 8
        else { return nil }
        func below100(_ n: Int) -> String {
            if n < 10 { return units[n - 1] }
            if n < 20 { return teens[n - 10] }
            let t = n / 10, u = n % 10
            return u == 0 ? tens[t - 2] : cardinalTens[t - 2] + "-" + units[u - 1]
        }
        if n < 100 { return below100(n) }
        let h = n / 100, rest = n % 100
        let head = cardinalUnits[h - 1] + " " + hundred
        return rest == 0 ? cardinalUnits[h - 1] + " " + hundredth : head + " and " + below100(rest)
    }

    /// French: 1 première; 2–19 alone; tens in cardinal form joined by "-", or by " et " before one
    /// (and eleven) in `and-decades`; the decades of `plus-ten-decades` go on with 10–19 (soixante-dix-neuvième).
    private func french(_ n: Int) -> String? {
        guard let units, let teens, let tens, let cardinalTens, let hundredth, let hundred, let twoHundredth,
              units.count == 9, teens.count == 10, tens.count == 8, cardinalTens.count == 8 else { return nil }
        let inCompound = compoundUnits ?? units
        guard inCompound.count == 9 else { return nil }
        let joiner = self.joiner ?? "-", and = " " + (self.and ?? "et") + " "
        let andDecades = Set(self.andDecades ?? []), plusTen = Set(plusTenDecades ?? [])
        func below100(_ n: Int, alone: Bool) -> String {
            if n < 10 { return alone ? units[n - 1] : inCompound[n - 1] }
            if n < 20 { return teens[n - 10] }
            let decade = n / 10 * 10, u = n % 10
            if u == 0 { return tens[decade / 10 - 2] }
            let head = cardinalTens[decade / 10 - 2]
            if plusTen.contains(decade) {
                // 71 soixante et onzième, 77 soixante-dix-septième, 91 quatre-vingt-onzième.
                return head + (u == 1 && andDecades.contains(decade) ? and : joiner) + teens[u]
            }
            if u == 1 { return head + (andDecades.contains(decade) ? and : joiner) + inCompound[0] }
            return head + joiner + inCompound[u - 1]
        }
        if n < 100 { return below100(n, alone: true) }
        if n == 100 { return hundredth }
        if n == 200 { return twoHundredth }
        return hundred + (hundredJoiner ?? " ") + below100(n - 100, alone: false)
    }

    /// Spanish and Russian: the tens (`compound-tens` when a unit follows), the joiner, the unit.
    private func tensThenUnits(_ n: Int) -> String? {
        guard let units, let teens, let tens, let hundredth, let twoHundredth,
              units.count == 9, teens.count == 10, tens.count == 8 else { return nil }
        let leading = compoundTens ?? tens, inCompound = compoundUnits ?? units
        guard leading.count == 8, inCompound.count == 9 else { return nil }
        let joiner = self.joiner ?? " "
        func below100(_ n: Int, alone: Bool) -> String {
            if n < 10 { return alone ? units[n - 1] : inCompound[n - 1] }
            if n < 20 { return teens[n - 10] }
            let t = n / 10, u = n % 10
            return u == 0 ? tens[t - 2] : leading[t - 2] + joiner + inCompound[u - 1]
        }
        if n < 100 { return below100(n, alone: true) }
        if n == 100 { return hundredth }
        if n == 200 { return twoHundredth }
        return (hundred ?? hundredth) + (hundredJoiner ?? joiner) + below100(n - 100, alone: false)
    }

    /// Arabic: the unit (`compound-units` inside a compound), the joiner (" و"), the tens; 101…199
    /// are the rest, `hundred-joiner` and the hundred ("الحادية بعد المائة").
    private func unitsThenTens(_ n: Int) -> String? {
        guard let units, let teens, let tens, let hundredth, let twoHundredth,
              units.count == 9, teens.count == 10, tens.count == 8 else { return nil }
        let inCompound = compoundUnits ?? units
        guard inCompound.count == 9 else { return nil }
        let joiner = self.joiner ?? " و"
        func below100(_ n: Int, alone: Bool) -> String {
            if n < 10 { return alone ? units[n - 1] : inCompound[n - 1] }
            if n < 20 { return teens[n - 10] }
            let t = n / 10, u = n % 10
            return u == 0 ? tens[t - 2] : inCompound[u - 1] + joiner + tens[t - 2]
        }
        if n < 100 { return below100(n, alone: true) }
        if n == 100 { return hundredth }
        if n == 200 { return twoHundredth }
        return below100(n - 100, alone: false) + (hundredJoiner ?? " ") + (hundred ?? hundredth)
    }
}

/// A tiny lock for lazily built, shared tables.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body(&value)
    }
}
