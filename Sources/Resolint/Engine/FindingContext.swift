/// The text a finding stands in — its innermost paragraph without its label, or its line outside
/// paragraphs — with each run of spaces and line breaks made one space. A baseline keys findings on
/// it (with the rule, and without any spaces: reflowing changes nothing), not on line numbers, so that
/// edits elsewhere and renumbering keep the key.
enum FindingContext {
    static func assign(_ diagnostics: inout [Diagnostic], document: Document) {
        guard !diagnostics.isEmpty else { return }
        let paragraphs = document.allParagraphs
        let source = document.source
        for i in diagnostics.indices {
            let at = diagnostics[i].byteRange.lowerBound
            // The innermost paragraph: the last one (in file order) that starts before the finding and holds it.
            let holder = paragraphs.last { $0.range.lowerBound <= at && at < max($0.range.upperBound, $0.range.lowerBound + 1) }
            let text: String
            if let holder {
                text = holder.content.text
            } else if source.lineCount > 0 {
                let line = max(1, min(diagnostics[i].start.line, source.lineCount))
                text = source.string(source.lineRange(line - 1))
            } else {
                text = ""
            }
            diagnostics[i].context = normalise(text)
        }
    }

    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
