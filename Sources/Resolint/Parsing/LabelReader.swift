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
    /// Second-level numerals written as one character each, in order ("㈠", "㈡" … in the UN's Chinese
    /// texts): the `{numeral}` placeholder of a form.
    public var numerals: [String]?

    public init(paragraph: [String], item: [String], subitem: [String], letters: [String]? = nil,
                digits: [String]? = nil, homoglyphs: [String: String]? = nil, numerals: [String]? = nil) {
        self.paragraph = paragraph; self.item = item; self.subitem = subitem
        self.letters = letters; self.digits = digits; self.homoglyphs = homoglyphs; self.numerals = numerals
    }

    /// What UN English and Chinese texts use, and what a language without `labels:` gets.
    /// Items may also be numbered "(1)" (S/RES/2550 (2020) and 2609 (2021), paragraph 3, in the UN's AKN).
    public static let standard = LabelSyntax(paragraph: ["{n}."], item: ["({letter})", "{letter})", "({n})", "{letter}."], subitem: ["({roman})", "{roman})", "{roman}."])

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
            guard letters != nil else { return LabelReader.latinLabel(n) }
            return letterLabel(n) ?? number(n)
        }
        return form.replacingOccurrences(of: "{n}", with: number(n))
            .replacingOccurrences(of: "{letter}", with: letter(n))
            .replacingOccurrences(of: "{roman}", with: LabelReader.romanLabel(n))
            .replacingOccurrences(of: "{numeral}", with: numerals.flatMap { $0.indices.contains(n - 1) ? $0[n - 1] : nil } ?? LabelReader.romanLabel(n))
    }
}

extension LabelSyntax {
    /// The `n`th item letter ("c", "ب"); nil past the language's list.
    func letterLabel(_ n: Int) -> String? {
        guard let letters else { return n >= 1 ? LabelReader.latinLabel(n) : nil }
        return letters.indices.contains(n - 1) ? letters[n - 1] : nil
    }

