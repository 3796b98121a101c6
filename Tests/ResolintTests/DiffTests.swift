import Foundation
import Testing
@testable import Resolint

/// `resolint diff`: paragraphs paired by content, so that a renumbering shows as one; constructed
/// revisions for each kind of change, and Security Council mandate renewals (the UN's AKN4UN markup
/// of its 2020 and 2021 resolutions; source: the United Nations).
struct DiffTests {
    static let base = """
        The General Assembly,

        Recalling its resolution 75/1 of 21 September 2020 on the commemoration of the seventy-fifth anniversary,

        Noting with concern the continued effects of the pandemic on developing countries,

        Welcoming the report of the Secretary-General on the implementation of the present programme,

        1. Decides to establish an open-ended working group on the matter of sustainable oceans;

        2. Requests the Secretary-General to submit a report on the work of the group at its next session;

        3. Invites Member States to contribute voluntarily to the trust fund established in paragraph 1 above;

        4. Decides to remain seized of the matter and to consider it at its eightieth session.

        """

    static func diff(_ old: String, _ new: String, language: String = "en") throws -> RevisionDiff {
        let languages = Fixtures.linter.languages
        return RevisionDiff.compare(try ComparedVersion.text(old, path: "old", languages: languages, language: language),
                                    try ComparedVersion.text(new, path: "new", languages: languages, language: language))
    }

    static func summary(_ d: RevisionDiff) -> [String] {
        d.paragraphs.filter { $0.status != .unchanged }.map { "\($0.old ?? "-")>\($0.new ?? "-") \($0.status.rawValue)" }
    }

    @Test func identicalRevisionsHaveNoChange() throws {
        let d = try Self.diff(Self.base, Self.base)
        #expect(d.isUnchanged)
        #expect(d.paragraphs.count == 7)
    }

    @Test func anInsertedParagraphRenumbersTheRestWithoutModifyingThem() throws {
        let renumbered = Self.base
            .replacingOccurrences(of: "4. Decides to remain", with: "5. Decides to remain")
            .replacingOccurrences(of: "3. Invites", with: "4. Invites")
            .replacingOccurrences(of: "2. Requests", with: "3. Requests")
            .replacingOccurrences(of: "1. Decides to establish", with: "1. Reaffirms its commitment to the conservation of the oceans;\n\n2. Decides to establish")
        let d = try Self.diff(Self.base, renumbered)
        #expect(Self.summary(d) == ["->OP1 inserted", "OP1>OP2 renumbered", "OP2>OP3 renumbered", "OP3>OP4 renumbered", "OP4>OP5 renumbered"])
        // OP4 still says "paragraph 1 above", which is now OP2.
        #expect(d.references.map { "\($0.paragraph) \($0.number) \($0.target ?? "deleted")" } == ["OP4 1 OP2"])
    }

    @Test func aModifiedParagraphShowsItsWordChanges() throws {
        let d = try Self.diff(Self.base, Self.base.replacingOccurrences(of: "submit a report", with: "submit a comprehensive report"))
        #expect(Self.summary(d) == ["OP2>OP2 modified"])
        let runs = try #require(d.paragraphs.first { $0.status == .modified }?.changes)
        #expect(runs.filter { $0.kind != .equal } == [TokenDiff.Run(kind: .insert, text: "comprehensive")])
    }

    @Test func aDeletedPreambularParagraphRenumbersTheNext() throws {
        let d = try Self.diff(Self.base, Self.base.replacingOccurrences(of: "Noting with concern the continued effects of the pandemic on developing countries,\n\n", with: ""))
        #expect(Self.summary(d) == ["PP2>- deleted", "PP3>PP2 renumbered"])
        #expect(DiffRenderer.markdown(d).contains("| PP2 | deleted |"))
        #expect(DiffRenderer.markdown(d).contains("| PP2 (was PP3) | renumbered |"))
    }

    @Test func aMovedParagraphIsReportedAsMoved() throws {
        let moved = Self.base
            .replacingOccurrences(of: "1. Decides to establish an open-ended working group on the matter of sustainable oceans;\n\n", with: "")
            .replacingOccurrences(of: "4. Decides to remain", with: "4. Decides to establish an open-ended working group on the matter of sustainable oceans;\n\n5. Decides to remain")
            .replacingOccurrences(of: "2. Requests", with: "1. Requests").replacingOccurrences(of: "3. Invites", with: "2. Invites")
            .replacingOccurrences(of: "4. Decides to establish", with: "3. Decides to establish").replacingOccurrences(of: "5. Decides to remain", with: "4. Decides to remain")
        let d = try Self.diff(Self.base, moved)
        #expect(d.paragraphs.contains { $0.status == .moved && $0.old == "OP1" && $0.new == "OP3" })
        #expect(!d.paragraphs.contains { $0.status == .inserted || $0.status == .deleted })
    }

    @Test func chineseChangesAreCharacterLevel() throws {
        let old = """
            大会，

            回顾其2020年9月21日第75/1号决议，

            1. 决定设立一个关于可持续海洋问题的不限成员名额工作组；

            2. 请秘书长在下届会议上提交关于工作组工作的报告；

            """
        let d = try Self.diff(old, old.replacingOccurrences(of: "提交关于", with: "提交一份全面的关于"), language: "zh")
        let runs = try #require(d.paragraphs.first { $0.status == .modified }?.changes)
        #expect(runs.filter { $0.kind != .equal } == [TokenDiff.Run(kind: .insert, text: "一份全面的")])
    }

