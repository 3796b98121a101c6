import Foundation
import Testing
@testable import Resolint

/// `resolint amend`: the amendments of the General Assembly's eightieth session applied to the drafts
/// they amend (en-drafts, as issued: pdftotext extracts with their page debris and footnotes).
struct AmendTests {
    static let drafts = Fixtures.corpus.appendingPathComponent("en-drafts")
    static let languages = Fixtures.linter.languages

    static func amend(_ draft: String, _ amendment: String) throws -> (ComparedVersion, Amendment, AmendmentApplier.Result, ComparedVersion) {
        let version = try ComparedVersion.read(path: drafts.appendingPathComponent(draft).path, languages: languages)
        let instructions = Amendment.read(try Fixtures.corpusFile("en-drafts/\(amendment)"), language: version.document.language)
        let result = try AmendmentApplier.apply(instructions, to: version.document)
        return (version, instructions, result, try ComparedVersion.text(result.text, path: "amended", languages: languages, language: "en"))
    }

    /// The paragraphs changed, less those whose only change is a footnote's number (renumbered after
    /// a paragraph holding an earlier footnote went).
    static func changes(_ d: RevisionDiff) -> [String] {
        d.paragraphs.filter { $0.status != .unchanged && $0.status != .renumbered && !footnoteNumbersOnly($0) }.map { "\($0.status.rawValue) \($0.old ?? "-")>\($0.new ?? "-")" }
    }

    static func footnoteNumbersOnly(_ c: RevisionDiff.Change) -> Bool {
        c.status == .modified && c.changes?.allSatisfy { $0.kind == .equal || $0.text.allSatisfy(\.isNumber) } == true
    }

