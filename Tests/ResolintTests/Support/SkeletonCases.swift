@testable import Resolint

/// The facts `resolint new` is tried with in every language: both kinds, in a Main Committee and in
/// plenary, and at the ends of the session range (1, and 199 whose next is 200).
enum SkeletonCases {
    static func variations(_ make: (Draft.Kind, Int, DraftFacts.Committee) -> DraftFacts) -> [DraftFacts] {
        [Draft.Kind.resolution, .decision].flatMap { kind in
            [make(kind, 79, .main(1)), make(kind, 79, .plenary), make(kind, 1, .main(6)), make(kind, 199, .main(3))]
        }
    }
}
