/// A replacement of some bytes of the decoded file: the unit of every fix.
public struct Edit: Sendable, Hashable, Codable {
    public var range: Range<Int>
    public var replacement: String
    /// Where the range starts and ends in the file, set when the edit is reported (reporters that
    /// drop the source, as SARIF's, still locate it).
    public var start: SourcePosition?
    public var end: SourcePosition?
    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Whether resolint may apply a rule's fix without asking (`resolint fix`), or only with `--unsafe`.
public enum FixSafety: String, Codable, Sendable {
    case safe, unsafe
}
