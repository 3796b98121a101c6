import Foundation

/// A draft's references to its own operative paragraphs ("paragraph 5 above", "paragraphs 5, 7 and 12",
/// "本决议第 4 段"), found with the language's `paragraph-references` expressions (anywhere) and
/// `operative-paragraph-references` (bare numbers, read in operative paragraphs only).
struct ParagraphReference {
    var number: Int
    var range: ByteRange
    /// Found by an `operative-paragraph-references` expression: written without "above", "below" or
    /// "of the present resolution", so a number past the draft's last paragraph is another text's.
    var bare = false
}

/// A reference to an item of the draft's own paragraphs ("paragraph 7 (d) above", "subparagraph (c)
/// above", "alinéas d), f) et g) du paragraphe 1"): the paragraph's number where written, else the
/// operative paragraph it stands in.
struct ItemReference {
    var paragraph: Int?
    /// Index in `draft.operative` of the paragraph the reference stands in (nil in the preamble).
    var container: Int?
    var item: String
    var range: ByteRange
}

enum ParagraphReferences {
    static func find(in draft: Draft, language: LanguageProfile) -> [ParagraphReference] {
        InternalReferences.find(in: draft, language: language).paragraphs
    }
}

enum ItemReferences {
    static func find(in draft: Draft, language: LanguageProfile) -> [ItemReference] {
        InternalReferences.find(in: draft, language: language).items
    }
}

/// Both kinds of reference, read in one walk. The language data says where a reference stands (its
/// words: Rules/languages/*.yaml); what is read inside it is the same in every language: numbers are
/// paragraphs, a label of letters closed by ")" right after a number names an item of that paragraph
/// ("5 (c)", "1(c)", "29 l)", "1 (ب)"), a second label right after the first a deeper item (left alone).
enum InternalReferences {
    struct Found {
        var paragraphs: [ParagraphReference] = []
        var items: [ItemReference] = []
    }

    /// `direct`: the expressions matched on each text's units made once (`UnitRegex`), as everywhere
    /// but in tests, which compare them with NSRegularExpression's (false).
    static func find(in draft: Draft, language: LanguageProfile, direct: Bool = true) -> Found {
        let anywhere = compile(language.paragraphReferences)
        let bare = compile(language.operativeParagraphReferences ?? [])
        let itemExpressions = compile(language.itemReferences ?? [])
        var found = Found()
        var seenNumbers = Set<Int>(), seenItems = Set<Int>()
        func walk(_ p: Paragraph, container: Int?) {
            let text = p.content.text
            // Most paragraphs lack the word every reference holds ("paragraph", "第"): no expression
            // runs, and the text is not bridged to an NSString and measured in UTF-16.
            let runs = anywhere.map { ($0, false) }.filter { $0.0.prefilter.mayMatch(text) }
                + (container == nil ? [] : bare.map { ($0, true) }.filter { $0.0.prefilter.mayMatch(text) })
            let items = itemExpressions.filter { $0.prefilter.mayMatch(text) }
            guard !runs.isEmpty || !items.isEmpty else {
                for child in p.children { walk(child, container: container) }
                return
            }
            // The text's UTF-16 units, made once: the expressions run on them (Foundation copied them
            // again for each expression) and the lists are read from them.
            let units = UTF16Units.of(text)
            func matches(_ expression: RegexCache.Compiled) -> [UnitMatch] {
                direct ? expression.matches(in: text, units: units)
                    : expression.expression.matches(in: text, range: NSRange(location: 0, length: units.count)).map(UnitMatch.init)
            }
            for (expression, isBare) in runs {
                for m in matches(expression) where m.numberOfRanges > 1 {
                    read(list: m.range(at: 1), paragraph: nil, in: p, container: container, text: units, into: &found, &seenNumbers, &seenItems, numbers: true, bare: isBare)
                }
            }
            for expression in items {
                for m in matches(expression) {
                    let itemRange = m.range(withName: "item")
                    guard itemRange.location != NSNotFound else { continue }
                    let paragraphRange = m.range(withName: "paragraph")
                    let number = paragraphRange.location == NSNotFound ? nil
                        : Int(String(utf16CodeUnits: Array(units[paragraphRange.location..<NSMaxRange(paragraphRange)]), count: paragraphRange.length))
                    read(list: itemRange, paragraph: number, in: p, container: container, text: units, into: &found, &seenNumbers, &seenItems, numbers: false)
                }
            }
            for child in p.children { walk(child, container: container) }
        }
        for p in draft.preamble { walk(p, container: nil) }
        for (index, p) in draft.operative.enumerated() { walk(p, container: index) }
        found.paragraphs.sort { $0.range.lowerBound < $1.range.lowerBound }
        found.items.sort { $0.range.lowerBound < $1.range.lowerBound }
        return found
    }

