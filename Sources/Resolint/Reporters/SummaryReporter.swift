/// The end of `--format text`: the `--statistics` table, the count of fixable findings and the
/// summary line ("3 files checked: 1 error, 2 warnings"), from a run's `LintSummary`.
public struct SummaryReporter: Sendable {
    public init() {}

    /// What follows the diagnostics. `statistics`: the table by rule, printed instead of the
    /// diagnostics, and without the fixable count. `quiet`: no summary line (`--quiet` prints errors
    /// only).
    public func render(_ summary: LintSummary, statistics: Bool = false, quiet: Bool = false) -> String {
        // The summary comes last, as CI logs are read from their end.
        (statistics ? table(summary) : fixable(summary)) + (quiet ? "" : line(summary))
    }

    /// "  12  rule.id  error" for each rule, most frequent first (as ruff prints them), then by id.
    public func table(_ summary: LintSummary) -> String {
        let rows = summary.byRule.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        let width = rows.map { String($0.value.count).count }.max() ?? 1
        let idWidth = rows.map(\.key.count).max() ?? 0
        return rows.map { id, row in
            let n = String(row.count)
            return String(repeating: " ", count: width - n.count) + n + "  " + id
                + String(repeating: " ", count: idWidth - id.count) + "  " + row.severity.rawValue + "\n"
        }.joined()
    }

    /// "[*] 3 fixable with `resolint fix` (1 more with `resolint fix --unsafe`)"; empty with nothing to fix.
    public func fixable(_ summary: LintSummary) -> String {
        guard summary.fixable + summary.unsafeFixable > 0 else { return "" }
        let more = summary.unsafeFixable == 0 ? "" : " (\(summary.unsafeFixable) more with `resolint fix --unsafe`)"
        return "[*] \(summary.fixable) fixable with `resolint fix`\(more)\n"
    }

    /// "3 files checked: 1 error, 2 warnings". Infos are counted too, but named only when there are
    /// some: a run without any prints the usual line.
    public func line(_ summary: LintSummary) -> String {
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        let infos = summary.infos > 0 ? ", " + counted(summary.infos, "info") : ""
        return counted(summary.files, "file") + " checked: " + counted(summary.errors, "error") + ", "
            + counted(summary.warnings, "warning") + infos + "\n"
    }
}
