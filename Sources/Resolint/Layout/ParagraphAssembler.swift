/// A paragraph of running text as laid out in the file: its wrapped lines joined into one text.
struct RawParagraph: Sendable {
    var text: MappedText
    var firstLine: SourceLine
    var range: ByteRange { text.sourceStart..<text.sourceEnd }
}

/// Joins the lines of running text into paragraphs according to the file's layout.
struct ParagraphAssembler {
    let source: SourceFile
    let layout: Layout
    let joiner: String
    let marks: Set<Character>

    init(source: SourceFile, layout: Layout, language: LanguageProfile) {
        self.source = source
        self.layout = layout
        self.joiner = language.lineJoiner
        var marks: Set<Character> = []
        for m in [language.terminators.comma, language.terminators.semicolon, language.terminators.colon, language.terminators.period] {
            if let c = m.first { marks.insert(c) }
        }
        for n in language.narrowForms.values { if let c = n.first { marks.insert(c) } }
        self.marks = marks
    }

    func assemble(_ lines: [BodyLine]) -> [RawParagraph] {
        var out: [RawParagraph] = []
        var current: RawParagraph?
        var pendingLabelOnly = false
        for body in lines {
            let line = body.line
            let starts: Bool
            if let cur = current {
                let ended = endsWithMark(cur.text.text)
                let label = LabelReader.startsWithLabel(source.bytes, line.content)
                switch layout {
                case .interleaved:
                    starts = !pendingLabelOnly && (label || (line.indent > 0 && !(body.afterBreak && !ended)))
                case .blankSeparated:
                    starts = !pendingLabelOnly && (label || (body.blankBefore && !(body.afterBreak && !ended)))
                case .pdftotext, .linePerParagraph:
                    starts = !pendingLabelOnly && (label || (ended && startsLikeParagraph(line) && !openQuote(cur.text.text)))
                }
            } else {
                starts = true
            }
            if starts {
                if let cur = current { out.append(cur) }
                current = RawParagraph(text: MappedText(source: source, range: line.content), firstLine: line)
            } else {
                current!.text.appendJoiner(joinerBetween(current!.text.text, line))
                current!.text.append(source: source, range: line.content)
            }
            pendingLabelOnly = LabelReader.isLabelOnly(source.bytes, line.content) && starts
        }
        if let cur = current { out.append(cur) }
        return out
    }

    /// Latin text joins with a space; Chinese with nothing, except next to Latin letters and digits.
    private func joinerBetween(_ text: String, _ line: SourceLine) -> String {
        if !joiner.isEmpty { return joiner }
        guard let last = text.unicodeScalars.last, let next = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return "" }
        return last.isASCII && last.properties.isAlphabetic && next.isASCII && next.properties.isAlphabetic ? " " : ""
    }

    /// The text ends with a paragraph-final mark, possibly followed by a flattened footnote number.
    func endsWithMark(_ text: String) -> Bool {
        var chars = text[...]
        while let c = chars.last, c == " " || c.isNumber && c.isASCII { chars = chars.dropLast() }
        guard let c = chars.last else { return false }
        return marks.contains(c)
    }

    /// A new paragraph in pdftotext output starts with a capital, a CJK character or a quote.
    private func startsLikeParagraph(_ line: SourceLine) -> Bool {
        guard let s = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return false }
        if s.properties.isUppercase { return true }
        if Bytes.isHan(s) { return true }
        return s == "“" || s == "\"" || s == "«"
    }

    /// An opening quotation mark still waits for its closing one: the line cannot end the paragraph.
    private func openQuote(_ text: String) -> Bool {
        var depth = 0
        for s in text.unicodeScalars {
            if s == "“" { depth += 1 } else if s == "”" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }
}
