/// Linting a Word document: it is rendered as text (`DocxRendering`), parsed and checked as any draft
/// with its italics and bold, and each diagnostic is moved back to the paragraph and character Word
/// shows: "draft.docx:¶14 (operative paragraph 5):23". The report quotes the document one paragraph
/// a line (line n is ¶n), so every output format locates findings the same way.
extension Linter {
    /// Whether `path` names a file read as a Word document rather than as text.
    public static func isDocx(_ path: String) -> Bool {
        let p = path.lowercased()
        return p.hasSuffix(".docx") || p.hasSuffix(".docm") || p.hasSuffix(".dotx")
    }

    public func lint(docx document: DocxDocument, language code: String? = nil) throws -> FileReport {
        let (report, parsed, rendered) = try lintRendered(docx: document, language: code)
        let describer = ParagraphDescriber(parsed)
        var out = report
        out.diagnostics = report.diagnostics.map { d in
            var d = d
            // Edits are offsets into the rendered text, not into the package: none is reported
            // (`resolint fix` moves them into the runs itself: DocxFixer).
            d.fix = nil
            guard let start = rendered.place(of: d.byteRange.lowerBound) else { return d }
            var end = d.byteRange.count > 0 ? rendered.place(of: d.byteRange.upperBound - 1) ?? start : start
            if end.paragraph != start.paragraph || end.footnote != start.footnote { end = start }
            let name = describer.describe(offset: d.byteRange.lowerBound)
            let from = rendered.viewOffset(start)
            let after = DocxPlace(paragraph: end.paragraph, character: end.character + (d.byteRange.count > 0 ? 1 : 0), footnote: end.footnote)
            let to = max(from, rendered.viewOffset(after))
            d.byteRange = from..<to
            d.start = SourcePosition(line: rendered.viewLine(start) + 1, column: start.character)
            d.end = SourcePosition(line: d.start.line, column: max(start.character, after.character))
            d.place = Self.placeName(start, name)
            return d
        }
        out.diagnostics.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
        out.source = rendered.view
        if document.hasTrackedChanges {
            out.remarks.append("tracked changes: linted with \(document.insertions) insertion\(document.insertions == 1 ? "" : "s") accepted and \(document.deletions) deletion\(document.deletions == 1 ? "" : "s") removed")
        }
        return out
    }

    /// The report on the rendered text, its offsets and fixes as they are there (`DocxFixer` maps them back).
    func lintRendered(docx document: DocxDocument, language code: String?) throws -> (report: FileReport, document: Document, rendered: DocxRendering) {
        let rendered = DocxRendering(document)
        let (report, parsed) = try lintDocument(text: rendered.text, path: document.path, language: code,
                                                emphasis: rendered.emphasis)
        return (report, parsed, rendered)
    }

    /// "¶14 (operative paragraph 5)", "¶3", "footnote 2".
    static func placeName(_ place: DocxPlace, _ description: String?) -> String {
        if let f = place.footnote { return place.paragraph > 1 ? "footnote \(f) ¶\(place.paragraph)" : "footnote \(f)" }
        return "¶\(place.paragraph)" + (description.map { " (\($0))" } ?? "")
    }
}

/// Names the paragraph of the draft that holds a byte of the parsed text, as a reader refers to it.
struct ParagraphDescriber {
    /// (range, name) of every body paragraph, innermost last among those that nest.
    var named: [(range: ByteRange, name: String)] = []

    init(_ document: Document) {
        for draft in document.drafts {
            for (k, p) in draft.preamble.enumerated() { add(p, "preambular paragraph \(k + 1)") }
            for (k, p) in draft.operative.enumerated() {
                let number = p.label.map { String($0.value) } ?? (draft.operative.count == 1 ? "" : String(k + 1))
                add(p, number.isEmpty ? "operative paragraph" : "operative paragraph \(number)")
            }
            for p in draft.stray { add(p, "paragraph") }
        }
        for (k, p) in document.reportParagraphs.enumerated() { add(p, "paragraph \(p.label.map { String($0.value) } ?? String(k + 1)) of the report") }
    }

    mutating func add(_ p: Paragraph, _ name: String) {
        named.append((p.range, name))
        for c in p.children {
            add(c, name + " " + (c.label?.raw ?? "item"))
        }
    }

    func describe(offset: Int) -> String? {
        named.filter { $0.range.contains(offset) }.min { $0.range.count < $1.range.count }?.name
    }
}
