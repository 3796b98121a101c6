/// One finding of one rule, located in the original file.
public struct Diagnostic: Sendable, Codable, Equatable {
    public var path: String
    public var rule: String
    public var severity: Severity
    public var message: String
    public var start: SourcePosition
    public var end: SourcePosition
    /// Byte offsets of the finding in the decoded file.
    public var byteRange: Range<Int>
    /// The repair, when the rule has one.
    public var fix: Fix?
    /// The text of the paragraph (or line) the finding is in, without label or spaces: what a baseline
    /// keys the finding on (`FindingContext`).
    public var context: String?
    /// Where the finding is in a file that has no lines to count (a Word document): the paragraph as
    /// its reader sees it, "¶14 (operative paragraph 5)"; `start.column` is then the character in it.
    public var place: String?

    /// "14:5", or "¶14 (operative paragraph 5):23" in a Word document.
    public var location: String { place.map { "\($0):\(start.column)" } ?? "\(start.line):\(start.column)" }

    public struct Fix: Sendable, Codable, Equatable {
        public var safety: FixSafety
        public var edits: [Edit]
    }

    public init(path: String, rule: String, severity: Severity, message: String, start: SourcePosition, end: SourcePosition,
                byteRange: Range<Int>, fix: Fix? = nil) {
        self.path = path; self.rule = rule; self.severity = severity; self.message = message
        self.start = start; self.end = end; self.byteRange = byteRange; self.fix = fix
    }
}

/// The result of linting one file.
public struct FileReport: Sendable {
    public var path: String
    public var language: String
    public var kind: DocumentKind
    public var diagnostics: [Diagnostic]
    public var source: SourceFile
    /// What the user should know about how the file was read ("tracked changes accepted"), printed with the summary.
    public var remarks: [String] = []
}
