import Foundation

/// A General Assembly resolution or decision cited in the text: "2018 年 12 月 5 日第 73/27 号",
/// "resolution 73/27 of 5 December 2018", "2453 A (XXIII) of 20 December 1968".
struct Citation {
    /// The number as written ("73/27", "43/78 H", "2453 A (XXIII)") and where.
    var symbol: String
    var range: ByteRange
    var session: Int
    var number: Int
    var date: (year: Int, month: Int, day: Int)?
    /// The date as written and where; for a date shared with the next or previous item, that item's.
    var dateText: String?
    var dateRange: ByteRange?
    var dateShared = false
}

/// The items of one citation list: one "回顾其 …、…和…决议" or one "resolutions …, … and …".
struct CitationList {
    var items: [Citation]
}

/// Reads citation lists with the language's forms (Rules/languages/*.yaml, `citations`).
struct CitationReader {
    let language: LanguageProfile
    private let prepared: Prepared

    /// The language's expressions and joiners, made ready once per profile (`LanguageProfile.derived`):
    /// compiling them and trimming the joiners cost more than the lists of most documents.
    private struct Prepared {
        var item: RegexCache.Compiled?
        var otherOrgan: RegexCache.Compiled?
        var lead: RegexCache.Compiled?
        /// Trimmed, longest first, so that ", and" wins over ",".
        var joiners: [String]
        /// The numbers of the item's named groups, where its compiled expression is reached (`UnitRegex`):
        /// NSTextCheckingResult's `range(withName:)` asks CoreFoundation for the number at every call,
        /// for each of the seven or eight groups of an item.
        var itemGroups: [String: Int]?

        init(_ forms: LanguageProfile.Citations?) {
            let item = forms.flatMap { try? RegexCache.compiled($0.item, ignoreCase: false) }
            let groupNames = ["session", "number", "serial", "roman", "date", "day", "month", "year"]
            self.item = item
            otherOrgan = forms.flatMap { try? RegexCache.compiled($0.otherOrgan, ignoreCase: false) }
            lead = forms?.lead.flatMap { try? RegexCache.compiled($0, ignoreCase: false) }
            joiners = (forms?.joiners ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.sorted { $0.count > $1.count }.filter { !$0.isEmpty }
            itemGroups = item.flatMap { item in
                guard item.units.isDirect else { return nil }
                return Dictionary(uniqueKeysWithValues: groupNames.compactMap { name in item.units.groupNumber(named: name).map { (name, $0) } })
            }
        }
    }

    private var item: RegexCache.Compiled? { prepared.item }
    private var otherOrgan: RegexCache.Compiled? { prepared.otherOrgan }
    private var lead: RegexCache.Compiled? { prepared.lead }
    private var joiners: [String] { prepared.joiners }

    init(language: LanguageProfile) {
        self.language = language
        prepared = language.derived { Prepared($0.citations) }
    }

