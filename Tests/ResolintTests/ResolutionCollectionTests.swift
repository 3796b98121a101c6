import Foundation
import Testing
@testable import Resolint

/// Resolutions adopted together under one number, each part ending with its meeting and date (the UN's
/// A/RES/75/101 A-B, "Questions relating to information", in its AKN markup; source: the United Nations).
struct ResolutionCollectionTests {
    static let text = """
    United Nations
    A/RES/75/101 A-B
    General Assembly
    Distr.: General
    18 December 2020
    Seventy-fifth session
    Agenda item 56
    Questions relating to information
    Resolutions adopted by the General Assembly on 10 December 2020
    [on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/75/415, para. 8)]

    75/101. Questions relating to information

    A

    Information in the service of humanity

    The General Assembly,

    Taking note of the comprehensive and important report of the Committee on Information,

    Taking note also of the report of the Secretary-General,

    Urges all countries, organizations of the United Nations system as a whole and all others concerned, reaffirming their commitment to the principles of the Charter of the United Nations and to the principles of freedom of the press and freedom of information:

    (a) To cooperate and interact with a view to reducing existing disparities in information flows at all levels;

    (b) To ensure for journalists the free and effective performance of their professional tasks and condemn resolutely all attacks against them;

    (c) To provide full support for the International Programme for the Development of Communication, which should support both public and private media.

    41st plenary meeting
    10 December 2020

    B

    United Nations global communications policies and activities

    The General Assembly,

    Emphasizing that the Committee on Information is its main subsidiary body mandated to make recommendations to it relating to the work of the Department of Global Communications of the Secretariat,

    1. Requests the Secretary-General to continue to implement fully the recommendations contained in its relevant resolutions;

    2. Reaffirms that the United Nations remains the indispensable foundation of a peaceful and just world.

    41st plenary meeting
    10 December 2020

    """

    /// The plural masthead makes an adopted text; part B, after part A's meeting and date, is read as
    /// the second resolution; part A's single unnumbered paragraph, whose items close with the period,
    /// is its operative paragraph.
    @Test func eachPartIsReadUpToItsOwnMeetingLine() throws {
        let document = DocumentParser().parse(SourceFile(path: "x", text: Self.text), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(document.kind == .adoptedResolution)
        #expect(document.drafts.count == 2)
        let a = try #require(document.drafts.first), b = try #require(document.drafts.last)
        #expect(a.preamble.count == 2)
        #expect(a.operative.count == 1)
        #expect(a.operative.first?.children.count == 3)
        #expect(b.preamble.count == 1)
        #expect(b.operative.map { $0.label?.value } == [1, 2])
        #expect(document.drafts.allSatisfy { $0.stray.isEmpty })
        let report = try Fixtures.lint(Self.text, lang: "en")
        #expect(report.errors.map(\.rule) == [])
    }

    /// The same collection as pdftotext prints it: no blank line between paragraphs, part B's letter
    /// right after part A's date, then the page's foot and the next page's head (the symbol with its
    /// parts, "A/RES/75/101 A-B"), and B's title run on into its formula.
    static let printed = """
    A/RES/75/101 A-B

    United Nations

    General Assembly

    Distr.: General
    18 December 2020

    Seventy-fifth session
    Agenda item 56
    Questions relating to information

    Resolutions adopted by the General Assembly on 10 December 2020
    [on the report of the Special Political and Decolonization Committee (Fourth
    Committee) (A/75/415, para. 8)]

    75/101.
    Questions relating to information
    A

    Information in the service of humanity
    The General Assembly,
    Taking note of the comprehensive and important report of the Committee on
    Information,
    Taking note also of the report of the Secretary-General,
    Urges all countries, organizations of the United Nations system as a whole and
    all others concerned, reaffirming their commitment to the principles of the
    Charter of the United Nations and to the principles of freedom of the press and
    freedom of information:
    (a) To cooperate and interact with a view to reducing existing disparities in
    information flows at all levels;
    (b) To provide full support for the International Programme for the Development
    of Communication, which should support both public and private media.
    41st plenary meeting
    10 December 2020
    B

    2/27

    \u{0C}A/RES/75/101 A-B


    United Nations global communications policies and activities
    The General Assembly,
    Emphasizing that the Committee on Information is its main subsidiary body
    mandated to make recommendations to it relating to the work of the Department of
    Global Communications of the Secretariat,
    1.
    Requests the Secretary-General to continue to implement fully the
    recommendations contained in its relevant resolutions;
    2.
    Reaffirms that the United Nations remains the indispensable foundation of a
    peaceful and just world.
    41st plenary meeting
    10 December 2020

    """

    @Test func printedPartsAreReadAsInTheAuthoredText() throws {
        let document = DocumentParser().parse(SourceFile(path: "x", text: Self.printed), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(document.drafts.count == 2)
        let a = try #require(document.drafts.first), b = try #require(document.drafts.last)
        #expect(a.preamble.count == 2)
        #expect(a.operative.first?.children.count == 2)
        #expect(b.opening != nil)
        #expect(b.preamble.map { $0.content.text.hasPrefix("Emphasizing") } == [true])
        #expect(b.operative.map { $0.label?.value } == [1, 2])
        #expect(document.drafts.allSatisfy { $0.stray.isEmpty })
        // The running head is page furniture, not text of part B.
        #expect(!b.preamble.contains { $0.content.text.contains("A/RES") })
        let report = try Fixtures.lint(Self.printed, lang: "en")
        #expect(report.errors.map(\.rule) == [])
    }
}
