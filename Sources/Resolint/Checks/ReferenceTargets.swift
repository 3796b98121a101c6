/// What a draft's internal references name: the operative paragraphs that bear each number, the items
/// of a paragraph that bear each letter. A number borne twice (a late insertion: a new "5." placed after
/// paragraph 4) or by none (a paragraph deleted) cannot be mapped with certainty: `resolint fix` then
/// rewrites no reference without `--unsafe`, and reference.ambiguous / reference.dangling say why.
struct ReferenceTargets {
    enum Target: Equatable {
        /// Borne by one paragraph (its index) or item.
        case one(Int)
        /// Borne by several, in order.
        case several([Int])
        case none
    }

    /// Indices in `draft.operative` of the paragraphs numbered with each number.
    let paragraphs: [Int: [Int]]
    /// One numbering runs through the draft (sections numbered apart make a number ambiguous by design).
    let singleRun: Bool

    init(_ draft: Draft) {
        var bearers: [Int: [Int]] = [:]
        for (j, p) in draft.operative.enumerated() {
            if let label = p.label, label.style == .arabic { bearers[label.value, default: []].append(j) }
        }
        paragraphs = bearers
        singleRun = SequenceCheck.numberingRuns(draft.operative, first: 1).count <= 1
    }

    func paragraph(_ number: Int) -> Target { Self.target(paragraphs[number]) }

    /// The items of `parent` lettered with the `value`th letter (indices in `parent.children`).
    static func item(_ value: Int, of parent: Paragraph) -> Target {
        target(parent.children.indices.filter { j in
            guard let l = parent.children[j].label, l.style == .latin else { return false }
            return l.value == value
        })
    }

    private static func target(_ indices: [Int]?) -> Target {
        guard let indices, !indices.isEmpty else { return .none }
        return indices.count == 1 ? .one(indices[0]) : .several(indices)
    }
}
