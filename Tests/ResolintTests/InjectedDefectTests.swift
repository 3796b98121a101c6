import Foundation
import Testing
@testable import Resolint

/// For every rule of the first table, a defect injected into a copy of a real document is caught by
/// that rule on the right line, and nothing else changes (but the consequences named with the defect).
struct InjectedDefectTests {
    struct Defect: Sendable, CustomTestStringConvertible {
        var rule: String
        var file: String
        /// Edits the lines (0-based array of the file's lines) and returns the 1-based line to flag.
        var edit: @Sendable (inout [String]) -> Int
        /// Other rules this defect rightly sets off (e.g. a removed closing clause leaves none to find).
        var alsoExpected: Set<String> = []
        var testDescription: String { "\(rule) in \(file)" }
    }

    /// Replaces text on a line; returns the line, or 0 (which fails the test) if the text is not there.
    static func replace(_ lines: inout [String], _ line: Int, _ old: String, _ new: String) -> Int {
        guard line <= lines.count, lines[line - 1].contains(old) else { return 0 }
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
        return line
    }

    static let draft = Fixtures.zhDraft

    /// Defects in the ga73 draft (A/C.1/73/L.37): line numbers are those of the original file.
    static let defects: [Defect] = [
        Defect(rule: "structure.opening", file: draft) { l in l.remove(at: 20); return 22 },
        // Saved before anything was written: every line blank.
        Defect(rule: "structure.empty", file: draft) { l in l = l.map { _ in "" }; return 1 },
        Defect(rule: "structure.order", file: draft) { l in l.insert(contentsOf: ["", " 注意到秘书长的报告， "], at: 110); return 112 },
        Defect(rule: "structure.no-operative", file: draft, edit: { l in
            // Keep the footnote block (lines 116–122) and drop every operative paragraph around it.
            let footnotes = Array(l[115..<122])
            l.replaceSubrange(99..<158, with: footnotes)
            return 94
        }),
        Defect(rule: "preamble.terminator", file: draft) { l in replace(&l, 41, "进展， ", "进展； ") },
        Defect(rule: "preamble.opening-phrase", file: draft) { l in replace(&l, 41, " 注意到在发展", " 由于在发展") },
        Defect(rule: "operative.numbering", file: draft) { l in
            // Paragraph 4 deleted in an earlier version, numbers left as they were.
            _ = replace(&l, 149, " 5. ", " 6. "); _ = replace(&l, 155, " 6. ", " 7. ")
            return replace(&l, 141, " 4. ", " 5. ")
        },
        Defect(rule: "operative.terminator", file: draft) { l in replace(&l, 147, "交换意见； ", "交换意见。 ") },
        Defect(rule: "operative.opening-verb", file: draft) { l in replace(&l, 141, " 4. 请裁军事务厅", " 4. 由裁军事务厅") },
        Defect(rule: "subitem.lettering", file: draft) { l in replace(&l, 106, " (b) 为执行", " (c) 为执行") },
        Defect(rule: "subitem.terminator", file: draft) { l in replace(&l, 104, "指南；", "指南，") },
        Defect(rule: "subitem.orphan", file: draft) { l in _ = replace(&l, 114, "评估意见： ", "评估意见； "); return 123 },
        Defect(rule: "footnote.missing-text", file: draft) { l in l.remove(at: 121); return 72 },
        Defect(rule: "footnote.unreferenced", file: draft) { l in l.insert(contentsOf: ["", " 4 A/72/315。 "], at: 122); return 124 },
        Defect(rule: "footnote.numbering", file: draft) { l in replace(&l, 72, "2013 年2 和 2015 年3", "2013 年3 和 2015 年2") },
        Defect(rule: "footnote.duplicate", file: draft) { l in l.insert(contentsOf: ["", " 3 A/70/174。 "], at: 122); return 124 },
        Defect(rule: "closing.missing", file: draft) { l in
            l.replaceSubrange(154..<157, with: [" 6. 请秘书长向大会第七十四届会议提出报告。 "])
            return 155
        },
        Defect(rule: "closing.position", file: draft) { l in
            // Paragraphs 5 and 6 swapped, their final marks kept in place.
            l.replaceSubrange(148..<157, with: [
                " 5. 决定将题为“从国际安全角度看信息和电信领域的发展”的项目列入大会第七十四届会议临时议程； ", "",
                " 6. 请政府专家组主席组织两次为期两天的协商会议，对所有会员国开放。 ",
            ])
            return 149
        },
        Defect(rule: "closing.title-mismatch", file: draft) { l in replace(&l, 155, "看信息和电信领域的发展", "看信息领域的发展") },
        Defect(rule: "closing.session", file: draft) { l in replace(&l, 157, "第七十四届", "第七十三届") },
        Defect(rule: "header.session", file: draft) { l in replace(&l, 1, "第七十三届会议", "第七十三三届会议") },
        Defect(rule: "header.agenda-item", file: draft) { l in l.remove(at: 4); return 1 },
        Defect(rule: "header.sponsors", file: draft) { l in replace(&l, 11, "芬兰、法国、", "芬兰、法国、芬兰、") },
        // The kind word dropped: the sponsor lines are left unplaced, and the rule points at them.
        Defect(rule: "header.sponsors", file: draft) { l in _ = replace(&l, 17, "合众国：决议草案", "合众国"); return 9 },
        Defect(rule: "text.brackets", file: draft) { l in _ = replace(&l, 78, "合国宪章》", "合国宪章"); return 76 },
        Defect(rule: "text.placeholder", file: draft) { l in replace(&l, 53, "两用技术", "【两用技术】") },
        Defect(rule: "text.punctuation-width", file: draft) { l in replace(&l, 41, "进展， ", "进展, ") },
        // A number typed with a Chinese input method.
        Defect(rule: "text.label-form", file: draft) { l in replace(&l, 141, " 4. 请裁军", " 4． 请裁军") },
        // Draft resolution II of the ga77 report refers to its own paragraph 4 ("根据本决议第 4 段").
        Defect(rule: "reference.dangling", file: Fixtures.zhReport) { l in replace(&l, 777, "本决议第 4 段", "本决议第 6 段") },
        // Its paragraph 5 numbered 4 too: "本决议第 4 段" may name either (and the numbering slips).
        Defect(rule: "reference.ambiguous", file: Fixtures.zhReport, edit: { l in _ = replace(&l, 787, " 5. 决定", " 4. 决定"); return 777 },
               alsoExpected: ["operative.numbering"]),
    ]

