/// Word's automatic numbering (numbering.xml): each list level's start, number format and label
/// text ("%1.", "(%2)"), and the counters that give each numbered paragraph the label Word shows.
/// Lists that share an abstract definition count on together, as Word does, unless a list restarts
/// with a start override.
public struct DocxNumbering: Sendable {
    public struct Level: Sendable {
        public var start = 1
        /// ST_NumberFormat: decimal, lowerLetter, lowerRoman, arabicAbjad, russianLower, chineseCounting …
        public var format = "decimal"
        /// "%1." — %k is level k's number in its format.
        public var text = "%1."
        /// What follows the label: tab (Word's default), space or nothing.
        public var suffix = "tab"
        /// w:isLgl: every level's number shown as a decimal.
        public var legal = false
        /// w:lvlRestart: restarts after a level at most this (1-based); nil: after any higher level.
        public var restart: Int?
    }

    /// Abstract definitions by id: levels by ilvl.
    var abstracts: [String: [Int: Level]] = [:]
    /// w:num id → (abstract id, start overrides by level).
    var lists: [String: (abstract: String, overrides: [Int: Int], levels: [Int: Level])] = [:]

    public init() {}

    public init(_ tree: XMLTree) {
        for e in tree.root.elements {
            if e.name == "abstractNum", let id = e.attribute("abstractNumId") {
                var levels: [Int: Level] = [:]
                for l in e.elements where l.name == "lvl" { if let (k, level) = Self.level(l) { levels[k] = level } }
                abstracts[id] = levels
            } else if e.name == "num", let id = e.attribute("numId"), let abstract = e.first("abstractNumId")?.attribute("val") {
                var overrides: [Int: Int] = [:], levels: [Int: Level] = [:]
                for o in e.elements where o.name == "lvlOverride" {
                    guard let k = o.attribute("ilvl").flatMap({ Int($0) }) else { continue }
                    if let s = o.first("startOverride")?.attribute("val").flatMap({ Int($0) }) { overrides[k] = s }
                    if let l = o.first("lvl"), let (_, level) = Self.level(l) { levels[k] = level }
                }
                lists[id] = (abstract, overrides, levels)
            }
        }
    }

    static func level(_ l: XMLElement) -> (Int, Level)? {
        guard let k = l.attribute("ilvl").flatMap({ Int($0) }), (0..<9).contains(k) else { return nil }
        var level = Level()
        if let s = l.first("start")?.attribute("val").flatMap({ Int($0) }) { level.start = s }
        if let f = l.first("numFmt")?.attribute("val") { level.format = f }
        if let t = l.first("lvlText")?.attribute("val") { level.text = t }
        if let s = l.first("suff")?.attribute("val") { level.suffix = s }
        if let g = l.first("isLgl") { level.legal = DocxFormatting.on(g) }
        if let r = l.first("lvlRestart")?.attribute("val").flatMap({ Int($0) }) { level.restart = r }
        return (k, level)
    }

    /// The level definition of list `numId` at `ilvl`, or nil when the list does not exist or numbers nothing.
    func definition(_ numId: String, _ ilvl: Int) -> Level? {
        guard let list = lists[numId] else { return nil }
        return list.levels[ilvl] ?? abstracts[list.abstract]?[ilvl]
    }

    /// The running counters of a document, paragraph by paragraph.
    public struct Counter: Sendable {
        let numbering: DocxNumbering
        /// Counters by abstract definition: the current number at each level (nil: not started).
        var counts: [String: [Int?]] = [:]
        /// Lists whose start overrides have been applied.
        var restarted: Set<String> = []

        public init(_ numbering: DocxNumbering) { self.numbering = numbering }

