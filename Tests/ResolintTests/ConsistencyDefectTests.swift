import Foundation
import Testing
@testable import Resolint

/// For every rule of the second table, a defect injected into a copy of a real document is caught by
/// that rule on the right line, and nothing else changes but the consequences named with the defect
/// (the same harness as InjectedDefectTests).
struct ConsistencyDefectTests {
    typealias Defect = InjectedDefectTests.Defect
    static func replace(_ lines: inout [String], _ line: Int, _ old: String, _ new: String) -> Int {
        InjectedDefectTests.replace(&lines, line, old, new)
    }

    static let report = Fixtures.zhReport
    static let draft = Fixtures.zhDraft

    /// Line numbers are those of the original files.
    static let defects: [Defect] = [
        // (a): 103 in favour stated, 104 written.
        Defect(rule: "votes.tally", file: report) { l in replace(&l, 76, "以 103 票赞成", "以 104 票赞成") },
        // L.73, the other phrasing: "以 157 票对 6 票、14 票弃权".
        Defect(rule: "votes.tally", file: report) { l in replace(&l, 407, "14 票弃权", "15 票弃权") },
        // A State repeated in one list: Chile twice among (a)'s abstentions; the count is off by one too.
        Defect(rule: "votes.duplicate-state", file: report, edit: { l in replace(&l, 190, "智利、斐济、", "智利、斐济、智利、") },
               alsoExpected: ["votes.tally"]),
        // A State in two lists of one vote: Fiji against as well as abstaining in (c).
        Defect(rule: "votes.duplicate-state", file: report, edit: { l in replace(&l, 310, "斐济、", "斐济、智利、") },
               alsoExpected: ["votes.tally"]),
        // (d) said rejected with 112 votes to 52.
        Defect(rule: "votes.outcome", file: report) { l in replace(&l, 316, "获得通过", "未获通过") },
        // A misspelt voter and a misspelt sponsor.
        Defect(rule: "states.unknown", file: report) { l in replace(&l, 425, "斐济、芬兰", "斐济、芬蘭") },
        Defect(rule: "states.unknown", file: draft) { l in replace(&l, 11, "芬兰、法国", "芬兰、法國") },
        // Resolution 73/27 dated in 2016, in draft resolution I's list of the report.
        Defect(rule: "citation.date", file: report) { l in replace(&l, 513, "2018 年 12 月 5 日第 73/27 号", "2016 年 12 月 5 日第 73/27 号") },
        Defect(rule: "citation.date", file: draft) { l in replace(&l, 35, "2014 年 12 月 2 日第 69/28 号", "2015 年 12 月 2 日第 69/28 号") },
        // Two neighbours of a list swapped.
        Defect(rule: "citation.order", file: report) { l in
            replace(&l, 513, "2016 年 12 月 5 日第 71/28 号、2018 年 12 月 5 日第 73/27 号", "2018 年 12 月 5 日第 73/27 号、2016 年 12 月 5 日第 71/28 号")
        },
        Defect(rule: "citation.order", file: draft) { l in
            replace(&l, 35, "2013 年 12 月 27 日第 68/243 号、2014 年 12 月 2 日第 69/28 号", "2014 年 12 月 2 日第 69/28 号、2013 年 12 月 27 日第 68/243 号")
        },
        // The narrative's titles of L.23/Rev.1 (pointed to draft resolution I by "(见第 11 段，决议草案一)"
        // after its votes) and of L.54 (to the only draft decision of paragraph 12). The title starts on
        // the line before the edit for L.23/Rev.1.
        Defect(rule: "report.title-mismatch", file: report) { l in
            _ = replace(&l, 66, "电信领域的发展”的决议草案", "电信领域发展”的决议草案"); return 64
        },
        Defect(rule: "report.title-mismatch", file: report) { l in replace(&l, 476, "题为“根据大会第 75/240", "题为“根据大会第 75/241") },
        // The heading of section B names L.73 of the seventy-sixth session.
        Defect(rule: "symbol.session", file: report) { l in replace(&l, 381, "A/C.1/77/L.73", "A/C.1/76/L.73") },
        // The draft with its symbol on top, of another session than its header and closing clause.
        Defect(rule: "session.consistency", file: draft) { l in l.insert(contentsOf: ["A/C.1/72/L.37", ""], at: 0); return 1 },
        // The header's session wrong against the symbol and the clause: the header is the one named
        // (closing.session lets the clause stand two sessions ahead of it, as for a biennial item).
        Defect(rule: "session.consistency", file: draft, edit: { l in
            l.insert(contentsOf: ["A/C.1/73/L.37", ""], at: 0)
            return replace(&l, 3, "第七十三届会议", "第七十二届会议")
        }),
    ]

