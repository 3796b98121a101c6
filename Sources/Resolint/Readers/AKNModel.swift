/// What an AKN4UN file (Akoma Ntoso for the United Nations, the UN's own XML markup of its
/// resolutions) says about a resolution, each part with its place in the XML file. Text keeps its
/// runs of character data with their offsets, so a rendering can map every character back.
public struct AKNDocument: Sendable {
    /// The XML file, whose byte offsets every `offset` below refers to.
    public var source: SourceFile
    /// resolint's language code (zh, en, fr, es, ru, ar) from <FRBRlanguage>, when it names one.
    public var language: String?
    public var cover = AKNCover()
    /// "75/101." and its title, for a collection of resolutions (75/101 A and B) the shared number.
    public var preface: [AKNLine] = []
    /// One resolution, or each part of a collection (A, B …) in order.
    public var statements: [AKNStatement] = []
}

public struct AKNCover: Sendable {
    /// Every line of the cover page in order, each with what it is.
    public var lines: [AKNLine] = []
    /// The `value` attribute of <session> ("75").
    public var sessionValue: String?

    public func first(_ role: AKNLine.Role) -> AKNLine? { lines.first { $0.role == role } }
    public var symbol: AKNLine? { first(.symbol) }
    public var organ: AKNLine? { first(.organ) }
    public var date: AKNLine? { first(.date) }
    public var session: AKNLine? { first(.session) }
    public var agendaItem: AKNLine? { first(.agendaItem) }
    public var agendaTitle: AKNLine? { first(.agendaTitle) }
    public var docTitle: AKNLine? { first(.docTitle) }
    public var proponent: AKNLine? { first(.proponent) }
}

/// A line of the cover page, preface or conclusions.
public struct AKNLine: Sendable {
    public enum Role: String, Sendable {
        case publisher, symbol, organ, status, date, session, agendaItem, agendaTitle, docTitle, proponent
        case number, title, meeting, other
    }
    public var role: Role
    public var text: AKNInline
    public var offset: Int
}

public struct AKNStatement: Sendable {
    /// The resolution's number ("75/118.", or "A" in a collection), and its title.
    public var number: AKNLine?
    public var title: AKNLine?
    /// "The General Assembly," / "大会，".
    public var formula: AKNBlock?
    public var preamble: [AKNBlock] = []
    /// Operative paragraphs, their items, headings and other blocks of <mainBody>, in order.
    public var body: [AKNBlock] = []
    /// "41st plenary meeting", "10 December 2020".
    public var conclusions: [AKNLine] = []
    /// Annexes (<attachments>): blocks read as the body is.
    public var annexes: [[AKNBlock]] = []

    public var preambular: [AKNBlock] { preamble.filter { $0.kind == .preambular } }
    public var operative: [AKNBlock] { body.filter { $0.kind == .operative } }
    public var meeting: AKNLine? { conclusions.first { $0.role == .meeting } }
    public var date: AKNLine? { conclusions.first { $0.role == .date } }
}

/// One paragraph of text as the document sets it apart.
public struct AKNBlock: Sendable {
    public enum Kind: String, Sendable {
        /// "The General Assembly,".
        case formula
        /// One <container> of the preamble (or a <crossHeading> the markup refers to the preamble).
        case preambular
        /// A numbered (or unnumbered) <paragraph> of the main body at the top level.
        case operative
        /// A <point> (or <item>) of a list, at `depth` 1, 2 …
        case item
        /// A heading: a paragraph of class H1/H23/H4/HCh, a <subheading>, <heading>, a part "A" of a <section>.
        case heading
        /// Other text: a table row, a list's closing words, a loose <p>.
        case text
    }
    public var kind: Kind
    /// The label as marked ("1.", "(a)", "(i)"), trimmed, and where it is.
    public var num: String?
    public var numOffset: Int?
    public var text: AKNInline
    /// 0 for preambular and operative paragraphs and headings, 1 for (a), 2 for (i) …
    public var depth: Int
    /// The opening phrase as the markup sets it in italics (bold in Chinese): "Recalling", "Decides".
    public var opening: String?
    /// Byte offset of the element in the XML file.
    public var offset: Int

    /// The label as text mapped to the file: byte for byte where the file has it as written.
    func label(in source: SourceFile) -> AKNInline? {
        guard let num, !num.isEmpty else { return nil }
        let at = numOffset ?? offset
        let n = num.utf8.count
        let verbatim = at + n <= source.bytes.count && source.bytes[at..<(at + n)].elementsEqual(num.utf8)
        return AKNInline(pieces: [.text(XMLTextRun(text: num, offset: at, verbatim: verbatim))])
    }
}

