/// `kind: membership` — names against a list of States (Rules/data/<list>.yaml): the sponsors of a
/// draft and the States of each recorded vote. `check: known` wants every name to be a name of the
/// list in the document's language, and of the document's time (a former name is flagged when the
/// document is later than the renaming), and says what was probably meant; `check: unique` wants no
/// State twice among the lists of one vote (research.md §3.8 L1, L3; §7.2 V5, V6).
public struct MembershipCheck: Check {
    public static let kind = "membership"
    /// known | unique
    public var check: String
    /// Where the names come from: `sponsors` (the header's list), `votes` (the lists of each vote).
    public var names: [String]
    /// known: the list of names, by its file name under Rules/data/ ("member-states").
    public var list: String?
    /// known: the largest edit distance, in characters, at which a name is offered as the one meant;
    /// by default a third of the name's length, and at least 1.
    public var maxDistance: Int?

    enum CodingKeys: String, CodingKey { case check, names, list, maxDistance = "max-distance" }

    public func validate(_ common: RuleCommon) throws {
        guard ["known", "unique"].contains(check) else { throw RuleError("unknown membership check '\(check)'; use known or unique") }
        for n in names where !["sponsors", "votes"].contains(n) {
            throw RuleError("unknown name source '\(n)'; use sponsors or votes")
        }
        if check == "known" {
            guard let list else { throw RuleError("membership check 'known' needs 'list' (one of: \(StateList.builtInNames.joined(separator: ", ")))") }
            // The list itself is read when first needed, not at start-up.
            guard StateList.builtInNames.contains(list) else {
                throw RuleError("no State list '\(list)'; lists: \(StateList.builtInNames.joined(separator: ", "))")
            }
        }
    }

    /// The names to look at, in groups: the sponsors are one group, each vote another.
    private func groups(_ document: Document) -> [[(name: String, range: ByteRange, side: RecordedVote.Side?)]] {
        var out: [[(name: String, range: ByteRange, side: RecordedVote.Side?)]] = []
        if names.contains("sponsors"), let s = document.header.sponsors {
            out.append(s.names.filter { !$0.name.isEmpty }.map { ($0.name, $0.range, nil) })
        }
        if names.contains("votes") {
            for vote in document.votes {
                out.append(vote.tallies.flatMap { side, t in
                    t.states.filter { document.language.votes.value($0.name) != 0 }.map { ($0.name, $0.range, side) }
                })
            }
        }
        return out
    }

    public func run(_ context: CheckContext) -> [Finding] {
        let document = context.document
        let language = context.language.code
        let known = list.flatMap { StateNames.builtIn($0, language: language) }
        var out: [Finding] = []
        for group in groups(document) {
            if check == "unique" {
                var seen: [String: RecordedVote.Side?] = [:]
                for n in group {
                    // One State under two of its names (荷兰 and 荷兰王国) is still one State.
                    // The code of a known name, else the name's key.
                    let key = known?.lookup(n.name)?.code ?? StateNames.key(n.name)
                    if let first = seen[key] {
                        let label = { (side: RecordedVote.Side) in context.language.votes.label(side) }
                        let detail: String
                        switch (first, n.side) {
                        case let (f?, s?) where f != s: detail = "already listed under “\(label(f))”"
                        case let (_, s?): detail = "listed twice under “\(label(s))”"
                        default: detail = "named twice"
                        }
                        out.append(Finding(range: n.range, ["found": n.name, "detail": detail]))
                    } else {
                        seen[key] = n.side
                    }
                }
                continue
            }
            guard let known else { continue }  // no names in this language: nothing to say
            for n in group {
                if let entry = known.lookup(n.name) {
                    if case let .former(until, now) = entry.form, let date = document.earliestDate, date >= until {
                        out.append(Finding(range: n.range, ["found": n.name, "expected": now,
                            "detail": "a former name, out of use since \(until); now “\(now)”"]))
                    }
                    continue
                }
                out.append(Finding(range: n.range, ["found": n.name, "detail": hint(n.name, known)]))
            }
        }
        return out
    }

    private func hint(_ name: String, _ known: StateNames) -> String {
        if let (a, b) = known.splitInTwo(name) {
            return "two names run together, their separator lost: “\(a)” and “\(b)”"
        }
        let length = StateNames.key(name).count
        let limit = maxDistance ?? max(1, length / 3)
        // The edit distance is at least the difference in length: a far longer text is near no name
        // (and measuring it against every name would cost its length times theirs).
        if length - known.longestKeyLength <= limit, let (nearest, d) = known.nearest(name), d <= limit {
            return "not a Member State or observer name; did you mean “\(nearest)”?"
        }
        return "not a Member State or observer name, nor near one"
    }
}