    /// Each amendment applied alone, all its instructions; the amended draft lints as clean as the draft.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: [
        ("A_80_L.25.txt", "A_80_L.30.txt", ["modified PP4>PP4", "modified PP15>PP15", "deleted PP16>-", "deleted PP20>-", "deleted PP23>-",
                                              "modified PP41>PP38", "modified OP21>OP21", "deleted OP22>-", "modified OP24>OP23", "modified OP33>OP32", "modified OP39>OP38"]),
        ("A_80_L.25.txt", "A_80_L.33.txt", ["inserted ->OP71"]),
        ("A_80_L.25.txt", "A_80_L.36.txt", ["inserted ->OP90"]),
        ("A_C.6_80_L.14.txt", "A_C.6_80_L.24.txt", ["modified OP2>OP2"]),
    ])
    func amendmentsApplyToTheirDraftsAndLintClean(_ draft: String, _ amendment: String, _ expected: [String]) throws {
        let (old, instructions, result, new) = try Self.amend(draft, amendment)
        #expect(result.unread.isEmpty, "\(result.unread)")
        #expect(result.applied == instructions.instructions.map(\.number))
        let d = RevisionDiff.compare(old, new)
        #expect(Self.changes(d).sorted() == expected.sorted())
        // Words only deleted where the amendment deletes them: what the diff shows inserted is a word
        // it shows deleted, less a mark ("Conference," → "Conference").
        for c in d.paragraphs where c.status == .modified && !Self.footnoteNumbersOnly(c) {
            let deleted = (c.changes ?? []).filter { $0.kind == .delete }.map(\.text).joined(separator: " ")
            for run in (c.changes ?? []) where run.kind == .insert {
                #expect(run.text.split(separator: " ").allSatisfy { deleted.contains($0.trimmingCharacters(in: .punctuationCharacters)) }, "\(c.new ?? ""): \(run.text)")
            }
        }
        let before = try Fixtures.linter.lint(text: try Fixtures.corpusFile("en-drafts/\(draft)"), path: draft)
        let after = try Fixtures.linter.lint(text: result.text, path: "amended.txt")
        #expect(after.diagnostics.filter { $0.severity != .info }.isEmpty, "\(after.diagnostics.map { "\($0.rule) \($0.message)" })")
        #expect(after.diagnostics.map(\.rule) == before.diagnostics.map(\.rule))
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func insertedParagraphsAreNumberedAndTheRestRenumbered() throws {
        let (old, _, _, new) = try Self.amend("A_80_L.25.txt", "A_80_L.33.txt")
        let d = RevisionDiff.compare(old, new)
        let inserted = try #require(d.paragraphs.first { $0.status == .inserted })
        #expect(inserted.text.hasPrefix("Stresses that there is no international right to an abortion"))
        let operative = d.paragraphs.filter { $0.part == .operative }
        #expect(operative.filter { $0.status == .renumbered }.count == DiffUnit.units(of: old.document).operative.count - 70)
        #expect(operative.first { $0.old == "OP71" }?.new == "OP72")
    }

    /// A/80/L.28 (to A/80/L.3, which en-drafts does not hold): eight instructions read, the paragraphs
    /// after the instructions that insert some; applied to a draft written for them, all but the
    /// global replacement (no phrase reads it: reported, not applied).
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func instructionsAreReadWithTheirParagraphs() throws {
        let english = try #require(Self.languages.profile("en"))
        let a = Amendment.read(try Fixtures.corpusFile("en-drafts/A_80_L.28.txt"), language: english)
        #expect(a.instructions.map(\.number) == Array(1...8))
        #expect(a.instructions[0].text == "Replace “Chernobyl” with “Chornobyl” in the title, the preambular paragraphs and the operative paragraphs.")
        #expect(a.instructions[2].paragraphs.count == 1)
        #expect(a.instructions[2].paragraphs.first?.hasPrefix("Stressing that the fortieth anniversary") == true)
        #expect(a.instructions[4].paragraphs.count == 2)
        #expect(a.instructions[4].paragraphs.last?.hasSuffix("environmental risks in Ukraine;") == true)
        #expect(a.instructions[5].paragraphs == ["Decides to rename International Chernobyl Disaster Remembrance Day, proclaimed in its resolution 71/125 of 8 December 2016 and observed annually since 2017, as International Chornobyl Disaster Remembrance Day;"])
        let operative = ["Takes note with appreciation of the report;", "Requests the Secretary-General to report;", "Invites States to contribute;",
                         "Encourages cooperation;", "Calls for support;", "Urges action;", "Welcomes the efforts;",
                         "Invites States to observe International Chornobyl Disaster Remembrance Day appropriately;", "Appeals for funds;",
                         "Decides to include in the provisional agenda of its eighty-third session the item entitled “Strengthening of international cooperation and coordination of efforts to study, mitigate and minimize the consequences of the Chernobyl disaster”."]
        let text = "The General Assembly,\n\nRecalling its resolutions,\n\nNoting the accident at the Chornobyl nuclear power plant,\n\nNoting also the reports,\n\nNoting further the efforts,\n\nWelcoming the cooperation,\n\n"
            + operative.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n\n") + "\n"
        let draft = try ComparedVersion.text(text, path: "draft", languages: Self.languages, language: "en")
        let result = try AmendmentApplier.apply(a, to: draft.document)
        #expect(result.unread.map(\.number) == [1])
        #expect(result.applied == Array(2...8))
        for part in ["Noting the accident at the Chornobyl nuclear power plant of Ukraine,",
                     "Welcoming the cooperation,\n\nStressing that the fortieth anniversary",
                     "1. Welcomes with appreciation of the report;", "4. Encourages cooperation;\n\n5. Expresses grave alarm at the damage",
                     "\n\n6. Stresses the importance of continued support", "\n\n7. Calls for support;", "9. Welcomes the efforts;\n\n10. Decides to rename",
                     "11. Invites States to observe International Chornobyl Disaster Remembrance Day, including by paying particular attention to the significance of marking this day in 2026, appropriately;",
                     "13. Decides to include in the provisional agenda of its eighty-third session the item entitled “Strengthening of international cooperation and coordination of efforts to study, mitigate and minimize the consequences of the Chornobyl disaster”."] {
            #expect(result.text.contains(part), "\(part)")
        }
    }

    @Test func anInstructionThatDoesNotFitTheDraftIsAnErrorNamingIt() throws {
        let english = try #require(Self.languages.profile("en"))
        let draft = try ComparedVersion.text(DiffTests.base, path: "draft", languages: Self.languages, language: "en")
        for (amendment, number, reason) in [
            ("1.\nDelete operative paragraph 12.\n", 1, "the draft has no operative paragraph 12"),
            ("1.\nDelete operative paragraph 2.\n2.\nIn operative paragraph 3, delete “the pension fund”.\n", 2, "“the pension fund” is not in that paragraph"),
            ("1.\nDelete the ninth preambular paragraph.\n", 1, "the draft has 3 preambular paragraphs, not 9"),
        ] {
            #expect {
                try AmendmentApplier.apply(Amendment.read(amendment, language: english), to: draft.document)
            } throws: { error in
                let m = error as? AmendmentApplier.Mismatch
                return m?.reason == reason && "\(m!)".hasPrefix("instruction \(number) (“")
            }
        }
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func theCommandWritesAtomicallyShowsTheDiffAndReportsWhatItCannotApply() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = Self.drafts.appendingPathComponent("A_80_L.25.txt").path
        let out = folder.appendingPathComponent("amended.txt").path
        let written = try CLI.run(["amend", draft, Self.drafts.appendingPathComponent("A_80_L.36.txt").path, "--output", out])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("90. Calls upon Member States to refrain from promulgating"))
        let again = try CLI.run(["amend", draft, Self.drafts.appendingPathComponent("A_80_L.36.txt").path, "--output", out])
        #expect(again.status == 2 && again.stderr.contains("exists"))
        let diff = try CLI.run(["amend", draft, Self.drafts.appendingPathComponent("A_80_L.30.txt").path, "--diff"])
        #expect(diff.status == 0 && diff.stdout.contains("PP16 deleted") && diff.stdout.contains("OP23 (was OP24) modified"))
        let partial = folder.appendingPathComponent("partial.txt")
        try "1.\nReplace “humanitarian” with “relief” in the title.\n2.\nDelete operative paragraph 22.\n".write(to: partial, atomically: false, encoding: .utf8)
        let unread = try CLI.run(["amend", draft, partial.path])
        #expect(unread.status == 1)
        #expect(unread.stderr.contains("instruction 1 (“Replace “humanitarian” with “relief” in the title.”) not applied"))
        let mismatch = try CLI.run(["amend", draft, Self.drafts.appendingPathComponent("A_80_L.28.txt").path])
        #expect(mismatch.status == 2 && mismatch.stdout.isEmpty)
        #expect(mismatch.stderr.contains("instruction 2 (“In the second preambular paragraph, insert “of Ukraine” after"))
    }
}
