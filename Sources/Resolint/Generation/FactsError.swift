/// A fact that cannot make a draft, named by its flag: "--session: … (from facts.yaml)".
public struct FactsError: Error, Equatable, CustomStringConvertible {
    public let field: FactField
    public let message: String
    /// The facts file the value came from, when it did not come from a flag.
    public let file: String?
    /// The other problems found in the same pass, in the order of the flags.
    public var more: [FactsError] = []

    public init(_ field: FactField, _ message: String, file: String? = nil) {
        self.field = field; self.message = message; self.file = file
    }

    /// One line per problem.
    public var description: String {
        ([self] + more).map { e in "\(e.field.flag)" + (e.file.map { " (\(e.field.key) in \($0))" } ?? "") + ": \(e.message)" }
            .joined(separator: "\n")
    }
}
