/// `kind: header` — the lines above the title: session, agenda item, sponsors and kind word.
public struct HeaderCheck: Check {
    public static let kind = "header"
    /// session | committee | agenda-item | sponsors
    public var field: String

    public func validate(_ common: RuleCommon) throws {
        guard ["session", "committee", "agenda-item", "sponsors"].contains(field) else {
            throw RuleError("unknown header field '\(field)'; use session, committee, agenda-item or sponsors")
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
            guard header.session == nil, header.specialSession == nil else { return [] }
            // A near-miss ordinal ("Seventy-nineth") gets the word it almost is.
            // Whole lines are compared ("第七十叁届会议" with "第七十三届会议", not with the "七十" it holds).
            let ordinals = OrdinalWords.supportedRange.compactMap { context.language.ordinal($0) }
            let template = context.language.header.session
            // The template split once: replacing in it for each of the 200 ordinals cost more than the check.
            let parts = template.components(separatedBy: "{ordinal}")
            let lines = ordinals.map { parts.joined(separator: $0) }
            let hint = NearMiss.nearest(line.string.trimmingCharacters(in: .whitespaces), among: lines).map { i -> String in
                let word = ordinals[i]
                // Capitalised as the line writes it ("Seventy-ninth session").
                let shown = line.string.trimmingCharacters(in: .whitespaces).first?.isUppercase == true && template.hasPrefix("{ordinal}")
                    ? word.prefix(1).uppercased() + word.dropFirst() : word
                return "; did you mean “\(shown)”?"
            } ?? ""
            return [Finding(range: line.range, ["found": "with an ordinal that cannot be read: “\(line.string)”", "hint": hint])]
        case "committee":
            return committee(context, header)
        case "agenda-item":
            guard let line = header.agendaItemLine else { return [Finding(range: top, ["found": "missing"])] }
            return header.agendaItems.isEmpty ? [Finding(range: line.range, ["found": "unreadable: “\(line.string)”"])] : []
        default:
            return sponsors(context, header, top: top)
        }
    }

    /// A committee line that almost names a Main Committee ("Thrid Committee") gets the name it almost
    /// is; one that names another committee than the symbol's (A/C.3/… with "Second Committee") gets the
    /// symbol's. A draft without a committee line (a plenary draft) is not asked for one.
    private func committee(_ context: CheckContext, _ header: Header) -> [Finding] {
        let forms = context.language.header.committeeForms
        if let line = header.committeeLine, let named = header.committee {
            guard let symbol = header.symbol?.string, let wanted = Self.committeeOfSymbol(symbol), wanted != named,
                  let name = forms.first(where: { $0.number == wanted })?.name else { return [] }
            return [Finding(range: line.range, ["found": "“\(line.string)” names another committee than the symbol \(symbol)",
                                                "hint": "; did you mean “\(name)”?"])]
        }
        guard header.committee == nil else { return [] }
        let source = context.document.source
        let before = header.agendaItemLine?.range.lowerBound ?? Int.max
        let after = header.sessionLine?.range.upperBound ?? 0
        let lines = header.unplacedLines.filter { $0.lowerBound < before && $0.lowerBound >= after }
        let texts = lines.map { source.string($0).trimmingCharacters(in: .whitespaces) }
        // Two lines first: a long name wrapped ("Special Political and Decolonization Committee" /
        // "(Fouth Committee)") is compared whole, not as its second line alone.
        let candidates = zip(lines.indices.dropLast(), lines.indices.dropFirst()).map { ([$0, $1], texts[$0] + " " + texts[$1]) }
            + lines.indices.map { ([$0], texts[$0]) }
        for (parts, text) in candidates {
            guard let i = NearMiss.nearest(text, among: forms.map(\.name)) else { continue }
            let range = lines[parts[0]].lowerBound..<lines[parts[parts.count - 1]].upperBound
            return [Finding(range: range, ["found": "“\(text)” names no Main Committee", "hint": "; did you mean “\(forms[i].name)”?"])]
        }
        return []
    }

    /// The Main Committee of a symbol: 3 for "A/C.3/80/L.5".
    static func committeeOfSymbol(_ symbol: String) -> Int? {
        let parts = symbol.split(separator: "/")
        guard parts.count >= 2, parts[0] == "A", parts[1].hasPrefix("C."), let n = Int(parts[1].dropFirst(2)), (1...6).contains(n) else { return nil }
        return n
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
        // The last two names joined by another word ("日本及俄罗斯联邦", "Japan & Germany") read as one:
        // the slip is that word, not the separator before it, which is then right.
        if let name = list.names.last, let joiner = Self.joiner(in: name, known: StateNames.builtIn("member-states", language: language.code),
                                                               source: context.document.source), joiner.text != last.trimmingCharacters(in: .whitespaces) {
            out.append(Finding(range: joiner.range, ["found": "separator “\(joiner.text)” where “\(last.trimmingCharacters(in: .whitespaces))” belongs"]))
            for s in list.separators where s.text != regular {
                out.append(Finding(range: s.range, ["found": "separator “\(s.text)” where “\(regular.trimmingCharacters(in: .whitespaces))” belongs"]))
            }
            return out
        }
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

extension HeaderCheck {
    /// The word joining two known names read as one ("日本及俄罗斯联邦": "及"), with its range; nil when
    /// the name is known itself or splits into no two known names.
    static func joiner(in name: (name: String, range: ByteRange), known: StateNames?, source: SourceFile) -> (text: String, range: ByteRange)? {
        guard let known, !known.isKnown(name.name) else { return nil }
        let raw = source.string(name.range)
        let chars = Array(name.name)
        guard chars.count >= 3, chars.count <= 120 else { return nil }
        for i in 1..<(chars.count - 1) {
            for j in (i + 1)...min(i + 5, chars.count - 1) {
                let joiner = String(chars[i..<j]).trimmingCharacters(in: .whitespaces)
                guard !joiner.isEmpty, joiner.count <= 3 else { continue }
                let left = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
                let right = String(chars[j...]).trimmingCharacters(in: .whitespaces)
                guard !left.isEmpty, !right.isEmpty, known.isKnown(left), known.isKnown(right) else { continue }
                // Located from the end of the name, which a line break does not split in two (the
                // names before it may run over lines).
                let tail = String(chars[i...])
                guard raw.hasSuffix(tail) else { return nil }
                let lower = name.range.upperBound - tail.utf8.count + String(chars[i..<j]).prefix { $0 == " " }.utf8.count
                return (joiner, lower..<(lower + joiner.utf8.count))
            }
        }
        return nil
    }
}

import Foundation
