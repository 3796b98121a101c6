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
    /// Where the parse agrees with the markup: each paragraph read alike, by its source range and the
    /// markup's name for it ("operative 4", "item 7": the same in every language version of a resolution,
    /// so that a finding can be looked for in the others), and whether the footnote markers and texts all
    /// agree. A diagnostic on that ground is about the UN's own text (a slip, or a rule stricter than its
    /// practice), not about a misreading.
    public var agreed: [(range: ByteRange, place: String)] = []
    public var footnotesAgree = true
    /// Whether the parse read the session the markup gives (none in both where the markup lost it, as
    /// the UN's French 75/186 does): a session rule's finding there is about the text as marked up.
    public var sessionAgrees = true

    /// Whether a diagnostic lies where the parse reads the text as the markup does.
    public func isOnAgreedGround(_ d: Diagnostic) -> Bool { place(of: d) != nil }

    /// The markup's name of the paragraph, read alike, that a diagnostic lies in ("footnotes" for a
    /// footnote rule where the footnotes agree); nil off the agreed ground.
    public func place(of d: Diagnostic) -> String? {
        if d.rule.hasPrefix("footnote.") { return footnotesAgree ? "footnotes" : nil }
        if Self.sessionRules.contains(d.rule) { return sessionAgrees ? "session" : nil }
        let at = d.byteRange.lowerBound
        return agreed.first { $0.range.contains(at) || $0.range.upperBound == at }?.place
    }

    /// Whether the parse read a place of the markup alike.
    public func agrees(at place: String) -> Bool {
        switch place {
        case "footnotes": return footnotesAgree
        case "session": return sessionAgrees
        default: return agreed.contains { $0.place == place }
        }
    }

    /// The rules about the session line, whose ground is the session read.
    static let sessionRules: Set<String> = ["header.session", "session.consistency"]

    mutating func agree(_ range: ByteRange, at place: String) {
        agreeing += 1
        agreed.append((range, place))
    }

    public init() {}

    public static func compare(_ markup: AKNDocument, _ parsed: Document) -> AKNFidelity {
        var r = AKNFidelity()
        let statements = markup.statements
        let vocabulary = Vocabulary.shared(parsed.language)
        let forms = OpenerFormMatcher.shared(parsed.language)
        // An opening is recognised as the lint rules recognise it.
        func opens(_ text: String, as kind: Vocabulary.Kind) -> Bool {
            OpeningCheck.opens(text, stripped: vocabulary.stripPrefixes(text), as: kind, vocabulary, forms, comma: parsed.language.terminators.comma)
        }
        let drafts = parsed.drafts

        // Preambular paragraphs (with the cross-headings the markup refers to the preamble).
        let pre = statements.flatMap { ($0.preamble + $0.body).filter { $0.kind == .preambular } }
        let parsedPre = drafts.flatMap(\.preamble)
        if pre.count != parsedPre.count { r.disagreements.append("preambular paragraphs: \(pre.count) in the markup, \(parsedPre.count) read") }
        let prePairs = pairs(pre.map { key($0.text.plain) }, parsedPre.map { key(withoutMarkers($0)) })
        for (i, block) in pre.enumerated() {
            r.paragraphs += 1
            guard let j = prePairs[i] ?? nearest(i, prePairs, parsedPre.count) else { continue }
            let text = parsedPre[j].content.text
            let ok = prePairs[i] != nil
            if !ok { r.disagreements.append("preambular \(i + 1): “\(clip(block.text.plain))” read as “\(clip(text))”") }
            // The markup's opening phrase need not open the paragraph ("在这方面认识到", where only
            // "认识到" is marked): the text's beginning, compared above, says whether it was read alike.
            if let opening = block.opening, ok, !opens(text, as: .preamble) {
                r.disagreements.append("preambular \(i + 1): opening phrase “\(opening)” not recognised in “\(clip(text))”")
            }
            if ok { r.agree(parsedPre[j].range, at: "preambular \(i + 1)") }
        }

        // Operative paragraphs and their labels.
        let op = statements.flatMap(\.operative)
        // Quoted text in an operative paragraph ("50. … to read: / The General Assembly shall meet …",
        // A/RES/75/325) is part of it, as the markup's unnumbered paragraph after a numbered one is.
        let parsedOp = drafts.flatMap(\.operative).filter { $0.role == .operative }
        if op.count != parsedOp.count { r.disagreements.append("operative paragraphs: \(op.count) in the markup, \(parsedOp.count) read") }
        let opPairs = pairs(op.map { key($0.text.plain) }, parsedOp.map { key(withoutMarkers($0)) })
        for (i, block) in op.enumerated() {
            r.paragraphs += 1
            guard let j = opPairs[i] ?? nearest(i, opPairs, parsedOp.count) else { continue }
            let p = parsedOp[j]
            var ok = true
            if label(block.num) != label(p.label?.raw) {
                ok = false
                r.disagreements.append("operative \(i + 1): label “\(block.num ?? "")” read as “\(p.label?.raw ?? "")”")
            }
            if opPairs[i] == nil {
                ok = false
                r.disagreements.append("operative \(block.num ?? String(i + 1)): “\(clip(block.text.plain))” read as “\(clip(p.content.text))”")
            }
            if ok, let opening = block.opening, !opens(p.content.text, as: .operative) {
                r.disagreements.append("operative \(block.num ?? String(i + 1)): opening “\(opening)” not recognised in “\(clip(p.content.text))”")
            }
            if ok { r.agree(p.range, at: "operative \(i + 1)") }
        }

        // Items: labels and nesting, in order.
        let items = statements.flatMap { $0.body.filter { $0.kind == .item } }
        var parsedItems: [Paragraph] = []
        // A heading among the items ("(ii) …; / Urgent temporary measures: / (iii) …") is the markup's
        // <subheading> of the point after it, no item.
        func walk(_ p: Paragraph) { for c in p.children { if !c.isListHeading { parsedItems.append(c) }; walk(c) } }
        drafts.flatMap(\.operative).forEach(walk)
        drafts.flatMap(\.preamble).forEach(walk)
        if items.count != parsedItems.count { r.disagreements.append("items: \(items.count) in the markup, \(parsedItems.count) read") }
        let itemPairs = pairs(items.map { key($0.text.plain) }, parsedItems.map { key(withoutMarkers($0)) })
        for (i, block) in items.enumerated() {
            r.paragraphs += 1
            guard let j = itemPairs[i] ?? nearest(i, itemPairs, parsedItems.count) else { continue }
            let p = parsedItems[j]
            var ok = true
            if label(block.num) != label(p.label?.raw) || block.depth != p.depth {
                ok = false
                r.disagreements.append("item \(i + 1): “\(block.num ?? "")” at depth \(block.depth) read as “\(p.label?.raw ?? "")” at depth \(p.depth)")
            }
            if ok, itemPairs[i] == nil {
                ok = false
                r.disagreements.append("item \(block.num ?? String(i + 1)): “\(clip(block.text.plain))” read as “\(clip(p.content.text))”")
            }
            if ok { r.agree(p.range, at: "item \(i + 1)") }
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
        for note in notes where !note.repeats {
            guard let n = Int(note.marker) else { continue }
            let found = texts.first { $0.number == n }
            if found.map({ key($0.text) != key(note.text.plain) }) ?? true {
                r.footnotesAgree = false
                r.disagreements.append("footnote \(note.marker): “\(clip(note.text.plain))” read as “\(clip(found?.text ?? "-"))”")
            }
        }

        // The formula read as the markup writes it, misspelt or not ("L’Assembléegénérale,", the UN's
        // French 75/112): a finding on it is about the text. Ground only, not a paragraph counted.
        if let formula = statements.first?.formula?.text.plain, let opening = drafts.first?.opening,
           key(formula) == key(opening.string) {
            r.agreed.append((opening.range, "formula"))
        }

        // Title, session, agenda item.
        if let title = statements.first?.title?.text.plain ?? markup.preface.first(where: { $0.role == .title })?.text.plain,
           markup.cover.symbol.map({ !$0.text.plain.hasPrefix("S/") }) ?? true {
            let read = drafts.first?.title.map { titleWithoutMarkers($0, parsed) } ?? ""
            // The parser keeps "75/118." with the title; the markup sets it apart.
            let number = statements.first?.number?.text.plain ?? markup.preface.first(where: { $0.role == .number })?.text.plain ?? ""
            if key(title, length: 60) != key(read, length: 60), key(number + title, length: 60) != key(read, length: 60) { r.disagreements.append("title: “\(clip(title))” read as “\(clip(read))”") }
        }
        let session = markup.cover.sessionValue.flatMap { Int($0) }
        r.sessionAgrees = session == parsed.header.session
        if let session, parsed.header.session != session {
            r.disagreements.append("session: \(session) read as \(parsed.header.session.map(String.init) ?? "none")")
        }
        if let item = markup.cover.agendaItem?.text.plain {
            let numbers = digitRuns(item)
            let read = parsed.header.agendaItems.flatMap(digitRuns)
            if numbers != read { r.disagreements.append("agenda item: \(numbers.joined(separator: ",")) read as \(read.joined(separator: ","))") }
        }
        return r
    }

    /// A parsed paragraph's text without the footnote markers the parse found in it: printed text
    /// glues them to the words ("审查了秘书长的报告，1", the UN's Chinese 75/102 as printed), where the
    /// markup, and authored text, set them apart as notes ("[^1]") that `key` leaves out. A number the
    /// parse did not take for a marker stays, and the paragraph is read otherwise.
    /// A title's text without the footnote markers the parser read at its end ("United Nations common
    /// system 1" as printed, the UN's A/RES/75/245 B): the markup keeps the note apart.
    static func titleWithoutMarkers(_ title: TextElement, _ parsed: Document) -> String {
        var text = title.string
        let markers = parsed.footnoteScopes.flatMap(\.references).filter { title.range.contains($0.range.lowerBound) }
            .sorted { $0.range.lowerBound > $1.range.lowerBound }
        for marker in markers {
            let written = parsed.source.string(marker.range)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasSuffix(written) else { break }
            text = String(trimmed.dropLast(written.count))
        }
        return text
    }

    static func withoutMarkers(_ p: Paragraph) -> String {
        let ranges = p.footnoteReferences.compactMap(\.logicalRange).sorted { $0.lowerBound < $1.lowerBound }
        guard !ranges.isEmpty else { return p.content.text }
        let bytes = Array(p.content.text.utf8)
        var out: [UInt8] = [], at = 0
        for r in ranges where r.lowerBound >= at && r.upperBound <= bytes.count {
            out += bytes[at..<r.lowerBound]
            at = r.upperBound
        }
        out += bytes[at...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The beginning of a text for comparing: footnote markers ("[^1]"), white space and invisible marks left out.
    static func key(_ s: String, length: Int = 24) -> String {
        var out = ""
        var scalars = s.unicodeScalars[...]
        while let c = scalars.first, out.unicodeScalars.count < length {
            if c == "[", scalars.dropFirst().first == "^", let close = scalars.firstIndex(of: "]") {
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            scalars = scalars.dropFirst()
            // Direction marks (U+200F before an Arabic item's text) are not text.
            if c.properties.isWhitespace || c.properties.generalCategory == .format { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }

    static func label(_ s: String?) -> String { (s ?? "").filter { !$0.isWhitespace } }

    static func digitRuns(_ s: String) -> [String] {
        s.split { !$0.isASCII || !$0.isNumber }.map(String.init)
    }

    /// For each paragraph of the markup, the parsed paragraph that begins alike, paired in order (the
    /// longest common subsequence of their beginnings): a boundary misread costs the paragraphs around
    /// it, not every paragraph after it, as pairing by rank did.
    static func pairs(_ markup: [String], _ parsed: [String]) -> [Int?] {
        let n = markup.count, m = parsed.count
        var out = [Int?](repeating: nil, count: n)
        guard n > 0, m > 0 else { return out }
        // common[i][j]: the longest common subsequence of markup[i...] and parsed[j...].
        var common = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = markup[i] == parsed[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < n, j < m {
            if markup[i] == parsed[j] { out[i] = j; i += 1; j += 1 } else if common[i + 1][j] >= common[i][j + 1] { i += 1 } else { j += 1 }
        }
        return out
    }

    /// The parsed paragraph to show beside an unpaired one of the markup: the one after the last pair
    /// before it, or at its rank.
    static func nearest(_ i: Int, _ pairs: [Int?], _ count: Int) -> Int? {
        let before = pairs[..<i].lastIndex { $0 != nil }
        let j = before.map { pairs[$0]! + (i - $0) } ?? i
        return j < count ? j : nil
    }

    static func clip(_ s: String) -> String { s.count <= 40 ? s : String(s.prefix(38)) + "…" }
}
