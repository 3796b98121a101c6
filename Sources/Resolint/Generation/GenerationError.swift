/// A problem with the templates or the language data a skeleton is made from (not with the facts).
public struct GenerationError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
