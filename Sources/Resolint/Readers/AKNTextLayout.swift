/// The text layouts an AKN4UN document renders to, both read by resolint's text parser.
public enum AKNTextLayout: String, Sendable, CaseIterable {
    /// As a drafter writes it: cover lines, a blank line, then one paragraph per block, blank lines
    /// between, footnotes as "[^1]" markers and "[^1]: text" at the end.
    case authored
    /// As poppler's pdftotext extracts the printed document: lines wrapped near 80 columns, pages with
    /// a running head, footnote numbers glued to the text and footnote blocks at page bottoms.
    case pdftotext
}

extension AKNDocument {
    public func render(_ layout: AKNTextLayout) -> RenderedText {
        switch layout {
        case .authored:
            return AKNAuthoredRenderer(document: self).render()
        case .pdftotext: return AKNPDFTextRenderer(document: self).render()
        }
    }
}

/// Writes inline text into a rendering: white space folded to single spaces, ends trimmed, <eol/>
/// as a line break, footnotes by `footnote` (which writes the marker and may keep the note).
struct InlineWriter {
    var out: RenderedText
    private var pendingSpace: Int? = nil
    private var started = false

    init(into out: RenderedText) { self.out = out }

    mutating func write(_ inline: AKNInline, footnote: (inout RenderedText, AKNFootnote) -> Void) {
        for piece in inline.pieces {
            switch piece {
            case .text(let run):
                var k = run.offset
                for byte in run.text.utf8 {
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        if started, pendingSpace == nil { pendingSpace = run.verbatim ? k : run.offset }
                    } else {
                        flushSpace()
                        out.write(byte: byte, xml: run.verbatim ? k : run.offset, verbatim: run.verbatim)
                        started = true
                    }
                    k += 1
                }
            case .lineBreak(let offset):
                if started { out.write("\n", at: offset) }
                pendingSpace = nil
                started = false
            case .footnote(let note):
                flushSpace()
                footnote(&out, note)
                started = true
            }
        }
    }

    private mutating func flushSpace() {
        if let space = pendingSpace { out.write(byte: 0x20, xml: space, verbatim: false) }
        pendingSpace = nil
    }
}

/// The authored layout (the order and form of the reference renderer the project started from).
final class AKNAuthoredRenderer {
    let document: AKNDocument
    var out = RenderedText()
    var notes: [AKNFootnote] = []
    /// Where the body starts: paragraphs after it are set apart by a blank line.
    var bodyStart = Int.max

    init(document: AKNDocument) { self.document = document }

    func inline(_ text: AKNInline, into rendered: inout RenderedText) {
        var writer = InlineWriter(into: rendered)
        var kept: [AKNFootnote] = []
        writer.write(text) { out, note in
            out.write("[^\(note.marker)]", at: note.offset)
            // A later reference to a note has no text of its own.
            if !note.repeats { kept.append(note) }
        }
        notes += kept
        rendered = writer.out
    }

    /// One paragraph: optional label, a space, the text.
    func paragraph(label: AKNInline?, labelOffset: Int?, _ text: AKNInline?) {
        var p = RenderedText()
        if let label { inline(label, into: &p) }
        if let text, !text.isBlank {
            if p.count > 0 { p.write(" ", at: labelOffset) }
            inline(text, into: &p)
        }
        guard p.count > 0 else { return }
        if out.count > bodyStart { out.write("\n\n") }
        out.append(p)
    }

    func block(_ b: AKNBlock) {
        let label = b.label(in: document.source)
        paragraph(label: label, labelOffset: b.numOffset, b.text)
    }

    func render() -> RenderedText {
        for line in document.cover.lines {
            inline(line.text, into: &out)
            out.write("\n")
        }
        out.write("\n")
        let start = out.count
        bodyStart = start
        func lines(_ ls: [AKNLine], joined: Bool) {
            if joined {
                // "75/118. Question of Tokelau": number and title on one line.
                var text = AKNInline()
                for (k, l) in ls.enumerated() {
                    if k > 0 { text.pieces.append(.text(XMLTextRun(text: " ", offset: l.offset, verbatim: false))) }
                    text.pieces += l.text.pieces
                }
                paragraph(label: nil, labelOffset: nil, text)
            } else {
                for l in ls { paragraph(label: nil, labelOffset: nil, l.text) }
            }
        }
        lines(document.preface, joined: true)
        for s in document.statements {
            let head = [s.number, s.title].compactMap { $0 }
            // A collection's part letter ("A") stands on its own line above its title.
            let letter = s.number.map { !$0.text.plain.hasSuffix(".") } ?? false
            lines(head, joined: !letter)
            if let f = s.formula { block(f) }
            s.preamble.forEach { block($0) }
            s.body.forEach { block($0) }
            if !s.conclusions.isEmpty {
                var text = AKNInline()
                for (k, l) in s.conclusions.enumerated() {
                    if k > 0 { text.pieces.append(.lineBreak(offset: l.offset)) }
                    text.pieces += l.text.pieces
                }
                paragraph(label: nil, labelOffset: nil, text)
            }
            for annex in s.annexes { annex.forEach { block($0) } }
        }
        if out.count > start { out.write("\n") }
        if !notes.isEmpty {
            let all = notes
            notes = []
            for (k, n) in all.enumerated() {
                out.write(k == 0 ? "\n" : "\n\n")
                out.write("[^\(n.marker)]: ", at: n.offset)
                var writer = InlineWriter(into: out)
                writer.write(n.text) { _, _ in }
                out = writer.out
            }
            out.write("\n")
        }
        return out
    }
}
