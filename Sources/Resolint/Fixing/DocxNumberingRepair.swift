import Foundation

/// Fixes a number of Word's automatic numbering through the numbering, never by typing it: a
/// paragraph whose number is wrong because its list restarted (a new w:numId whose level starts
/// again, or a w:startOverride) is pointed back at the list of the paragraph before it at the same
/// level, by rewriting the value of its own w:numPr/w:numId. Only that attribute's bytes change;
/// numbering.xml is left alone. The fixer reads the document again and keeps the repair only when
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