    /// Mandate renewals of the same mission, 2020 → 2021: a paragraph whose text is unchanged but
    /// which the UN numbers differently (its markup's <num>) is renumbered, never modified.
    static let sc = Fixtures.corpus.appendingPathComponent("akn/sc")
    static let renewals = [
        ("2020/English/S_RES_2506 (2020)-2001430E.xml", "2021/English/SC_2561_2021-E.xml"), // UNFICYP
        ("2020/English/S_RES_2530 (2020)-2008610E.xml", "2021/English/SC_2581_2021-E.xml"), // UNDOF
        ("2020/English/S_RES_2548 (2020)-2014409E.xml", "2021/English/S_RES_2602 (2021)-2115752E.xml"), // MINURSO
    ]

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: renewals)
    func renewalsShowUnchangedTextUnderNewNumbersAsRenumbered(_ pair: (String, String)) throws {
        let languages = Fixtures.linter.languages
        let old = try ComparedVersion.read(path: Self.sc.appendingPathComponent(pair.0).path, languages: languages)
        let new = try ComparedVersion.read(path: Self.sc.appendingPathComponent(pair.1).path, languages: languages)
        let d = RevisionDiff.compare(old, new)
        // The UN's numbers, from the markup.
        let numbers = { (v: ComparedVersion) in VersionSkeleton(v).parts.flatMap(\.operative).compactMap(\.value) }
        let (oldNumbers, newNumbers) = (numbers(old), numbers(new))
        let a = DiffUnit.units(of: old.document).operative, b = DiffUnit.units(of: new.document).operative
        #expect(a.map(\.number) == oldNumbers)
        #expect(b.map(\.number) == newNumbers)
        let operative = d.paragraphs.filter { $0.part == .operative }
        var checked = 0
        for (i, x) in a.enumerated() {
            guard let j = b.firstIndex(where: { $0.fullText == x.fullText }), a.filter({ $0.fullText == x.fullText }).count == 1 else { continue }
            let c = try #require(operative.first { $0.old == x.name })
            #expect(c.new == b[j].name)
            #expect(c.status == (oldNumbers[i] == newNumbers[j] ? .unchanged : .renumbered), "\(x.name) → \(b[j].name)")
            checked += 1
        }
        #expect(checked > 0)
        #expect(!d.isUnchanged)
    }
}

/// `lint --since`: only the diagnostics on what changed.
struct LintSinceTests {
    @Test func onlyChangedParagraphsAreRegions() throws {
        let languages = Fixtures.linter.languages
        let new = DiffTests.base.replacingOccurrences(of: "submit a report", with: "submit a comprehensive report")
        let old = try ComparedVersion.text(DiffTests.base, path: "old", languages: languages, language: "en")
        let revised = try ComparedVersion.text(new, path: "new", languages: languages, language: "en")
        let ranges = ChangedRegions.ranges(old: old, new: revised)
        #expect(ranges.count == 1)
        let bytes = Array(new.utf8)
        let region = String(decoding: bytes[try #require(ranges.first)], as: UTF8.self)
        #expect(region.contains("comprehensive"))
        #expect(!region.contains("Invites"))
    }
}

/// `resolint lint --since OLD NEW` run as users run it, on a real renewal (UNDOF, S/RES/2530 (2020) →
/// S/RES/2581 (2021), the UN's AKN4UN markup; source: the United Nations). The 2021 text keeps from
/// 2020 a preambular paragraph opening "Recalls" (preamble.opening-phrase, a warning): unchanged, it is
/// not reported since 2020. A slip put into a copy, in the paragraph the renewal changed (the mandate's
/// new date), is.
struct LintSinceCommandTests {
    static let old = Fixtures.corpus.appendingPathComponent("akn/sc/2020/English/S_RES_2530 (2020)-2008610E.xml")
    static let new = Fixtures.corpus.appendingPathComponent("akn/sc/2021/English/SC_2581_2021-E.xml")

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func onlyWhatChangedSinceTheOldRevisionIsReported() throws {
        let full = try CLI.run(["lint", Self.new.path])
        #expect(full.status == 0)
        #expect(full.stdout.contains("warning[preamble.opening-phrase]") && full.stdout.contains("“Recalls”"))
        let since = try CLI.run(["lint", "--since", Self.old.path, Self.new.path])
        #expect(since.status == 0)
        #expect(since.stdout.contains("1 file checked: 0 errors, 0 warnings"), "\(since.stdout)")

        // The renewed mandate's paragraph ends with a comma in a copy: an error, in a changed paragraph.
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = try String(contentsOf: Self.new, encoding: .utf8)
        let slip = "safe and secure way;"
        try #require(xml.components(separatedBy: slip).count == 2)
        let copy = folder.appendingPathComponent("S_RES_2581.xml")
        try xml.replacingOccurrences(of: slip, with: "safe and secure way,").write(to: copy, atomically: false, encoding: .utf8)
        let slipped = try CLI.run(["lint", "--since", Self.old.path, copy.path])
        #expect(slipped.status == 1)
        #expect(slipped.stdout.contains("error[operative.terminator]"), "\(slipped.stdout)")
        #expect(!slipped.stdout.contains("preamble.opening-phrase"))
        #expect(slipped.stdout.contains("1 file checked: 1 error, 0 warnings"), "\(slipped.stdout)")
        // An old revision that cannot be read is bad usage.
        let missing = try CLI.run(["lint", "--since", folder.appendingPathComponent("absent.xml").path, copy.path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("absent.xml"))
    }
}
