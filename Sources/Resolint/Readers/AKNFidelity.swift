/// How closely resolint's parse of a rendered AKN4UN document agrees with the markup the United
/// Nations gave it: the same preambular and operative paragraphs, labels, items and nesting,
/// footnotes, opening phrases, title, session and agenda item. Used by the fidelity benchmark and tests.
public struct AKNFidelity: Sendable {
    /// Preambular paragraphs, operative paragraphs and items the markup has.
    public var paragraphs = 0
    /// Of them, those the parse reads alike (same place, label, depth and beginning of text).
    public var agreeing = 0
    /// Every difference, one line each ("operative 3: label “3.” read as “4.”").
    public var disagreements: [String] = []
    public var fullyAgrees: Bool { disagreements.isEmpty }
    /// Where the parse agrees with the markup: the source ranges of the paragraphs read alike, and
    /// whether the footnote markers and texts all agree. A diagnostic on that ground is about the
    /// UN's own text (a slip, or a rule stricter than its practice), not about a misreading.
    public var agreedRanges: [ByteRange] = []
    public var footnotesAgree = true

    /// Whether a diagnostic lies where the parse reads the text as the markup does.
    public func isOnAgreedGround(_ d: Diagnostic) -> Bool {
        if d.rule.hasPrefix("footnote.") { return footnotesAgree }
        return agreedRanges.contains { $0.contains(d.byteRange.lowerBound) || $0.upperBound == d.byteRange.lowerBound }
    }

    public init() {}

