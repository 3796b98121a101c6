/// A committee report: numbered report paragraphs, then the recommended texts, each a draft of its own.
struct ReportParser {
    let source: SourceFile
    let language: LanguageProfile
    let builder: DraftBuilder

    struct Result {
        var paragraphs: [Paragraph] = []
        var drafts: [Draft] = []
        var recommendationsStart: Int?
    }

    func parse(_ raws: [RawParagraph], end: Int) -> Result {
        var result = Result()
        var i = 0
        var lastNumber = 0
        while i < raws.count {
            var p = builder.makeParagraph(raws[i].text)
            p.role = .report
            if let label = p.label, label.style == .arabic { lastNumber = label.value }
            else if p.label != nil, !result.paragraphs.isEmpty {
                p.depth = 1
                result.paragraphs[result.paragraphs.count - 1].children.append(p)
                i += 1
                continue
            }
            result.paragraphs.append(p)
            i += 1
            let text = p.content.text
            guard p.label?.style == .arabic, language.report.recommendation.contains(where: { text.contains($0) }) else { continue }
            // The recommended texts run to the next recommendation paragraph or the end.
            let kind: Draft.Kind = language.header.kinds["draft-decision"].map { text.contains($0) } == true ? .decision : .resolution
            var region: [RawParagraph] = []
            while i < raws.count {
                let next = builder.makeParagraph(raws[i].text)
                if let l = next.label, l.style == .arabic, l.value == lastNumber + 1,
                   language.report.recommendation.contains(where: { next.content.text.contains($0) }) { break }
                region.append(raws[i])
                i += 1
            }
            if result.recommendationsStart == nil { result.recommendationsStart = region.first?.range.lowerBound }
            result.drafts += drafts(in: region, kind: kind, end: i < raws.count ? raws[i].range.lowerBound : end)
        }
        return result
    }

    /// Splits a region into drafts at headings like "决议草案一" / "Draft resolution I".
    private func drafts(in region: [RawParagraph], kind: Draft.Kind, end: Int) -> [Draft] {
        var groups: [[RawParagraph]] = []
        for raw in region {
            if isDraftHeading(raw.text.text) || groups.isEmpty { groups.append([raw]) } else { groups[groups.count - 1].append(raw) }
        }
        var out: [Draft] = []
        for (n, group) in groups.enumerated() {
            guard let openingIndex = group.firstIndex(where: { builder.openingMatch($0.text.text) != nil }) else { continue }
            let front = group[..<openingIndex]
            var heading: TextElement?
            var titleParts = Array(front)
            if let first = front.first, isDraftHeading(first.text.text) {
                heading = TextElement(text: first.text, range: first.range)
                titleParts.removeFirst()
            }
            let groupEnd = n + 1 < groups.count ? groups[n + 1][0].range.lowerBound : end
            var (draft, _) = builder.build(Array(group[openingIndex...]), kind: kind, range: group[0].range.lowerBound..<groupEnd, embedded: true)
            draft.heading = heading
            if let first = titleParts.first {
                var text = first.text
                for t in titleParts.dropFirst() { text.appendJoiner(language.lineJoiner); text = concat(text, t.text) }
                draft.title = TextElement(text: text, range: text.sourceStart..<text.sourceEnd)
            }
            out.append(draft)
        }
        return out
    }

    private func concat(_ a: MappedText, _ b: MappedText) -> MappedText {
        var out = a
        out.append(source: source, range: b.sourceStart..<b.sourceEnd)
        return out
    }

    private func isDraftHeading(_ text: String) -> Bool {
        text.count <= 24 && !text.contains(language.terminators.colon) &&
            language.report.draftHeading.contains { text.hasPrefix($0) }
    }
}
