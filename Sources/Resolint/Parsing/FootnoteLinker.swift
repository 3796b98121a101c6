/// Puts each footnote text into its scope (by position) and finds the references to it in the
/// paragraphs of the same scope, in reading order.
struct FootnoteLinker {
    let language: LanguageProfile

    func link(_ document: inout Document, texts: [FootnoteText]) {
        for text in texts {
            if let s = document.footnoteScopes.lastIndex(where: { $0.range.contains(text.numberRange.lowerBound) }) {
                document.footnoteScopes[s].texts.append(text)
            }
        }
        let finder = FootnoteReferenceFinder(language: language)
        for s in document.footnoteScopes.indices {
            let scope = document.footnoteScopes[s]
            let defined = Set(scope.texts.map(\.number))
            var highest = 0
            var found: [FootnoteReference] = []
            func visit(_ p: inout Paragraph) {
                guard scope.range.contains(p.range.lowerBound) else { return }
                p.footnoteReferences = finder.references(in: p.content, defined: defined, highest: &highest)
                found += p.footnoteReferences
                for c in p.children.indices { visit(&p.children[c]) }
            }
            // Paragraphs in file order: report paragraphs first, then each draft's parts.
            var order: [(kind: Int, draft: Int, part: Int, index: Int, start: Int)] = []
            for (i, p) in document.reportParagraphs.enumerated() { order.append((0, 0, 0, i, p.range.lowerBound)) }
            for (d, draft) in document.drafts.enumerated() {
                for (i, p) in draft.preamble.enumerated() { order.append((1, d, 0, i, p.range.lowerBound)) }
                for (i, p) in draft.operative.enumerated() { order.append((1, d, 1, i, p.range.lowerBound)) }
                for (i, p) in draft.stray.enumerated() { order.append((1, d, 2, i, p.range.lowerBound)) }
            }
            for o in order.sorted(by: { $0.start < $1.start }) {
                if o.kind == 0 { visit(&document.reportParagraphs[o.index]); continue }
                switch o.part {
                case 0: visit(&document.drafts[o.draft].preamble[o.index])
                case 1: visit(&document.drafts[o.draft].operative[o.index])
                default: visit(&document.drafts[o.draft].stray[o.index])
                }
            }
            document.footnoteScopes[s].references = found
        }
    }
}
