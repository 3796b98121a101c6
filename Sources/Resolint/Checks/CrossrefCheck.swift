/// `kind: crossref` — footnote references against footnote texts, within each footnote scope
/// (a committee report's body is one scope, its recommended texts another).
public struct CrossrefCheck: Check {
    public static let kind = "crossref"
    /// missing-text | unreferenced | numbering | duplicate
    public var check: String

    public func validate(_ common: RuleCommon) throws {
        guard ["missing-text", "unreferenced", "numbering", "duplicate"].contains(check) else {
            throw RuleError("unknown crossref check '\(check)'; use missing-text, unreferenced, numbering or duplicate")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
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
                for r in scope.references where seen.insert(r.number).inserted {
                    if r.number > expected {
                        out.append(Finding(range: r.range, ["found": "\(r.number)", "expected": "\(expected)"]))
                    }
                    expected = max(expected, r.number + 1)
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
}
