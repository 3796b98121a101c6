import Foundation
import Testing
@testable import Resolint

/// `resolint fix`: a defect injected into a copy of a real document and then fixed gives back the
/// original byte for byte; fixing is idempotent and leaves every clean document as it is.
struct FixTests {
    static let fixer = Fixer(linter: Fixtures.linter, includeUnsafe: true)

    static func fixed(_ text: String, unsafe: Bool = true) throws -> String {
        try Fixer(linter: Fixtures.linter, includeUnsafe: unsafe).fix(text: text, path: "d.txt", language: nil).text
    }

    /// The defects of InjectedDefectTests whose rule has a fix, plus one for unsafe footnote renumbering.
    static let roundTrips: [InjectedDefectTests.Defect] = {
        let fixable = Set(Fixtures.linter.rules.rules.filter { $0.common.fix != nil }.map(\.id))
        return InjectedDefectTests.defects.filter { fixable.contains($0.rule) && $0.rule != "footnote.numbering" } + [
            // Footnotes 2 and 3 swapped, references and texts together (a paragraph moved).
            InjectedDefectTests.Defect(rule: "footnote.numbering", file: Fixtures.zhDraft) { l in
                _ = InjectedDefectTests.replace(&l, 120, " 2 A/68/98。", " 3 A/68/98。")
                _ = InjectedDefectTests.replace(&l, 122, " 3 A/70/174。", " 2 A/70/174。")
                _ = InjectedDefectTests.replace(&l, 104, "年 2 和 2015 年 3 报告", "年 3 和 2015 年 2 报告")
                return InjectedDefectTests.replace(&l, 72, "2013 年2 和 2015 年3", "2013 年3 和 2015 年2")
            },
        ]
    }()

    @Test func everyFixableRuleHasARoundTrip() {
        // Those of the issued English draft run where ../shared/corpus is (IssuedDraftDefectTests).
        let covered = Set(Self.roundTrips.map(\.rule) + IssuedDraftDefectTests.defects.map(\.rule))
        for rule in Fixtures.linter.rules.rules where rule.common.fix != nil {
            #expect(covered.contains(rule.id), "no round-trip test for the fix of \(rule.id)")
        }
    }

    @Test(arguments: roundTrips)
    func defectFixedGivesTheOriginalBack(_ defect: InjectedDefectTests.Defect) throws {
        let original = try Fixtures.example(defect.file)
        var lines = original.components(separatedBy: "\n")
        #expect(defect.edit(&lines) > 0)
        let broken = lines.joined(separator: "\n")
        #expect(try Fixtures.lint(broken).of(defect.rule).count > 0)
        let unsafe = Fixtures.linter.rules.rule(defect.rule)?.common.fix == .unsafe
        if unsafe { #expect(try Self.fixed(broken, unsafe: false) == broken, "an unsafe fix applied without --unsafe") }
        #expect(try Self.fixed(broken) == original)
    }

    static let cleanDocuments = [Fixtures.zhDraft, Fixtures.zhReport].map { "Examples/\($0)" }
        + (Fixtures.hasCorpus ? Fixtures.corpusFiles("en").map { "corpus/\($0)" } : [])

    @Test(arguments: cleanDocuments)
    func cleanDocumentsStayByteIdenticalAndFixingIsIdempotent(_ name: String) throws {
        let text = name.hasPrefix("Examples/") ? try Fixtures.example(String(name.dropFirst(9))) : try Fixtures.corpusFile(String(name.dropFirst(7)))
        let once = try Self.fixed(text)
        // The real slips of the corpus are fixed where a fix exists; nothing else moves.
        #expect(try Self.fixed(once) == once)
        if try Fixtures.lint(text).diagnostics.allSatisfy({ $0.fix == nil }) { #expect(once == text) }
    }

    /// Paragraph 2 of draft resolution II in the ga77 report deleted, numbers left: renumbering 3–5 also
    /// turns its reference "本决议第 4 段" (paragraph 3 of the draft) into "第 3 段".
    @Test func renumberingCarriesInternalReferences() throws {
        var lines = try Fixtures.example(Fixtures.zhReport).components(separatedBy: "\n")
        #expect(lines[763].hasPrefix(" 2. 着重指出行动纲领") && lines[776].contains("本决议第 4 段"))
        lines.removeSubrange(763..<766)
        let out = try Self.fixed(lines.joined(separator: "\n")).components(separatedBy: "\n")
        #expect(out[763].hasPrefix("  2. 请秘书长在现有资源范围内"))
        #expect(out[773].contains("本决议第 3 段"), "\(out[773])")
        #expect(out.contains { $0.hasPrefix(" 4. 决定将题为") })
    }

    /// An item deleted from paragraph 1, letters left: relettering also turns the references to the
    /// items that moved ("subparagraph (c) below", "paragraph 1 (d) above") into their new letters.
    @Test func reletteringCarriesItemReferences() throws {
        let language = try #require(Fixtures.linter.languages.profile("en"))
        let draft = language.exampleFrame + """
            1. Calls upon Member States:

            (a) To support the process, in cooperation with the bodies in subparagraph (c) below;

            (c) To report on it;

            (d) To share information;

            2. Requests the Secretary-General to report on paragraph 1 (d) above;

            3. Decides to include in the provisional agenda of its eightieth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.

            """
        let fixed = try Self.fixed(draft)
        #expect(fixed.contains("(b) To report on it;") && fixed.contains("(c) To share information;"))
        #expect(fixed.contains("in subparagraph (b) below;"))
        #expect(fixed.contains("report on paragraph 1 (c) above;"))
        #expect(try Fixtures.lint(fixed, lang: "en").errors.isEmpty)
    }

    @Test func commandLineFixWritesInPlaceKeepingModeAndEncoding() throws {
        let dir = try CLI.temporaryDirectory()
        let original = try Fixtures.example(Fixtures.zhDraft)
        let broken = original.replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
        let file = dir.appendingPathComponent("d.txt")
        // UTF-16 with BOM, mode 640.
        try TextDecoding.encoding(of: Data([0xFF, 0xFE])).encode(broken).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)

        // --diff is a check: fixes pending exit 1 (as ruff's).
        let diff = try CLI.run(["fix", "--diff", "d.txt"], in: dir)
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("-交换意见。 \n+交换意见； \n"))
        #expect(try TextDecoding.decode(Data(contentsOf: file), path: "d") == broken, "--diff wrote the file")

        let r = try CLI.run(["fix", "d.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("fixed 1 (operative.terminator ×1)"))
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: [0xFF, 0xFE]))
        #expect(try TextDecoding.decode(data, path: "d") == original)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o640)
    }

