/// How a language labels operative paragraphs and their items: the `labels:` key of
/// Rules/languages/<code>.yaml. Each form is a label with one placeholder: {n} (a number), {letter}
/// (the next of `letters`, or a, b … z, aa, bb … when there is no list) or {roman} (i, ii, iii …).
/// A space in a form stands for any number of spaces, none included ("{n} -" reads "7 - " and "7-").
/// The first form of each list is the one written; a fix keeps the form a document already uses.
public struct LabelSyntax: Codable, Sendable, Equatable {
    /// Operative paragraph numbers: "{n}." (1.), "{n} -" (Arabic 7 -).
    public var paragraph: [String]
    /// First-level items: "({letter})", "{letter})".
    public var item: [String]
    /// Second-level items: "({roman})", "{roman})", "'{n}'".
    public var subitem: [String]
    /// The item letters in order (Arabic أ ب ج د هـ و …); absent: Latin a…z.
    public var letters: [String]?
    /// Digit sets numbers may also be written in, each the ten digits 0…9 (Arabic-Indic ٠…٩).
    public var digits: [String]?
    /// Characters read as the letter they look like or stand for: Cyrillic "а" in "а)" as Latin "a".
    public var homoglyphs: [String: String]?

    public init(paragraph: [String], item: [String], subitem: [String], letters: [String]? = nil,
                digits: [String]? = nil, homoglyphs: [String: String]? = nil) {
        self.paragraph = paragraph; self.item = item; self.subitem = subitem
        self.letters = letters; self.digits = digits; self.homoglyphs = homoglyphs
    }

    /// What UN English and Chinese texts use, and what a language without `labels:` gets.
    public static let standard = LabelSyntax(paragraph: ["{n}."], item: ["({letter})", "{letter})"], subitem: ["({roman})", "{roman})"])

    /// The label for `n` in `style`, in the form `raw` is written in (the first form without `raw`),
    /// with `raw`'s digits.
    public func write(_ n: Int, _ style: LabelStyle, like raw: String? = nil) -> String {
        let forms: [String]
        switch style {
        case .arabic: forms = paragraph
        case .latin: forms = item
        case .roman: forms = subitem
        case .dash: return "-"
        }
        var form = forms.first ?? "{n}"
        if let raw, let f = forms.first(where: { LabelReader.match(Array(raw.utf8), form: $0, syntax: self) != nil }) { form = f }
        let digitSet = raw.flatMap { r in (digits ?? []).first { set in r.contains { set.contains($0) } } }
        func number(_ n: Int) -> String {
            guard let digitSet, digitSet.count == 10 else { return String(n) }
            let d = Array(digitSet)
            return String(String(n).compactMap { $0.wholeNumberValue.map { d[$0] } })
        }
        func letter(_ n: Int) -> String {
            guard let letters else { return LabelReader.latinLabel(n) }
            return letters.indices.contains(n - 1) ? letters[n - 1] : number(n)
        }
        return form.replacingOccurrences(of: "{n}", with: number(n))
            .replacingOccurrences(of: "{letter}", with: letter(n))
            .replacingOccurrences(of: "{roman}", with: LabelReader.romanLabel(n))
    }
}