    /// The first table's defects are here, the second table's in ConsistencyDefectTests, the style
    /// rules' in IssuedDraftDefectTests.
    @Test func everyRuleHasADefect() throws {
        // And the defects injected into an issued English draft (they run where ../shared/corpus is).
        let covered = Set((Self.defects + ConsistencyDefectTests.defects).map(\.rule) + IssuedDraftDefectTests.defects.map(\.rule))
        // The compare.* rules hold versions against each other: their defects are typed into real
        // versions in CompareTests, and each rule's invalid example is one more.
        // Rules on run formatting need a Word document: their defects are typed into one made from a
        // real text (DocxReaderTests.openingPhraseOutOfItalicsIsCaught).
        for rule in try RuleCatalog.builtIn().rules where !(rule.check is CompareCheck) && !(rule.check is EmphasisCheck) {
            #expect(covered.contains(rule.id), "no injected defect for \(rule.id)")
        }
    }

    @Test(arguments: defects)
    func defectIsCaughtOnItsLine(_ defect: Defect) throws {
        try Self.assertCaught(defect, in: try Fixtures.example(defect.file))
    }

    /// The rule fires once, on the defect's line; nothing else appears but the named consequences.
    static func assertCaught(_ defect: Defect, in original: String) throws {
        let before = try Fixtures.lint(original)
        var lines = original.components(separatedBy: "\n")
        let line = defect.edit(&lines)
        let after = try Fixtures.lint(lines.joined(separator: "\n"))

        // A real slip of the document itself on another line is there before the edit too.
        let slips = Set(before.of(defect.rule).map { "\($0.start.line)|\($0.message)" })
        let hits = after.of(defect.rule).filter { !slips.contains("\($0.start.line)|\($0.message)") }
        #expect(hits.map(\.start.line) == [line], "\(defect.rule): expected line \(line), got \(hits.map { "\($0.start): \($0.message)" })")
        let old = Set(before.diagnostics.map { "\($0.rule)|\($0.message)" })
        let new = after.diagnostics.filter { $0.rule != defect.rule && !defect.alsoExpected.contains($0.rule) && !old.contains("\($0.rule)|\($0.message)") }
        #expect(new.isEmpty, "\(defect.rule) also set off \(new.map { "\($0.rule) at \($0.start): \($0.message)" })")
        for rule in defect.alsoExpected {
            #expect(!after.of(rule).isEmpty, "\(defect.rule) should also set off \(rule)")
        }
    }

    /// The same kinds of slips in English documents of the corpus.
    static let englishDefects: [Defect] = [
        Defect(rule: "operative.numbering", file: "en/S_2016_1061_SC_draft.txt") { l in
            _ = replace(&l, 30, "3.", "4."); return replace(&l, 27, "2.", "3.")
        },
        Defect(rule: "preamble.terminator", file: "en/A_RES_73_6.txt") { l in replace(&l, 25, "of 7 December 2017,", "of 7 December 2017;") },
        // Paragraph 8's "as described in paragraph 7 (d)" then names an item none bears.
        Defect(rule: "subitem.lettering", file: "en/S_2018_221_SC_draft.txt", edit: { l in replace(&l, 438, "(d)", "(e)") },
               alsoExpected: ["reference.dangling"]),
        Defect(rule: "operative.terminator", file: "en/S_RES_1445_2002_gold.txt") { l in replace(&l, 47, "these agreements;", "these agreements,") },
    ]

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: englishDefects)
    func englishDefectIsCaughtOnItsLine(_ defect: Defect) throws {
        try Self.assertCaught(defect, in: try Fixtures.corpusFile(defect.file))
    }
}
