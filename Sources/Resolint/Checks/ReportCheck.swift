import Foundation

/// `kind: report` — a committee report against the texts it recommends (research.md §3.10).
/// `check: title`: the title a proposal is given in the narrative ("提出了一项题为“…”的决议草案
/// (A/C.1/77/L.73)") is the title of the recommended text the report points it to ("(见第 11 段，决议草案二)").
/// The forms are the language's (Rules/languages/*.yaml, `report.proposal-title`, `report.cross-reference`).
public struct ReportCheck: Check {
    public static let kind = "report"
    /// title
    public var check: String

    public func validate(_ common: RuleCommon) throws {
        guard check == "title" else { throw RuleError("unknown report check '\(check)'; use title") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let document = context.document
        let forms = context.language.report
        let titles = (forms.proposalTitle ?? []).compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
        let references = (forms.crossReference ?? []).compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
        guard document.kind == .committeeReport, !titles.isEmpty, !references.isEmpty else { return [] }

        var all: [Paragraph] = []
        func walk(_ p: Paragraph) { all.append(p); p.children.forEach(walk) }
        document.reportParagraphs.forEach(walk)
        all.sort { $0.range.lowerBound < $1.range.lowerBound }

        // The narrative's titles by symbol, and the recommended text each symbol is pointed to.
        var named: [(symbol: String, title: String, range: ByteRange)] = []
        var target: [String: Draft] = [:]
        for p in all {
            var events: [(at: Int, title: (String, String, ByteRange)?, reference: (String?, Int, String?)?)] = []
            for m in titles.flatMap({ Self.matches($0, p.content) }) {
                if let t = m["title"], let s = m["symbol"] { events.append((t.at, (s.text, t.text, t.range), nil)) }
            }
            for m in references.flatMap({ Self.matches($0, p.content) }) {
                if let n = m["paragraph"].flatMap({ Int($0.text) }) {
                    events.append((m["paragraph"]!.at, nil, (m["symbol"]?.text, n, m["heading"]?.text)))
                }
            }
            for e in events.sorted(by: { $0.at < $1.at }) {
                if let t = e.title { named.append((t.0, t.1, t.2)); continue }
                guard let (symbol, paragraph, heading) = e.reference, let s = symbol ?? named.last?.symbol else { continue }
                if let draft = recommended(document, paragraph: paragraph, heading: heading) { target[s] = draft }
            }
        }
        var out: [Finding] = []
        for n in named {
            guard let draft = target[n.symbol], let title = draft.title else { continue }
            if ClosingClauseCheck.normalized(n.title) != ClosingClauseCheck.normalized(title.string) {
                out.append(Finding(range: n.range, ["found": n.title, "expected": title.string, "symbol": n.symbol,
                                                    "heading": draft.heading?.string ?? "the recommended text"]))
            }
        }
        return out
    }

    /// The text recommended in report paragraph `paragraph`: the one with that heading, or the only one.
    private func recommended(_ document: Document, paragraph: Int, heading: String?) -> Draft? {
        let numbered = document.reportParagraphs.filter { $0.label?.style == .arabic }
        guard let i = numbered.firstIndex(where: { $0.label?.value == paragraph }) else { return nil }
        let start = numbered[i].range.lowerBound
        let end = i + 1 < numbered.count ? numbered[i + 1].range.lowerBound : Int.max
        let drafts = document.drafts.filter { (start..<end).contains($0.range.lowerBound) }
        if let heading {
            let key = ClosingClauseCheck.normalized(heading)
            return drafts.first { $0.heading.map { ClosingClauseCheck.normalized($0.string) } == key }
        }
        return drafts.count == 1 ? drafts[0] : nil
    }

    struct Group { var text: String; var range: ByteRange; var at: Int }

    static func matches(_ compiled: RegexCache.Compiled, _ text: MappedText) -> [[String: Group]] {
        let string = text.text
        // Most paragraphs lack the literal every match holds ("entitled “", "(see para").
        guard compiled.prefilter.mayMatch(string) else { return [] }
        return compiled.matches(in: string).map { m in
            var out: [String: Group] = [:]
            for name in ["title", "symbol", "paragraph", "heading"] {
                let r = m.range(withName: name)
                guard let range = text.sourceRange(of: r), let sr = Range(r, in: string) else { continue }
                out[name] = Group(text: String(string[sr]), range: range, at: r.location)
            }
            return out
        }
    }
}
