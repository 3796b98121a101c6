/// `kind: header` — the lines above the title: session, agenda item, sponsors and kind word.
public struct HeaderCheck: Check {
    public static let kind = "header"
    /// session | agenda-item | sponsors
    public var field: String

    public func validate(_ common: RuleCommon) throws {
        guard ["session", "agenda-item", "sponsors"].contains(field) else {
            throw RuleError("unknown header field '\(field)'; use session, agenda-item or sponsors")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let header = context.document.header
        // A missing line is reported where the document's text begins.
        let source = context.document.source
        let first = LineScanner.firstContent(of: source) ?? 0
        let top = first..<min(first + 1, source.bytes.count)
        switch field {
        case "session":
            guard let line = header.sessionLine else { return [Finding(range: top, ["found": "missing", "hint": ""])] }
            guard header.session == nil else { return [] }
            // A near-miss ordinal ("Seventy-nineth") gets the word it almost is.
            let ordinals = OrdinalWords.supportedRange.compactMap { context.language.ordinal($0) }
            let hint = NearMiss.suggestion(in: line.string, among: ordinals).map { "; did you mean “\($0)”?" } ?? ""
            return [Finding(range: line.range, ["found": "with an ordinal that cannot be read: “\(line.string)”", "hint": hint])]
        case "agenda-item":
            guard let line = header.agendaItemLine else { return [Finding(range: top, ["found": "missing"])] }
            return header.agendaItems.isEmpty ? [Finding(range: line.range, ["found": "unreadable: “\(line.string)”"])] : []
        default:
            return sponsors(context, header, top: top)
        }
    }

    private func sponsors(_ context: CheckContext, _ header: Header, top: ByteRange) -> [Finding] {
        let language = context.language
        guard let list = header.sponsors else {
            // Presented by the President, a Chair or a Vice-Chair: no sponsors to name.
            if header.submittedBy != nil { return [] }
            let at = header.unplacedLines.first.map { $0.lowerBound..<($0.lowerBound + 1) } ?? top
            return [Finding(range: at,
                            ["found": "no sponsor line ending with “\(language.header.kindSeparator)\(language.header.kinds["draft-resolution"] ?? "")”"])]
        }
        var out: [Finding] = []
        if list.names.isEmpty {
            out.append(Finding(range: list.element.range, ["found": "no sponsor before the kind word"]))
            return out
        }
        var seen = Set<String>()
        for (i, n) in list.names.enumerated() {
            if n.name.isEmpty {
                let at = i < list.separators.count ? list.separators[i].range : n.range
                out.append(Finding(range: at, ["found": "an empty name between two separators"]))
            } else if !seen.insert(n.name).inserted {
                out.append(Finding(range: n.range, ["found": "“\(n.name)” is named twice"]))
            }
        }
        let regular = language.sponsors.separator, last = language.sponsors.lastSeparator
        for (i, s) in list.separators.enumerated() {
            let isLast = i == list.separators.count - 1
            let want = isLast ? last : regular
            if s.text != want {
                // The right mark without its space (",Viet Nam") is said so, not as "“,” where “,” belongs".
                let trimmedWant = want.trimmingCharacters(in: .whitespaces)
                let shown = s.text.trimmingCharacters(in: .whitespaces) == trimmedWant ? want : trimmedWant
                out.append(Finding(range: s.range, ["found": "separator “\(s.text)” where “\(shown)” belongs"]))
            }
        }
        return out
    }
}

import Foundation