    @Test func diffAppliesWithPatch() throws {
        let dir = try CLI.temporaryDirectory()
        let original = try Fixtures.example(Fixtures.zhDraft)
        let broken = original.replacingOccurrences(of: " (b) 为执行", with: " (c) 为执行").replacingOccurrences(of: "第七十四届", with: "第七十三届")
        try broken.write(to: dir.appendingPathComponent("d.txt"), atomically: false, encoding: .utf8)
        let diff = try CLI.run(["fix", "--diff", "d.txt"], in: dir)
        try diff.stdout.write(to: dir.appendingPathComponent("fix.patch"), atomically: false, encoding: .utf8)
        let patch = try Shell.run("patch", ["-p0", "-i", "fix.patch"], in: dir)
        #expect(patch.status == 0, "\(patch.stdout)\(patch.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("d.txt"), encoding: .utf8) == original)
    }

    /// `fix -`: standard input to standard output (fix-on-save); what only --unsafe would fix is said.
    @Test func fixStandardInputToStandardOutput() throws {
        let original = try Fixtures.example(Fixtures.zhDraft)
        let broken = original.replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
            .replacingOccurrences(of: "2013 年2 和 2015 年3", with: "2013 年3 和 2015 年2")
        let r = try CLI.run(["fix", "--stdin-filename", "d.txt", "-"], stdin: Data(broken.utf8))
        #expect(r.stdout == original.replacingOccurrences(of: "2013 年2 和 2015 年3", with: "2013 年3 和 2015 年2"), "only the safe fix")
        #expect(r.stderr.hasPrefix("d.txt: fixed 1 (operative.terminator ×1)") && r.stderr.contains("1 fixable with --unsafe"), "\(r.stderr)")
        // With --unsafe the footnotes are renumbered in the order of their first reference too.
        let all = try CLI.run(["fix", "--unsafe", "-"], stdin: Data(broken.utf8))
        #expect(all.status == 0 && all.stderr.contains("footnote.numbering ×1") && all.stdout.contains("交换意见； "), "\(all.stderr)")
        #expect(try Fixtures.lint(all.stdout, lang: "zh").errors.isEmpty)
        let check = try CLI.run(["fix", "--diff", "-"], stdin: Data(original.utf8))
        #expect(check.status == 0 && check.stdout.isEmpty, "nothing pending: \(check.stdout)")
    }

    /// Footnote texts go with their numbers: in a copy of A/C.1/73/L.37 (Chinese) whose references to
    /// notes 2 and 3 were swapped (a paragraph's citations reordered), the unsafe fix renumbers the
    /// references and puts the texts at the foot in the order of their new numbers.
    @Test func footnoteTextsReorderedWithTheirNumbers() throws {
        let original = try Fixtures.example(Fixtures.zhDraft)
        let broken = original.replacingOccurrences(of: "2013 年2 和 2015 年3", with: "2013 年3 和 2015 年2")
            .replacingOccurrences(of: "年 2 和 2015 年 3 报告", with: "年 3 和 2015 年 2 报告")
        #expect(broken != original)
        let linter = ReferenceFixTests.linterFor(["footnote.numbering"])
        #expect(try Fixer(linter: linter, includeUnsafe: false).fix(text: broken, path: "d.txt", language: nil).text == broken)
        let fixed = try Fixer(linter: linter, includeUnsafe: true).fix(text: broken, path: "d.txt", language: nil).text
        let expected = original.replacingOccurrences(of: " 2 A/68/98。", with: " 2 A/70/174#")
            .replacingOccurrences(of: " 3 A/70/174。", with: " 3 A/68/98。").replacingOccurrences(of: "A/70/174#", with: "A/70/174。")
        #expect(fixed == expected)
        #expect(try Fixtures.lint(fixed, lang: "zh").diagnostics.filter { $0.rule.hasPrefix("footnote.") }.isEmpty)
    }
}
