import Foundation

/// Applies an amendment's instructions to the draft it amends, as edits of the draft's own text: the
/// words deleted, replaced or inserted where the paragraph says them (over its line breaks, never
/// over the page debris between its lines), paragraphs deleted or inserted, and the operative
/// paragraphs renumbered after. Every instruction names its paragraph by the draft's numbering, as
/// amendments do, so all are found before any is applied.
public enum AmendmentApplier {
    public struct Result: Sendable {
        public var text: String
        /// The instructions applied, by number.
        public var applied: [Int]
        /// The instructions no phrase of the language's amendment data reads: reported, not applied.
        public var unread: [Amendment.Instruction]
    }

    /// An instruction that does not fit the draft: the paragraph or words it names are not there.
    public struct Mismatch: Error, CustomStringConvertible {
        public var instruction: Amendment.Instruction
        public var reason: String
        public var description: String { "\(instruction): \(reason)" }
    }

    struct Edit { var range: ByteRange; var text: String }

    public static func apply(_ amendment: Amendment, to document: Document) throws(Mismatch) -> Result {
        let language = document.language
        let bytes = document.source.bytes
        let preamble = document.drafts.first?.preamble ?? [], operative = document.drafts.first?.operative ?? []
        var edits: [Edit] = []
        var deleted = Set<Int>()
        var insertedAfter: [Int: [String]] = [:]
        var applied: [Int] = [], unread: [Amendment.Instruction] = []
        let space = TokenDiff.unspaced(language.code) ? "" : " "

        /// The paragraphs an instruction names: (operative?, index) in the draft.
        func targets(_ phrase: String, _ i: Amendment.Instruction) throws(Mismatch) -> [(operative: Bool, index: Int)] {
            guard let phrases = language.amendments else { return [] }
            if let m = try? Regex(phrases.operative).wholeMatch(in: phrase), let numbers = m.output["numbers"]?.substring {
                return try numbers.matches(of: /[0-9]+/).map { n throws(Mismatch) in
                    guard let k = operative.firstIndex(where: { $0.label?.value == Int(n.output) }) else {
                        throw Mismatch(instruction: i, reason: "the draft has no operative paragraph \(n.output)")
                    }
                    return (true, k)
                }
            }
            if let m = try? Regex(phrases.preambular).wholeMatch(in: phrase), let word = m.output["ordinal"]?.substring {
                guard let n = (1...400).first(where: { language.ordinal($0)?.lowercased() == word.lowercased() }) else {
                    throw Mismatch(instruction: i, reason: "“\(word)” is not an ordinal of the language data")
                }
                guard n <= preamble.count else { throw Mismatch(instruction: i, reason: "the draft has \(preamble.count) preambular paragraphs, not \(n)") }
                return [(false, n - 1)]
            }
            throw Mismatch(instruction: i, reason: "“\(phrase)” names no paragraph the language data reads")
        }
        func paragraph(_ t: (operative: Bool, index: Int)) -> Paragraph { t.operative ? operative[t.index] : preamble[t.index] }
        /// The words of a quote in the paragraph's own text, over any line break or run of spaces.
        func find(_ quote: String, in p: Paragraph, _ i: Amendment.Instruction) throws(Mismatch) -> Range<Int> {
            let text = p.content.text
            guard let regex = pattern(quote), let m = text.firstMatch(of: regex) else {
                throw Mismatch(instruction: i, reason: "“\(quote)” is not in that paragraph")
            }
            let utf8 = text.utf8
            return utf8.distance(from: utf8.startIndex, to: m.range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: m.range.upperBound)
        }
        /// The end of a paragraph in the source: its last item's last byte.
        func end(_ p: Paragraph) -> Int { ([p.content.sourceEnd] + p.children.map(end)).max()! }
        func words(_ s: Substring) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

        for i in amendment.instructions {
            guard let phrases = language.amendments else { unread.append(i); continue }
            func match(_ patterns: [String]) -> Regex<AnyRegexOutput>.Match? {
                patterns.lazy.compactMap { try? Regex($0).wholeMatch(in: i.text) }.first
            }
            if let m = match(phrases.deleteWords), let target = m.output["target"]?.substring, let old = m.output["old"]?.substring {
                for t in try targets(String(target), i) {
                    let p = paragraph(t)
                    var r = try find(String(old), in: p, i)
                    // One of the spaces around the words goes with them: the one after where the source
                    // has it (the one before may be a line break, which is no byte of the text).
                    // Words cut at a mark (“, to decide … and”) take no space.
                    let text = Array(p.content.text.utf8)
                    let spaceBefore = r.lowerBound > 0 && text[r.lowerBound - 1] == 0x20, spaceAfter = r.upperBound < text.count && text[r.upperBound] == 0x20
                    if spaceAfter, spaceBefore || r.lowerBound == 0, !p.content.sourceRanges(r.upperBound..<(r.upperBound + 1)).isEmpty {
                        r = r.lowerBound..<(r.upperBound + 1)
                    } else if spaceBefore, spaceAfter || r.upperBound == text.count { r = (r.lowerBound - 1)..<r.upperBound }
                    edits += spanning(p.content.sourceRanges(r), bytes).map { Edit(range: $0, text: "") }
                }
            } else if let m = match(phrases.replaceWords), let target = m.output["target"]?.substring,
                      let old = m.output["old"]?.substring, let new = m.output["new"]?.substring {
                for t in try targets(String(target), i) {
                    let p = paragraph(t)
                    let ranges = spanning(p.content.sourceRanges(try find(String(old), in: p, i)), bytes)
                    edits += ranges.map { Edit(range: $0, text: "") }
                    edits.append(Edit(range: ranges[0].lowerBound..<ranges[0].lowerBound, text: words(new)))
                }
            } else if let m = match(phrases.insertWords), let target = m.output["target"]?.substring,
                      let old = m.output["old"]?.substring, let new = m.output["new"]?.substring {
                for t in try targets(String(target), i) {
                    let p = paragraph(t)
                    let at = p.content.sourceRanges(try find(String(old), in: p, i)).last!.upperBound
                    // No space before inserted words that open with a mark (", including …").
                    let inserted = words(new)
                    edits.append(Edit(range: at..<at, text: (inserted.first.map { ",;:.".contains($0) } == true ? "" : space) + inserted))
                }
            } else if let m = match(phrases.insertParagraphs), let target = m.output["target"]?.substring {
                guard !i.paragraphs.isEmpty else { throw Mismatch(instruction: i, reason: "no paragraph follows it") }
                for t in try targets(String(target), i) {
                    if t.operative { insertedAfter[t.index, default: []] += i.paragraphs } else {
                        let at = end(paragraph(t))
                        edits.append(Edit(range: at..<at, text: i.paragraphs.map { separator(after: at, bytes) + $0 }.joined()))
                    }
                }
            } else if let m = match(phrases.deleteParagraphs), let target = m.output["target"]?.substring {
                for t in try targets(String(target), i) {
                    let p = paragraph(t)
                    if t.operative { deleted.insert(t.index) }
                    // The paragraph's own bytes, its items' and the line break after it; page debris stays.
                    func ranges(_ p: Paragraph) -> [ByteRange] {
                        [p.range.lowerBound..<max(p.range.lowerBound, p.content.sourceStart)] + p.content.sourceRanges(0..<p.content.byteCount) + p.children.flatMap(ranges)
                    }
                    var last = end(p)
                    while last < bytes.count, bytes[last] == 0x0A || bytes[last] == 0x0D { last += 1 }
                    edits += spanning(ranges(p) + [end(p)..<last], bytes).map { Edit(range: $0, text: "") }
                }
            } else {
                unread.append(i)
                continue
            }
            applied.append(i.number)
        }

        edits += footnotes(document, deleting: edits)

        // Operative paragraphs renumbered: the kept ones in order, the new ones after their paragraph.
        var number = 0
        for (k, p) in operative.enumerated() {
            if !deleted.contains(k) {
                number += 1
                if let label = p.label, label.value != number {
                    edits.append(Edit(range: label.range, text: label.raw.replacing(/[0-9]+/, with: String(number))))
                }
            }
            guard let new = insertedAfter[k] else { continue }
            let at = end(p)
            let form = p.label?.raw ?? "1."
            var text = ""
            for paragraph in new {
                number += 1
                text += separator(after: at, bytes) + form.replacing(/[0-9]+/, with: String(number)) + " " + paragraph
            }
            edits.append(Edit(range: at..<at, text: text))
        }

        // From the end, so that each edit's offsets still hold; at one place, the longer range first.
        var out = bytes
        for e in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            out.replaceSubrange(e.range, with: Array(e.text.utf8))
        }
        return Result(text: String(decoding: out, as: UTF8.self), applied: applied, unread: unread)
    }

    /// The words of a quote over any line break or run of spaces; a hyphen or an apostrophe the
    /// amendment types plainly may be a non-breaking or curly one in the draft.
    static func pattern(_ quote: some StringProtocol) -> Regex<AnyRegexOutput>? {
        let words = quote.split(whereSeparator: \.isWhitespace).map { word in
            word.map { c in "-‐‑".contains(c) ? "[-‐‑]" : "'’".contains(c) ? "['’]" : NSRegularExpression.escapedPattern(for: String(c)) }.joined()
        }
        return try? Regex(words.joined(separator: #"\s+"#))
    }

    /// The footnotes whose every reference the edits delete go with them, their texts too; the
    /// others are renumbered in order, at their references and their texts.
    static func footnotes(_ document: Document, deleting edits: [Edit]) -> [Edit] {
        let deletions = edits.filter { $0.text.isEmpty }.map(\.range)
        let source = String(decoding: document.source.bytes, as: UTF8.self)
        var out: [Edit] = []
        for scope in document.footnoteScopes {
            let numbers = Set(scope.references.map(\.number)).sorted()
            let gone = Set(numbers.filter { n in
                scope.references.filter { $0.number == n }.allSatisfy { r in deletions.contains { $0.contains(r.range.lowerBound) } }
            })
            guard !gone.isEmpty else { continue }
            var renumbered: [Int: Int] = [:]
            for n in numbers where !gone.contains(n) { renumbered[n] = renumbered.count + 1 }
            for r in scope.references where !gone.contains(r.number) && renumbered[r.number] != r.number {
                out.append(Edit(range: r.range, text: String(renumbered[r.number]!)))
            }
            for t in scope.texts {
                if gone.contains(t.number) {
                    // The note's number, its text after it, and the line break that ends it.
                    let utf8 = source.utf8
                    let after = utf8.index(utf8.startIndex, offsetBy: t.numberRange.upperBound)
                    var end: Int
                    if !t.text.isEmpty {
                        guard let regex = pattern(t.text), let m = source[after...].firstMatch(of: regex),
                              source[after..<m.range.lowerBound].allSatisfy(\.isWhitespace) else { continue }
                        end = utf8.distance(from: utf8.startIndex, to: m.range.upperBound)
                    } else {
                        // A note's text on the lines under its number (a PDF's extract): up to the next
                        // number, blank line or rule.
                        let lines = source[after...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                        end = t.numberRange.upperBound
                        for line in lines {
                            let bare = line.trimmingCharacters(in: .whitespaces)
                            if bare.isEmpty || bare.allSatisfy(\.isNumber) || bare.hasPrefix("___") { break }
                            end += 1 + line.utf8.count
                        }
                    }
                    if end < document.source.bytes.count, document.source.bytes[end] == 0x0A { end += 1 }
                    out.append(Edit(range: t.numberRange.lowerBound..<end, text: ""))
                } else if let n = renumbered[t.number], n != t.number {
                    out.append(Edit(range: t.numberRange, text: String(n)))
                }
            }
        }
        return out
    }

    /// Ranges to delete, with the line breaks and spaces between two of them: deleted words leave no
    /// broken line behind (page debris between them, not white space, stays).
    static func spanning(_ ranges: [ByteRange], _ bytes: [UInt8]) -> [ByteRange] {
        var out: [ByteRange] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, last.upperBound <= r.lowerBound,
               bytes[last.upperBound..<r.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// What separates a paragraph from the next where `at` ends one: a blank line where the text
    /// sets one, a line break otherwise.
    static func separator(after at: Int, _ bytes: [UInt8]) -> String {
        var k = at, breaks = 0
        while k < bytes.count, bytes[k] == 0x0A || bytes[k] == 0x20 || bytes[k] == 0x0D { if bytes[k] == 0x0A { breaks += 1 }; k += 1 }
        return breaks >= 2 ? "\n\n" : "\n"
    }
}