        /// The label Word shows for the next paragraph of list `numId` at level `ilvl`, and what follows it.
        public mutating func next(_ numId: String, _ ilvl: Int) -> (label: String, suffix: String)? {
            guard let list = numbering.lists[numId], let level = numbering.definition(numId, ilvl) else { return nil }
            if level.format == "none", !level.text.contains("%") { return nil }
            let key = list.abstract
            var c = counts[key] ?? Array(repeating: nil, count: 9)
            if !restarted.contains(numId) {
                restarted.insert(numId)
                // A list with start overrides starts again at them (Word's "restart numbering").
                if !list.overrides.isEmpty { c = Array(repeating: nil, count: 9) }
            }
            func start(_ k: Int) -> Int { list.overrides[k] ?? numbering.definition(numId, k)?.start ?? 1 }
            c[ilvl] = c[ilvl].map { $0 + 1 } ?? start(ilvl)
            for k in (ilvl + 1)..<9 {
                // A deeper level restarts after this one unless its lvlRestart says a higher level only.
                let r = numbering.definition(numId, k)?.restart
                if r == nil || r! > ilvl { c[k] = nil }
            }
            counts[key] = c
            var label = ""
            var rest = Substring(level.text)
            while let percent = rest.firstIndex(of: "%") {
                label += rest[..<percent]
                let after = rest.index(after: percent)
                guard after < rest.endIndex, let d = rest[after].wholeNumberValue, (1...9).contains(d) else {
                    label += "%"; rest = rest[after...]; continue
                }
                let k = d - 1
                let value = c[k] ?? start(k)
                let format = (level.legal && k < ilvl) ? "decimal" : (numbering.definition(numId, k)?.format ?? "decimal")
                label += DocxNumberFormat.format(value, format)
                rest = rest[rest.index(after: after)...]
            }
            label += rest
            // A bullet's symbol is often a private-use glyph of a symbol font: shown as "•".
            if level.format == "bullet" { label = "•" }
            return label.isEmpty ? nil : (label, level.suffix)
        }
    }
}

/// Numbers in Word's number formats (ST_NumberFormat), in the label forms of the six languages.
public enum DocxNumberFormat {
    public static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "decimal", "ordinal", "cardinalText", "ordinalText", "decimalHalfWidth": return String(n)
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "lowerLetter": return letters(n, Self.latin)
        case "upperLetter": return letters(n, Self.latin).uppercased()
        case "lowerRoman": return LabelReader.romanLabel(n)
        case "upperRoman": return LabelReader.romanLabel(n).uppercased()
        case "arabicAbjad": return cycle(n, abjad)
        case "arabicAlpha": return cycle(n, arabicAlphabet)
        case "hindiNumbers": return digits(n, "٠١٢٣٤٥٦٧٨٩")
        case "russianLower": return letters(n, russian)
        case "russianUpper": return letters(n, russian).uppercased()
        case "decimalFullWidth", "decimalFullWidth2": return digits(n, "０１２３４５６７８９")
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital":
            return chinese(n, digital: format == "ideographDigital")
        case "ideographTraditional": return cycle(n, Array("甲乙丙丁戊己庚辛壬癸").map(String.init))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2460 + n - 1)!)) : String(n)
        case "decimalEnclosedParen": return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2474 + n - 1)!)) : "(\(n))"
        case "ideographEnclosedCircle": return (1...10).contains(n) ? String(Character(Unicode.Scalar(0x3280 + n - 1)!)) : String(n)
        case "ideographLegalTraditional": return (1...10).contains(n) ? String(Array("壹貳參肆伍陸柒捌玖拾")[n - 1]) : String(n)
        case "none", "bullet": return ""
        default: return String(n)
        }
    }

    static let latin = (0..<26).map { String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8($0)))) }
    /// Word's Russian letters: the alphabet less ё, й, ъ, ь.
    static let russian = Array("абвгдежзиклмнопрстуфхцчшщыэюя").map(String.init)
    /// The abjad order, as the UN's Arabic texts letter their items (Rules/languages/ar.yaml).
    static let abjad = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]
    static let arabicAlphabet = ["أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "هـ", "و", "ي"]

    /// Word's letter numbering: a … z, then aa … zz, aaa … (the letter repeated, not base 26).
    static func letters(_ n: Int, _ alphabet: [String]) -> String {
        guard n >= 1 else { return String(n) }
        let k = (n - 1) % alphabet.count
        return String(repeating: alphabet[k], count: min(32, (n - 1) / alphabet.count + 1))
    }

    static func cycle(_ n: Int, _ alphabet: [String]) -> String {
        guard n >= 1 else { return String(n) }
        return alphabet[(n - 1) % alphabet.count]
    }

    static func digits(_ n: Int, _ set: String) -> String {
        let d = Array(set)
        return String(String(n).map { $0.wholeNumberValue.map { d[$0] } ?? $0 })
    }

    /// 一, 二 … 十, 十一 … 二十 … 九十九 (counting), or digit by digit (〇一二 …).
    static func chinese(_ n: Int, digital: Bool) -> String {
        let d = Array("〇一二三四五六七八九")
        if digital || n >= 100 || n < 1 { return String(String(n).map { $0.wholeNumberValue.map { d[$0] } ?? $0 }) }
        let tens = n / 10, ones = n % 10
        var s = ""
        if tens > 0 { s += (tens == 1 ? "" : String(d[tens])) + "十" }
        if ones > 0 { s += String(d[ones]) }
        return s
    }
}
