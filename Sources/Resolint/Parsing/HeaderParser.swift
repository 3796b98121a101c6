import Foundation

/// Reads the lines before the opening formula: session, committee, agenda item and title, sponsors
/// with the kind word, the title, and the masthead that tells the organ and the kind of document.
struct HeaderParser {
    let source: SourceFile
    let language: LanguageProfile
    let layout: Layout

    struct Result {
        var header = Header()
        var title: TextElement?
        var kind: DocumentKind = .unknown
        var organ: Organ = .generalAssembly
        var draftKind: Draft.Kind = .resolution
    }

    func parse(_ lines: [BodyLine]) -> Result {
        var result = Result()
        var used = Set<Int>()  // positions in `lines` already explained
        let texts = lines.map { source.string($0.line.content) }

        for (i, text) in texts.enumerated() {
            if result.header.sessionLine == nil, let n = sessionNumber(text) {
                result.header.sessionLine = element(lines[i])
                result.header.session = n.value
                used.insert(i)
            } else if result.header.committee == nil, let c = language.header.committees.firstIndex(of: text) {
                result.header.committeeLine = element(lines[i])
                result.header.committee = c + 1
                used.insert(i)
            } else if result.header.agendaItemLine == nil, let items = agendaItems(text) {
                result.header.agendaItemLine = element(lines[i])
                result.header.agendaItems = items
                used.insert(i)
            } else if isMasthead(text) {
                if language.header.securityCouncil.contains(where: { text.hasPrefix($0) || text.hasSuffix($0) || text.contains($0 + " ") }) {
                    result.organ = .securityCouncil
                }
                if language.header.adopted.contains(where: { text.hasPrefix($0) }) { result.kind = .adoptedResolution }
                used.insert(i)
            } else if !text.hasPrefix("["), text.count < 40, language.header.report.contains(where: { text.hasPrefix($0) || text.hasSuffix($0) }) {
                result.header.reportLine = element(lines[i])
                result.kind = .committeeReport
                used.insert(i)
            } else if result.header.symbol == nil, Self.symbol(in: text) != nil, i < 3 {
                used.insert(i)
            }
        }

        // Sponsors and the kind word: the block that ends with "：决议草案" / ": draft resolution".
        var kindLine: Int?
        for (i, text) in texts.enumerated() where !used.contains(i) {
            for (kind, word) in language.header.kinds where text.hasSuffix(word) {
                kindLine = i
                result.draftKind = kind == "draft-decision" ? .decision : .resolution
                result.kind = kind == "draft-decision" ? .draftDecision : .draftResolution
            }
            if kindLine != nil { break }
        }
        var titleFrom = 0
        if let k = kindLine {
            var start = k
            while start > 0, !used.contains(start - 1), continues(lines, at: start) { start -= 1 }
            for j in start...k { used.insert(j) }
            result.header.sponsors = sponsorList(Array(lines[start...k]))
            titleFrom = k + 1
            // The agenda title runs from the agenda item line to the sponsors.
            if let a = lines.firstIndex(where: { $0.line.content == result.header.agendaItemLine?.range }), a + 1 < start {
                result.header.agendaTitle = joined(Array(lines[(a + 1)..<start]).filter { !used.contains(lines.firstIndex(of: $0)!) })
            }
        } else if let a = lines.firstIndex(where: { $0.line.content == result.header.agendaItemLine?.range }) {
            // No sponsors (a report, an adopted resolution): the agenda title is the next unexplained block.
            var j = a + 1
            var block: [BodyLine] = []
            while j < lines.count, !used.contains(j), block.isEmpty || continues(lines, at: j) { block.append(lines[j]); used.insert(j); j += 1 }
            if !block.isEmpty { result.header.agendaTitle = joined(block) }
            titleFrom = j
        }
        // The title: the last block of unexplained lines before the opening.
        if result.organ != .securityCouncil {
            var block: [BodyLine] = []
            var j = lines.count - 1
            while j >= titleFrom, !used.contains(j), !isAdoptionNumber(texts[j]) {
                block.insert(lines[j], at: 0)
                if !continues(lines, at: j) { break }
                j -= 1
            }
            if !block.isEmpty { result.title = joined(block) }
        }
        if result.organ == .securityCouncil {
            result.kind = result.header.sponsors != nil ? .securityCouncilDraft : .securityCouncilResolution
        }
        return result
    }

