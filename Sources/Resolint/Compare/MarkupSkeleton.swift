/// The skeleton of an AKN4UN version read from its markup, not from its text: the UN's markup says
/// which block is a preambular paragraph, an operative paragraph or an item, and where each footnote is
/// referred to, in every language alike (source: the United Nations). Reading that back from the
/// rendered text would add the parser's misreadings to the comparison. Ranges are in the XML file.
extension VersionSkeleton {
    static func parts(_ markup: AKNDocument, language: LanguageProfile) -> [Part] {
        let reader = FigureReader(language: language)
        let xml = markup.source
        func unit(_ b: AKNBlock, role: ParagraphRole) -> Unit {
            // The block's text as the authored rendering writes it, mapped to the XML; a footnote is a
            // space, so that the figures it stands between stay apart ("2008[^21]5", the Spanish 75/328).
            var writer = InlineWriter(into: RenderedText())
            var notes: [ByteRange] = []
            writer.write(b.text) { out, note in
                out.write(" ", at: note.offset)
                // A later reference to a note already cited adds no footnote (VersionSkeleton).
                if !note.repeats { notes.append(note.offset..<(note.offset + 1)) }
            }
            let text = writer.out
            let figures = reader.read(text.text).tokens.map { t -> Figures.Token in
                var t = t
                t.range = text.xmlRange(t.range, in: xml)
                t.date = t.date.map { text.xmlRange($0, in: xml) }
                return t
            }
            let (value, style) = b.num.map { labelValue($0, depth: b.depth, language: language) } ?? (nil, nil)
            let at = b.numOffset ?? text.xmlOffset(0) ?? b.offset
            return Unit(role: role, value: value, style: style, raw: b.num, range: at..<(at + 1), size: text.count,
                        anchor: at..<(at + max(1, b.num?.utf8.count ?? 1)), figures: figures, footnotes: notes, children: [],
                        opening: String(text.text.prefix(48)))
        }
        var parts = markup.statements.map { s -> Part in
            let preamble = s.preambular.map { unit($0, role: .preamble) }
            // Items go under the operative paragraph above them, by depth.
            var operative: [Unit] = []
            var open: [(depth: Int, unit: Unit)] = []
            func close(to depth: Int) {
                while let last = open.last, last.depth >= depth {
                    open.removeLast()
                    if open.isEmpty { operative.append(last.unit) } else { open[open.count - 1].unit.children.append(last.unit) }
                }
            }
            // The last paragraph was numbered and introduces a list (it ends with a colon).
            var introduces = false
            let inList = listBlocks(s.body, xml: xml)
            body: for (k, b) in s.body.enumerated() {
                switch b.kind {
                // An annex's heading ends the resolution's paragraphs, as it ends them in the text: the
                // Arabic 75/326 carries its two annexes in the body's markup, the others apart.
                case .heading where isAnnex(b.text.plain, language):
                    break body
                // Unnumbered paragraphs after a numbered one that ends with a colon are the items of its
                // list whose bullets the markup left out, as the other languages' markup has them (the
                // Arabic S/RES/2550 (2020), op. 33; the Chinese S/RES/2567 (2021), op. 7). A short one
                // may be read as a heading ("… وفقا للفقرة 3؛").
                case .operative where introduces && b.num == nil, .text where introduces && inList[k], .heading where introduces && inList[k]:
                    close(to: 1)
                    var item = unit(b, role: .subitem)
                    item.style = .dash
                    open.append((1, item))
                // A paragraph of the body the markup leaves unnumbered where the others are numbered
                // (the reader calls it text) is still a paragraph of the text: counted, with no number.
                case .operative, .text where b.depth == 0 && endsAsAParagraph(b.text.plain):
                    close(to: 0)
                    open.append((0, unit(b, role: .operative)))
                    let text = b.text.plain.trimmingCharacters(in: .whitespacesAndNewlines)
                    introduces = b.num != nil && (text.hasSuffix(":") || text.hasSuffix("："))
                case .item where !open.isEmpty:
                    // A list the markup marks: what follows it unnumbered is no bullet of it.
                    introduces = false
                    close(to: b.depth)
                    open.append((b.depth, unit(b, role: .subitem)))
                default:
                    continue
                }
            }
            close(to: 0)
            for k in operative.indices { settleRoman(&operative[k].children, language: language) }
            let start = s.formula?.offset ?? s.number?.offset ?? 0
            return Part(preamble: preamble, operative: operative, range: start..<start)
        }
        share(&parts)
        return parts
    }

