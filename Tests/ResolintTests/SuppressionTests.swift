import Foundation
import Testing
@testable import Resolint

/// Inline suppressions in .txt and .md drafts.
struct SuppressionTests {
    /// A short English draft with two slips: paragraph 1 ends with "." and paragraph 2 with ".".
    let draft = """
        Seventy-ninth session
        First Committee
        Agenda item 96
        Item

        France and Japan: draft resolution

        Title

        The General Assembly,

        Noting the report,

        1. Calls upon Member States to act.

        2. Requests the Secretary-General to report.

        3. Decides to include in the provisional agenda of its eightieth session the item entitled “Item”.

        """

    func lint(_ text: String, unused: Bool = false) throws -> [String] {
        var linter = Fixtures.linter
        linter.reportUnusedSuppressions = unused
        return try linter.lint(text: text, path: "d.md", language: "en").diagnostics.map { "\($0.rule)@\($0.start.line):\($0.start.column)" }
    }

    @Test func withoutCommentsBothSlipsShow() throws {
        #expect(try lint(draft) == ["operative.terminator@14:35", "operative.terminator@16:44"])
    }

    @Test func disableNextLine() throws {
        let text = draft.replacingOccurrences(of: "1. Calls", with: "<!-- resolint-disable-next-line operative.terminator -->\n\n1. Calls")
        #expect(try lint(text) == ["operative.terminator@18:44"])
    }

    @Test func disableAndEnableARange() throws {
        let text = draft.replacingOccurrences(of: "1. Calls", with: "<!-- resolint-disable operative.terminator -->\n1. Calls")
            .replacingOccurrences(of: "2. Requests", with: "<!-- resolint-enable operative.terminator -->\n2. Requests")
        #expect(try lint(text) == ["operative.terminator@18:44"])
        // Without an enable, to the end of the file; without a rule id, every rule.
        let all = draft.replacingOccurrences(of: "1. Calls", with: "<!-- resolint-disable -->\n1. Calls")
        #expect(try lint(all).isEmpty)
    }

    @Test func anotherRuleIsNotSilenced() throws {
        let text = draft.replacingOccurrences(of: "1. Calls", with: "<!-- resolint-disable-next-line text.brackets -->\n1. Calls")
        #expect(try lint(text) == ["operative.terminator@15:35", "operative.terminator@17:44"])
    }

    @Test func unknownRuleIdIsAWarning() throws {
        let text = draft.replacingOccurrences(of: "1. Calls", with: "<!-- resolint-disable-next-line operative.terminater -->\n1. Calls")
        let report = try Fixtures.linter.lint(text: text, path: "d.md", language: "en")
        let unknown = try #require(report.diagnostics.first { $0.rule == "suppression.unknown-rule" })
        #expect(unknown.severity == .warning && unknown.start == SourcePosition(line: 14, column: 33))
        #expect(unknown.message == "unknown rule “operative.terminater” in a resolint comment")
    }

    @Test func unusedSuppressionIsReportedWhenAsked() throws {
        let text = draft.replacingOccurrences(of: "Noting the report,", with: "<!-- resolint-disable-next-line operative.terminator -->\nNoting the report,")
        #expect(try !lint(text).contains { $0.hasPrefix("suppression.unused") })
        #expect(try lint(text, unused: true).contains("suppression.unused@12:1"))
    }

    @Test func commentsDoNotChangeTheParse() throws {
        // In the PDF layout a comment line between two lines of one paragraph leaves it whole.
        var lines = try Fixtures.example(Fixtures.zhDraft).components(separatedBy: "\n")
        lines.insert("<!-- resolint-disable-next-line preamble.terminator -->", at: 42)
        let report = try Fixtures.lint(lines.joined(separator: "\n"))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    }
}