    /// Whether line `i` continues the block of the line before it, in this layout.
    private func continues(_ lines: [BodyLine], at i: Int) -> Bool {
        guard i > 0 else { return false }
        switch layout {
        case .interleaved: return lines[i].line.indent == 0
        case .pdftotext, .blankSeparated: return !lines[i].blankBefore
        case .linePerParagraph: return false
        }
    }

    private func element(_ line: BodyLine) -> TextElement {
        TextElement(text: MappedText(source: source, range: line.line.content), range: line.line.content)
    }

    private func joined(_ lines: [BodyLine]) -> TextElement? {
        guard let first = lines.first else { return nil }
        var text = MappedText(source: source, range: first.line.content)
        for l in lines.dropFirst() {
            text.appendJoiner(language.lineJoiner)
            text.append(source: source, range: l.line.content)
        }
        return TextElement(text: text, range: text.sourceStart..<text.sourceEnd)
    }

    /// "第七十三届会议" / "Seventy-third session": the ordinal read back to a number (nil value if unreadable).
    func sessionNumber(_ text: String) -> (value: Int?, words: String)? {
        let parts = language.header.session.components(separatedBy: "{ordinal}")
        guard parts.count == 2 else { return nil }
        let (prefix, suffix) = (parts[0], parts[1])
        // Most lines fail here, before their characters are counted or the whole line lowercased.
        guard text.hasPrefix(prefix), text.suffix(suffix.count).lowercased() == suffix.lowercased() else { return nil }
        guard text.count > prefix.count + suffix.count,
              text.lowercased().hasSuffix(suffix.lowercased()) else { return nil }
        let words = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        guard words.count <= 40 else { return nil }
        return (language.ordinals.number(for: words), words)
    }

    private func agendaItems(_ text: String) -> [String]? {
        for prefix in language.header.agendaItem.sorted(by: { $0.count > $1.count }) where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard let first = rest.first, first.isNumber else { continue }
            var list = rest
            for sep in ["和", " and ", ",", "、", "及"] { list = list.replacingOccurrences(of: sep, with: "|") }
            return list.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return nil
    }

    /// Masthead lines: "United Nations", the organ, "Distr.: General", dates, "Original: English", "[without reference …]".
    private func isMasthead(_ text: String) -> Bool {
        if ["United Nations", "联合国", "General Assembly", "大会", "Security Council", "安全理事会"].contains(text) { return true }
        if text.hasPrefix("United Nations ") && Self.symbol(in: text) != nil { return true }
        if language.header.securityCouncil.contains(where: { text.hasPrefix($0) }) && text.contains("Distr") { return true }
        if text.hasPrefix("Distr") || text.hasPrefix("Original:") || text.hasPrefix("Original :") { return true }
        if text.hasPrefix("[") && text.hasSuffix("]") { return true }
        if language.header.adopted.contains(where: { text.hasPrefix($0) }) { return true }
        if Self.date.matches(text) || Self.datedLine.matches(text) || Self.resolutionNumber.matches(text) { return true }
        if text.hasPrefix("Adopted by the ") || text.hasPrefix("on ") && text.count < 25 { return true }
        if Self.symbol(in: text) == text { return true }
        return false
    }

    /// "73/6." above the title of an adopted resolution.
    private func isAdoptionNumber(_ text: String) -> Bool {
        Self.adoptionNumber.matches(text)
    }

