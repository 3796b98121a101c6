/// `kind: sequence` — labels run 1, 2, 3 … (operative paragraphs) or (a), (b) … then (i), (ii) …
/// (items), restarting under each parent. After a wrong label the count resumes from the label found,
/// so one slip gives one finding.
public struct SequenceCheck: Check {
    public static let kind = "sequence"
    /// Label style expected at each depth below the scope: [arabic] for operative paragraphs,
    /// [latin, roman] for items.
    public var levels: [LabelStyle]
    /// The first label's value (1 unless configured).
    public var start: Int?
    /// A single operative paragraph may stand unnumbered (UN Editorial Manual).
    public var allowSingleUnnumbered: Bool?

    enum CodingKeys: String, CodingKey { case levels, start, allowSingleUnnumbered = "allow-single-unnumbered" }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let first = start ?? 1
        for draft in context.document.drafts {
            if context.common.scope == .operative {
                let ops = draft.operative
                if ops.count == 1, ops[0].label == nil, allowSingleUnnumbered ?? true { continue }
                if draft.kind == .decision, ops.allSatisfy({ $0.label == nil }) { continue }
                let runs = Self.numberingRuns(ops, first: first)
                var found = runs.flatMap { sequence($0, style: levels.first ?? .arabic, first: first, unlabeledIsError: true, context.language.labelSyntax) }
                // The renumbering carries the draft's references to its own paragraphs along (where one
                // numbering runs through the draft: with sections numbered apart a number is ambiguous).
                // A reference to a number two paragraphs bear, or none, cannot be mapped with certainty:
                // the renumbering is then unsafe (it takes the later paragraph; reference.ambiguous says so).
                if !found.isEmpty, runs.count == 1 {
                    let targets = ReferenceTargets(draft)
                    for ref in ParagraphReferences.find(in: draft, language: context.language) {
                        var new: Int?
                        switch targets.paragraph(ref.number) {
                        case .one(let j): new = first + j
                        case .several(let js): new = first + js.last!; found[0].unsafe = true
                        case .none: if ref.number >= first, ref.number < first + ops.count { found[0].unsafe = true }
                        }
                        if let new, new != ref.number { found[0].edits.append(Edit(range: ref.range, replacement: String(new))) }
                    }
                }
                out += found
            } else {
                for parent in draft.preamble { out += items(of: parent, depth: 0, first: first, context.language.labelSyntax) }
                // Read only when some item is relettered: most drafts need no fix, and the search is costly.
                var references: [ItemReference]?
                for (index, parent) in draft.operative.enumerated() {
                    var found = items(of: parent, depth: 0, first: first, context.language.labelSyntax)
                    // Relettering carries the references to these items along ("paragraph 7 (d) above").
                    if let k = found.firstIndex(where: { f in parent.children.contains { $0.label?.range == f.range } }) {
                        let number = parent.label?.value ?? index + 1
                        // Positions among the lettered items (dash bullets take none).
                        let lettered = parent.children.indices.filter { parent.children[$0].label?.style != .dash }
                        if references == nil { references = ItemReferences.find(in: draft, language: context.language) }
                        let syntax = context.language.labelSyntax
                        for ref in references ?? [] where ref.paragraph == number || ref.paragraph == nil && ref.container == index {
                            guard let value = syntax.letterValue(ref.item) else { continue }
                            var position: Int?
                            switch ReferenceTargets.item(value, of: parent) {
                            case .one(let j): position = lettered.firstIndex(of: j)
                            case .several(let js): position = lettered.firstIndex(of: js.last!); found[k].unsafe = true
                            case .none: if value >= first, value < first + lettered.count { found[k].unsafe = true }
                            }
                            if let position, let new = syntax.letterLabel(first + position), new != ref.item {
                                found[k].edits.append(Edit(range: ref.range, replacement: new))
                            }
                        }
                    }
                    out += found
                }
            }
        }
        return out
    }

    /// The runs of operative paragraphs numbered apart: a section (`Paragraph.startsSection`) whose
    /// paragraphs start again at the first number, or that holds one unnumbered paragraph, is a run of
    /// its own (the latter is left out: it has no number to check); other sections number on.
    static func numberingRuns(_ ops: [Paragraph], first: Int) -> [[Paragraph]] {
        var sections: [[Paragraph]] = []
        for p in ops {
            if p.startsSection || sections.isEmpty { sections.append([p]) } else { sections[sections.count - 1].append(p) }
        }
        guard sections.count > 1 else { return sections }
        var runs: [[Paragraph]] = []
        for (k, section) in sections.enumerated() {
            if section.count == 1, section[0].label == nil, section[0].startsSection { continue }
            if k == 0 || runs.isEmpty || section[0].label?.value == first { runs.append(section) } else { runs[runs.count - 1] += section }
        }
        return runs
    }

    private func items(of parent: Paragraph, depth: Int, first: Int, _ syntax: LabelSyntax) -> [Finding] {
        guard let head = parent.children.first?.label, head.style != .dash else { return [] }
        // A numbered list in a paragraph ("Resolves that: / 1. … / 2. …"): its items have their own items.
        if depth == 0, head.style == .arabic {
            var out = sequence(parent.children, style: .arabic, first: first, unlabeledIsError: false, syntax)
            for child in parent.children { out += items(of: child, depth: 0, first: first, syntax) }
            return out
        }
        guard depth < levels.count else { return [] }
        // A list runs in the style it starts with: numerals from "(i)" at the first level (S/2018/221,
        // paragraph 9), letters under them (the UN's AKN of S/RES/2556 (2020), paragraph 29): the real
        // document wins. The configured levels name what a list that starts amiss should be.
        let style = head.value == 1 && (head.style == .roman || head.style == .latin) ? head.style : levels[depth]
        var out = sequence(parent.children, style: style, first: first, unlabeledIsError: false, syntax)
        for child in parent.children { out += items(of: child, depth: depth + 1, first: first, syntax) }
        return out
    }

    /// One finding per slip, said as a person would say it: a swap is one finding ("5 and 4 are out of
    /// order"), a gap one ("4 is missing"), a label typed twice one; never a cascade. The first finding
    /// carries the fix for the whole list: every label set to its position (1, 2, 3 … or (a), (b) …),
    /// so one pass renumbers fifty paragraphs.
    private func sequence(_ all: [Paragraph], style: LabelStyle, first: Int, unlabeledIsError: Bool, _ syntax: LabelSyntax) -> [Finding] {
        // Dash items ("– …") among lettered ones are bullets of their own (the UN's AKN of
        // S/RES/2512 (2020)): they take no place in the sequence.
        let paragraphs = style == .dash ? all : all.filter { $0.label?.style != .dash }
        var out: [Finding] = []
        var expected = first
        var i = 0
        /// The value of the label at `k`, when it is of the list's style.
        func value(_ k: Int) -> Int? {
            guard k < paragraphs.count, let l = paragraphs[k].label, l.style == style else { return nil }
            return l.value
        }
        func shownExpected(_ n: Int, like raw: String? = nil) -> String { Self.shown(Self.format(n, style, syntax, like: raw)) }
        while i < paragraphs.count {
            let p = paragraphs[i]
            defer { i += 1 }
            guard let label = p.label else {
                if p.isListHeading { continue }
                if unlabeledIsError {
                    out.append(Finding(range: p.range.lowerBound..<(p.range.lowerBound + 1),
                                       ["found": "no number", "expected": shownExpected(expected), "detail": ""]))
                }
                expected += 1
                continue
            }
            if label.value != expected || label.style != style {
                var values = ["found": Self.shown(label.raw), "expected": shownExpected(expected, like: label.raw), "detail": ""]
                let next = value(i + 1)
                if label.style == style, label.value == expected + 1, next == expected {
                    // Two labels swapped: one finding for the pair.
                    values["detail"] = ": \(Self.shown(label.raw)) and \(shownExpected(expected, like: label.raw)) are out of order"
                    out.append(Finding(range: label.range, values))
                    expected += 2
                    i += 1
                    continue
                }
                if label.style == style, next == expected + 1 {
                    // One label mistyped, the list goes on as it should.
                    out.append(Finding(range: label.range, values))
                    expected += 1
                    continue
                }
                if label.style == style, label.value > expected {
                    // A gap: the list goes on from the label found.
                    let missing = (expected..<label.value).map { shownExpected($0, like: label.raw) }
                    values["detail"] = missing.count == 1 ? ": \(missing[0]) is missing" : ": \(missing.first!) to \(missing.last!) are missing"
                } else if label.style == style, label.value < expected {
                    values["detail"] = ": \(Self.shown(label.raw)) comes again"
                }
                out.append(Finding(range: label.range, values))
                expected = label.style == style ? label.value + 1 : expected + 1
            } else {
                if style == .arabic, !syntax.paragraph.contains(where: { LabelReader.match(Array(label.raw.utf8), form: $0, syntax: syntax)?.1 == label.raw.utf8.count }) {
                    // A number that lost its mark ("3 Calls upon …"): the right number in no label form.
                    out.append(Finding(range: label.range, ["found": "\(label.raw) (its mark missing)", "expected": Self.format(expected, style, syntax), "detail": ""]))
                }
                expected += 1
            }
        }
        if !out.isEmpty {
            for (j, p) in paragraphs.enumerated() {
                guard let label = p.label else {
                    if unlabeledIsError { out[0].edits.append(Edit(range: p.range.lowerBound..<p.range.lowerBound, replacement: Self.format(first + j, style, syntax) + " ")) }
                    continue
                }
                guard label.style != .dash else { continue }
                let want = Self.format(first + j, style, syntax, like: label.raw)
                if want != label.raw { out[0].edits.append(Edit(range: label.range, replacement: want)) }
            }
        }
        return out
    }

    /// Labels as messages quote them: "5" for "5." (spec/rules.md: "numbered 5, expected 4"), "(c)" as it is.
    static func shown(_ label: String) -> String {
        label.hasSuffix(".") && label.dropLast().allSatisfy(\.isNumber) ? String(label.dropLast()) : label
    }

    /// The label for `n` in `style`, written the way the document writes labels ("(b)" or "b)",
    /// "7 -" or "٧ -"), in the language's forms (Rules/languages/*.yaml, `labels:`).
    static func format(_ n: Int, _ style: LabelStyle, _ syntax: LabelSyntax, like raw: String? = nil) -> String {
        syntax.write(n, style, like: raw)
    }
}