    /// `direct`: whole-text searches on the text's units made once (`UnitRegex`), as everywhere but
    /// in tests, which compare them with NSRegularExpression's (false).
    func lists(in text: MappedText, direct: Bool = true) -> [CitationList] {
        // Every citation holds "73/27" (or "2453 (XXIII)"): most paragraphs are passed over without
        // running an expression.
        guard Self.mayCite(text.text) else { return [] }
        guard let forms = language.citations, let compiledItem = item, let otherOrgan else { return [] }
        let string = text.text
        // A list has an item, and a lead where the language has one: a text without the literals they
        // need ("第") has none.
        guard compiledItem.prefilter.mayMatch(string), lead?.prefilter.mayMatch(string) ?? true else { return [] }
        let item = compiledItem.expression
        let units = UTF16Text(string)
        let all = NSRange(location: 0, length: units.length)
        // The whole text searched on its units (no copy of them made by Foundation for the expression);
        // the anchored searches below stay with NSRegularExpression.
        func wholeMatches(_ compiled: RegexCache.Compiled) -> [NSRange] {
            direct ? compiled.matches(in: string, units: units.units).map(\.range)
                : compiled.expression.matches(in: string, range: all).map(\.range)
        }
        // Where lists start: after each lead ("resolutions "), or at each item where there is no lead.
        var starts: [(listStart: Int, before: Int)] = []
        if let lead {
            starts = wholeMatches(lead).map { (NSMaxRange($0), $0.location) }
        } else {
            starts = wholeMatches(compiledItem).map { ($0.location, $0.location) }
        }
        func itemMatch(at position: Int) -> NSTextCheckingResult? {
            item.firstMatch(in: string, options: [.anchored], range: NSRange(location: position, length: units.length - position))
        }
        var out: [CitationList] = []
        var consumed = 0
        for start in starts where start.listStart >= consumed {
            var items: [Citation] = []
            var position = start.listStart
            // The match at the next position, once found after a joiner.
            var following = itemMatch(at: position)
            while let m = following, m.range.length > 0 {
                if let c = citation(m, units, text) { items.append(c) }
                position = NSMaxRange(m.range)
                guard let next = joined(after: position, units, joiners) else { break }
                following = itemMatch(at: next)
                guard following != nil else { break }
                position = next
            }
            consumed = max(consumed, position)
            // Another organ's resolutions ("人权理事会第 33/11 号", "Human Rights Council resolution 33/11");
            // a list without items is dropped either way.
            guard !items.isEmpty else { continue }
            let before = units.substring(NSRange(location: 0, length: start.before))
            let otherOrgans = direct ? otherOrgan.firstMatch(in: before, units: UTF16Units.of(before)) != nil
                : otherOrgan.expression.firstMatch(in: before, range: NSRange(location: 0, length: before.utf16.count)) != nil
            if otherOrgans { continue }
            out.append(CitationList(items: shareDates(items, forms.sharedDate)))
        }
        return out
    }

    /// The position after a joiner (and the spaces around it) at `position`, if one stands there.
    private func joined(after position: Int, _ text: UTF16Text, _ joiners: [String]) -> Int? {
        let units = text.units
        var i = position
        while i < units.count, units[i] == 0x20 { i += 1 }
        for j in joiners {
            let len = j.utf16.count
            guard i + len <= units.count, text.equals(NSRange(location: i, length: len), j) else { continue }
            var k = i + len
            while k < units.count, units[k] == 0x20 { k += 1 }
            return k
        }
        return nil
    }

    private func citation(_ m: NSTextCheckingResult, _ units: UTF16Text, _ text: MappedText) -> Citation? {
        func group(_ name: String) -> NSRange? {
            // As `range(withName:)` answers: a group the expression lacks, or one past the ranges, took no part.
            let r = prepared.itemGroups.map { groups in
                groups[name].flatMap { $0 < m.numberOfRanges ? m.range(at: $0) : nil } ?? NSRange(location: NSNotFound, length: 0)
            } ?? m.range(withName: name)
            return r.location == NSNotFound ? nil : r
        }
        // Each group asked for once: NSTextCheckingResult looks names up anew every time.
        let sessionGroup = group("session"), numberGroup = group("number"), serialGroup = group("serial")
        let yearGroup = group("year"), monthGroup = group("month"), dayGroup = group("day")
        let session: Int
        let number: Int
        if let s = sessionGroup, let n = Int(units.substring(s)), let num = numberGroup, let v = Int(units.substring(num)) {
            session = n; number = v
        } else if let r = group("roman"), let n = GeneralAssembly.roman(units.substring(r)), n <= 30,
                  let serial = serialGroup, let v = Int(units.substring(serial)) {
            // The Assembly numbered its sessions in Roman numerals up to the thirtieth (1975); a higher
            // one is another organ's (Economic and Social Council resolution 1576 (L)).
            session = n; number = v
        } else {
            return nil
        }
        var c = Citation(symbol: "", range: 0..<0, session: session, number: number)
        let dateGroups = [yearGroup, monthGroup, dayGroup].compactMap { $0 }
        let dateStart = dateGroups.map(\.location).min()
        if let lo = dateStart {
            let hi = dateGroups.map(NSMaxRange).max()!
            let dateRange = group("date") ?? NSRange(location: lo, length: hi - lo)
            if let y = yearGroup.map(units.substring), let mo = monthGroup.map(units.substring), let d = dayGroup.map(units.substring),
               let year = Int(y), let day = Int(d), let month = Int(mo) ?? language.citations?.months?.firstIndex(of: mo).map({ $0 + 1 }) {
                c.date = (year, month, day)
                c.dateText = units.substring(dateRange)
                c.dateRange = source(dateRange, units, text)
            }
        }
        // The symbol: from the session (or serial) number to the end of the item or the date after it,
        // without "号" or ", of".
        let first = (sessionGroup ?? serialGroup)!
        var end = NSMaxRange(m.range)
        if let lo = dateStart, lo > first.location { end = lo }
        let symbol = Self.withoutTail(units.substring(NSRange(location: first.location, length: end - first.location)))
        c.symbol = symbol
        c.range = source(NSRange(location: first.location, length: symbol.utf16.count), units, text)
        return c
    }