    public static func compare(_ markup: AKNDocument, _ parsed: Document) -> AKNFidelity {
        var r = AKNFidelity()
        let statements = markup.statements
        let vocabulary = Vocabulary.shared(parsed.language)
        let drafts = parsed.drafts

        // Preambular paragraphs (with the cross-headings the markup refers to the preamble).
        let pre = statements.flatMap { ($0.preamble + $0.body).filter { $0.kind == .preambular } }
        let parsedPre = drafts.flatMap(\.preamble)
        if pre.count != parsedPre.count { r.disagreements.append("preambular paragraphs: \(pre.count) in the markup, \(parsedPre.count) read") }
        for (i, block) in pre.enumerated() {
            r.paragraphs += 1
            guard i < parsedPre.count else { continue }
            let text = parsedPre[i].content.text
            var ok = key(block.text.plain) == key(text)
            if !ok { r.disagreements.append("preambular \(i + 1): “\(clip(block.text.plain))” read as “\(clip(text))”") }
            if let opening = block.opening, ok {
                // Chinese sets its verb after a phrase ("根据《联合国宪章》第七章**采取行动**", "在这方面**重申**"):
                // the markup's span need not open the text where the parse reads an opening there.
                if !startsAlike(text, opening), !vocabulary.opens(text, as: .preamble) {
                    ok = false
                    r.disagreements.append("preambular \(i + 1): opening phrase “\(opening)” not at the start of “\(clip(text))”")
                } else if !vocabulary.opens(text, as: .preamble) {
                    r.disagreements.append("preambular \(i + 1): opening phrase “\(opening)” not recognised")
                }
            }
            if ok { r.agreeing += 1; r.agreedRanges.append(parsedPre[i].range) }
        }

        // Operative paragraphs and their labels.
        let op = statements.flatMap(\.operative)
        // Quoted text in an operative paragraph is, in the markup, an unnumbered paragraph of its own.
        let parsedOp = drafts.flatMap { d in (d.operative + d.stray.filter(\.isQuotation)).sorted { $0.range.lowerBound < $1.range.lowerBound } }
            .filter { $0.role == .operative }
        if op.count != parsedOp.count { r.disagreements.append("operative paragraphs: \(op.count) in the markup, \(parsedOp.count) read") }
        for (i, block) in op.enumerated() {
            r.paragraphs += 1
            guard i < parsedOp.count else { continue }
            let p = parsedOp[i]
            var ok = true
            if label(block.num) != label(p.label?.raw) {
                ok = false
                r.disagreements.append("operative \(i + 1): label “\(block.num ?? "")” read as “\(p.label?.raw ?? "")”")
            }
            if key(block.text.plain) != key(p.content.text) {
                ok = false
                r.disagreements.append("operative \(block.num ?? String(i + 1)): “\(clip(block.text.plain))” read as “\(clip(p.content.text))”")
            }
            if ok, let opening = block.opening, !vocabulary.opens(p.content.text, as: .operative) {
                r.disagreements.append("operative \(block.num ?? String(i + 1)): opening “\(opening)” not recognised")
            }
            if ok { r.agreeing += 1; r.agreedRanges.append(p.range) }
        }

        // Items: labels and nesting, in order.
        let items = statements.flatMap { $0.body.filter { $0.kind == .item } }
        var parsedItems: [Paragraph] = []
        func walk(_ p: Paragraph) { for c in p.children { parsedItems.append(c); walk(c) } }
        drafts.flatMap(\.operative).forEach(walk)
        drafts.flatMap(\.preamble).forEach(walk)
        if items.count != parsedItems.count { r.disagreements.append("items: \(items.count) in the markup, \(parsedItems.count) read") }
        for (i, block) in items.enumerated() {
            r.paragraphs += 1
            guard i < parsedItems.count else { continue }
            let p = parsedItems[i]
            var ok = true
            if label(block.num) != label(p.label?.raw) || block.depth != p.depth {
                ok = false
                r.disagreements.append("item \(i + 1): “\(block.num ?? "")” at depth \(block.depth) read as “\(p.label?.raw ?? "")” at depth \(p.depth)")
            }
            if ok, key(block.text.plain) != key(p.content.text) {
                ok = false
                r.disagreements.append("item \(block.num ?? String(i + 1)): “\(clip(block.text.plain))” read as “\(clip(p.content.text))”")
            }
            if ok { r.agreeing += 1; r.agreedRanges.append(p.range) }
        }

        // Footnotes of the resolution (annexes keep theirs apart, as the parser does).
        var notes: [AKNFootnote] = []
        for s in statements {
            for line in [s.number, s.title].compactMap({ $0 }) { notes += line.text.footnotes }
            for b in [s.formula].compactMap({ $0 }) + s.preamble + s.body { notes += b.text.footnotes }
        }
        let texts = parsed.footnoteScopes.flatMap(\.texts)
        let references = parsed.footnoteScopes.flatMap(\.references)
        let markers = notes.map(\.marker)
        let readMarkers = references.map { String($0.number) }
        if markers != readMarkers {
            r.footnotesAgree = false
            r.disagreements.append("footnote markers: \(markers.joined(separator: ",")) in the markup, \(readMarkers.joined(separator: ",")) read")
        }
        for note in notes {
            guard let n = Int(note.marker) else { continue }
            let found = texts.first { $0.number == n }
            if found.map({ key($0.text) != key(note.text.plain) }) ?? true {
                r.footnotesAgree = false
                r.disagreements.append("footnote \(note.marker): “\(clip(note.text.plain))” read as “\(clip(found?.text ?? "-"))”")
            }
        }

        // Title, session, agenda item.
        if let title = statements.first?.title?.text.plain ?? markup.preface.first(where: { $0.role == .title })?.text.plain,
           markup.cover.symbol.map({ !$0.text.plain.hasPrefix("S/") }) ?? true {
            let read = drafts.first?.title?.string ?? ""
            // The parser keeps "75/118." with the title; the markup sets it apart.
            let number = statements.first?.number?.text.plain ?? markup.preface.first(where: { $0.role == .number })?.text.plain ?? ""
            if key(title, length: 60) != key(read, length: 60), key(number + title, length: 60) != key(read, length: 60) { r.disagreements.append("title: “\(clip(title))” read as “\(clip(read))”") }
        }
        if let value = markup.cover.sessionValue, let session = Int(value), parsed.header.session != session {
            r.disagreements.append("session: \(session) read as \(parsed.header.session.map(String.init) ?? "none")")
        }
        if let item = markup.cover.agendaItem?.text.plain {
            let numbers = digitRuns(item)
            let read = parsed.header.agendaItems.flatMap(digitRuns)
            if numbers != read { r.disagreements.append("agenda item: \(numbers.joined(separator: ",")) read as \(read.joined(separator: ","))") }
        }
        return r
    }

    /// The beginning of a text for comparing: footnote markers ("[^1]") and white space left out.
    static func key(_ s: String, length: Int = 24) -> String {
        var out = ""
        var scalars = s.unicodeScalars[...]
        while let c = scalars.first, out.unicodeScalars.count < length {
            if c == "[", scalars.dropFirst().first == "^", let close = scalars.firstIndex(of: "]") {
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            scalars = scalars.dropFirst()
            if c.properties.isWhitespace { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }

    static func label(_ s: String?) -> String { (s ?? "").filter { !$0.isWhitespace } }

    static func startsAlike(_ text: String, _ phrase: String) -> Bool {
        key(text, length: 200).hasPrefix(key(phrase, length: 200))
    }

    static func digitRuns(_ s: String) -> [String] {
        s.split { !$0.isASCII || !$0.isNumber }.map(String.init)
    }

    static func clip(_ s: String) -> String { s.count <= 40 ? s : String(s.prefix(38)) + "…" }
}
