import Foundation
import Testing
@testable import Resolint

/// Messages that help, on copies of real drafts: a "did you mean" for a near-miss ordinal, a caret on
/// the words where a title departs from the agenda's, the sponsor separator that is wrong rather than
/// the right one before it, and header lines that say what is missing instead of quoting themselves.
struct MessageTests {
    static func diagnostics(_ text: String, _ rule: String) throws -> [(message: String, text: String)] {
        let report = try Fixtures.lint(text)
        return report.diagnostics.filter { $0.rule == rule }.map { ($0.message, report.source.string($0.byteRange)) }
    }

    /// The committee number the header parser reads.
    static func committee(_ text: String, _ code: String) -> Int? {
        guard let profile = Fixtures.linter.languages.profile(code) else { return nil }
        return DocumentParser().parse(SourceFile(path: "d.txt", text: text), language: profile).header.committee
    }

    @Test func nearMissOrdinalGetsADidYouMean() throws {
        let zh = try Fixtures.example(Fixtures.zhDraft)
        // "叁" is as near "一" as "三": no guess.
        let formal = zh.replacingOccurrences(of: "第七十三届会议", with: "第七十叁届会议")
        #expect(try Self.diagnostics(formal, "header.session").map(\.message) == ["session line with an ordinal that cannot be read: “第七十叁届会议”"])
        let en = try #require(Fixtures.linter.languages.profile("en"))
        let lines = (1...200).compactMap { en.ordinal($0) }.map { "\($0) session" }
        #expect(NearMiss.nearest("Seventy-nineth session", among: lines) == 78)
        // Nothing near, or the line itself: no guess.
        #expect(NearMiss.nearest("Special session", among: lines) == nil)
        #expect(NearMiss.nearest("Seventy-ninth session", among: lines) == nil)
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func nearMissOrdinalInAnIssuedEnglishDraft() throws {
        let text = try Fixtures.corpusFile("en-drafts/A_80_L.1.txt")
        #expect(text.contains("Eightieth session"))
        let broken = text.replacingOccurrences(of: "Eightieth session", with: "Eigtieth session")
        #expect(try Self.diagnostics(broken, "header.session").map(\.message)
                == ["session line with an ordinal that cannot be read: “Eigtieth session”; did you mean “Eightieth”?"])
    }