    /// Text that ends as a paragraph does (a table's cells and headings do not).
    static func endsAsAParagraph(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return text.count > 40 && ".;:。；：؛،".unicodeScalars.contains(last)
    }

    /// "Annex", "Annex II", "المرفق الثاني", "附件二": a heading that names an annex and nothing else.
    static func isAnnex(_ heading: String, _ language: LanguageProfile) -> Bool {
        let t = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        return language.annexHeadings.contains { h in t == h || t.hasPrefix(h) && t.count <= h.count + 8 && !t.contains(language.terminators.comma) }
    }

    /// Which unnumbered blocks of the body could be items of a list: those that end as an item does,
    /// however short ("上文第7段所述优先措施的执行情况。"), and those before such a one with no numbered
    /// paragraph between (a schedule's "Thursday, 2 June: from 3 to 6 p.m." before "…: from 3 to 7 p.m.;",
    /// 75/326). A heading after the list's last item is none, nor is a table's row (75/246, op. 43).
    static func listBlocks(_ body: [AKNBlock], xml: SourceFile) -> [Bool] {
        var out = [Bool](repeating: false, count: body.count)
        var itemFollows = false
        let row = Array("<tr".utf8)
        for k in body.indices.reversed() {
            let b = body[k]
            let isRow = b.offset + row.count <= xml.bytes.count && xml.bytes[b.offset..<(b.offset + row.count)].elementsEqual(row)
            if b.num != nil || b.depth > 0 || isRow { itemFollows = false; continue }
            let last = b.text.plain.unicodeScalars.last { !$0.properties.isWhitespace }
            let ends = last.map { ".;:,。；：，؛،".unicodeScalars.contains($0) } ?? false
            out[k] = ends || itemFollows
            itemFollows = out[k]
        }
        return out
    }

    /// A list whose first label is "(i)" counts in Roman figures ("(ii)" is 2, not the letters "ii"),
    /// and so does a label that follows the Roman figure before it in reading order, where the markup
    /// of one language nests "(ii)" under "(i)".
    static func settleRoman(_ items: inout [Unit], language: LanguageProfile) {
        var last: Int?
        settleRoman(&items, language: language, last: &last)
    }

    private static func settleRoman(_ items: inout [Unit], language: LanguageProfile, last: inout Int?) {
        func roman(_ raw: String) -> Int? {
            LabelForms.shared(language).read(raw + " x")?.roman ?? GeneralAssembly.roman(raw.filter(\.isLetter).uppercased())
        }
        let list = items.first?.raw.map { roman($0) == 1 && $0.contains("i") } ?? false
        for k in items.indices {
            if let raw = items[k].raw, let r = roman(raw), list || (last.map { r == $0 + 1 } ?? false) {
                items[k].value = r
                items[k].style = .roman
                last = r
            } else if items[k].raw != nil {
                last = nil
            }
            settleRoman(&items[k].children, language: language, last: &last)
        }
    }

    /// The place a label gives ("5." is 5, "(c)" is 3, "(ج)" is 3, "㈢" is 3) and its style.
    static func labelValue(_ num: String, depth: Int, language: LanguageProfile) -> (Int?, LabelStyle?) {
        guard let c = LabelForms.shared(language).read(num + " x") else {
            // A form the language's label syntax does not list ("i.", "a."): its letters or digits.
            let bare = num.filter { $0.isLetter || $0.isNumber }
            if let n = Int(bare) { return (n, .arabic) }
            // "i" alone is read as a letter here; a list that starts with it is made Roman by settleRoman.
            if depth >= 1, bare.count > 1, bare.allSatisfy({ "ivxl".contains($0) }), let r = GeneralAssembly.roman(bare.uppercased()) { return (r, .roman) }
            if bare.count == 1, let a = bare.unicodeScalars.first, ("a"..."z").contains(a) { return (Int(a.value) - 96, .latin) }
            if let k = language.labelSyntax.letters?.firstIndex(of: bare) { return (k + 1, .latin) }
            return (nil, nil)
        }
        if c.dash { return (nil, .dash) }
        // Items are read as letters first: a list that starts with "(i)" is made Roman by settleRoman
        // ("(c)" is the third item, not a hundredth).
        let order: [(Int?, LabelStyle)] = depth == 0 ? [(c.arabic, .arabic), (c.latin, .latin), (c.roman, .roman)]
            : [(c.latin, .latin), (c.arabic, .arabic), (c.roman, .roman)]
        for (value, style) in order { if let value { return (value, style) } }
        return (nil, nil)
    }
}
