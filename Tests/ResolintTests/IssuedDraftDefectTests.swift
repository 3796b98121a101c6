import Foundation
import Testing
@testable import Resolint

/// Defects injected into an issued English draft as pdftotext extracts it (A/C.3/80/L.10, Peru,
/// "Promoting social integration through social inclusion", ../shared/corpus/en-drafts): each is caught
/// by its rule on the line of the edit, and sets off no error of another rule.
struct IssuedDraftDefectTests {
    struct Defect: Sendable, CustomTestStringConvertible {
        var rule: String
        var old: String
        var new: String
        /// A word of the message that shows the finding is about the edit.
        var quoted: String? = nil
        var file = IssuedDraftDefectTests.file
        /// What the fix makes of `new`, when it is not `old` again.
        var fixed: String? = nil
        var testDescription: String { "\(rule): “\(old.prefix(30))” → “\(new.prefix(30))”" }
    }

    static let file = "en-drafts/A_C.3_80_L.10.txt"

    /// The draft with the defect, and the draft as issued.
    static func edited(_ d: Defect) throws -> (original: String, edited: String, line: Int) {
        let original = try String(contentsOf: Fixtures.corpus.appendingPathComponent(d.file), encoding: .utf8)
        let at = try #require(original.range(of: d.old), "the text to change is not in the draft")
        let edited = original.replacingCharacters(in: at, with: d.new)
        // The line of the first character that changed.
        let common = zip(d.old, d.new).prefix { $0 == $1 }.count
        let line = edited[..<edited.index(at.lowerBound, offsetBy: common)].filter { $0 == "\n" }.count + 1
        return (original, edited, line)
    }

    static let defects: [Defect] = [
        Defect(rule: "operative.terminator", old: "reducing multidimensional poverty;", new: "reducing multidimensional poverty."),
        Defect(rule: "preamble.terminator", old: "human rights,\n1.", new: "human rights;\n1."),
        Defect(rule: "operative.numbering", old: "15. Invites Member States, and", new: "16. Invites Member States, and", quoted: "16"),
        Defect(rule: "operative.opening-verb", old: "Encourages Member States and relevant stakeholders to consider the",
               new: "Frobnicates Member States and relevant stakeholders to consider the", quoted: "Frobnicates"),
        Defect(rule: "states.unknown", old: "Peru: draft resolution", new: "Peruu: draft resolution", quoted: "Peruu"),
        // 78/178 was adopted on 19 December 2023, in the seventy-eighth session.
        Defect(rule: "citation.date", old: "19 December 2023 and its previous", new: "19 December 2024 and its previous", quoted: "78/178"),
        Defect(rule: "text.brackets", old: "recommendations contained in the report on", new: "recommendations contained in the report ( on"),
        // Not a defect: a note by the Secretariat is recognised, said to be one, and left alone.
        Defect(rule: "structure.not-a-draft", old: "Note by the Secretariat", new: "Note by the Secretariat", file: "en-drafts/A_C.2_80_L.1.txt"),
        Defect(rule: "text.invisible", old: "Recalling the World Summit", new: "Recalling the\u{200B} World Summit"),
        Defect(rule: "text.per-cent", old: "6 to 12 March 1995", new: "6 to 12 March 1995 (12.5%)", quoted: "12.5 per cent",
               fixed: "6 to 12 March 1995 (12.5 per cent)"),
        Defect(rule: "text.date-order", old: "19 December 2023 and its previous", new: "December 19, 2023 and its previous", quoted: "19 December 2023"),
        Defect(rule: "operative.adverb-position", old: "12. Also encourages Member States", new: "12. Encourages also Member States", quoted: "Encourages also"),
        Defect(rule: "text.straight-quotes", old: "entitled “World Summit for Social Development and beyond: achieving social\ndevelopment for all in a globalizing world”,",
               new: "entitled \"World Summit for Social Development and beyond: achieving social\ndevelopment for all in a globalizing world\","),
        Defect(rule: "text.present-resolution", old: "the implementation of the present resolution, taking",
               new: "the implementation of this resolution, taking", quoted: "this resolution"),
        // A Security Council draft with its "Acting under Chapter VII …," moved up a paragraph.
        Defect(rule: "preamble.chapter-vii",
               old: "Determining that the situation in South Sudan continues to constitute a threat\nto international peace and security,\nActing under Chapter VII of the Charter of the United Nations,",
               new: "Acting under Chapter VII of the Charter of the United Nations,\nDetermining that the situation in South Sudan continues to constitute a threat\nto international peace and security,",
               quoted: "Acting under Chapter VII", file: "en/S_2016_1061_SC_draft.txt"),
        // The same draft with a year dropped from its list of resolutions, and with its last two
        // paragraphs swapped, so that "Decides to remain actively seized" no longer ends it.
        Defect(rule: "citation.council-year", old: "2046 (2012), 2057 (2012),", new: "2046 (2012), 2057,", quoted: "2057",
               file: "en/S_2016_1061_SC_draft.txt"),
        Defect(rule: "operative.remain-seized",
               old: "2.\nAuthorizes UNMISS, including the RPF, to use all necessary means to\ncarry out its tasks;\n3.\n\n16-22291 (E)\n\n151216\n\n*1622291*\n\nDecides to remain actively seized of the matter.",
               new: "2.\nDecides to remain actively seized of the matter;\n3.\n\n16-22291 (E)\n\n151216\n\n*1622291*\n\nAuthorizes UNMISS, including the RPF, to use all necessary means to\ncarry out its tasks.",
               quoted: "1 paragraph follows it", file: "en/S_2016_1061_SC_draft.txt"),
        Defect(rule: "header.committee", old: "Third Committee\nAgenda", new: "Thrid Committee\nAgenda", quoted: "did you mean “Third Committee”"),
        // A Latin "o" typed in a Russian word (S/RES/1913 (2010) as a web page gives it).
        Defect(rule: "text.mixed-script", old: "в которых указывается", new: "в к\u{6F}торых указывается", quoted: "к\u{6F}торых",
               file: "web/ru/S_RES_1913_2010_iplex360.txt"),
    ]

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: defects)
    func caughtOnTheLine(_ d: Defect) throws {
        let (original, edited, line) = try Self.edited(d)
        let clean = try Fixtures.lint(original, path: d.file)
        #expect(clean.errors.isEmpty, "the clean draft: \(clean.errors.map { "\($0.rule) \($0.start.line)" })")
        let report = try Fixtures.lint(edited, path: d.file)
        let found = report.of(d.rule)
        #expect(found.first?.start.line == line, "expected \(d.rule) on line \(line), got \(found.map { "\($0.start.line): \($0.message)" })")
        if let quoted = d.quoted { #expect(found.first?.message.contains(quoted) == true, "\(found.first?.message ?? "")") }
        let others = report.errors.filter { $0.rule != d.rule }
        #expect(others.isEmpty, "also raised \(others.map { "\($0.rule) at \($0.start.line): \($0.message)" })")
    }

    /// A defect of a rule with a fix, fixed, gives the issued draft back byte for byte (or with the
    /// defect's own `fixed` text in place of what was changed).
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason),
          arguments: defects.filter { d in Fixtures.linter.rules.rule(d.rule)?.common.fix != nil })
    func fixGivesTheIssuedDraftBack(_ d: Defect) throws {
        let (original, edited, _) = try Self.edited(d)
        let fixed = try Fixer(linter: Fixtures.linter, includeUnsafe: true).fix(text: edited, path: d.file, language: nil).text
        #expect(fixed == original.replacingOccurrences(of: d.old, with: d.fixed ?? d.old))
    }
}
