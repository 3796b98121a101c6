/// `kind: crossref` — footnote references against footnote texts, within each footnote scope
/// (a committee report's body is one scope, its recommended texts another).
public struct CrossrefCheck: Check {
    public static let kind = "crossref"
    /// missing-text | unreferenced | numbering | duplicate (footnotes); paragraph (a draft's references
    /// to its own operative paragraphs and their items that name none); ambiguous (that name one of two
    /// bearing the same number or letter)
    public var check: String

    static let checks = ["missing-text", "unreferenced", "numbering", "duplicate", "paragraph", "ambiguous"]

    public func validate(_ common: RuleCommon) throws {
        guard Self.checks.contains(check) else {
            throw RuleError("unknown crossref check '\(check)'; use \(Self.checks.joined(separator: ", "))")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        if check == "paragraph" || check == "ambiguous" {
            for (k, draft) in context.document.drafts.enumerated() {
                let references = context.internalReferences[k]
                out += check == "paragraph" ? dangling(draft, references, context) : ambiguous(draft, references, context)
            }
            return out
        }
        for scope in context.document.footnoteScopes {
            let texts = Set(scope.texts.map(\.number))
            let referenced = Set(scope.references.map(\.number))
            switch check {
            case "missing-text":
                var reported = Set<Int>()
                for r in scope.references where !texts.contains(r.number) && reported.insert(r.number).inserted {
                    out.append(Finding(range: r.range, ["found": "\(r.number)"]))
                }
            case "unreferenced":
                for t in scope.texts where !referenced.contains(t.number) {
                    out.append(Finding(range: t.numberRange, ["found": "\(t.number)"]))
                }
            case "numbering":
                // A number above the next expected one is the slip; the lower one that then comes
                // late is the same slip seen from the other side, so it is not reported again.
                var seen = Set<Int>()
                var expected = 1
                var order: [Int] = []
                for r in scope.references where seen.insert(r.number).inserted {
                    order.append(r.number)
                    if r.number > expected {
                        out.append(Finding(range: r.range, ["found": "\(r.number)", "expected": "\(expected)"]))
                    }
                    expected = max(expected, r.number + 1)
                }
                // The fix renumbers references and texts together, in order of first reference.
                if !out.isEmpty {
                    let renumber = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
                    let source = context.document.source
                    for r in scope.references where renumber[r.number] != r.number {
                        out[0].edits.append(Edit(range: r.range, replacement: Self.renumbered(source.string(r.range), renumber[r.number]!)))
                    }
                    // Texts that stand together are put in their new order with their numbers; the others
                    // only change their numbers.
                    let (moves, moved) = Self.reordered(scope.texts, renumber, source)
                    out[0].edits += moves
                    for (k, t) in scope.texts.enumerated() where !moved.contains(k) && (renumber[t.number].map { $0 != t.number } ?? false) {
                        out[0].edits.append(Edit(range: t.numberRange, replacement: String(renumber[t.number]!)))
                    }
                }
            default:
                var seen = Set<Int>()
                for t in scope.texts where !seen.insert(t.number).inserted {
                    out.append(Finding(range: t.numberRange, ["found": "\(t.number)"]))
                }
            }
        }
        return out
    }

    /// References to a paragraph or item the draft does not have: past the last paragraph, or, where
    /// paragraphs are numbered, a number none bears (the paragraph was deleted: renumbering would make
    /// the reference name the next one).
    private func dangling(_ draft: Draft, _ references: InternalReferences.Found, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // Numbered provisions in a paragraph ("Resolves that: / 1. … / 2. …") are paragraphs too.
        let numbered = draft.operative.flatMap { [$0] + $0.children.filter { $0.label?.style == .arabic } }
        let borne = Set(numbered.compactMap { $0.label?.style == .arabic ? $0.label?.value : nil })
        let count = max(draft.operative.count, borne.max() ?? 0)
        // A bare number past the last paragraph is another text's ("the report …, including paragraphs
        // 21, 22 and 23 that discuss …", S/RES/2511 (2020)): only one written as the draft's own is reported.
        for ref in references.paragraphs where !(ref.bare && ref.number > count) {
            if ref.number < 1 || ref.number > count {
                out.append(Finding(range: ref.range, ["found": "paragraph \(ref.number)", "expected": "the draft has \(count) operative paragraphs"]))
            } else if !borne.isEmpty, !borne.contains(ref.number) {
                out.append(Finding(range: ref.range, ["found": "paragraph \(ref.number)", "expected": "no operative paragraph is numbered \(ref.number)"]))
            }
        }
        // An item named in a paragraph that has no such item ("paragraph 1 (f) above").
        let syntax = context.language.labelSyntax
        for ref in references.items {
            if let n = ref.paragraph, !borne.isEmpty, !borne.contains(n), n <= count {
                // Its paragraph deleted: the item goes with it.
                out.append(Finding(range: ref.range, ["found": "item (\(ref.item)) of paragraph \(n)", "expected": "no operative paragraph is numbered \(n)"]))
                continue
            }
            guard let index = ref.paragraph.map({ n in draft.operative.firstIndex { $0.label?.value == n } ?? (n - 1) }) ?? ref.container,
                  draft.operative.indices.contains(index) else { continue }
            let parent = draft.operative[index]
            let values = parent.children.compactMap { $0.label?.style == .latin ? $0.label!.value : nil }
            guard let value = syntax.letterValue(ref.item), let last = values.max(), !values.contains(value) else { continue }
            let number = parent.label?.value ?? index + 1
            out.append(Finding(range: ref.range, ["found": "item (\(ref.item)) of paragraph \(number)",
                                                  "expected": "its items run (\(syntax.letterLabel(values.min()!) ?? "")) to (\(syntax.letterLabel(last) ?? ""))"]))
        }
        return out
    }

    /// References to a number two operative paragraphs bear (a late insertion: a new "5." placed after
    /// paragraph 4), or to a letter two items of a paragraph bear: which one is meant cannot be known,
    /// so `resolint fix` renumbers them only with `--unsafe` (taking the later one, the paragraph that
    /// kept its number when a new one was put before it).
    private func ambiguous(_ draft: Draft, _ references: InternalReferences.Found, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let targets = ReferenceTargets(draft)
        let source = context.document.source
        func lines(_ ps: [Paragraph]) -> String {
            let ls = ps.map { String(source.position(of: $0.range.lowerBound).line) }
            return ls.dropLast().joined(separator: ", ") + " and " + ls.last!
        }
        if targets.singleRun {
            for ref in references.paragraphs {
                guard case .several(let js) = targets.paragraph(ref.number) else { continue }
                let ps = js.map { draft.operative[$0] }
                out.append(Finding(range: ref.range, ["found": "paragraph \(ref.number)",
                    "expected": "\(ps.count) operative paragraphs are numbered \(ref.number) (lines \(lines(ps))); renumber them by hand, or `resolint fix --unsafe` takes the one on line \(source.position(of: ps.last!.range.lowerBound).line)"]))
            }
        }
        let syntax = context.language.labelSyntax
        for ref in references.items {
            let index: Int?
            if let n = ref.paragraph {
                guard targets.singleRun else { continue }
                switch targets.paragraph(n) {
                case .one(let j): index = j
                case .several(let js):
                    // Its paragraph's number is ambiguous: so is the item.
                    let ps = js.map { draft.operative[$0] }
                    out.append(Finding(range: ref.range, ["found": "item (\(ref.item)) of paragraph \(n)",
                        "expected": "\(ps.count) operative paragraphs are numbered \(n) (lines \(lines(ps))); renumber them by hand, or `resolint fix --unsafe` takes the one on line \(source.position(of: ps.last!.range.lowerBound).line)"]))
                    continue
                case .none: continue
                }
            } else { index = ref.container }
            guard let index, let value = syntax.letterValue(ref.item),
                  case .several(let js) = ReferenceTargets.item(value, of: draft.operative[index]) else { continue }
            let ps = js.map { draft.operative[index].children[$0] }
            out.append(Finding(range: ref.range, ["found": "item (\(ref.item))",
                "expected": "\(ps.count) items of paragraph \(draft.operative[index].label?.value ?? index + 1) are lettered (\(ref.item)) (lines \(lines(ps))); reletter them by hand, or `resolint fix --unsafe` takes the one on line \(source.position(of: ps.last!.range.lowerBound).line)"]))
        }
        return out
    }

    /// Footnote texts renumbered and put in the order of their new numbers, where that is certain: a run
    /// of texts that stand one after the other with nothing but blank space between them, each on lines of
    /// its own, each renumbered, no number twice. The run is written again with the texts in their new
    /// order and the space between them as it was. Returns the edits and the indices of the texts moved.
    static func reordered(_ texts: [FootnoteText], _ renumber: [Int: Int], _ source: SourceFile) -> ([Edit], Set<Int>) {
        var edits: [Edit] = [], moved = Set<Int>()
        let placed = texts.indices.filter { texts[$0].range != nil }.sorted { texts[$0].range!.lowerBound < texts[$1].range!.lowerBound }
        // Runs of texts with only blank space between them.
        var runs: [[Int]] = []
        for k in placed {
            if let last = runs.last?.last, texts[last].range!.upperBound <= texts[k].range!.lowerBound,
               source.string(texts[last].range!.upperBound..<texts[k].range!.lowerBound).allSatisfy(\.isWhitespace) {
                runs[runs.count - 1].append(k)
            } else {
                runs.append([k])
            }
        }
        for run in runs where run.count > 1 {
            let news = run.compactMap { renumber[texts[$0].number] }
            guard news.count == run.count, Set(news).count == news.count, Set(run.map { texts[$0].number }).count == run.count else { continue }
            let order = run.sorted { renumber[texts[$0].number]! < renumber[texts[$1].number]! }
            guard order != run else { continue }
            // Each text as written, its number changed.
            func written(_ k: Int) -> String {
                let t = texts[k], r = t.range!
                return source.string(r.lowerBound..<t.numberRange.lowerBound) + String(renumber[t.number]!) + source.string(t.numberRange.upperBound..<r.upperBound)
            }
            var replacement = ""
            for (i, k) in order.enumerated() {
                replacement += written(k)
                if i + 1 < run.count { replacement += source.string(texts[run[i]].range!.upperBound..<texts[run[i + 1]].range!.lowerBound) }
            }
            let whole = texts[run[0]].range!.lowerBound..<texts[run[run.count - 1]].range!.upperBound
            edits.append(Edit(range: whole, replacement: replacement))
            moved.formUnion(run)
        }
        return (edits, moved)
    }

    /// The marker's text with its number replaced: "[^3]" → "[^2]", "3" → "2", "³" stays a digit run.
    static func renumbered(_ marker: String, _ n: Int) -> String {
        guard let first = marker.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return String(n) }
        let last = marker[first...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? marker.endIndex
        return String(marker[..<first]) + String(n) + String(marker[last...])
    }
}