    // Compiled once: `range(of:options: .regularExpression)` compiles its pattern on every call.
    private static let date = Pattern(#"^\d{1,2} [A-Z][a-z]+ \d{4}$"#)
    private static let datedLine = Pattern(#"^(on |of )?\d{1,2} [A-Z][a-z]+ \d{4}( \d+)?$"#)
    private static let resolutionNumber = Pattern(#"^Resolution \d+ \(\d{4}\)$"#)
    private static let adoptionNumber = Pattern(#"^\d+/\d+\.?$"#)
    private static let symbolPattern = Pattern(#"(?:^|\s)([AS]/[A-Z0-9.\-/]+(?: \(\d{4}\))?)\s*$"#)

    /// A fixed regular expression, compiled once and shared by all threads.
    struct Pattern: @unchecked Sendable {
        let expression: NSRegularExpression
        init(_ pattern: String) { expression = try! NSRegularExpression(pattern: pattern) }
        func matches(_ text: String) -> Bool { firstMatch(text) != nil }
        func firstMatch(_ text: String) -> Range<String.Index>? {
            let ns = NSRange(text.startIndex..., in: text)
            return expression.firstMatch(in: text, range: ns).flatMap { Range($0.range, in: text) }
        }
    }

    /// A UN document symbol at a word start: "A/C.1/73/L.37", "S/2016/1061", "S/RES/1454 (2002)".
    static func symbol(in text: String) -> String? {
        // Cheap test first: a symbol holds "A/" or "S/".
        guard text.utf8.contains(UInt8(ascii: "/")), let r = symbolPattern.firstMatch(text) else { return nil }
        return String(text[r]).trimmingCharacters(in: .whitespaces)
    }

    private func sponsorList(_ block: [BodyLine]) -> SponsorList? {
        guard let element = joined(block) else { return nil }
        let text = element.text.text
        let bytes = Array(text.utf8)
        var kindWord: TextElement?
        var end = bytes.count
        for (_, word) in language.header.kinds where text.hasSuffix(word) {
            let wordStart = bytes.count - word.utf8.count
            kindWord = TextElement(text: element.text.slice(wordStart..<bytes.count), range: element.text.sourceRange(wordStart..<bytes.count))
            end = wordStart
            let sep = Array(language.header.kindSeparator.utf8)
            let trimmed = Array(language.header.kindSeparator.trimmingCharacters(in: .whitespaces).utf8)
            if end >= sep.count, Array(bytes[(end - sep.count)..<end]) == sep { end -= sep.count }
            else if end >= trimmed.count, Array(bytes[(end - trimmed.count)..<end]) == trimmed { end -= trimmed.count }
        }
        // Split on every separator the language uses, and on common wrong ones, keeping each with its range.
        let separators = [language.sponsors.separator, language.sponsors.lastSeparator, "，", ",", "、", ";", "；"]
            .map { Array($0.utf8) }.filter { !$0.isEmpty }
        var names: [(String, ByteRange)] = []
        var seps: [(String, ByteRange)] = []
        var nameStart = 0
        var i = 0
        let last = Array(language.sponsors.lastSeparator.utf8)
        let lastSeparatorAt = lastIndex(of: last, in: bytes, before: end)
        while i < end {
            var matched: [UInt8]?
            for s in separators where i + s.count <= end && Array(bytes[i..<(i + s.count)]) == s {
                // The last separator word ("和" / " and ") separates only before the last name.
                if s == last && i != lastSeparatorAt { continue }
                if matched == nil || s.count > matched!.count { matched = s }
            }
            if let s = matched {
                names.append(trimmedName(bytes, nameStart..<i, element))
                seps.append((String(decoding: s, as: UTF8.self), element.text.sourceRange(i..<(i + s.count))))
                i += s.count
                nameStart = i
            } else {
                i += 1
            }
        }
        names.append(trimmedName(bytes, nameStart..<end, element))
        if names.count == 1, names[0].0.isEmpty { names = [] }
        return SponsorList(element: element, names: names, separators: seps, kindWord: kindWord)
    }

    private func lastIndex(of needle: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
        guard !needle.isEmpty, end >= needle.count else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    private func trimmedName(_ bytes: [UInt8], _ r: Range<Int>, _ element: TextElement) -> (String, ByteRange) {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        let name = String(decoding: bytes[lo..<hi], as: UTF8.self)
        if lo == hi { let at = element.text.sourceOffset(lo); return ("", at..<at) }
        return (name, element.text.sourceRange(lo..<hi))
    }
}

extension BodyLine: Equatable {
    static func == (a: BodyLine, b: BodyLine) -> Bool { a.line.index == b.line.index }
}