/// A footnote (<authorialNote>) where it stands in the text.
public struct AKNFootnote: Sendable {
    public var marker: String
    public var text: AKNInline
    public var offset: Int
    /// A later reference to a note printed before, a superscript number in the text ("核可视察团的报告、
    /// 结论和建议；<sup>7</sup>", the UN's Chinese A/RES/75/114): `text` is the number as written, the note's
    /// text stands with its first reference.
    public var repeats = false
}

/// Text of mixed content: character data with its offsets, footnotes in place, line breaks (<eol/>).
public struct AKNInline: Sendable {
    public enum Piece: Sendable {
        case text(XMLTextRun)
        case footnote(AKNFootnote)
        case lineBreak(offset: Int)
    }
    public var pieces: [Piece] = []

    public init(pieces: [Piece] = []) { self.pieces = pieces }

    public var footnotes: [AKNFootnote] {
        pieces.compactMap { if case .footnote(let f) = $0 { f } else { nil } }
    }

    /// The text with runs of white space made one space, trimmed, footnotes left out: for comparing.
    public var plain: String {
        var raw = ""
        for piece in pieces {
            switch piece {
            case .text(let run): raw += run.text
            case .lineBreak: raw += " "
            case .footnote: break
            }
        }
        return AKNInline.collapse(raw)
    }

    public var isBlank: Bool { plain.isEmpty && footnotes.isEmpty }

    /// The UN's Arabic texts set a footnote marker in superscript brackets, "الصلة(1)": in the markup,
    /// "<sup>(</sup><authorialNote/><sup>)</sup>". A few files mirror them, ")<note>(" (the Arabic
    /// 75/125 and 75/157), which the page shows as "(1)": put back in the page's order as the second
    /// bracket is appended.
    mutating func orderMarkerBrackets() {
        let k = pieces.count - 1
        guard k >= 2, case .text(var after) = pieces[k], after.text == "(", case .footnote = pieces[k - 1],
              case .text(var before) = pieces[k - 2], before.text == ")" else { return }
        before.text = "("
        after.text = ")"
        pieces[k - 2] = .text(before)
        pieces[k] = .text(after)
    }

    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for scalar in s.unicodeScalars {
            if AKNInline.isSpace(scalar) { space = !out.isEmpty; continue }
            if space { out += " "; space = false }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Spaces the rendering folds: ASCII white space and the no-break and ideographic spaces are kept
    /// (they are text), only tabs, line ends and spaces are layout.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r"
    }
}

extension AKNDocument {
    /// A superscript number is a later reference only where a note of that number stands before it in
    /// the document's order; anywhere else ("m<sup>3</sup>") it is text again.
    mutating func settleRepeatedReferences() {
        var seen = Set<String>()
        func settle(_ inline: inout AKNInline) {
            guard inline.pieces.contains(where: { if case .footnote = $0 { true } else { false } }) else { return }
            var pieces: [AKNInline.Piece] = []
            for piece in inline.pieces {
                guard case .footnote(let note) = piece else { pieces.append(piece); continue }
                if !note.repeats { seen.insert(note.marker); pieces.append(piece) }
                else if seen.contains(note.marker) { pieces.append(piece) }
                else { pieces += note.text.pieces }
            }
            inline.pieces = pieces
        }
        func settle(_ line: inout AKNLine) { settle(&line.text) }
        func settle(_ block: inout AKNBlock) { settle(&block.text) }
        for i in cover.lines.indices { settle(&cover.lines[i]) }
        for i in preface.indices { settle(&preface[i]) }
        for s in statements.indices {
            if statements[s].number != nil { settle(&statements[s].number!) }
            if statements[s].title != nil { settle(&statements[s].title!) }
            if statements[s].formula != nil { settle(&statements[s].formula!) }
            for i in statements[s].preamble.indices { settle(&statements[s].preamble[i]) }
            for i in statements[s].body.indices { settle(&statements[s].body[i]) }
            for i in statements[s].conclusions.indices { settle(&statements[s].conclusions[i]) }
            for a in statements[s].annexes.indices {
                for i in statements[s].annexes[a].indices { settle(&statements[s].annexes[a][i]) }
            }
        }
    }
}
