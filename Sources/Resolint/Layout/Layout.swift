/// How a file lays its paragraphs out (spec/structure.md, "Layouts the parser must read").
public enum Layout: String, Codable, Sendable {
    /// PDF-extracted UN text where every printed line is followed by an empty line; a paragraph
    /// starts with an indented line (corpus/zh).
    case interleaved
    /// pdftotext output: no indentation, paragraph numbers alone on a line, page furniture (corpus/en).
    case pdftotext
    /// Authored text: paragraphs separated by blank lines.
    case blankSeparated = "blank-separated"
    /// Authored text: one paragraph per line.
    case linePerParagraph = "line-per-paragraph"

    /// Text extracted from printed pages: page breaks and notes at page ends.
    public var isPrinted: Bool { self == .pdftotext || self == .interleaved }
}
