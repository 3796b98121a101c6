/// Tells the layouts apart from the shape of the lines alone.
enum LayoutDetector {
    static func detect(_ source: SourceFile, lines: [SourceLine]) -> Layout {
        let content = lines.lazy.filter { !$0.isBlank }
        let contentCount = content.count
        guard contentCount > 2 else { return .linePerParagraph }
        // Interleaved: most printed lines are followed by exactly one empty line.
        var followedByBlank = 0, adjacent = 0
        for (i, line) in lines.enumerated() where !line.isBlank && i + 1 < lines.count {
            if lines[i + 1].isBlank { followedByBlank += 1 } else { adjacent += 1 }
        }
        if followedByBlank * 10 >= contentCount * 7, hasIndentedParagraphs(lines) {
            return .interleaved
        }
        // pdftotext leaves page furniture and form feeds; authored text does not.
        let b = source.bytes
        let furniture = content.contains { $0.content.count >= 6 && PageCleaner.isFurniture(b, $0.content, symbol: nil) }
        let formFeeds = b.contains(0x0C)
        // Blank-separated: the lines that end a sentence or clause are mostly followed by an empty line.
        var endingLines = 0, endingThenBlank = 0
        for (i, line) in lines.enumerated() where !line.isBlank {
            guard let last = b[line.content].last, [0x2C, 0x3B, 0x3A, 0x2E].contains(last) || endsWithWideMark(b, line.content) else { continue }
            endingLines += 1
            if i + 1 < lines.count, lines[i + 1].isBlank { endingThenBlank += 1 }
        }
        if endingLines > 0, endingThenBlank * 10 >= endingLines * 6 { return .blankSeparated }
        if furniture || formFeeds { return .pdftotext }
        return followedByBlank == 0 || adjacent > followedByBlank ? .linePerParagraph : .blankSeparated
    }

    private static func hasIndentedParagraphs(_ lines: [SourceLine]) -> Bool {
        lines.contains { !$0.isBlank && $0.indent > 0 }
    }

    /// The clause marks written outside ASCII: Chinese full-width ones and the Arabic comma and
    /// semicolon (without them an Arabic pdftotext extract, whose lines end in "،" and "؛", looked
    /// blank-separated from its few ASCII-ended lines, and its preamble ran into one paragraph).
    private static let wideMarks = ["，", "；", "：", "。", "،", "؛"].map { Array($0.utf8) }

    private static func endsWithWideMark(_ b: [UInt8], _ r: ByteRange) -> Bool {
        wideMarks.contains { m in r.count >= m.count && b[(r.upperBound - m.count)..<r.upperBound].elementsEqual(m) }
    }
}
