/// `kind: terminator` — the last mark of each element: `mark` as a rule, `last` for the very last
/// element of the draft, `introducer` for an element that introduces items. Trailing footnote markers
/// are set aside first; a mark in the wrong width counts here (text.punctuation-width reports it).
public struct TerminatorCheck: Check {
    public static let kind = "terminator"
    /// comma | semicolon | colon | period (the language's own marks, Rules/languages/*.yaml).
    public var mark: String
    public var last: String?
    public var introducer: String?
    /// A list whose items all end with this mark but the last is written as one sentence ("(i) on
    /// progress …, (ii) on the situation …, (iii) …;", the UN's AKN of S/RES/2531 (2020)): its
    /// marks are consistent, and the odd one out is reported instead.
    public var listMark: String?

    enum CodingKeys: String, CodingKey { case mark, last, introducer, listMark = "list-mark" }

    public func validate(_ common: RuleCommon) throws {
        let names = ["comma", "semicolon", "colon", "period"]
        for m in [mark, last, introducer, listMark].compactMap({ $0 }) where !names.contains(m) {
            throw RuleError("unknown mark '\(m)'; use one of \(names.joined(separator: ", "))")
        }
        guard [.preamble, .operative, .subitem].contains(common.scope) else {
            throw RuleError("a terminator rule needs scope preamble, operative or subitem")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let language = context.language
        // "…; and", "…; and," for each conjunction, made once for all paragraphs.
        let tails = language.listConjunctions.flatMap { [" " + $0, " " + $0 + ","] }.map(Tail.init)
        var out: [Finding] = []
        var knownMarks: Set<Character>?
        let listMark = self.listMark.flatMap(language.mark(named:))
        for draft in context.document.drafts {
            let lastItem = draft.lastItem
            // The items (but the last of each list) of lists written as one sentence.
            var inSentenceLists = Set<Int>()
            if let listMark {
                func visit(_ p: Paragraph) {
                    let items = p.children.filter { $0.label != nil && $0.label?.style != .dash && $0.children.isEmpty }
                    let body = items.dropLast()
                    // "…, and" before the last item: the conjunction after the list's mark. Most of the
                    // items with the comma and none with the semicolon make such a list, so that the one
                    // item that lost its comma is reported alone ("(6) Border Demarcation: … Committee" among
                    // five items ending with commas, S/RES/2550 (2020) in the UN's AKN).
                    let marks = body.map { c in finalMark(c, language, tails, before: listMark)?.mark }
                    let commas = marks.filter { $0.map { language.accepts($0, as: listMark) } ?? false }.count
                    let semicolons = language.mark(named: mark).map { m in marks.filter { $0.map { language.accepts($0, as: m) } ?? false }.count } ?? 0
                    if body.count >= 2, commas >= 2, commas * 2 > body.count, semicolons == 0 {
                        inSentenceLists.formUnion(body.map(\.range.lowerBound))
                    }
                    p.children.forEach(visit)
                }
                draft.operative.forEach(visit)
            }
            func expect(_ p: Paragraph) -> String? {
                if let listMark, inSentenceLists.contains(p.range.lowerBound) { return listMark }
                if p.introducesQuotation || p.introducesTable { return language.terminators.colon }
                if !p.children.isEmpty {
                    // Items under a paragraph that does not introduce them: subitem.orphan says so, once.
                    guard let m = p.finalMark, let colon = introducer.flatMap(language.mark(named:)),
                          language.accepts(m.mark, as: colon) else { return nil }
                    return colon
                }
                if let lastItem, lastItem.range == p.range, let last {
                    // "Adopts the following declaration:" ends the draft with the colon that introduces it.
                    return draft.adoptsText ? language.terminators.colon : language.mark(named: last)
                }
                return language.mark(named: mark)
            }
            var targets: [Paragraph] = []
            switch context.common.scope {
            case .preamble: targets = draft.preamble
            case .operative: targets = draft.operative
            default:
                func walk(_ p: Paragraph) { for c in p.children { targets.append(c); walk(c) } }
                draft.operative.forEach(walk)
            }
            // Bulleted lists ("• …,") follow no terminator convention.
            for p in targets where p.label?.style != .dash && !p.isListHeading {
                guard let expected = expect(p), let found = finalMark(p, language, tails, before: expected) else { continue }
                if !language.accepts(found.mark, as: expected) {
                    // A wrong mark is replaced; a missing one is added after the last character.
                    // The language's marks, made once per run (a set of them cost more than the check of a paragraph).
                    let marks = knownMarks ?? allMarks(language)
                    knownMarks = marks
                    let isMark = marks.contains(found.mark)
                    if !isMark, let opener = Self.openerLeftOpen(p.content.text) {
                        // Cut off: a quotation or bracket opened and never closed. A mark added would
                        // hide the loss; the text is what needs mending.
                        let tail = String(p.content.text.suffix(24))
                        out.append(Finding(range: found.range, ["found": String(found.mark), "expected": LanguageProfile.shown(expected),
                                                                "ending": "looks cut off: it stops at “…\(tail)”, inside a \("“«《「".contains(opener) ? "quotation" : "bracket") never closed"]))
                        continue
                    }
                    let at = isMark ? found.range : found.range.upperBound..<found.range.upperBound
                    // A mark written with a space before it (French " ;") brings its space unless one is there.
                    var replacement = expected
                    if isMark, let before = Bytes.scalar(context.document.source.bytes, before: found.range.lowerBound)?.0,
                       before.properties.isWhitespace {
                        replacement = LanguageProfile.shown(expected)
                    }
                    var finding = Finding(range: found.range, ["found": String(found.mark), "expected": LanguageProfile.shown(expected),
                                                               "ending": isMark ? "ends with “\(found.mark)”" : "has no final mark"],
                                          edits: [Edit(range: at, replacement: replacement)])
                    // A text that ends without any mark may be complete or cut off mid-word ("… of inform"):
                    // adding the mark is a guess, offered with --unsafe.
                    finding.unsafe = !isMark
                    out.append(finding)
                }
            }
        }
        return out
    }

    /// A list conjunction's tail ("; and"), with what is read of it for every paragraph.
    struct Tail {
        let text: String
        let last: Character?
        /// Its bytes where a text that ends with it (by Characters) ends with them: ASCII, and none of
        /// "K", ";" and "`", the three ASCII scalars that another scalar is canonically equivalent to
        /// (U+212A, U+037E, U+1FEF; a test reads every scalar). A Character equal to any other ASCII
        /// character is that character alone.
        let bytes: [UInt8]?

        init(_ text: String) {
            self.text = text
            last = text.last
            bytes = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 } ? Array(text.utf8) : nil
        }

        /// False only where `text.hasSuffix(self.text)` is false.
        func mayEnd(_ text: Substring) -> Bool {
            guard let bytes else { return true }
            let utf8 = text.utf8
            guard utf8.count >= bytes.count else { return false }
            return utf8[utf8.index(utf8.endIndex, offsetBy: -bytes.count)...].elementsEqual(bytes)
        }
    }

