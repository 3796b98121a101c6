/// `kind: compare` — a rule of `resolint compare`, which holds the language versions of one text
/// against each other: the rule reports one `aspect` on which they disagree. A single file has nothing
/// to compare with, so `lint` finds nothing with it; its id, severity and message work as any rule's.
public struct CompareCheck: Check {
    public static let kind = "compare"
    /// What is compared: parts, preamble, operative, numbering, items, footnotes, citations, symbols,
    /// dates, figures, session or agenda-item (VersionComparer).
    public var aspect: String

    static let aspects = ["parts", "preamble", "operative", "numbering", "items", "footnotes", "citations",
                          "symbols", "dates", "figures", "session", "agenda-item"]

    public func validate(_ common: RuleCommon) throws {
        guard Self.aspects.contains(aspect) else {
            throw RuleError("unknown compare aspect '\(aspect)'; known: \(Self.aspects.joined(separator: ", "))")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] { [] }
}
