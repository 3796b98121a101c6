import Testing
@testable import Resolint

/// The end of the text output, counted and written by the library (`LintSummary`, `SummaryReporter`)
/// as `resolint lint` prints it; CommandLineTests check the command's own output.
@Suite struct SummaryReporterTests {
    static func diagnostic(_ rule: String, _ severity: Severity, fix: FixSafety? = nil) -> Diagnostic {
        Diagnostic(path: "d.txt", rule: rule, severity: severity, message: "m", start: SourcePosition(line: 1, column: 1),
                   end: SourcePosition(line: 1, column: 2), byteRange: 0..<1, fix: fix.map { Diagnostic.Fix(safety: $0, edits: []) })
    }

    static func report(_ diagnostics: [Diagnostic]) -> FileReport {
        FileReport(path: "d.txt", language: "en", kind: .draftResolution, diagnostics: diagnostics, source: SourceFile(path: "d.txt", text: "x\n"))
    }

    /// Two files: eleven errors of one rule (ten of them safely fixable), a warning with an unsafe fix
    /// and an info.
    static let summary: LintSummary = {
        var summary = LintSummary()
        summary.add(report(Array(repeating: diagnostic("a.many", .error, fix: .safe), count: 10) + [diagnostic("a.many", .error)]))
        summary.add(report([diagnostic("b.longer-id", .warning, fix: .unsafe), diagnostic("c.note", .info)]))
        return summary
    }()

    @Test func countsBySeverityFixAndRule() {
        let s = Self.summary
        #expect((s.files, s.errors, s.warnings, s.infos, s.fixable, s.unsafeFixable) == (2, 11, 1, 1, 10, 1))
        #expect(s.byRule["a.many"] == LintSummary.RuleCount(severity: .error, count: 11))
    }

    @Test func textAsTheCommandPrintsIt() {
        let reporter = SummaryReporter()
        #expect(reporter.render(Self.summary) == """
            [*] 10 fixable with `resolint fix` (1 more with `resolint fix --unsafe`)
            2 files checked: 11 errors, 1 warning, 1 info

            """)
        // Most frequent first, then by id; counts aligned right, ids left.
        #expect(reporter.render(Self.summary, statistics: true) == """
            11  a.many       error
             1  b.longer-id  warning
             1  c.note       info
            2 files checked: 11 errors, 1 warning, 1 info

            """)
        #expect(reporter.render(Self.summary, quiet: true) == reporter.fixable(Self.summary))
        // Without infos the line names none; one file is "file".
        var one = LintSummary()
        one.add(Self.report([]))
        #expect(reporter.render(one) == "1 file checked: 0 errors, 0 warnings\n")
    }
}
