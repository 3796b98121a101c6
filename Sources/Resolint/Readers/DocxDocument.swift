/// What a Word document says, as resolint reads it: its paragraphs in order, each with the label
/// Word's automatic numbering shows and its text with tracked changes accepted, run formatting and
/// footnote references in place; the footnotes' text; and how many revisions were accepted.
public struct DocxDocument: Sendable {
    public var path: String
    /// Body paragraphs in document order (table cells included), empty ones too: `number` counts them all.
    public var paragraphs: [DocxParagraph] = []
    /// Footnotes in the order of their first reference, numbered 1, 2 … as Word shows them.
    public var footnotes: [DocxFootnote] = []
    /// Tracked insertions accepted and deletions removed (a deleted paragraph mark counts as one).
    public var insertions = 0
    public var deletions = 0
    /// Where the text of each `w:t` element is in its part, in reading order: the way back from a
    /// place to the bytes that `resolint fix` edits.
    public var textSources: [DocxTextSource] = []

    public var hasTrackedChanges: Bool { insertions + deletions > 0 }
}

/// Where a character stands in the document as Word shows it: paragraph ¶ (1-based, in the body or in
/// footnote `footnote`), character (1-based, in the paragraph's text after its automatic number).
public struct DocxPlace: Sendable, Equatable {
    public var paragraph: Int
    public var character: Int
    public var footnote: Int?
}

public struct DocxParagraph: Sendable {
    /// ¶: the paragraph's place among all the body's paragraphs (in a footnote: among the note's).
    public var number: Int
    /// The automatic number as Word shows it ("1.", "(a)", "㈠"), and what follows it (tab, space, nothing).
    public var label: String?
    public var labelSuffix = "tab"
    public var pieces: [DocxPiece] = []
    /// Its paragraph mark is a tracked deletion: accepting it joins the paragraph to the next one.
    var markDeleted = false
    /// The list and level Word numbers it in (its own w:numPr or its style's), when numbered.
    public var list: DocxListUse?
    /// The bytes of its w:p element and of its w:pPr in the part, and where in the w:pPr a w:numPr
    /// goes by the schema's order (after pStyle … widowControl; nil: at its start), for `resolint fix`.
    var element: Range<Int> = 0..<0
    var properties: Range<Int>?
    var numPrSlot: Int?

    /// The text as read, footnote references left out.
    public var text: String {
        pieces.map { if case .text(let t, _) = $0 { t.text } else if case .lineBreak = $0 { "\n" } else { "" } }.joined()
    }
}

/// A paragraph's place in Word's automatic numbering: list `numId` at level `level` (0-based), and
/// where its own w:numPr's w:numId element is in the part (nil when the style numbers it).
public struct DocxListUse: Sendable, Equatable {
    public var numId: String
    public var level: Int
    var numIdElement: Range<Int>?
}

/// A stretch of text of one formatting, a footnote reference, or a line break inside a paragraph.
public enum DocxPiece: Sendable {
    case text(DocxRun, place: DocxPlace)
    case footnote(number: Int, place: DocxPlace)
    case lineBreak(place: DocxPlace)
}

public struct DocxRun: Sendable {
    public var text: String
    public var italic = false
    public var bold = false
}

public struct DocxFootnote: Sendable {
    public var number: Int
    public var paragraphs: [DocxParagraph]
}

/// A `w:t` element of a part: the place of its first character, how many characters it holds, and
/// its bytes in the part as XMLTree read them (character data with offsets, references marked).
public struct DocxTextSource: Sendable {
    public var part: String
    public var place: DocxPlace
    public var length: Int
    public var element: Range<Int>
    public var runs: [XMLTextRun]
}
