import Foundation
import PropertyBased
import Testing
@testable import Resolint

/// Properties over generated drafts: parsing never crashes, every diagnostic lies inside the file,
/// and linting the same text twice gives the same diagnostics.
struct PropertyTests {
    /// Pieces of real drafts and of what goes wrong in them, in both languages: header lines, labels,
    /// paragraphs with and without their marks, footnotes, quotes and brackets left open, page debris,
    /// comments, odd white space and characters outside the Basic Multilingual Plane.
    static let pieces: [String] = [
        "第七十三届会议", "议程项目96", "从国际安全角度看信息和电信领域的发展", "法国、日本和俄罗斯联邦：决议草案",
        "大会，", "大会", "回顾其第 73/27 号决议，", "又回顾《联合国宪章》（第一条），", "欢迎“报告”的结论；",
        " 1. 决定将题为“从国际安全角度看信息和电信领域的发展”的项目列入大会第七十四届会议临时议程。",
        " 2. 请秘书长：", "(a) 提交报告；", "(b) 采取措施。", "(i) 第一项", "(ii) 第二项。", "一. 导言", "第一委员会的报告",
        "Seventy-third session", "Agenda item 96", "France, Japan and Russian Federation: draft resolution",
        "The General Assembly,", "Recalling its resolution 73/27 of 5 December 2018,", "Noting with concern the report1 of the Secretary-General,",
        "1. Decides to include in the provisional agenda of its seventy-fourth session the item entitled “Item”.",
        "2. Requests the Secretary-General:", "(a) To report; and", "(b) To act.", "a) item", "- bullet", "• bullet",
        "12.", "(c)", "1", "________________", "1 A/73/505.", "[^1]: A footnote.", "See note [^1].", "²",
        "https://undocs.org/A/73/27", "\u{0C}A/C.1/73/L.37", "18-17962 (C)", "*1817962*", "2/5", "Please recycle",
        "“unclosed quote", "closing” quote", "《未闭合", "（", ")", "[", "]", "【决议】", "TODO", "XXX", "[...]",
        "<!-- resolint-disable -->", "<!-- resolint-enable -->", "<!-- resolint-disable-next-line text.brackets -->",
        "<!-- resolint-disable nosuch.rule -->", "Annex", "附件二", "A", "B", "I.", "26th plenary meeting",
        "\t", " ", "\u{3000}", "\u{00A0}", "\r", "e\u{301}", "𠀀𠀁", "🇺🇳", "\u{FEFF}", ",", "，", "；", ":", "。", ".",
    ]
    static let separators = ["\n", "\n\n", " ", "", "\r\n", "\n \n"]

    static let drafts = zip(
        Gen.element(of: pieces).array(of: 0...40),
        Gen.element(of: separators).array(of: 40)
    ).map { pieces, seps in
        var out = ""
        for (i, p) in pieces.enumerated() { out += (p ?? "") + (seps[i % seps.count] ?? "\n") }
        return out
    }

    @Test func parsingNeverCrashesAndDiagnosticsStayInsideTheFile() async {
        await propertyCheck(count: 200, input: Self.drafts) { text in
            for language in [nil, "zh", "en"] as [String?] {
                let report = try Fixtures.lint(text, path: "p.txt", lang: language)
                let source = report.source
                for d in report.diagnostics {
                    #expect(d.byteRange.lowerBound >= 0 && d.byteRange.upperBound <= source.bytes.count, "\(d)")
                    #expect(d.start.line >= 1 && d.start.line <= max(1, source.lineCount), "\(d)")
                    #expect(d.end.line >= d.start.line && d.start <= d.end, "\(d)")
                    #expect(source.position(of: d.byteRange.lowerBound) == d.start)
                }
                _ = TextReporter(color: false).render([report])
                _ = DocumentOutline.render(DocumentParser().parse(source, language: Fixtures.linter.languages.profile(report.language)!))
            }
        }
    }

    @Test func lintingIsDeterministic() async throws {
        let other = try Linter.standard()
        await propertyCheck(count: 100, input: Self.drafts) { text in
            let a = try Fixtures.lint(text, path: "p.txt")
            let b = try other.lint(text: text, path: "p.txt")
            #expect(a.diagnostics == b.diagnostics)
            #expect(TextReporter(color: false).render([a]) == TextReporter(color: false).render([b]))
        }
    }

    /// Many files on many threads report exactly what one thread reports, in path order.
    @Test func parallelRunsMatchTheSingleThreadedRun() throws {
        let dir = try CLI.temporaryDirectory()
        var rng = Xoshiro(seed: (7, 11, 13, 17))
        var paths: [String] = []
        for i in 0..<24 {
            let text = (0..<30).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)] }.joined(separator: "\n\n")
            let url = dir.appendingPathComponent(String(format: "%02d.txt", i))
            try text.write(to: url, atomically: false, encoding: .utf8)
            paths.append(url.path)
        }
        let one = LintRun(linter: Fixtures.linter, jobs: 1).lint(paths: paths)
        let many = LintRun(linter: Fixtures.linter, jobs: 4).lint(paths: paths)
        func diagnostics(_ o: [LintRun.Outcome]) -> [[Diagnostic]] {
            o.map { if case let .report(r) = $0 { return r.diagnostics } else { return [] } }
        }
        #expect(diagnostics(one) == diagnostics(many))
        #expect(one.map { if case let .report(r) = $0 { return r.path } else { return "" } } == paths)
    }
}
