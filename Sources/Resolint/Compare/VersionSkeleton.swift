/// What of a version can be compared with the other languages without translating it: its parts, the
/// number of paragraphs in each, their labels and items, the footnotes each refers to, and the
/// citations, symbols and figures each holds.
struct VersionSkeleton {
    /// A paragraph, an item or a heading.
    struct Unit {
        var role: ParagraphRole
        /// The label's value (5 for "5.", 3 for "(c)" or "(iii)") and its style; nil when unlabelled.
        var value: Int?
        var style: LabelStyle?
        var raw: String?
        var range: ByteRange
        /// Bytes of its own text.
        var size: Int
        /// Where the label (or the text) starts: what a finding on the paragraph points at.
        var anchor: ByteRange
        /// Its own text's figures, in the parsed text's bytes.
        var figures: [Figures.Token]
        /// Where each footnote is referred to.
        var footnotes: [ByteRange]
        var children: [Unit]
        /// Its share of its list's text (items included): paragraphs are aligned by it, a paragraph
        /// being about as long against the whole in every language.
        var share = 0.0
        var opening: String

        /// The unit with its ranges passed through `map` (from the parsed text to the file).
        func mapped(_ map: (ByteRange) -> ByteRange) -> Unit {
            var u = self
            u.range = map(range)
            u.anchor = map(anchor)
            u.figures = figures.map { t in
                var t = t
                t.range = map(t.range)
                t.date = t.date.map(map)
                return t
            }
            u.footnotes = footnotes.map(map)
            u.children = children.map { $0.mapped(map) }
            return u
        }

        /// Figures of the paragraph and of its items.
        var allFigures: [Figures.Token] { figures + children.flatMap(\.allFigures) }
        var allFootnotes: [ByteRange] { footnotes + children.flatMap(\.allFootnotes) }
        /// Bytes of the paragraph and its items.
        var length: Int { size + children.map(\.length).reduce(0, +) }
        /// The items' places in reading order, "1 2 3 1 2 4" for (a) (b) (c) (i) (ii) (d): the letters
        /// differ by language (أ ب ج, ㈠ ㈡), their places do not. A dash item is "-". Nesting and
        /// unlabelled items are left out: the reader sees the same labels in the same order however the
        /// markup of one language nests them or splits their text.
        var itemShape: String {
            children.flatMap { c -> [String] in
                let own = c.style == .dash ? ["-"] : c.value.map { [String($0)] } ?? []
                let inner = c.itemShape
                return own + (inner.isEmpty ? [] : [inner])
            }.joined(separator: " ")
        }
        /// The items as the version writes them, for messages: "a b c(i ii) d".
        var itemLabels: String {
            children.map { c in (c.raw.map(Self.bare) ?? "•") + (c.children.isEmpty ? "" : "(" + c.itemLabels + ")") }.joined(separator: " ")
        }
        static func bare(_ label: String) -> String {
            String(label.filter { !"().．）（ ’‘".contains($0) })
        }
    }

    struct Part {
        var preamble: [Unit]
        var operative: [Unit]
        var range: ByteRange
    }

    var parts: [Part]
    var session: Int?
    var agendaItems: [String]
    /// The units' ranges are in the user's file (read from the markup), not in the parsed text.
    var inFile = false

    /// `fromText`: an AKN4UN version read from its rendered text, not its markup, with its ranges in
    /// the XML file (for a version whose markup marks its paragraphs otherwise than the others').
    init(_ version: ComparedVersion, fromText: Bool = false) {
        let d = version.document
        session = d.header.session
        // The item numbers only: the sub-item's letter is written "(c)", "c)" or "(ج)" by language.
        agendaItems = d.header.agendaItems.map { String($0.prefix { $0.isNumber }) }
        if let markup = version.markup, !fromText {
            parts = Self.parts(markup, language: d.language)
            inFile = true
            return
        }
        let reader = FigureReader(language: d.language)
        // Where the text marks its footnotes explicitly ("[^1]", as authored text and the UN's markup
        // do), a bare number is a figure, never a marker.
        let bytes = d.source.bytes
        let explicit = zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "[") && $1 == UInt8(ascii: "^") }
        func references(_ p: Paragraph) -> [FootnoteReference] {
            guard explicit else { return p.footnoteReferences }
            return p.footnoteReferences.filter { $0.range.lowerBound < bytes.count && bytes[$0.range.lowerBound] == UInt8(ascii: "[") }
        }
        // A later reference to a note already cited adds no footnote: versions differ in repeating one
        // (the Spanish A/RES/75/328 refers to note 1 again where the five others do not).
        var cited = Set<String>(), firstReferences = Set<Int>()
        for (k, scope) in d.footnoteScopes.enumerated() {
            for r in scope.references where cited.insert("\(k) \(r.number)").inserted { firstReferences.insert(r.range.lowerBound) }
        }
        func unit(_ p: Paragraph) -> Unit {
            let skipped = references(p).compactMap(\.logicalRange)
            let figures = reader.read(p.content.text, skipping: skipped).tokens.map { t -> Figures.Token in
                var t = t
                t.range = p.content.sourceRange(t.range)
                t.date = t.date.map { p.content.sourceRange($0) }
                return t
            }
            let anchor = p.label?.range ?? p.range
            return Unit(role: p.role, value: p.label?.value, style: p.label?.style, raw: p.label?.raw, range: p.range, size: p.range.count,
                        anchor: anchor.lowerBound..<min(anchor.upperBound, p.range.upperBound),
                        figures: figures, footnotes: references(p).filter { firstReferences.contains($0.range.lowerBound) }.map(\.range),
                        children: p.children.map(unit),
                        opening: String(p.content.text.prefix(48)))
        }
        parts = d.drafts.map { draft in
            Part(preamble: draft.preamble.map(unit), operative: draft.operative.map(unit), range: draft.range)
        }
        if version.markup != nil {
            for p in parts.indices {
                parts[p].preamble = parts[p].preamble.map { $0.mapped(version.fileRange) }
                parts[p].operative = parts[p].operative.map { $0.mapped(version.fileRange) }
                parts[p].range = version.fileRange(parts[p].range)
            }
            inFile = true
        }
        Self.share(&parts)
    }

    /// The paragraphs of each part, counted: what versions whose structure agrees share.
    var counts: [[Int]] { parts.map { [$0.preamble.count, $0.operative.count] } }
    /// The items of every operative paragraph, in order.
    var itemShapes: [String] { parts.flatMap { $0.operative.map(\.itemShape) } }

    /// Each unit's share of the whole body: a paragraph missing from one list changes the others'
    /// shares of that list too much to align by them.
    static func share(_ parts: inout [Part]) {
        let total = Double(max(1, parts.flatMap { $0.preamble + $0.operative }.map(\.length).reduce(0, +)))
        for p in parts.indices {
            for i in parts[p].preamble.indices { parts[p].preamble[i].share = Double(parts[p].preamble[i].length) / total }
            for i in parts[p].operative.indices { parts[p].operative[i].share = Double(parts[p].operative[i].length) / total }
        }
    }
}
