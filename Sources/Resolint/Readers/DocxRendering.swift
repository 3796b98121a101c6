/// A Word document rendered as the text resolint's parser reads (the authored layout of AKN4UN files:
/// one paragraph a block, blank lines between, automatic numbers written before the text, footnotes as
/// "[^1]" and "[^1]: text" at the end), with the way back from every byte to the paragraph and
/// character Word shows it at; the italics and bold of the runs over the same bytes; and a view of the
/// document, one line a paragraph, that reports quote from.
public struct DocxRendering: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// The place of each rendered byte; nil for the renderer's own text (separators), which takes the next byte's place.
    private(set) var places: [DocxPlace?] = []
    public private(set) var emphasis = Emphasis()
    /// The bytes of Word's automatic numbers (and the space written after each): no text of the runs.
    private(set) var labels: [Range<Int>] = []
    /// One line per body paragraph (line n is ¶n), then one per footnote paragraph.
    public let view: SourceFile
    /// The view line of footnote f's first paragraph (0-based).
    let footnoteLines: [Int: Int]
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init(_ document: DocxDocument) {
        // Line n shows Word paragraph ¶n: the pieces placed in it, wherever accepting tracked changes
        // moved them (a deleted paragraph mark joins two paragraphs; their places stay their own).
        var viewLines: [String] = []
        var footnoteLines: [Int: Int] = [:]
        func lines(_ paragraphs: [DocxParagraph]) -> [String] {
            var out: [String] = Array(repeating: "", count: paragraphs.map(\.number).max() ?? 0)
            for p in paragraphs {
                for piece in p.pieces {
                    let n = Self.place(piece).paragraph
                    if n >= 1, n <= out.count { out[n - 1] += Self.viewText(piece) }
                }
            }
            return out
        }
        viewLines = lines(document.paragraphs)
        for note in document.footnotes {
            footnoteLines[note.number] = viewLines.count
            viewLines += lines(note.paragraphs)
        }
        view = SourceFile(path: document.path, text: viewLines.joined(separator: "\n") + "\n")
        self.footnoteLines = footnoteLines
        var first = true
        for p in document.paragraphs where !Self.isEmpty(p) {
            if !first { write("\n\n") }
            first = false
            paragraph(p)
        }
        write("\n")
        for (k, note) in document.footnotes.enumerated() {
            write(k == 0 ? "\n" : "\n\n")
            let at = note.paragraphs.first.map { DocxPlace(paragraph: $0.number, character: 1, footnote: note.number) }
            write("[^\(note.number)]: ", at: at)
            for (j, p) in note.paragraphs.enumerated() where !Self.isEmpty(p) {
                if j > 0 { write("\n") }
                paragraph(p)
            }
        }
        if !document.footnotes.isEmpty { write("\n") }
    }

    static func isEmpty(_ p: DocxParagraph) -> Bool {
        p.label == nil && p.text.allSatisfy { $0.isWhitespace } && !p.pieces.contains { if case .footnote = $0 { true } else { false } }
    }

    /// A piece as Word shows it (no automatic number): tabs kept, line breaks as spaces, footnote
    /// references as superscript numbers.
    static func viewText(_ piece: DocxPiece) -> String {
        switch piece {
        case .text(let run, _): return run.text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        case .lineBreak: return " "
        case .footnote(let n, _): return String(String(n).map { superscripts[$0.wholeNumberValue ?? 0] })
        }
    }

    static let superscripts = Array("⁰¹²³⁴⁵⁶⁷⁸⁹")

    /// Label, a space, then the text with white space at its ends dropped and tabs read as spaces.
    mutating func paragraph(_ p: DocxParagraph) {
        let start = DocxPlace(paragraph: p.number, character: 1, footnote: p.pieces.first.map(Self.place)?.footnote)
        if let label = p.label {
            let from = bytes.count
            write(label, at: start)
            if p.labelSuffix != "nothing" { write(" ", at: start) }
            labels.append(from..<bytes.count)
        }
        let bodyStart = bytes.count
        var pendingSpace: DocxPlace?
        for piece in p.pieces {
            switch piece {
            case .text(let run, let place):
                var character = place.character
                for scalar in run.text.unicodeScalars {
                    let here = DocxPlace(paragraph: place.paragraph, character: character, footnote: place.footnote)
                    character += 1
                    if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                        // Spaces are written only between words (one for a run of them).
                        if bytes.count > bodyStart, pendingSpace == nil { pendingSpace = here }
                        continue
                    }
                    flush(&pendingSpace)
                    let from = bytes.count
                    write(String(Character(scalar)), at: here)
                    if run.italic { emphasis.append(from..<bytes.count, .italic) }
                    if run.bold { emphasis.append(from..<bytes.count, .bold) }
                }
            case .footnote(let n, let place):
                pendingSpace = nil
                write("[^\(n)]", at: place)
            case .lineBreak(let place):
                if bytes.count > bodyStart { write("\n", at: place) }
                pendingSpace = nil
            }
        }
    }

    private mutating func flush(_ space: inout DocxPlace?) {
        if let s = space { write(" ", at: s) }
        space = nil
    }

    static func place(_ piece: DocxPiece) -> DocxPlace {
        switch piece {
        case .text(_, let p), .footnote(_, let p), .lineBreak(let p): return p
        }
    }

    mutating func write(_ s: String, at place: DocxPlace? = nil) {
        bytes += s.utf8
        places += Array(repeating: place, count: s.utf8.count)
    }

    /// The place of rendered byte `offset`: its own, or the next placed byte's, or the last one's.
    public func place(of offset: Int) -> DocxPlace? {
        guard !places.isEmpty else { return nil }
        var i = min(max(0, offset), places.count - 1)
        while i < places.count, places[i] == nil { i += 1 }
        if i < places.count { return places[i] }
        i = min(offset, places.count - 1)
        while i >= 0, places[i] == nil { i -= 1 }
        return i >= 0 ? places[i] : nil
    }

    /// The view line (0-based) of a place.
    public func viewLine(_ place: DocxPlace) -> Int {
        if let f = place.footnote { return (footnoteLines[f] ?? 0) + place.paragraph - 1 }
        return place.paragraph - 1
    }

    /// The view byte offset of a place (clamped to its line).
    public func viewOffset(_ place: DocxPlace) -> Int {
        let line = min(viewLine(place), max(0, view.lineCount - 1))
        guard view.lineCount > 0 else { return 0 }
        let range = view.lineRange(line)
        var offset = range.lowerBound, k = 1
        while offset < range.upperBound, k < place.character {
            offset += 1
            while offset < range.upperBound, view.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            k += 1
        }
        return offset
    }
}
