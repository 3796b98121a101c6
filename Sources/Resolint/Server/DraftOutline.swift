/// The parts of a parsed draft as a tree located by byte ranges: header, each draft with its title,
/// preamble, operative paragraphs 1…n and their items, closing clause, and the footnotes. The
/// language server's document symbols and folding ranges are both read from it.
public struct OutlineNode: Sendable {
    public enum Kind: Sendable { case header, field, draft, block, paragraph, item, clause, footnotes, footnote, report }
    public var name: String
    public var detail: String?
    public var kind: Kind
    public var range: ByteRange
    /// What an editor selects and shows for the node: a label, or the range itself.
    public var selection: ByteRange
    public var children: [OutlineNode] = []
}

public enum DraftOutline {
    public static func nodes(_ d: Document) -> [OutlineNode] {
        var out: [OutlineNode] = []
        if let header = header(d) { out.append(header) }
        if !d.reportParagraphs.isEmpty {
            let paragraphs = d.reportParagraphs.map { paragraph($0, kind: .paragraph) }
            out.append(block("Report", paragraphs, kind: .report))
        }
        for draft in d.drafts { out.append(self.draft(draft, language: d.language)) }
        for scope in d.footnoteScopes where !scope.texts.isEmpty {
            let notes = scope.texts.map { t -> OutlineNode in
                let end = lineEnd(d.source, after: t.numberRange.upperBound)
                return OutlineNode(name: "Footnote \(t.number)", detail: clip(t.text), kind: .footnote,
                                   range: t.numberRange.lowerBound..<max(end, t.numberRange.upperBound), selection: t.numberRange)
            }
            out.append(block(d.footnoteScopes.count > 1 ? "Footnotes (\(scope.name))" : "Footnotes", notes, kind: .footnotes))
        }
        return out
    }

    static func header(_ d: Document) -> OutlineNode? {
        let h = d.header
        let fields: [(String, TextElement?)] = [
            ("Symbol", h.symbol), ("Session", h.sessionLine), ("Committee", h.committeeLine), ("Agenda item", h.agendaItemLine),
            ("Agenda title", h.agendaTitle), ("Sponsors", h.sponsors?.element), ("Submitted by", h.submittedBy),
            ("Report", h.reportLine), ("Note", h.noteLine),
        ]
        let children = fields.compactMap { name, element in
            element.map { OutlineNode(name: name, detail: clip($0.string), kind: .field, range: $0.range, selection: $0.range) }
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard !children.isEmpty else { return nil }
        return block("Header", children, kind: .header)
    }

    static func draft(_ draft: Draft, language: LanguageProfile) -> OutlineNode {
        var children: [OutlineNode] = []
        if let t = draft.title { children.append(OutlineNode(name: "Title", detail: clip(t.string), kind: .field, range: t.range, selection: t.range)) }
        if let o = draft.opening { children.append(OutlineNode(name: "Opening", detail: clip(o.string), kind: .field, range: o.range, selection: o.range)) }
        if !draft.preamble.isEmpty { children.append(block("Preamble", draft.preamble.map { paragraph($0, kind: .paragraph) }, kind: .block)) }
        if !draft.operative.isEmpty { children.append(block("Operative paragraphs", draft.operative.map { paragraph($0, kind: .paragraph) }, kind: .block)) }
        if let clause = ClosingClause.find(in: draft, language: language) {
            let r = clause.paragraph.range
            children.append(OutlineNode(name: "Closing clause", detail: clip(clause.paragraph.content.text), kind: .clause, range: r, selection: r))
        }
        let name = draft.kind == .resolution ? "Draft resolution" : "Draft decision"
        let selection = draft.heading?.range ?? draft.title?.range ?? draft.range
        var range = draft.range
        for c in children { range = min(range.lowerBound, c.range.lowerBound)..<max(range.upperBound, c.range.upperBound) }
        return OutlineNode(name: draft.heading.map { clip($0.string) } ?? name, detail: draft.title.map { clip($0.string) }, kind: .draft,
                           range: range, selection: selection, children: children)
    }

    /// A paragraph and its items, named by its label ("3.", "(a)") and opening words.
    static func paragraph(_ p: Paragraph, kind: OutlineNode.Kind) -> OutlineNode {
        let items = p.children.map { paragraph($0, kind: .item) }
        var range = p.range
        for c in items { range = min(range.lowerBound, c.range.lowerBound)..<max(range.upperBound, c.range.upperBound) }
        let text = clip(p.content.text)
        let name = p.label.map { "\($0.raw) \(text)" } ?? text
        return OutlineNode(name: name.isEmpty ? "¶" : name, detail: nil, kind: kind, range: range,
                           selection: p.label?.range ?? p.range, children: items)
    }

    static func block(_ name: String, _ children: [OutlineNode], kind: OutlineNode.Kind) -> OutlineNode {
        let lower = children.map(\.range.lowerBound).min() ?? 0, upper = children.map(\.range.upperBound).max() ?? 0
        let range = lower..<max(lower, upper)
        return OutlineNode(name: name, detail: children.count == 1 ? nil : "\(children.count)", kind: kind,
                           range: range, selection: lower..<lower, children: children)
    }

    /// The opening words of a text on one line, for a symbol's name.
    static func clip(_ s: String) -> String {
        let flat = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return flat.count <= 60 ? flat : String(flat.prefix(59)) + "…"
    }

    static func lineEnd(_ source: SourceFile, after offset: Int) -> Int {
        var i = min(offset, source.bytes.count)
        while i < source.bytes.count, source.bytes[i] != 0x0A, source.bytes[i] != 0x0D { i += 1 }
        return i
    }
}
