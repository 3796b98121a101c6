import Foundation

/// Fixes a number of Word's automatic numbering through the numbering, never by typing it: a
/// paragraph whose number is wrong because its list restarted (a new w:numId whose level starts
/// again, or a w:startOverride) is pointed back at the list of the paragraph before it at the same
/// level, by rewriting the value of its own w:numPr/w:numId; one that lost its w:numPr among its
/// list's paragraphs gets one. Only that paragraph's w:pPr changes; numbering.xml is left alone. The fixer reads the document again and keeps the repair only when
/// the paragraph then shows the number the fix asked for.
enum DocxNumberingRepair {
    /// One paragraph's repair; a sequence restarted in several places is repaired one place a pass.
    struct Repair {
        /// ¶ of the repaired paragraph and the label it must show once repaired.
        var paragraph: Int
        var expected: String
        /// Byte replacements in the part as XMLTree read it.
        var replacements: [(range: Range<Int>, bytes: [UInt8])]
    }

    enum Outcome {
        case repair(Repair)
        case refused(String)
    }

    static func repair(_ edits: [Edit], rendered: DocxRendering, document: DocxDocument, part: [UInt8]) -> Outcome {
        // The edits renumber automatic numbers (a sequence's fix renumbers all of it): the first
        // label they change is the first wrong number, where the list restarted.
        var changed: [(label: Range<Int>, edits: [Edit])] = []
        for e in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard let label = rendered.labels.first(where: { $0.contains(e.range.lowerBound) }), e.range.upperBound <= label.upperBound else {
                return .refused(DocxEditMapper.automaticNumberReason)
            }
            guard Array(rendered.bytes[e.range]) != Array(e.replacement.utf8) else { continue }
            if changed.last?.label == label { changed[changed.count - 1].edits.append(e) } else { changed.append((label, [e])) }
        }
        guard let (label, labelEdits) = changed.first, let place = rendered.place(of: label.lowerBound), place.footnote == nil,
              let index = document.paragraphs.firstIndex(where: { $0.number == place.paragraph }) else {
            return .refused(DocxEditMapper.automaticNumberReason)
        }
        var shown = Array(rendered.bytes[label])
        for e in labelEdits.reversed() {
            shown.replaceSubrange((e.range.lowerBound - label.lowerBound)..<(e.range.upperBound - label.lowerBound), with: Array(e.replacement.utf8))
        }
        let expected = String(decoding: shown, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let paragraph = document.paragraphs[index]
        guard let list = paragraph.list, let numIdElement = list.numIdElement else {
            return .refused("its automatic number comes from its paragraph style, not from a list of its own; renumber in Word (Continue Numbering)")
        }
        // The paragraph before it at its level, within the same parent (a shallower paragraph ends the search).
        var previous: DocxListUse?
        for p in document.paragraphs[..<index].reversed() {
            guard let l = p.list else { continue }
            if l.level < list.level { break }
            if l.level == list.level { previous = l; break }
        }
        guard let previous else {
            return .refused("no paragraph before it at its level whose list it could continue; renumber in Word (Restart or Continue Numbering)")
        }
        guard previous.numId != list.numId else {
            return .refused("it continues the list of the paragraph before it, so no restart is to be undone; renumber in Word (Restart or Continue Numbering)")
        }
        guard let value = attributeValue("val", in: part, numIdElement) else {
            return .refused("its w:numId has no value to rewrite; renumber in Word (Continue Numbering)")
        }
        return .repair(Repair(paragraph: paragraph.number, expected: expected,
                              replacements: [(value, Array(DocxRunEditor.escape(previous.numId).utf8))]))
    }

    /// Rules whose finding an unnumbered paragraph among numbered ones may be: one that lost its
    /// w:numPr (Word's "Numbering: None" pressed, or a paragraph pasted without its list).
    static let lostNumberRules: Set<String> = ["structure.order"]

    /// A paragraph with no automatic number between two paragraphs of one list, the one after it at
    /// a level the one before it reaches: it gets a w:numPr for the list and level of the one after
    /// it, and must then show the number that one showed.
    static func restoring(_ paragraph: Int, document: DocxDocument, part: [UInt8]) -> Repair? {
        guard let index = document.paragraphs.firstIndex(where: { $0.number == paragraph }) else { return nil }
        let p = document.paragraphs[index]
        func shown(_ q: DocxParagraph) -> Bool { q.label != nil || !q.text.allSatisfy(\.isWhitespace) }
        guard p.label == nil, p.list == nil, shown(p),
              let before = document.paragraphs[..<index].last(where: shown)?.list,
              let after = document.paragraphs[(index + 1)...].first(where: shown), let next = after.list, let expected = after.label,
              before.numId == next.numId, before.level >= next.level, p.element.upperBound <= part.count else { return nil }
        // The prefix the part writes WordprocessingML with ("w:" as Word writes it).
        let tag = String(decoding: part[p.element].prefix(64), as: UTF8.self).dropFirst()
        let name = tag.prefix { !" \t\r\n/>".contains($0) }
        guard name.hasSuffix("p") else { return nil }
        let w = name.dropLast()
        let numPr = "<\(w)numPr><\(w)ilvl \(w)val=\"\(next.level)\"/><\(w)numId \(w)val=\"\(DocxRunEditor.escape(next.numId))\"/></\(w)numPr>"
        let at: Int, insert: String
        if let slot = p.numPrSlot {
            (at, insert) = (slot, numPr)
        } else if let properties = p.properties {
            guard let close = part[properties].firstIndex(of: UInt8(ascii: ">")), part[close - 1] != UInt8(ascii: "/") else { return nil }
            (at, insert) = (close + 1, numPr)
        } else {
            guard let close = part[p.element].firstIndex(of: UInt8(ascii: ">")), part[close - 1] != UInt8(ascii: "/") else { return nil }
            (at, insert) = (close + 1, "<\(w)pPr>\(numPr)</\(w)pPr>")
        }
        return Repair(paragraph: paragraph, expected: expected, replacements: [(at..<at, Array(insert.utf8))])
    }

    /// The bytes of the value of attribute `local` (any prefix) in the start tag at `element`.
    static func attributeValue(_ local: String, in bytes: [UInt8], _ element: Range<Int>) -> Range<Int>? {
        guard element.upperBound <= bytes.count else { return nil }
        let tag = String(decoding: bytes[element], as: UTF8.self)
        guard let match = tag.firstMatch(of: try! Regex("(?:^|[\\s:])" + local + "\\s*=\\s*([\"'])([^\"']*)\\1")),
              let value = match.output[2].range else { return nil }
        let from = element.lowerBound + tag.utf8.distance(from: tag.startIndex, to: value.lowerBound)
        return from..<(from + tag[value].utf8.count)
    }
}
