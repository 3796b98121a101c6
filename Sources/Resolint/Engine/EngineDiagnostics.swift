/// Findings that come from the engine itself rather than from a rule of Rules/: they have stable ids
/// too, so that every output format (and a SARIF viewer's rule list) can name them.
public enum EngineDiagnostics {
    /// Ids and one-line descriptions, for reporters that list the rules behind their results.
    public static let descriptions: [String: String] = [
        "rule.timeout": "A user's rule was stopped on a file because its regular expression took too long; its findings there are incomplete.",
        "baseline.fixed": "A finding recorded in the baseline no longer occurs; writing the baseline again drops it (an error with --strict-baseline).",
        "io.unreadable": "A file that could not be read or decoded (missing, not permitted, binary, not UTF-8 or UTF-16, or markup that is not well-formed): it was not linted.",
        "suppression.unknown-rule": "A resolint comment in the draft names a rule that does not exist.",
        "suppression.unused": "A resolint comment in the draft suppresses nothing.",
    ]
}

extension FileReport {
    /// The report of a file that could not be read: one `io.unreadable` error at its start, so that
    /// JSON, SARIF, JUnit and GitHub output show it among the files and the other files go on.
    public static func unreadable(path: String, error: Error) -> FileReport {
        var reason = (error as? InputError)?.reason ?? "\(error)"
        var start = SourcePosition(line: 1, column: 1)
        // Readers name the file, and where they can the place, as "path:line:column: cause"; the
        // diagnostic carries both itself.
        if reason.hasPrefix(path + ":") {
            reason = String(reason.dropFirst(path.count + 1))
            let parts = reason.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]), line > 0, column > 0 {
                start = SourcePosition(line: line, column: column)
                reason = String(parts[2])
            }
            reason = reason.trimmingCharacters(in: .whitespaces)
        }
        let d = Diagnostic(path: path, rule: "io.unreadable", severity: .error, message: "not linted: \(reason)",
                           start: start, end: start, byteRange: 0..<0)
        // No source: the text that could not be read is not quoted back.
        return FileReport(path: path, language: "", kind: .unknown, diagnostics: [d], source: SourceFile(path: path, text: ""))
    }

    /// Whether the file could not be read at all.
    public var isUnreadable: Bool { diagnostics.contains { $0.rule == "io.unreadable" } }
}
