/// `kind: crossref` — footnote references against footnote texts, within each footnote scope
/// (a committee report's body is one scope, its recommended texts another).
public struct CrossrefCheck: Check {
    public static let kind = "crossref"
    /// missing-text | unreferenced | numbering | duplicate (footnotes); paragraph (a draft's references
    /// to its own operative paragraphs)
    public var check: String

    static let checks = ["missing-text", "unreferenced", "numbering", "duplicate", "paragraph"]

    public func validate(_ common: RuleCommon) throws {
        guard Self.checks.contains(check) else {
            throw RuleError("unknown crossref check '\(check)'; use \(Self.checks.joined(separator: ", "))")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        if check == "paragraph" {
            for draft in context.document.drafts {
                // Numbered provisions in a paragraph ("Resolves that: / 1. … / 2. …") are paragraphs too.
                let numbered = draft.operative.flatMap { [$0] + $0.children.filter { $0.label?.style == .arabic } }
                let count = max(draft.operative.count, numbered.compactMap { $0.label?.style == .arabic ? $0.label?.value : nil }.max() ?? 0)
                for ref in ParagraphReferences.find(in: draft, language: context.language) where ref.number < 1 || ref.number > count {
                    out.append(Finding(range: ref.range, ["found": "paragraph \(ref.number)", "expected": "the draft has \(count) operative paragraphs"]))
                }
                // An item named in a paragraph that has no such item ("paragraph 1 (f) above").
                for ref in ItemReferences.find(in: draft, language: context.language) {
                    let index = ref.paragraph.map { n in draft.operative.firstIndex { $0.label?.value == n } ?? (n - 1) } ?? ref.container
                    guard draft.operative.indices.contains(index) else { continue }
                    let letters = draft.operative[index].children.compactMap { $0.label?.style == .latin ? LabelReader.latinLabel($0.label!.value) : nil }
                    if !letters.isEmpty, !letters.contains(ref.item) {
                        let number = draft.operative[index].label?.value ?? index + 1
                        out.append(Finding(range: ref.range, ["found": "item (\(ref.item)) of paragraph \(number)",
                                                              "expected": "its items run (a) to (\(letters.last!))"]))
                    }
                }
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
                    for t in scope.texts where renumber[t.number].map({ $0 != t.number }) ?? false {
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

    /// The marker's text with its number replaced: "[^3]" → "[^2]", "3" → "2", "³" stays a digit run.
    static func renumbered(_ marker: String, _ n: Int) -> String {
        guard let first = marker.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return String(n) }
        let last = marker[first...].firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? marker.endIndex
        return String(marker[..<first]) + String(n) + String(marker[last...])
    }
}
