import Foundation

/// `kind: position` — a paragraph of the scope (preamble or operative part) that opens with one of the
/// language's `phrases` stands last in it: the Security Council's "Acting under Chapter VII of the
/// Charter of the United Nations," closes its preamble (every one of the 45 of its 113 texts of 2020–2021
/// that cite Chapter VII, in each language of the UN's markup).
public struct PositionCheck: Check {
    public static let kind = "position"
    /// Regular expressions matched at the start of a paragraph's text, by language code (case aside; a
    /// space stands for any run of spaces, no-break ones included: "главы\u{A0}VII").
    public var phrases: [String: [String]]
    /// last (the only place known so far).
    public var place: String

    public func validate(_ common: RuleCommon) throws {
        guard place == "last" else { throw RuleError("unknown place '\(place)'; use last") }
        guard [.preamble, .operative].contains(common.scope) else { throw RuleError("a position rule needs scope preamble or operative") }
        for p in phrases.values.flatMap({ $0 }) { _ = try RegexCache.compile(Self.anchored(p), ignoreCase: true) }
    }

    static func anchored(_ phrase: String) -> String {
        let body = phrase.replacingOccurrences(of: " ", with: "\\s+")
        // Without alternatives or brackets the group changes nothing, and left out it lets
        // RegexPrefilter read the phrase's literals (it reads none inside a group).
        return phrase.contains(where: { "|()".contains($0) }) ? "^\\s*(?:" + body + ")" : "^\\s*" + body
    }

    private static let anchoredPatterns = Locked<[String: String]>([:])

    /// `anchored`, written once per phrase and process: Foundation's replacingOccurrences for each
    /// phrase of each document cost more than the check's expressions. The String kept is the one
    /// handed to RegexCache every time after, which finds it by its storage.
    static func anchoredShared(_ phrase: String) -> String {
        if let pattern = anchoredPatterns.withLock({ $0[phrase] }) { return pattern }
        let pattern = anchored(phrase)
        return anchoredPatterns.withLock {
            if $0.count >= RegexCache.maxCached { $0.removeAll(keepingCapacity: true) }
            if let kept = $0[phrase] { return kept }
            $0[phrase] = pattern
            return pattern
        }
    }

    /// `anchored` as first written, always grouped: what the test of the ungrouped form compares it with.
    static func anchoredInGroup(_ phrase: String) -> String {
        "^\\s*(?:" + phrase.replacingOccurrences(of: " ", with: "\\s+") + ")"
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let expressions = (phrases[context.language.code] ?? []).compactMap { try? RegexCache.compiled(Self.anchoredShared($0), ignoreCase: true) }
        guard !expressions.isEmpty else { return [] }
        var out: [Finding] = []
        for draft in context.document.drafts {
            let paragraphs = context.common.scope == .operative ? draft.operative : draft.preamble
            let others = context.common.scope == .operative ? draft.preamble : draft.operative
            for (k, p) in paragraphs.enumerated() where k < paragraphs.count - 1 {
                let text = p.content.text
                // A paragraph without the literals a phrase needs is not handed to ICU (most are not:
                // each was converted to UTF-16 for it).
                guard let m = expressions.lazy.compactMap({ e in
                          e.prefilter.mayMatch(text) ? e.firstMatch(in: text) : nil
                      }).first,
                      let range = p.content.sourceRange(of: m.range) else { continue }
                // Last of its run: a text in parts (S/RES/820 (1993), A and B) gives each part its own
                // preamble, so only the paragraphs before the next one of the other kind count.
                let end = others.first { $0.range.lowerBound > p.range.lowerBound }?.range.lowerBound ?? Int.max
                let after = paragraphs[(k + 1)...].filter { $0.range.lowerBound < end }.count
                if after == 0 { continue }
                out.append(Finding(range: range, ["found": (text as NSString).substring(with: m.range),
                                                  "expected": after == 1 ? "1 paragraph follows it" : "\(after) paragraphs follow it"]))
            }
        }
        return out
    }
}
