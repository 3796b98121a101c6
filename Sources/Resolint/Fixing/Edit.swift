/// A replacement of some bytes of the decoded file: the unit of every fix.
public struct Edit: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var replacement: String
    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Whether resolint may apply a rule's fix without asking (`resolint fix`), or only with `--unsafe`.
public enum FixSafety: String, Codable, Sendable {
    case safe, unsafe
}
