/// Linting an AKN4UN file: it is rendered as authored text, parsed and checked as any draft, and each
/// diagnostic is moved back to the line and column of the XML text it points at.
extension Linter {
    /// Whether `path` names a file read as AKN4UN XML rather than as text.
    public static func isAKN(_ path: String) -> Bool { path.lowercased().hasSuffix(".xml") }

    /// `language`: a code forced by the command line or configuration; otherwise the document's
    /// <FRBRlanguage>, otherwise detection.
    public func lint(akn document: AKNDocument, language code: String? = nil, layout: AKNTextLayout = .authored) throws -> FileReport {
        let rendered = document.render(layout)
        let xml = document.source
        var report = try lint(text: rendered.text, path: xml.path, language: code ?? document.language)
        report.diagnostics = report.diagnostics.map { d in
            var d = d
            let range = rendered.xmlRange(d.byteRange, in: xml)
            d.byteRange = range
            d.start = xml.position(of: range.lowerBound)
            d.end = xml.position(of: range.upperBound)
            // Edits are offsets into the rendered text, not into the XML: no fix is offered.
            d.fix = nil
            return d
        }.sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
        report.source = xml
        return report
    }
}
