import Foundation

/// A paragraph or item of one revision as the diff sees it: where it stands, the number the draft
/// gives it, and its words. Preambular paragraphs are unnumbered in UN texts: they are counted.
public struct DiffUnit: Sendable {
    public enum Part: String, Codable, Sendable { case preamble, operative }
    public var part: Part
    /// "PP3", "OP5", "OP5 (b)": how delegations name it.
    public var name: String
    /// The number it goes by: its label's value, or its place among its siblings when unlabelled.
    public var number: Int
    public var label: String?
    public var text: String
    public var range: ByteRange
    public var items: [DiffUnit]

    /// The paragraphs of a document, preamble and operative apart (every draft's in turn).
    static func units(of document: Document) -> (preamble: [DiffUnit], operative: [DiffUnit]) {
        let drafts = document.drafts
        return (make(drafts.flatMap(\.preamble), part: .preamble, prefix: "PP"),
                make(drafts.flatMap(\.operative), part: .operative, prefix: "OP"))
    }

    static func make(_ paragraphs: [Paragraph], part: Part, prefix: String, parent: String? = nil) -> [DiffUnit] {
        paragraphs.enumerated().map { k, p in
            let number = (part == .operative || parent != nil) ? (p.label?.value ?? k + 1) : k + 1
            let name: String
            if let parent { name = "\(parent) (\(p.label.map { VersionSkeleton.Unit.bare($0.raw) } ?? String(k + 1)))" }
            else { name = "\(prefix)\(number)" }
            return DiffUnit(part: part, name: name, number: number, label: p.label?.raw, text: normalized(p.content.text), range: p.range,
                            items: make(p.children, part: part, prefix: prefix, parent: name))
        }
    }

    /// Whitespace collapsed: a PDF's reflow is no change.
    static func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The paragraph's own text and its items', as one.
    var fullText: String { ([text] + items.map(\.fullText)).joined(separator: " ") }
}
