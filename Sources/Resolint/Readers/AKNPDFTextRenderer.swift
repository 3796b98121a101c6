/// The pdftotext layout: the document as poppler's `pdftotext` extracts the printed resolution (see
/// ../shared/corpus/en/A_RES_73_6.txt and en-drafts): the symbol and masthead lines first, text
/// wrapped near 80 columns with no blank line between paragraphs, footnote numbers set apart after
/// the word or mark they follow (glued in Chinese), and pages of about 45 lines that end with "__________________" and the
/// page's footnotes ("1 Resolution 70/1."), a page number and job number, and start with a form feed
/// and the symbol as running head.
struct AKNPDFTextRenderer {
    let document: AKNDocument
    static let width = 80
    static let pageLines = 45

    /// One printed line and the footnotes whose markers it carries.
    struct Line {
        var text: RenderedText
        var notes: [AKNFootnote] = []
    }

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
                    for l in wrap(n.text, label: marker, notes: false) { out.append(l.text); out.write("\n") }
                }
            }
            out.write("\n\(page)/\(pages)\n\n")
            if !last { out.write("\u{0C}\(symbol)\n\n") }
            notes = []
            used = 0
            page += 1
        }
        for line in lines {
            let noteLines = line.notes.reduce(0) { $0 + 1 + $1.text.plain.count / Self.width }
            if used > 0, used + 1 + noteLines + (notes.isEmpty ? 0 : 2) > Self.pageLines { endPage(last: false) }
            out.append(line.text)
            out.write("\n")
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
        var lines: [Line] = []
        let bytes = r.bytes
        var start = 0
        while start < bytes.count {
            // Find the end of this line by display width.
            var i = start, columns = 0, lastSpace: Int? = nil
            while i < bytes.count {
                if bytes[i] == 0x0A { break }
                let (scalar, length) = Self.scalar(bytes, at: i)
                let w = Self.width(scalar)
                if columns + w > Self.width { break }
                if bytes[i] == 0x20 { lastSpace = i }
                columns += w
                i += length
            }
            var end = i
            var next = i
            if i < bytes.count, bytes[i] == 0x0A {
                next = i + 1
            } else if i < bytes.count {
                if bytes[i] == 0x20 {
                    next = i + 1
                } else if let cut = Self.cjkBreak(bytes, start, i) {
                    end = cut; next = cut
                } else if let s = lastSpace, s > start { end = s; next = s + 1 }
            }
            if end <= start { end = min(bytes.count, start + Self.scalar(bytes, at: start).1); next = end }
            let notes = found.filter { $0.offset > start && $0.offset <= end }.map(\.note)
            lines.append(Line(text: r.slice(start..<end), notes: notes))
            start = next
        }
        return lines
    }

    /// Where Chinese text breaks before column `i`: between two characters, never inside a run of
    /// Latin letters or digits ("第67/14号" stays whole), never before a closing mark ("，" "。").
    /// nil where the text around `i` is not Chinese.
    static func cjkBreak(_ b: [UInt8], _ start: Int, _ i: Int) -> Int? {
        func before(_ k: Int) -> Int { var m = k - 1; while m > start, b[m] & 0xC0 == 0x80 { m -= 1 }; return m }
        var j = i
        while j > start, b[j - 1] < 0x80, b[j - 1] != 0x20 { j -= 1 }
        guard j > start else { return nil }
        let prev = before(j)
        guard width(scalar(b, at: prev).0) == 2 || width(scalar(b, at: j).0) == 2 else { return nil }
        if "，。；：、）」』”’！？".unicodeScalars.contains(scalar(b, at: j).0), prev > start { return prev }
        return j
    }

    static func scalar(_ b: [UInt8], at i: Int) -> (Unicode.Scalar, Int) {
        let lead = b[i]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(b.count, i + length)
        let s = String(decoding: b[i..<end], as: UTF8.self).unicodeScalars.first ?? " "
        return (s, max(1, end - i))
    }
}