    /// The symbol without the ", of" or "号" that ends the item, and the spaces around them: what
    /// replacing `(?:,?\s*of)?\s*$|\s*号\s*$` with nothing leaves, without building the expression.
    static func withoutTail(_ symbol: String) -> String {
        var symbol = symbol
        // The bytes kept, or nil where the expression must decide.
        let kept: Int? = symbol.withUTF8 { b -> Int? in
            // Line tabulation and NEL (C2 85): `$` may stand before them, and \s may or may not read them.
            for i in b.indices where b[i] == 0x0B || b[i] == 0x85 && i > 0 && b[i - 1] == 0xC2 { return nil }
            // The width of the White_Space scalar that ends at `i` (0 for none): tab, line feed, form
            // feed, carriage return, space, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F,
            // U+3000. A lead byte starts the scalar its continuation bytes end.
            func spaceWidth(before i: Int) -> Int {
                guard i >= 1 else { return 0 }
                switch b[i - 1] {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x20: return 1
                case 0xA0 where i >= 2 && b[i - 2] == 0xC2: return 2
                default: break
                }
                guard i >= 3 else { return 0 }
                let (x, y, z) = (b[i - 3], b[i - 2], b[i - 1])
                switch (x, y) {
                case (0xE1, 0x9A) where z == 0x80, (0xE2, 0x81) where z == 0x9F, (0xE3, 0x80) where z == 0x80: return 3
                case (0xE2, 0x80) where (0x80...0x8A).contains(z) || z == 0xA8 || z == 0xA9 || z == 0xAF: return 3
                default: return 0
                }
            }
            func spacesBefore(_ i: Int) -> Int {
                var i = i
                while true {
                    let w = spaceWidth(before: i)
                    if w == 0 { return i }
                    i -= w
                }
            }
            // Every match ends the text; the first starts at the trailing spaces, widened over "of" (with
            // the spaces and the comma before it) or over "号" (E5 8F B7, with the spaces before it).
            var start = spacesBefore(b.count)
            if start >= 2, b[start - 2] == 0x6F, b[start - 1] == 0x66 {
                start = spacesBefore(start - 2)
                if start > 0, b[start - 1] == 0x2C { start -= 1 }
            } else if start >= 3, b[start - 3] == 0xE5, b[start - 2] == 0x8F, b[start - 1] == 0xB7 {
                start = spacesBefore(start - 3)
            }
            return start
        }
        guard let kept else {
            return symbol.replacingOccurrences(of: #"(?:,?\s*of)?\s*$|\s*号\s*$"#, with: "", options: .regularExpression)
        }
        return kept == symbol.utf8.count ? symbol : String(symbol.utf8.prefix(kept))!
    }

    /// An undated item shares the date of its neighbour (before or after, by language) when both are
    /// of one session ("第 74/28 号和第 74/29 号", "74/28 and 74/29 of 12 December 2019"); an item of
    /// another session left undated was dated elsewhere, so it keeps no date.
    private func shareDates(_ items: [Citation], _ direction: String) -> [Citation] {
        var out = items
        let order = direction == "after" ? Array(out.indices.reversed()) : Array(out.indices)
        var last: Citation?
        for i in order {
            if out[i].date != nil { last = out[i]; continue }
            if let l = last, l.session == out[i].session {
                out[i].date = l.date
                out[i].dateText = l.dateText
                out[i].dateRange = l.dateRange
                out[i].dateShared = true
            }
        }
        return out
    }

    /// Whether the text may hold a citation: every item of the languages' expressions holds "73/27",
    /// "2453 (XXIII)" or a lettered "2453 A (XXIII)", "2453 A to C (XXIII)": a "/" or a " (" before a
    /// Roman numeral, and a digit before the "/" or before the " (" (or before the letters).
    static func mayCite(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return false }
            var digitBefore = false, slashOrRoman = false
            // memchr finds the few "/" and "(": the flags only ever turn true, so visiting all the "/"
            // before the "(" answers as one walk over the text does.
            for mark in [UInt8(0x2F), 0x28] {
                var from = 0
                while from < utf8.count, let hit = memchr(base + from, Int32(mark), utf8.count - from) {
                    let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    Self.readMark(at: i, utf8, &digitBefore, &slashOrRoman)
                    if digitBefore && slashOrRoman { return true }
                    from = i + 1
                }
            }
            return false
        }
    }