    /// Openers and their closers, in the six languages' typography.
    static let pairs: [(Character, Character)] = [("“", "”"), ("«", "»"), ("《", "》"), ("(", ")"), ("（", "）"), ("[", "]"), ("「", "」")]

    /// The last opener of `text` that no closer follows: a paragraph cut off inside a quotation.
    /// One walk over the scalars where each is a character of its own (every opener and closer is one
    /// scalar, and CR LF is neither), else the Character walks of `openerLeftOpenByCharacters`.
    static func openerLeftOpen(_ text: String) -> Character? {
        var depths = [Int](repeating: 0, count: pairs.count)
        for s in text.unicodeScalars {
            guard Graphemes.neverJoins(s) else { return openerLeftOpenByCharacters(text) }
            // Every opener and closer lies above U+0027: most scalars are passed over at once.
            guard s.value > 0x27 else { continue }
            for k in pairScalars.indices {
                if s == pairScalars[k].open { depths[k] += 1 } else if s == pairScalars[k].close, depths[k] > 0 { depths[k] -= 1 }
            }
        }
        return depths.firstIndex { $0 > 0 }.map { pairs[$0].0 }
    }

    /// `pairs` as scalars.
    private static let pairScalars: [(open: Unicode.Scalar, close: Unicode.Scalar)] = pairs.map { ($0.0.unicodeScalars.first!, $0.1.unicodeScalars.first!) }

    /// `openerLeftOpen` by Characters: exact for any text.
    static func openerLeftOpenByCharacters(_ text: String) -> Character? {
        for (open, close) in pairs {
            var depth = 0
            for c in text { if c == open { depth += 1 } else if c == close, depth > 0 { depth -= 1 } }
            if depth > 0 { return open }
        }
        return nil
    }

    private func allMarks(_ language: LanguageProfile) -> Set<Character> {
        let t = language.terminators
        return Set(([t.comma, t.semicolon, t.colon, t.period] + Array(language.narrowForms.values) + [",", ";", ":", ".", "，", "；", "：", "。", "、"])
            .compactMap(LanguageProfile.character(of:)))
    }

    /// The final mark, looking past a list conjunction ("…; and", "…; or").
    /// The paragraph's final mark, or the mark before a list conjunction that ends it ("…; and", or
    /// "…, and" where `before` is the comma a list written as one sentence ends its items with).
    private func finalMark(_ p: Paragraph, _ language: LanguageProfile, _ tails: [Tail], before expected: String) -> (mark: Character, range: ByteRange)? {
        guard let m = p.finalMark else { return nil }
        // Only the end of the text matters: trim trailing white space without copying the paragraph.
        let full = p.content.text
        var text = Substring(full)
        // ASCII's one space separator is the space.
        while let c = text.unicodeScalars.last, c == " " || c == "\t" || c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator {
            text = Substring(text.unicodeScalars.dropLast())
        }
        // A tail can only be there if it ends in the text's last character (one comparison, not a walk),
        // and, where its bytes tell, with its bytes.
        let last = text.last
        for t in tails where t.last == last && t.mayEnd(text) && text.hasSuffix(t.text) {
            let tail = t.text
            let before = text.dropLast(tail.count)
            if let c = before.last, language.accepts(c, as: language.terminators.semicolon)
                || expected == language.terminators.comma && language.accepts(c, as: expected) {
                let end = full.utf8.distance(from: full.startIndex, to: before.endIndex)
                return (c, p.content.sourceRange((end - String(c).utf8.count)..<end))
            }
        }
        return m
    }
}

/// A rule file asked for something its check kind cannot do.
public struct RuleError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

import Foundation
