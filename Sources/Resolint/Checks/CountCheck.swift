/// `kind: count` — a stated number against a counted list: the recorded votes of a committee report
/// (research.md §7.2). `check: tally` compares each number of the tally phrase with the states listed
/// under its label (V4); `check: outcome` compares the result the sentence gives with the numbers,
/// and the numbers with the membership (V7, V8).
public struct CountCheck: Check {
    public static let kind = "count"
    /// tally | outcome
    public var check: String
    /// outcome: how many States can vote at most (the membership).
    public var maximum: Int?

    public func validate(_ common: RuleCommon) throws {
        guard ["tally", "outcome"].contains(check) else {
            throw RuleError("unknown count check '\(check)'; use tally or outcome")
        }
        if check == "outcome", maximum == nil { throw RuleError("count check 'outcome' needs 'maximum' (the membership)") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let votes = context.language.votes
        for vote in context.document.votes {
            if check == "tally" {
                for (side, tally) in vote.tallies {
                    let label = votes.label(side)
                    let counted = tally.states.filter { votes.value($0.name) != 0 }.count  // "Against: None."
                    switch (tally.stated, tally.statedRange, tally.labelRange) {
                    case let (stated?, at?, _?) where stated != counted:
                        out.append(Finding(range: at, ["found": "\(stated)", "expected": "\(counted)",
                                                       "detail": "\(counted) listed under “\(label)”"]))
                    case let (stated?, at?, nil) where stated > 0:
                        out.append(Finding(range: at, ["found": "\(stated)", "expected": "a list",
                                                       "detail": "no list under “\(label)” follows"]))
                    case let (nil, _, at?) where counted > 0:
                        out.append(Finding(range: at, ["found": "no number", "expected": "\(counted)",
                                                       "detail": "\(counted) listed under “\(label)”"]))
                    default:
                        break
                    }
                }
                continue
            }
            guard let yes = vote.inFavour?.stated, let no = vote.against?.stated else { continue }
            let total = yes + no + (vote.abstaining?.stated ?? 0)
            if let maximum, total > maximum {
                out.append(Finding(range: vote.range, ["found": "\(total) votes", "expected": "at most \(maximum)",
                    "detail": "\(total) votes in all, more than the \(maximum) Members"]))
            }
            guard let outcome = vote.outcome, let at = vote.outcomeRange else { continue }
            // A proposal carries with more votes for than against (members present and voting).
            let carried = yes > no
            if carried != (outcome != .rejected) {
                let written = context.document.source.string(at)
                out.append(Finding(range: at, ["found": written, "expected": carried ? "adopted" : "rejected",
                    "detail": "“\(written)” (\(outcome.rawValue)) with \(yes) in favour and \(no) against: the proposal \(carried ? "carried" : "did not carry")"]))
            }
        }
        return out
    }
}