    /// What the "/" or "(" at `i` tells `mayCite`.
    private static func readMark(at i: Int, _ utf8: UnsafeBufferPointer<UInt8>, _ digitBefore: inout Bool, _ slashOrRoman: inout Bool) {
        if utf8[i] == 0x2F {
            slashOrRoman = true
            if i >= 1, Bytes.isDigit(utf8[i - 1]) { digitBefore = true }
        } else if i >= 1, utf8[i - 1] == 0x20 {
            if i >= 2, Bytes.isDigit(utf8[i - 2]) || digitBeforeLetters(utf8, space: i - 1) { digitBefore = true }
            if i + 1 < utf8.count, "IVXL".utf8.contains(utf8[i + 1]) { slashOrRoman = true }
        }
    }

    /// "2453 A (", "2453 A to C (": a digit, then the letters of a lettered resolution, ending with the
    /// space at `space`.
    private static func digitBeforeLetters(_ utf8: UnsafeBufferPointer<UInt8>, space: Int) -> Bool {
        func at(_ k: Int, _ test: (UInt8) -> Bool) -> Bool { k >= 0 && test(utf8[k]) }
        let isUpper = { (b: UInt8) in (0x41...0x5A).contains(b) }, isSpace = { (b: UInt8) in b == 0x20 }
        guard at(space - 1, isUpper), at(space - 2, isSpace) else { return false }
        if at(space - 3, Bytes.isDigit) { return true }
        return at(space - 3, { $0 == 0x6F }) && at(space - 4, { $0 == 0x74 }) && at(space - 5, isSpace)
            && at(space - 6, isUpper) && at(space - 7, isSpace) && at(space - 8, Bytes.isDigit)
    }

    /// `mayCite` by one walk over every byte: what the memchr walk stands for.
    static func mayCiteByWalk(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var digitBefore = false, slashOrRoman = false
            for i in utf8.indices where utf8[i] == 0x2F || utf8[i] == 0x28 {
                readMark(at: i, utf8, &digitBefore, &slashOrRoman)
                if digitBefore && slashOrRoman { return true }
            }
            return false
        }
    }

    private func source(_ r: NSRange, _ units: UTF16Text, _ text: MappedText) -> ByteRange {
        units.sourceRange(of: r, in: text) ?? text.sourceRange(0..<0)
    }
}