    /// The position of an item letter as a reference writes it ("c" → 3, "aa" → 27, "ب" → 2, Cyrillic
    /// "с" → 3); nil for what is no letter of the language.
    func letterValue(_ s: String) -> Int? {
        let s = homoglyphs?[s] ?? String(s.map { c in homoglyphs?[String(c)].flatMap { $0.count == 1 ? $0.first : nil } ?? c })
        if let letters { return letters.firstIndex(of: s).map { $0 + 1 } }
        guard let c = s.first, s.allSatisfy({ $0 == c }), let a = c.asciiValue, a >= 0x61, a <= 0x7A else { return nil }
        return (s.count - 1) * 26 + Int(a - 0x60)
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
    static let longestLabel = 32

    static func startsWithLabel(_ b: [UInt8], _ r: ByteRange, _ syntax: LabelSyntax = .standard) -> Bool {
        LabelForms.shared(syntax).startsWithLabel(b, r)
    }

    /// A line holding nothing but a label ("1." or "(a)"), as pdftotext writes paragraph numbers.
    static func isLabelOnly(_ b: [UInt8], _ r: ByteRange, _ syntax: LabelSyntax = .standard) -> Bool {
        LabelForms.shared(syntax).isLabelOnly(b, r)
    }

    static func read(_ text: String, _ syntax: LabelSyntax = .standard) -> LabelCandidate? { read(Array(text.utf8), syntax) }

    static func read(_ b: [UInt8], _ syntax: LabelSyntax = .standard) -> LabelCandidate? { LabelForms.shared(syntax).read(b) }

    /// Matches one form at the start of `b`: the value and the byte length of the label.
    static func match(_ b: [UInt8], form: String, syntax: LabelSyntax) -> (Int, Int)? {
        guard let f = compile(form) else { return nil }
        return LabelForms.shared(syntax).match(b, f)
    }

    enum Token: Hashable { case number, letter, roman, numeral }

    /// A form split once into its literal parts and its placeholder: every line of every draft is
    /// tried against the forms, so nothing is parsed or allocated per try (a class: a form is passed
    /// around with one reference count, not one per part).
    final class CompiledForm: Sendable {
        let token: Token
        /// The literal parts as UTF-8, a space standing for "any number of spaces" (a form's literal
        /// characters are matched one after the other, so their bytes are too).
        let prefix: [UInt8]
        let suffix: [UInt8]
        let suffixEmpty: Bool
        let prefixEmpty: Bool
        /// The last non-space character of the suffix, as UTF-8 ("1.." is not a label).
        let suffixLast: [UInt8]?

        init?(_ form: String) {
            let token: Token, placeholder: String
            if form.contains("{n}") { token = .number; placeholder = "{n}" }
            else if form.contains("{letter}") { token = .letter; placeholder = "{letter}" }
            else if form.contains("{roman}") { token = .roman; placeholder = "{roman}" }
            else if form.contains("{numeral}") { token = .numeral; placeholder = "{numeral}" }
            else { return nil }
            let parts = form.components(separatedBy: placeholder)
            guard parts.count == 2 else { return nil }
            self.token = token
            prefix = Array(parts[0].utf8)
            suffix = Array(parts[1].utf8)
            prefixEmpty = parts[0].isEmpty
            suffixEmpty = parts[1].isEmpty
            suffixLast = parts[1].last(where: { $0 != " " }).map { Array(String($0).utf8) }
        }
    }

    private static let compiled = Locked<[String: CompiledForm]>([:])

    static func compile(_ form: String) -> CompiledForm? {
        if let c = compiled.withLock({ $0[form] }) { return c }
        guard let c = CompiledForm(form) else { return nil }
        compiled.withLock { $0[form] = c }
        return c
    }

    static func latinLabel(_ n: Int) -> String {
        let letter = Character(Unicode.Scalar(UInt8(0x60 + ((n - 1) % 26) + 1)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    static let romanTable: [(Int, String)] = [(100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]

    static func romanLabel(_ n: Int) -> String {
        var n = n, s = ""
        for (v, r) in romanTable { while n >= v { s += r; n -= v } }
        return s
    }
}

/// A language's label forms made ready once for the many lines a parser asks about (a parser holds
/// one; `LabelReader`'s static functions make one per call). Lines are read in place, as bytes of
/// valid UTF-8 (the head of a line may end inside a character: it is not read past its end).
struct LabelForms {
    let syntax: LabelSyntax
    private let paragraph: [LabelReader.CompiledForm]
    private let items: [(form: LabelReader.CompiledForm, isItem: Bool)]
    /// Each digit set's ten digits.
    private let digitSets: [[Unicode.Scalar]]
    /// The listed item letters and their look-alikes, as UTF-8, with their place in the list.
    private let spellings: [(bytes: [UInt8], value: Int)]
    private let hasLetters: Bool
    private let homoglyphs: [String: String]?
    /// The listed second-level numerals, as UTF-8.
    private let numerals: [[UInt8]]
    /// For each byte, the forms a label can start with it in: bit k for `paragraph[k]`, bit 16 + k
    /// for `items[k]`, and bit 31 for the dashes. A line that starts with a byte of no form holds no
    /// label (most lines), and most others are tried against one or two forms.
    private let firstBytes: [UInt32]

    /// Bullets: hyphen, en dash, em dash (the items of S/RES/1445 (2002), paragraph 13), bullet.
    private static let dashes: [(text: String, bytes: [UInt8])] = ["- ", "– ", "— ", "• "].map { ($0, Array($0.utf8)) }

    init(_ syntax: LabelSyntax) {
        self.syntax = syntax
        paragraph = syntax.paragraph.compactMap(LabelReader.compile)
        items = syntax.item.compactMap { LabelReader.compile($0).map { ($0, true) } }
            + syntax.subitem.compactMap { LabelReader.compile($0).map { ($0, false) } }
        digitSets = (syntax.digits ?? []).map { Array($0.unicodeScalars) }
        var spellings: [([UInt8], Int)] = []
        if let letters = syntax.letters {
            spellings = letters.enumerated().map { (Array($0.element.utf8), $0.offset + 1) }
            for (alike, letter) in syntax.homoglyphs ?? [:] {
                if let k = letters.firstIndex(of: letter) { spellings.append((Array(alike.utf8), k + 1)) }
            }
        }
        self.spellings = spellings
        hasLetters = syntax.letters != nil
        homoglyphs = syntax.homoglyphs
        numerals = (syntax.numerals ?? []).map { Array($0.utf8) }

        var first = [UInt32](repeating: 0, count: 256)
        for d in Self.dashes { first[Int(d.bytes[0])] |= 1 << 31 }
        // What a form's placeholder can start with.
        var tokenStarts: [LabelReader.Token: [UInt8]] = [:]
        tokenStarts[.number] = Array(0x30...0x39) + digitSets.flatMap { $0.map { Array(String($0).utf8)[0] } }
        var letterStarts: [UInt8] = Array(0x61...0x7A)
        // A look-alike is found by String equality (canonical equivalence): any non-ASCII start may be one.
        if syntax.homoglyphs != nil { letterStarts += Array(0xC0...0xFF) }
        tokenStarts[.roman] = letterStarts
        tokenStarts[.letter] = hasLetters ? spellings.compactMap { $0.0.first } : letterStarts
        tokenStarts[.numeral] = numerals.compactMap(\.first)
        precondition(paragraph.count <= 16 && items.count <= 15, "more label forms than the table holds")
        let forms = paragraph.enumerated().map { ($0.element, UInt32(1) << UInt32($0.offset)) }
            + items.enumerated().map { ($0.element.form, UInt32(1) << UInt32(16 + $0.offset)) }
        for (form, bit) in forms {
            var open = true
            for byte in form.prefix where open {
                first[Int(byte)] |= bit
                open = byte == 0x20
            }
            if open { for b in tokenStarts[form.token] ?? [] { first[Int(b)] |= bit } }
        }
        firstBytes = first
    }

    /// The forms of a language's syntax, kept with its profile (`LanguageProfile.derived`): what every
    /// document's parser reads its lines with.
    static func shared(_ language: LanguageProfile) -> LabelForms { language.derived { LabelForms($0.labelSyntax) } }

    private static let made = Locked<[(syntax: LabelSyntax, forms: LabelForms)]>([])

    /// The forms of a syntax, made once per process: for `LabelReader`'s helpers, which are handed a
    /// syntax without its profile, so the syntax itself is the key.
    static func shared(_ syntax: LabelSyntax) -> LabelForms {
        if let forms = made.withLock({ $0.first { $0.syntax == syntax }?.forms }) { return forms }
        let forms = LabelForms(syntax)
        made.withLock { $0.append((syntax, forms)) }
        return forms
    }

    func startsWithLabel(_ b: [UInt8], _ r: ByteRange) -> Bool {
        b.withUnsafeBufferPointer { read(UnsafeBufferPointer(rebasing: $0[r.lowerBound..<min(r.upperBound, r.lowerBound + LabelReader.longestLabel)])) } != nil
    }

    func isLabelOnly(_ b: [UInt8], _ r: ByteRange) -> Bool {
        guard r.count <= LabelReader.longestLabel, let c = b.withUnsafeBufferPointer({ read(UnsafeBufferPointer(rebasing: $0[r])) }) else { return false }
        return c.length == r.count
    }

    /// `startsWithLabel` and `isLabelOnly` of one line, from one reading.
    func line(_ b: [UInt8], _ r: ByteRange) -> (startsWithLabel: Bool, isLabelOnly: Bool) {
        guard r.count <= LabelReader.longestLabel else { return (startsWithLabel(b, r), false) }
        guard let c = b.withUnsafeBufferPointer({ read(UnsafeBufferPointer(rebasing: $0[r])) }) else { return (false, false) }
        return (true, c.length == r.count)
    }

    func read(_ b: [UInt8]) -> LabelCandidate? {
        b.withUnsafeBufferPointer { read($0) }
    }

    /// `read` of a text's UTF-8, in place: a paragraph's text is not copied to read its label.
    func read(_ text: String) -> LabelCandidate? {
        var text = text
        return text.withUTF8 { read($0) }
    }

    /// `read` of the first `LabelReader.longestLabel` bytes of a text, in place.
    func readHead(_ text: String) -> LabelCandidate? {
        var text = text
        return text.withUTF8 { read(UnsafeBufferPointer(rebasing: $0.prefix(LabelReader.longestLabel))) }
    }

    func read(_ b: UnsafeBufferPointer<UInt8>) -> LabelCandidate? {
        guard let first = b.first else { return nil }
        // Direction marks before a label ("\u{200F}19 -\u{200F} تحيط …", the UN's Arabic 75/188) are
        // invisible: the label is read after them and its range covers them.
        if first == 0xE2 || first == 0xD8, let skip = Self.directionMark(b, at: 0) {
            var k = skip
            while let more = Self.directionMark(b, at: k) { k += more }
            guard k < b.count, var c = read(UnsafeBufferPointer(rebasing: b[k...]), forms: firstBytes[Int(b[k])]) else { return nil }
            c.length += k
            c.contentStart += k
            return c
        }
        return read(b, forms: firstBytes[Int(first)])
    }

    /// The byte length of a direction mark (U+200E, U+200F, U+061C) at `i`, or nil.
    private static func directionMark(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x8E || b[i + 2] == 0x8F { return 3 }
        if i + 1 < b.count, b[i] == 0xD8, b[i + 1] == 0x9C { return 2 }
        return nil
    }

    /// `read` trying every form, whatever the first byte: what the table of first bytes must agree with.
    func readTryingEveryForm(_ b: [UInt8]) -> LabelCandidate? {
        b.withUnsafeBufferPointer { read($0, forms: .max) }
    }

    /// `read` trying the forms of `forms` (bits as in `firstBytes`).
    private func read(_ b: UnsafeBufferPointer<UInt8>, forms: UInt32) -> LabelCandidate? {
        guard let first = b.first else { return nil }
        // No label of any language starts with a capital Latin letter: most lines stop here.
        if Bytes.isUpper(first) || forms == 0 { return nil }
        // "- item" / "• item"
        if forms & (1 << 31) != 0 {
            for d in Self.dashes where b.starts(with: d.bytes) {
                var c = LabelCandidate(raw: String(d.text.dropLast()), length: d.bytes.count - 1, contentStart: d.bytes.count)
                c.dash = true
                return finish(b, c)
            }
        }
        // Only the forms the first byte allows are visited (a line is asked about one or two of them).
        // Operative paragraph numbers: "12." then a space, the end or a non-digit (web copies write "1.决定").
        var letters: LetterRun?
        for k in Self.bits(forms & 0xFFFF) where k < paragraph.count {
            if let (value, length) = match(b, paragraph[k], letters: &letters) {
                var c = LabelCandidate(raw: String(decoding: b[0..<length], as: UTF8.self), length: length, contentStart: length)
                c.arabic = value
                return finish(b, c)
            }
        }
        // Items: "(a)", "(ii)", "a)" … ; one text may read as a letter and as a numeral.
        var candidate: LabelCandidate?
        for k in Self.bits((forms >> 16) & 0x7FFF) where k < items.count {
            let (form, isItem) = items[k]
            guard let (value, length) = match(b, form, letters: &letters) else { continue }
            if let c = candidate, c.length > length { continue }
            if candidate == nil || candidate!.length < length {
                candidate = LabelCandidate(raw: String(decoding: b[0..<length], as: UTF8.self), length: length, contentStart: length)
            }
            if isItem { candidate!.latin = candidate!.latin ?? value } else { candidate!.roman = candidate!.roman ?? value }
        }
        return candidate.flatMap { finish(b, $0) }
    }

    /// Matches one form at the start of `b`: the value and the byte length of the label.
    func match(_ b: [UInt8], _ f: LabelReader.CompiledForm) -> (Int, Int)? {
        var letters: LetterRun?
        return b.withUnsafeBufferPointer { match($0, f, letters: &letters) }
    }

    /// The Latin letters read at one place of a line, kept for the next form that reads them there:
    /// the item forms of a line that opens with a letter ("{letter})", "{roman}." …) all read the same.
    private struct LetterRun {
        var start: Int
        var found: (LatinLetters, Int)?
    }

    private func match(_ b: UnsafeBufferPointer<UInt8>, _ f: LabelReader.CompiledForm, letters run: inout LetterRun?) -> (Int, Int)? {
        var i = 0
        guard let afterPrefix = literal(b, f.prefix, at: i) else { return nil }
        i = afterPrefix
        let value: Int
        switch f.token {
        case .number:
            guard let (v, end, count) = number(b, at: i), count <= 3 else { return nil }
            value = v; i = end
        case .letter where hasLetters:
            guard let (v, end) = listedLetter(b, at: i) else { return nil }
            value = v; i = end
        case .numeral:
            guard let k = numerals.firstIndex(where: { i + $0.count <= b.count && b[i..<(i + $0.count)].elementsEqual($0) }) else { return nil }
            value = k + 1; i += numerals[k].count
        case .letter, .roman:
            // The suffix is looked for before the value is read: most lines that open with lower-case
            // letters open with a word.
            if run?.start != i { run = LetterRun(start: i, found: latinLetters(b, at: i)) }
            guard let (letters, end) = run?.found, literal(b, f.suffix, at: end) != nil,
                  let v = f.token == .letter ? letters.latinValue : letters.romanValue else { return nil }
            value = v; i = end
        }
        guard let afterSuffix = literal(b, f.suffix, at: i) else { return nil }
        let length = afterSuffix
        if f.token == .number {
            // "1.5", "1..", "2014-2015" are not labels.
            if length < b.count, digit(b, at: length) != nil { return nil }
            if let last = f.suffixLast, length + last.count <= b.count, b[length..<(length + last.count)].elementsEqual(last) { return nil }
            if f.suffixEmpty { return nil }
            // "14.c of the 2030 Agenda" at a printed line's head: a target's number, not a paragraph's.
            if length < b.count, Bytes.isLower(b[length]), length + 1 == b.count || !Bytes.isLower(b[length + 1]) && !Bytes.isUpper(b[length + 1]) { return nil }
        } else if f.token == .numeral {
            // A numeral that is a label of its own ("㈠"): what follows is the item's text.
        } else if f.prefixEmpty, length < b.count, b[length] != 0x20 {
            // Without an opening mark ("a)"), a space must follow.
            return nil
        }
        return (value, length)
    }

    /// The literal part of a form; a space in it matches any number of spaces.
    private func literal(_ b: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], at start: Int) -> Int? {
        var i = start
        for byte in bytes {
            if byte == 0x20 { while i < b.count, b[i] == 0x20 { i += 1 }; continue }
            guard i < b.count, b[i] == byte else { return nil }
            i += 1
        }
        return i
    }

    /// The places of the bits set in `word`, lowest first.
    private static func bits(_ word: UInt32) -> some Sequence<Int> {
        sequence(state: word) { rest -> Int? in
            guard rest != 0 else { return nil }
            defer { rest &= rest - 1 }
            return rest.trailingZeroBitCount
        }
    }

    /// The scalar at `i`, nil where the bytes end inside it.
    private func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar? {
        let b0 = b[i]
        let width = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard i + width <= b.count else { return nil }
        // Not a lead byte: the bytes are not valid UTF-8 here, and the careful decoder decides.
        guard b0 < 0x80 || (0xC2..<0xF5).contains(b0) else { return Bytes.scalar(Array(b[i..<(i + width)]), at: 0) }
        return UTF8Text.scalar(at: i, in: b).scalar
    }

    /// The value of the digit at `i` (ASCII or one of the language's digit sets) and its byte length.
    private func digit(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
        guard i < b.count else { return nil }
        if Bytes.isDigit(b[i]) { return (Int(b[i] - 0x30), 1) }
        guard b[i] >= 0x80, !digitSets.isEmpty, let s = scalar(b, at: i) else { return nil }
        for set in digitSets {
            if let k = set.firstIndex(of: s) { return (k, UTF8.width(s)) }
        }
        return nil
    }

    private func number(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int, Int)? {
        var i = start, value = 0, count = 0
        // A run of digits is read to its end (callers refuse long ones by `count`); its value only while
        // it fits: "3333…" on a line (the fuzzer's find) must not overflow.
        while let (d, width) = digit(b, at: i) {
            if count < 18 { value = value * 10 + d }
            i += width; count += 1
        }
        return count > 0 ? (value, i, count) : nil
    }

    /// Up to six lower-case Latin letters, look-alikes read as the letter they imitate.
    private func latinLetters(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (LatinLetters, Int)? {
        var i = start, letters = LatinLetters()
        while i < b.count, letters.count < 6 {
            if Bytes.isLower(b[i]) { letters.append(b[i]); i += 1; continue }
            guard b[i] >= 0x80, let homoglyphs, let s = scalar(b, at: i),
                  let read = homoglyphs[String(s)], read.count == 1, let u = read.unicodeScalars.first,
                  u.isASCII, Bytes.isLower(UInt8(u.value)) else { break }
            // A look-alike read as a letter with marks on it is no label letter.
            if read.utf8.count == 1 { letters.append(UInt8(u.value)) } else { letters.appendMarked() }
            i += UTF8.width(s)
        }
        return letters.count == 0 ? nil : (letters, i)
    }

    /// The longest of the language's letters (or a look-alike of one) at `start`: its place in the list.
    private func listedLetter(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int)? {
        guard hasLetters else { return nil }
        var best: (Int, Int)?
        for (bytes, value) in spellings {
            guard start + bytes.count <= b.count, b[start..<(start + bytes.count)].elementsEqual(bytes) else { continue }
            if best == nil || start + bytes.count > best!.1 { best = (value, start + bytes.count) }
        }
        return best
    }

    private func finish(_ b: UnsafeBufferPointer<UInt8>, _ candidate: LabelCandidate) -> LabelCandidate? {
        var c = candidate
        var j = c.length
        while j < b.count {
            if b[j] == 0x20 || b[j] == 0x09 { j += 1; continue }
            if j + 2 < b.count, b[j] == 0xE3, b[j + 1] == 0x80, b[j + 2] == 0x80 { j += 3; continue }
            if let mark = Self.directionMark(b, at: j) { j += mark; continue }
            break
        }
        c.contentStart = j
        return c
    }
}

/// The lower-case Latin letters of a label, at most six, kept in one word instead of a String.
private struct LatinLetters {
    private var packed: UInt64 = 0
    private(set) var count = 0
    /// A look-alike that reads as a letter with a mark: no value can be read.
    private var marked = false

    mutating func append(_ letter: UInt8) {
        packed |= UInt64(letter) << (8 * UInt64(count))
        count += 1
    }

    mutating func appendMarked() {
        marked = true
        count += 1
    }

    subscript(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: packed >> (8 * UInt64(i))) }

    /// "a" → 1 … "z" → 26, "aa" → 27 (UN lists past (z) double the letter).
    var latinValue: Int? {
        guard !marked, count <= 2, (0..<count).allSatisfy({ self[$0] == self[0] }) else { return nil }
        return Int(self[0] - 0x60) + 26 * (count - 1)
    }

    /// "i" → 1, "iv" → 4 …: only a numeral written as `LabelReader.romanLabel` writes it.
    var romanValue: Int? {
        guard !marked else { return nil }
        var total = 0, previous = 0
        for k in (0..<count).reversed() {
            let v: Int
            switch self[k] {
            case 0x69: v = 1      // i
            case 0x76: v = 5      // v
            case 0x78: v = 10     // x
            case 0x6C: v = 50     // l
            case 0x63: v = 100    // c
            default: return nil
            }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        // The canonical spelling of the total, compared letter by letter.
        var n = total, k = 0
        for (v, r) in LabelReader.romanTable {
            while n >= v {
                for letter in r.utf8 {
                    guard k < count, self[k] == letter else { return nil }
                    k += 1
                }
                n -= v
            }
        }
        return k == count ? total : nil
    }
}