    /// As InjectedDefectTests' harness, but a finding the original already has (the report's real
    /// title slip, line 397) is not counted as the defect's.
    @Test(arguments: defects)
    func defectIsCaughtOnItsLine(_ defect: Defect) throws {
        let original = try Fixtures.example(defect.file)
        let before = try Fixtures.lint(original)
        var lines = original.components(separatedBy: "\n")
        let line = defect.edit(&lines)
        let after = try Fixtures.lint(lines.joined(separator: "\n"))

        let old = Set(before.diagnostics.map { "\($0.rule)|\($0.message)" })
        let hits = after.of(defect.rule).filter { !old.contains("\($0.rule)|\($0.message)") }
        #expect(hits.map(\.start.line) == [line], "\(defect.rule): expected line \(line), got \(hits.map { "\($0.start): \($0.message)" })")
        let new = after.diagnostics.filter { $0.rule != defect.rule && !defect.alsoExpected.contains($0.rule) && !old.contains("\($0.rule)|\($0.message)") }
        #expect(new.isEmpty, "\(defect.rule) also set off \(new.map { "\($0.rule) at \($0.start): \($0.message)" })")
        for rule in defect.alsoExpected {
            #expect(!after.of(rule).isEmpty, "\(defect.rule) should also set off \(rule)")
        }
    }

    /// More votes than Members is a slip whatever the lists say.
    @Test func votesBeyondTheMembershipAreCaught() throws {
        let text = try Fixtures.example(Fixtures.zhReport).replacingOccurrences(of: "以 157 票对 6 票", with: "以 187 票对 6 票")
        let report = try Fixtures.lint(text)
        let hits = report.of("votes.outcome")
        #expect(hits.map(\.start.line) == [407] && hits.first?.message.contains("207 votes in all, more than the 193 Members") == true,
                "\(hits.map(\.message))")
        #expect(report.of("votes.tally").map(\.start.line) == [407])
    }

    /// The symbol line added above makes no finding of its own when it is right.
    @Test func theDraftWithItsRealSymbolIsStillClean() throws {
        var lines = try Fixtures.example(Self.draft).components(separatedBy: "\n")
        lines.insert(contentsOf: ["A/C.1/73/L.37", ""], at: 0)
        let report = try Fixtures.lint(lines.joined(separator: "\n"))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.start) \($0.rule): \($0.message)" })")
    }

    /// Any stated number of the five votes, changed, is caught on its own line and at its own column.
    static let statedNumbers: [StatedNumber] = {
        guard let text = try? Fixtures.example(report) else { return [] }
        let document = VoteAndCitationTests.parse(text)
        return document.votes.enumerated().flatMap { i, vote in
            vote.tallies.compactMap { side, tally in
                tally.statedRange.map { StatedNumber(vote: i, side: side.rawValue, value: tally.stated!, at: document.source.position(of: $0.lowerBound)) }
            }
        }
    }()

    struct StatedNumber: Sendable, CustomTestStringConvertible {
        var vote: Int, side: String, value: Int, at: SourcePosition
        var testDescription: String { "vote \(vote + 1) \(side) \(value) at \(at.line):\(at.column)" }
    }

    @Test func fifteenStatedNumbers() { #expect(Self.statedNumbers.count == 15) }

    @Test(arguments: statedNumbers)
    func everyStatedNumberIsChecked(_ n: StatedNumber) throws {
        var lines = try Fixtures.example(Self.report).components(separatedBy: "\n")
        var chars = Array(lines[n.at.line - 1].unicodeScalars)
        let digits = "\(n.value)".unicodeScalars.count
        #expect(String(String.UnicodeScalarView(chars[(n.at.column - 1)..<(n.at.column - 1 + digits)])) == "\(n.value)")
        chars.replaceSubrange((n.at.column - 1)..<(n.at.column - 1 + digits), with: "\(n.value - 1)".unicodeScalars)
        lines[n.at.line - 1] = String(String.UnicodeScalarView(chars))
        let after = try Fixtures.lint(lines.joined(separator: "\n"))
        let hits = after.of("votes.tally")
        #expect(hits.map { SourcePosition(line: $0.start.line, column: $0.start.column) } == [n.at], "\(hits.map { "\($0.start): \($0.message)" })")
        #expect(hits.first?.message.contains("\(n.value - 1)") == true)
        #expect(after.errors.count == 1, "\(after.errors.map { "\($0.start) \($0.rule): \($0.message)" })")
    }
}
