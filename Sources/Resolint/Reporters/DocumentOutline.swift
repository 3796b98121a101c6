/// A plain outline of a parsed document, for `resolint parse`: what the rules will see.
public enum DocumentOutline {
    /// `position`: where a byte of the parsed text is shown (an AKN4UN file shows its XML line:column).
    public static func render(_ d: Document, position: ((Int) -> SourcePosition)? = nil) -> String {
        let source = d.source
        func at(_ r: ByteRange) -> String { let p = position?(r.lowerBound) ?? source.position(of: r.lowerBound); return "\(p.line):\(p.column)" }
        func clip(_ s: String) -> String { s.count <= 36 ? s : String(s.prefix(20)) + "…" + String(s.suffix(14)) }
        var out = "language: \(d.language.code)  layout: \(d.layout.rawValue)  kind: \(d.kind.rawValue)  organ: \(d.organ.rawValue)\n"
        let h = d.header
        if let s = h.sessionLine { out += "session: \(h.session.map(String.init) ?? "unreadable") (\(s.string)) at \(at(s.range))\n" }
        if let c = h.committee { out += "committee: \(c)\n" }
        if let a = h.agendaItemLine { out += "agenda item: \(h.agendaItems.joined(separator: ", ")) at \(at(a.range))\n" }
        if let t = h.agendaTitle { out += "agenda title: \(t.string)\n" }
        if let s = h.sponsors {
            out += "sponsors (\(s.names.count)): \(s.names.map { $0.name.isEmpty ? "∅" : $0.name }.joined(separator: " | "))\n"
        }
        for p in d.reportParagraphs { out += "report \(at(p.range)) \(p.label?.raw ?? "-") \(clip(p.content.text))\n" }
        for v in d.votes {
            out += "vote \(at(v.range)) \(v.outcome?.rawValue ?? "outcome not read")"
            for (side, t) in v.tallies {
                out += " · \(side.rawValue) \(t.stated.map(String.init) ?? "?")/\(t.states.count) listed"
            }
            out += "\n"
        }
        for draft in d.drafts {
            out += "\ndraft \(draft.kind.rawValue)"
            if let hd = draft.heading { out += " «\(hd.string)»" }
            out += "\n"
            if let t = draft.title { out += "  title: \(t.string)\n" }
            out += "  opening: \(draft.opening.map { "\($0.string) at \(at($0.range))" } ?? "none")\n"
            func show(_ p: Paragraph, _ role: String) {
                let mark = p.finalMark.map { String($0.mark) } ?? "∅"
                let refs = p.footnoteReferences.isEmpty ? "" : " footnotes \(p.footnoteReferences.map { String($0.number) }.joined(separator: ","))"
                out += String(repeating: "  ", count: p.depth + 1) + "\(role) \(at(p.range)) \(p.label?.raw ?? "·") \(clip(p.content.text)) ends “\(mark)”\(refs)\n"
                for c in p.children { show(c, "item") }
            }
            draft.preamble.forEach { show($0, "preamble") }
            draft.operative.forEach { show($0, "operative") }
            draft.stray.forEach { show($0, "stray") }
            if !draft.adoptedText.isEmpty {
                let refs = draft.adoptedText.flatMap(\.footnoteReferences).map { String($0.number) }
                out += "  adopted text: \(draft.adoptedText.count) paragraphs at \(at(draft.adoptedText[0].range))"
                    + (refs.isEmpty ? "" : " footnotes \(refs.joined(separator: ","))") + "\n"
            }
        }
        for s in d.footnoteScopes where !s.texts.isEmpty || !s.references.isEmpty {
            out += "\nfootnotes (\(s.name)): texts \(s.texts.map { String($0.number) }.joined(separator: ",")); references \(s.references.map { String($0.number) }.joined(separator: ","))\n"
        }
        return out
    }
}