    private static func compile(_ patterns: [String]) -> [RegexCache.Compiled] {
        patterns.compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
    }

    /// Reads the numbers and item labels of one reference's list (`range`, UTF-16 in the paragraph's
    /// text). `paragraph`: the number the expression names apart, which every item then belongs to.
    private static func read(list range: NSRange, paragraph: Int?, in p: Paragraph, container: Int?, text: [UInt16],
                             into found: inout Found, _ seenNumbers: inout Set<Int>, _ seenItems: inout Set<Int>, numbers: Bool, bare: Bool = false) {
        guard range.location != NSNotFound else { return }
        let units = Array(text[range.location..<NSMaxRange(range)])
        func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
        func isSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0xA0 || u == 0x202F || u == 0x09 || u == 0x0A }
        func isLetter(_ u: UInt16) -> Bool {
            guard let s = Unicode.Scalar(u) else { return false }
            return s.properties.isAlphabetic && !isDigit(u)
        }
        var current = paragraph
        /// Where the last token ended, and whether it was a label: a label right after a label is deeper.
        var lastWasLabel = false
        var i = 0
        while i < units.count {
            let u = units[i]
            if isDigit(u) {
                var j = i
                while j < units.count, isDigit(units[j]) { j += 1 }
                let value = Int(String(utf16CodeUnits: Array(units[i..<j]), count: j - i)) ?? 0
                if paragraph == nil { current = value }
                if numbers, let r = p.content.sourceRange(of: NSRange(location: range.location + i, length: j - i)),
                   seenNumbers.insert(r.lowerBound).inserted {
                    found.paragraphs.append(ParagraphReference(number: value, range: r, bare: bare))
                }
                lastWasLabel = false
                i = j
                continue
            }
            if isLetter(u), i == 0 || !isLetter(units[i - 1]) {
                var j = i
                while j < units.count, j - i < 4, isLetter(units[j]) || units[j] == 0x0640 { j += 1 }
                // A label is letters closed by ")" ("(c)", "c)"); a word is not.
                if j < units.count, units[j] == 0x29 || units[j] == 0xFF09,
                   i == 0 || units[i - 1] == 0x28 || units[i - 1] == 0xFF08 || isSpace(units[i - 1]) || isDigit(units[i - 1]) || units[i - 1] == 0x2C {
                    let deeper = lastWasLabel
                    if !deeper, let r = p.content.sourceRange(of: NSRange(location: range.location + i, length: j - i)),
                       seenItems.insert(r.lowerBound).inserted {
                        let item = String(utf16CodeUnits: Array(units[i..<j]), count: j - i)
                        found.items.append(ItemReference(paragraph: current, container: container, item: item, range: r))
                    }
                    lastWasLabel = true
                    i = j + 1
                    // A deeper label follows with nothing but spaces between ("29 (i) (e)").
                    var k = i
                    while k < units.count, isSpace(units[k]) || units[k] == 0x28 || units[k] == 0xFF08 { k += 1 }
                    if k < units.count, isLetter(units[k]) { continue }
                    lastWasLabel = false
                    continue
                }
                // A word ("and", "et", "и"): what follows is not deeper than anything.
                while j < units.count, isLetter(units[j]) { j += 1 }
                lastWasLabel = false
                i = j
                continue
            }
            i += 1
        }
    }
}
