/// The pdftotext layout: the document as poppler's `pdftotext` extracts the printed resolution (see
/// ../shared/corpus/en/A_RES_73_6.txt and en-drafts): the symbol and masthead lines first, text
/// wrapped near 80 columns with no blank line between paragraphs, footnote numbers set apart after
/// the word or mark they follow (glued in Chinese), and pages of about 45 lines that end with "__________________" and the
/// page's footnotes ("1 Resolution 70/1."), a page number and job number and a form feed, and start
/// with the symbol as running head.
struct AKNPDFTextRenderer {
    let document: AKNDocument
    static let width = 80
    static let pageLines = 45

    /// One printed line and the footnotes whose markers it carries.
    struct Line {
        var text: RenderedText
        var notes: [AKNFootnote] = []
        /// The first line of a paragraph (or of a cover line).
        var opens = false
    }

    /// Chinese documents come out of pdftotext as ../shared/corpus/zh shows them (the UN's Chinese
    /// PDFs, set with wide line spacing and indented paragraphs): every printed line followed by an
    /// empty line, and each paragraph's first line after a space.
    var interleaved: Bool { document.language == "zh" }
    var lineEnd: String { interleaved ? "\n\n" : "\n" }

    func render() -> RenderedText {
        var lines: [Line] = []
        let cover = document.cover
        let symbol = cover.symbol?.text.plain ?? ""
        // Masthead: the symbol first, then the other cover lines as printed.
        if let s = cover.symbol { lines += wrap(s.text, label: nil); lines.append(Line(text: RenderedText())) }
        for line in cover.lines where line.role != .symbol {
            lines += wrap(line.text, label: nil)
            if [.publisher, .organ, .date, .agendaTitle, .proponent].contains(line.role) { lines.append(Line(text: RenderedText())) }
        }
        for line in document.preface { lines += wrap(line.text, label: nil) }
        for s in document.statements {
            if let n = s.number { lines += wrap(n.text, label: nil); lines.append(Line(text: RenderedText())) }
            if let t = s.title { lines += wrap(t.text, label: nil) }
            let blocks = [s.formula].compactMap { $0 } + s.preamble + s.body
            for b in blocks {
                let label = b.label(in: document.source)
                lines += wrap(b.text, label: label)
            }
            for c in s.conclusions { lines += wrap(c.text, label: nil) }
            for annex in s.annexes {
                for b in annex {
                    let label = b.label(in: document.source)
                    lines += wrap(b.text, label: label)
                }
            }
        }
        // Twice: the page numbers print the page count ("2/5").
        let pages = paginate(lines, symbol: symbol, pages: 0).pages
        return paginate(lines, symbol: symbol, pages: pages).text
    }

    /// Pages: body lines until the page (with its footnotes) is full, then the footnote block and furniture.
    func paginate(_ lines: [Line], symbol: String, pages: Int) -> (text: RenderedText, pages: Int) {
        var out = RenderedText()
        var page = 1
        var used = 0
        var notes: [AKNFootnote] = []
        func endPage(last: Bool) {
            if !notes.isEmpty {
                out.write("__________________\n\n")
                for n in notes {
                    let marker = AKNInline(pieces: [.text(XMLTextRun(text: n.marker, offset: n.offset, verbatim: false))])
                    for l in wrap(n.text, label: marker, notes: false) {
                        if interleaved, l.opens { out.write(" ") }
                        out.append(l.text); out.write(lineEnd)
                    }
                }
            }
            out.write("\n\(page)/\(pages)\n\n")
            // pdftotext ends every page with a form feed, the last one too (../shared/corpus/en-drafts).
            out.write(last ? "\u{0C}" : "\u{0C}\(symbol)\n\n")
            notes = []
            used = 0
            page += 1
        }
        for line in lines {
            let noteLines = line.notes.reduce(0) { $0 + 1 + $1.text.plain.count / Self.width }
            if used > 0, used + 1 + noteLines + (notes.isEmpty ? 0 : 2) > Self.pageLines { endPage(last: false) }
            if interleaved, line.opens, line.text.count > 0 { out.write(" ") }
            out.append(line.text)
            out.write(line.text.count > 0 ? lineEnd : "\n")
            used += 1 + noteLines
            notes += line.notes
        }
        endPage(last: true)
        return (out, page - 1)
    }