    /// Copies of issued drafts with their committee line misspelt or naming another committee than the
    /// symbol's; the Fourth Committee by its full name over two lines is read as the Fourth.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func nearMissCommitteeInIssuedDrafts() throws {
        let first = try Fixtures.corpusFile("en-drafts/A_C.1_80_L.10.txt")
        #expect(try Self.diagnostics(first, "header.committee").isEmpty)
        let misspelt = first.replacingOccurrences(of: "\nFirst Committee\n", with: "\nFrist Committee\n")
        #expect(try Self.diagnostics(misspelt, "header.committee").map(\.message)
                == ["committee line “Frist Committee” names no Main Committee; did you mean “First Committee”?"])
        let other = first.replacingOccurrences(of: "\nFirst Committee\n", with: "\nSecond Committee\n")
        #expect(try Self.diagnostics(other, "header.committee").map(\.message)
                == ["committee line “Second Committee” names another committee than the symbol A/C.1/80/L.10; did you mean “First Committee”?"])

        let fourth = try Fixtures.corpusFile("en-drafts/A_C.4_80_L.11.txt")
        #expect(fourth.contains("Special Political and Decolonization Committee\n(Fourth Committee)\n"))
        #expect(Self.committee(fourth, "en") == 4)
        #expect(try Self.diagnostics(fourth, "header.committee").isEmpty)
        let wrong = fourth.replacingOccurrences(of: "Decolonization Committee\n(Fourth Committee)", with: "Decolonization Committee\n(Fouth Committee)")
        let found = try Self.diagnostics(wrong, "header.committee")
        #expect(found.map(\.message) == ["committee line “Special Political and Decolonization Committee (Fouth Committee)” names no Main Committee; did you mean “Special Political and Decolonization Committee (Fourth Committee)”?"])
    }

    /// In each language, the first committee's name with a letter dropped gets a "did you mean" with the
    /// name; the Fourth Committee's full name wrapped over two lines reads as the Fourth.
    @Test(arguments: ["ar", "en", "es", "fr", "ru", "zh"])
    func nearMissCommitteeInEachLanguage(_ code: String) throws {
        let language = try #require(Fixtures.linter.languages.profile(code))
        let name = language.header.committees[0]
        let frame = language.exampleFrame
        #expect(frame.contains(name + "\n"))
        var letters = Array(name)
        letters.remove(at: letters.count / 2 + 1)
        let misspelt = String(letters)
        let text = frame.replacingOccurrences(of: name + "\n", with: misspelt + "\n")
        let report = try Fixtures.lint(text, lang: code)
        #expect(report.diagnostics.filter { $0.rule == "header.committee" }.map(\.message)
                == ["committee line “\(misspelt)” names no Main Committee; did you mean “\(name)”?"])
        let full = try #require(language.header.committeeNames?["4"]?.first)
        let open = try #require(full.firstIndex(of: "("))
        let wrapped = frame.replacingOccurrences(of: name + "\n", with: full[..<open].trimmingCharacters(in: .whitespaces) + "\n" + full[open...] + "\n")
        #expect(Self.committee(wrapped, code) == 4)
    }

    @Test func missingHeaderLinesSaySo() throws {
        let zh = try Fixtures.example(Fixtures.zhDraft)
        let lines = zh.components(separatedBy: "\n").filter { !$0.contains("第七十三届会议") }
        #expect(try Self.diagnostics(lines.joined(separator: "\n"), "header.session").map(\.message) == ["session line missing"])
    }

    /// The closing clause of the ga73 draft with one word changed: the caret is on that word.
    @Test func titleMismatchUnderlinesTheDifference() throws {
        let zh = try Fixtures.example(Fixtures.zhDraft)
        var lines = zh.components(separatedBy: "\n")
        #expect(lines[154].contains("决定将题为“从国际安全角度看信息和电信领域的发展”"))
        lines[154] = lines[154].replacingOccurrences(of: "信息和电信领域", with: "信息和电讯领域")
        let found = try Self.diagnostics(lines.joined(separator: "\n"), "closing.title-mismatch")
        #expect(found.map(\.text) == ["讯"])
    }

    /// "日本及俄罗斯联邦" read as one name: the culprit is "及", not the "、" before it.
    @Test func sponsorSeparatorCaretOnTheWrongJoiner() throws {
        let zh = try Fixtures.example(Fixtures.zhDraft)
        #expect(zh.contains("联合王国和美利坚合众国"))
        let broken = zh.replacingOccurrences(of: "联合王国和美利坚合众国", with: "联合王国及美利坚合众国")
        let found = try Self.diagnostics(broken, "header.sponsors")
        #expect(found.map(\.message) == ["sponsor list: separator “及” where “和” belongs"])
        #expect(found.map(\.text) == ["及"])
        let report = try Fixtures.lint(broken)
        #expect(report.diagnostics.first { $0.rule == "header.sponsors" }.map { $0.start.line } == 17)
        #expect(report.diagnostics.first { $0.rule == "header.sponsors" }.map { $0.start.column } == 10)
    }

    /// A paragraph cut off inside its quotation gets no mark; one without a final mark says so and
    /// gets its mark only with --unsafe.
    @Test func cutOffParagraphGetsNoMark() throws {
        let zh = try Fixtures.example(Fixtures.zhDraft)
        var lines = zh.components(separatedBy: "\n")
        let closing = try #require(lines.firstIndex { $0.contains("决定将题为“从国际安全角度看") })
        let cut = try #require(lines[closing].range(of: "信息和电信领域"))
        lines[closing] = String(lines[closing][..<cut.lowerBound]) + "信息和电"
        lines.removeSubrange((closing + 1)..<min(lines.count, closing + 3))
        let broken = lines.joined(separator: "\n")
        let found = try Self.diagnostics(broken, "operative.terminator")
        #expect(found.map(\.message) == ["operative paragraph looks cut off: it stops at “…决定将题为“从国际安全角度看信息和电”, inside a quotation never closed; it should end with “。”"])
        #expect(try FixTests.fixed(broken) == FixTests.fixed(broken, unsafe: false))
        let report = try Fixtures.lint(broken)
        #expect(report.diagnostics.first { $0.rule == "operative.terminator" }?.fix == nil)
    }
}