/// Reads paragraph labels: "1." (operative), "(a)" / "a)" (first-level items), "(i)" / "i)" (second
/// level), or what the language's `labels:` says ("7 - ", "(أ)"). A label like "(i)" may be the ninth
/// letter or the first roman numeral; the parser decides from context.
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
    /// Labels are short: a line is read from its first bytes only (every line of a draft is asked).
    private static let longestLabel = 32

    static func startsWithLabel(_ b: [UInt8], _ r: ByteRange, _ syntax: LabelSyntax = .standard) -> Bool {
        read(Array(b[r.lowerBound..<min(r.upperBound, r.lowerBound + longestLabel)]), syntax) != nil
    }

    /// A line holding nothing but a label ("1." or "(a)"), as pdftotext writes paragraph numbers.
    static func isLabelOnly(_ b: [UInt8], _ r: ByteRange, _ syntax: LabelSyntax = .standard) -> Bool {
        guard r.count <= longestLabel, let c = read(Array(b[r]), syntax) else { return false }
        return c.length == r.count
    }

    static func read(_ text: String, _ syntax: LabelSyntax = .standard) -> LabelCandidate? { read(Array(text.utf8), syntax) }

    static func read(_ b: [UInt8], _ syntax: LabelSyntax = .standard) -> LabelCandidate? {
        guard let first = b.first else { return nil }
        // No label of any language starts with a capital Latin letter: most lines stop here.
        if Bytes.isUpper(first) { return nil }
        // "- item" / "• item"
        for d in ["- ", "– ", "• "] where b.starts(with: Array(d.utf8)) {
            var c = LabelCandidate(raw: String(d.dropLast()), length: d.utf8.count - 1, contentStart: d.utf8.count)
            c.dash = true
            return finish(b, c)
        }
        // Operative paragraph numbers: "12." then a space, the end or a non-digit (web copies write "1.决定").
        for form in syntax.paragraph {
            if let (value, length) = match(b, form: form, syntax: syntax) {
                var c = LabelCandidate(raw: String(decoding: b[0..<length], as: UTF8.self), length: length, contentStart: length)
                c.arabic = value
                return finish(b, c)
            }
        }
        // Items: "(a)", "(ii)", "a)" … ; one text may read as a letter and as a numeral.
        var candidate: LabelCandidate?
        for (forms, isItem) in [(syntax.item, true), (syntax.subitem, false)] {
            for form in forms {
                guard let (value, length) = match(b, form: form, syntax: syntax) else { continue }
                if let c = candidate, c.length > length { continue }
                if candidate == nil || candidate!.length < length {
                    candidate = LabelCandidate(raw: String(decoding: b[0..<length], as: UTF8.self), length: length, contentStart: length)
                }
                if isItem { candidate!.latin = candidate!.latin ?? value } else { candidate!.roman = candidate!.roman ?? value }
            }
        }
        return candidate.flatMap { finish(b, $0) }
    }

    private enum Token { case number, letter, roman }

    /// A form split once into its literal parts and its placeholder: every line of every draft is
    /// tried against the forms, so nothing is parsed or allocated per try.
    private struct CompiledForm {
        var token: Token
        /// Literal bytes, with nil standing for "any number of spaces".
        var prefix: [[UInt8]?]
        var suffix: [[UInt8]?]
        var suffixEmpty: Bool
        var prefixEmpty: Bool
        /// The last non-space character of the suffix, as UTF-8 ("1.." is not a label).
        var suffixLast: [UInt8]?

        init?(_ form: String) {
            let token: Token, placeholder: String
            if form.contains("{n}") { token = .number; placeholder = "{n}" }
            else if form.contains("{letter}") { token = .letter; placeholder = "{letter}" }
            else if form.contains("{roman}") { token = .roman; placeholder = "{roman}" }
            else { return nil }
            let parts = form.components(separatedBy: placeholder)
            guard parts.count == 2 else { return nil }
            func pieces(_ text: String) -> [[UInt8]?] { text.map { $0 == " " ? nil : Array(String($0).utf8) } }
            self.token = token
            prefix = pieces(parts[0])
            suffix = pieces(parts[1])
            prefixEmpty = parts[0].isEmpty
            suffixEmpty = parts[1].isEmpty
            suffixLast = parts[1].last(where: { $0 != " " }).map { Array(String($0).utf8) }
        }
    }

    private static let compiled = Locked<[String: CompiledForm]>([:])

    private static func compile(_ form: String) -> CompiledForm? {
        if let c = compiled.withLock({ $0[form] }) { return c }
        guard let c = CompiledForm(form) else { return nil }
        compiled.withLock { $0[form] = c }
        return c
    }

    /// Matches one form at the start of `b`: the value and the byte length of the label.
    static func match(_ b: [UInt8], form: String, syntax: LabelSyntax) -> (Int, Int)? {
        guard let f = compile(form) else { return nil }
        var i = 0
        guard let afterPrefix = literal(b, f.prefix, at: i) else { return nil }
        i = afterPrefix
        let value: Int
        switch f.token {
        case .number:
            guard let (v, end, count) = number(b, at: i, syntax: syntax), count <= 3 else { return nil }
            value = v; i = end
        case .letter where syntax.letters != nil:
            guard let (v, end) = listedLetter(b, at: i, syntax: syntax) else { return nil }
            value = v; i = end
        case .letter, .roman:
            guard let (letters, end) = latinLetters(b, at: i, syntax: syntax) else { return nil }
            guard let v = f.token == .letter ? latinValue(letters) : romanValue(letters) else { return nil }
            value = v; i = end
        }
        guard let afterSuffix = literal(b, f.suffix, at: i) else { return nil }
        let length = afterSuffix
        if f.token == .number {
            // "1.5", "1..", "2014-2015" are not labels.
            if length < b.count, digit(b, at: length, syntax: syntax) != nil { return nil }
            if let last = f.suffixLast, length + last.count <= b.count, b[length..<(length + last.count)].elementsEqual(last) { return nil }
            if f.suffixEmpty { return nil }
        } else if f.prefixEmpty, length < b.count, b[length] != 0x20 {
            // Without an opening mark ("a)"), a space must follow.
            return nil
        }
        return (value, length)
    }

    /// The literal part of a form; a space in it matches any number of spaces.
    private static func literal(_ b: [UInt8], _ pieces: [[UInt8]?], at start: Int) -> Int? {
        var i = start
        for piece in pieces {
            guard let bytes = piece else { while i < b.count, b[i] == 0x20 { i += 1 }; continue }
            guard i + bytes.count <= b.count, b[i..<(i + bytes.count)].elementsEqual(bytes) else { return nil }
            i += bytes.count
        }
        return i
    }

    /// The value of the digit at `i` (ASCII or one of the language's digit sets) and its byte length.
    private static func digit(_ b: [UInt8], at i: Int, syntax: LabelSyntax) -> (Int, Int)? {
        guard i < b.count else { return nil }
        if Bytes.isDigit(b[i]) { return (Int(b[i] - 0x30), 1) }
        guard b[i] >= 0x80, let s = Bytes.scalar(b, at: i) else { return nil }
        for set in syntax.digits ?? [] {
            if let k = Array(set.unicodeScalars).firstIndex(of: s) { return (k, String(s).utf8.count) }
        }
        return nil
    }

    private static func number(_ b: [UInt8], at start: Int, syntax: LabelSyntax) -> (Int, Int, Int)? {
        var i = start, value = 0, count = 0
        while let (d, width) = digit(b, at: i, syntax: syntax) { value = value * 10 + d; i += width; count += 1 }
        return count > 0 ? (value, i, count) : nil
    }

    /// Up to six lower-case Latin letters, look-alikes read as the letter they imitate.
    private static func latinLetters(_ b: [UInt8], at start: Int, syntax: LabelSyntax) -> (String, Int)? {
        var i = start, letters = ""
        while i < b.count, letters.count < 6 {
            if Bytes.isLower(b[i]) { letters.unicodeScalars.append(Unicode.Scalar(b[i])); i += 1; continue }
            guard b[i] >= 0x80, let homoglyphs = syntax.homoglyphs, let s = Bytes.scalar(b, at: i),
                  let read = homoglyphs[String(s)], read.count == 1, let u = read.unicodeScalars.first,
                  u.isASCII, Bytes.isLower(UInt8(u.value)) else { break }
            letters += read
            i += String(s).utf8.count
        }
        return letters.isEmpty ? nil : (letters, i)
    }

    /// The longest of the language's letters (or a look-alike of one) at `start`: its place in the list.
    private static func listedLetter(_ b: [UInt8], at start: Int, syntax: LabelSyntax) -> (Int, Int)? {
        guard let letters = syntax.letters else { return nil }
        var best: (Int, Int)?
        var spellings = letters.enumerated().map { ($0.element, $0.offset + 1) }
        for (alike, letter) in syntax.homoglyphs ?? [:] { if let k = letters.firstIndex(of: letter) { spellings.append((alike, k + 1)) } }
        for (spelling, value) in spellings {
            let bytes = Array(spelling.utf8)
            guard start + bytes.count <= b.count, Array(b[start..<(start + bytes.count)]) == bytes else { continue }
            if best == nil || start + bytes.count > best!.1 { best = (value, start + bytes.count) }
        }
        return best
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
