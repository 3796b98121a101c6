/// A fact that cannot make a draft, named by its flag: "--session: … (from facts.yaml)".
public struct FactsError: Error, Equatable, CustomStringConvertible {
    public let field: FactField
    public let message: String
    /// The facts file the value came from, when it did not come from a flag.
    public let file: String?

    public init(_ field: FactField, _ message: String, file: String? = nil) {
        self.field = field; self.message = message; self.file = file
    }

    public var description: String {
        "\(field.flag)" + (file.map { " (\(field.key) in \($0))" } ?? "") + ": \(message)"
    }
}