    /// Display width: wide (CJK) characters take two columns.
    static func width(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6: 2
        default: 1
        }
    }

    /// A paragraph as printed lines: label and text on one logical line, footnote numbers after the
    /// word (glued) or mark (after a space), then broken at spaces (anywhere in text without spaces).
    func wrap(_ text: AKNInline, label: AKNInline?, notes keep: Bool = true) -> [Line] {
        var head = RenderedText()
        if let label {
            var labelWriter = InlineWriter(into: head)
            labelWriter.write(label) { _, _ in }
            head = labelWriter.out
            head.write(" ")
        }
        var writer = InlineWriter(into: head)
        var found: [(offset: Int, note: AKNFootnote)] = []
        writer.write(text) { out, note in
            guard keep else { return }
            // pdftotext sets a flattened superscript apart by a space after a word or a mark ("Convention
            // 16 and", "Agenda 21, 6 the", "Action 18": ../shared/corpus/en-drafts; glued, "plan5", is
            // rare) and glues it to a Chinese character or mark ("2013 年2").
            var k = out.bytes.count - 1
            while k > 0, out.bytes[k] & 0xC0 == 0x80 { k -= 1 }
            let wide = k >= 0 && out.bytes[k] >= 0x80 && Self.width(Self.scalar(out.bytes, at: k).0) == 2
            out.write(wide ? note.marker : " " + note.marker, at: note.offset)
            found.append((out.count, note))
        }
        let r = writer.out
        guard r.count > 0 else { return [] }
        // A footnote number stays on the line of the word or mark it follows: no break before it, nor
        // at the space written before it.
        var glued = Set<Int>()
        for (end, note) in found {
            let start = end - note.marker.utf8.count
            glued.insert(start)
            if start > 0, r.bytes[start - 1] == 0x20 { glued.insert(start - 1) }
        }
        var lines: [Line] = []
        let bytes = r.bytes
        var start = 0
        while start < bytes.count {
            // Find the end of this line by display width; remember the last place it may break.
            var i = start, columns = 0
            var lastBreak: (end: Int, next: Int)? = nil
            var previous: Unicode.Scalar? = nil
            while i < bytes.count {
                if bytes[i] == 0x0A { break }
                let (scalar, length) = Self.scalar(bytes, at: i)
                let w = Self.width(scalar)
                if i > start, !glued.contains(i) {
                    if bytes[i] == 0x20 {
                        lastBreak = (i, i + 1)
                    } else if let p = previous, p != " ", Self.mayBreak(between: p, and: scalar) {
                        lastBreak = (i, i)
                    }
                }
                if columns + w > Self.width { break }
                columns += w
                previous = scalar
                i += length
            }
            var end = i
            var next = i
            if i < bytes.count, bytes[i] == 0x0A {
                next = i + 1
            } else if i < bytes.count, let b = lastBreak, b.end > start {
                end = b.end; next = b.next
            }
            if end <= start { end = min(bytes.count, start + Self.scalar(bytes, at: start).1); next = end }
            // A later reference to a note prints no text at the page's foot.
            let notes = found.filter { $0.offset > start && $0.offset <= end && !$0.note.repeats }.map(\.note)
            lines.append(Line(text: r.slice(start..<end), notes: notes, opens: lines.isEmpty))
            start = next
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        }
        return lines
    }

    /// Where a line may break without a space, as a typesetter breaks Chinese: next to a wide
    /// character, but never inside a run of Latin letters or digits ("68/85", "2019"), never before
    /// a closing mark ("，", "。", "）", "》", "”") and never after an opening one ("（", "《", "“").
    static func mayBreak(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
        guard width(a) == 2 || width(b) == 2 else { return false }
        return !noLineStart.contains(b) && !noLineEnd.contains(a)
    }

    private static let noLineStart: Set<Unicode.Scalar> = Set("，。、；：？！）》」』〕】〉”’,.;:?!)]%·…—".unicodeScalars)
    private static let noLineEnd: Set<Unicode.Scalar> = Set("（《「『〔【〈“‘([".unicodeScalars)

    static func scalar(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let lead = b[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(b.count, i + length)
        let s = String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first ?? " "
        return (s, max(1, end - i))
    }
}
