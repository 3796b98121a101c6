/// What a lint run found, counted over the file reports it shows: diagnostics by severity, by the fix
/// they carry, and by rule. The command line ends its text output with these (`SummaryReporter`) and
/// its JSON output with the counts by severity; an embedder counts its reports the same way.
public struct LintSummary: Sendable, Equatable {
    public private(set) var files = 0
    public private(set) var errors = 0, warnings = 0, infos = 0
    /// Diagnostics with a fix `resolint fix` applies, and with one only `resolint fix --unsafe` does.
    public private(set) var fixable = 0, unsafeFixable = 0
    /// Diagnostics by rule id.
    public private(set) var byRule: [String: RuleCount] = [:]

    public struct RuleCount: Sendable, Equatable {
        /// The severity of the rule's first diagnostic counted (a rule's severity may differ by file).
        public var severity: Severity
        public var count: Int
    }

    public init() {}

    /// Counts one file and its diagnostics, as shown (after any filtering: `--quiet`, a baseline).
    public mutating func add(_ report: FileReport) {
        files += 1
        for d in report.diagnostics {
            switch d.severity { case .error: errors += 1; case .warning: warnings += 1; case .info: infos += 1 }
            switch d.fix?.safety { case .safe?: fixable += 1; case .unsafe?: unsafeFixable += 1; case nil: break }
            byRule[d.rule, default: RuleCount(severity: d.severity, count: 0)].count += 1
        }
    }
}
