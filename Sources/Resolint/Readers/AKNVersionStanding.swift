/// How an error stands against the other language versions of its resolution. The six versions are
/// translations of one text: an error on a paragraph read as the markup has it, where at least two
/// other versions read that paragraph alike and none has the same error there, is the version's own
/// slip (a Russian operative paragraph ending "," where the five others end ";").
public enum VersionStanding: Sendable, Equatable {
    /// Off the ground read as marked up: perhaps a misreading.
    case misread
    /// The version's own departure from the text the others share.
    case ownSlip
    /// Another version read alike has the same error at the same place: a slip of the text itself, or
    /// a rule stricter than the UN's practice.
    case shared
    /// Fewer than two other versions read the place alike: nothing to compare with.
    case unconfirmed

    /// What the fidelity benchmark's details write after the error.
    public var note: String {
        switch self {
        case .misread: return "misread?"
        case .ownSlip: return "own slip: the other versions are clean here"
        case .shared: return "the other versions have it too"
        case .unconfirmed: return "too few other versions read alike here"
        }
    }

    /// One language version's reading: how its parse agrees with its markup, and its errors.
    public struct Reading: Sendable {
        public var fidelity: AKNFidelity
        public var errors: [Diagnostic]
        public init(fidelity: AKNFidelity, errors: [Diagnostic]) {
            self.fidelity = fidelity
            self.errors = errors
        }
    }

    /// The standing of `error`, found in `own`, against the other versions' readings.
    public init(of error: Diagnostic, in own: Reading, others: [Reading]) {
        guard let place = own.fidelity.place(of: error) else { self = .misread; return }
        let alike = others.filter { $0.fidelity.agrees(at: place) }
        if alike.contains(where: { o in o.errors.contains { $0.rule == error.rule && o.fidelity.place(of: $0) == place } }) {
            self = .shared
        } else {
            self = alike.count >= 2 ? .ownSlip : .unconfirmed
        }
    }
}
