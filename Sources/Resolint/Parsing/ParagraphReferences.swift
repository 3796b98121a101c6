import Foundation

/// A draft's references to its own operative paragraphs ("paragraph 5 above", "本决议第 4 段"), found
/// with the language's `paragraph-references` expressions.
struct ParagraphReference {
    var number: Int
    var range: ByteRange
}

enum ParagraphReferences {
    static func find(in draft: Draft, language: LanguageProfile) -> [ParagraphReference] {
        let expressions = language.paragraphReferences.compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
        guard !expressions.isEmpty else { return [] }
        var paragraphs: [Paragraph] = []
        func walk(_ p: Paragraph) { paragraphs.append(p); p.children.forEach(walk) }
        (draft.preamble + draft.operative).forEach(walk)
        var out: [ParagraphReference] = []
        for p in paragraphs {
            let text = p.content.text
            // Most paragraphs lack the word every reference holds ("paragraph", "第"): no expression runs.
            for expression in expressions where expression.prefilter.mayMatch(text) {
                for m in expression.expression.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)) where m.numberOfRanges > 1 {
                    guard let group = Range(m.range(at: 1), in: text) else { continue }
                    var i = group.lowerBound
                    while i < group.upperBound {
                        guard text[i].isASCII, text[i].isNumber else { i = text.index(after: i); continue }
                        var j = i
                        while j < group.upperBound, text[j].isASCII, text[j].isNumber { j = text.index(after: j) }
                        // "(a)" after a number names an item of it, and digits inside "(…)" are not paragraph numbers.
                        if let n = Int(text[i..<j]) {
                            let lo = text.utf8.distance(from: text.startIndex, to: i), hi = text.utf8.distance(from: text.startIndex, to: j)
                            out.append(ParagraphReference(number: n, range: p.content.sourceRange(lo..<hi)))
                        }
                        i = j
                    }
                }
            }
        }
        return out
    }
}

/// A reference to an item of the draft's own paragraphs ("paragraph 7 (d) above", "subparagraph (c)
/// above"): the paragraph's number where written, else the operative paragraph it stands in.
struct ItemReference {
    var paragraph: Int?
    /// Index in `draft.operative` of the paragraph the reference stands in.
    var container: Int
    var item: String
    var range: ByteRange
}

enum ItemReferences {
    static func find(in draft: Draft, language: LanguageProfile) -> [ItemReference] {
        let expressions = (language.itemReferences ?? []).compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
        guard !expressions.isEmpty else { return [] }
        var out: [ItemReference] = []
        for (index, top) in draft.operative.enumerated() {
            var paragraphs: [Paragraph] = []
            func walk(_ p: Paragraph) { paragraphs.append(p); p.children.forEach(walk) }
            walk(top)
            for p in paragraphs {
                let text = p.content.text
                let ns = text as NSString
                // Most paragraphs lack the word every reference holds ("paragraph", "第"): no expression runs.
                for expression in expressions where expression.prefilter.mayMatch(text) {
                    for m in expression.expression.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                        let itemRange = m.range(withName: "item")
                        guard itemRange.location != NSNotFound, let range = p.content.sourceRange(of: itemRange) else { continue }
                        let paragraphRange = m.range(withName: "paragraph")
                        let number = paragraphRange.location == NSNotFound ? nil : Int(ns.substring(with: paragraphRange))
                        out.append(ItemReference(paragraph: number, container: index, item: ns.substring(with: itemRange), range: range))
                    }
                }
            }
        }
        return out
    }
}
