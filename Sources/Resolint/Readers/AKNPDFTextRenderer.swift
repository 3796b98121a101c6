/// Placeholder until the pdftotext layout is written: the authored text.
struct AKNPDFTextRenderer {
    let document: AKNDocument
    func render() -> RenderedText { document.render(.authored) }
}
