import Foundation
import Testing
@testable import Resolint

/// Lines as a printed page wraps them, from real UN texts (the UN's AKN4UN markup in
/// ../shared/corpus/akn, by the United Nations, written out as pdftotext prints it): what a wrap puts
/// at a line's head (a dash, a label of a list run inline, a heading's second line) stays where the
/// sentence has it.
struct WrappedLineTests {
    static func parse(_ text: String, _ lang: String = "en") throws -> Document {
        DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile(lang)))
    }

    static func errors(_ text: String, _ lang: String = "en") throws -> [String] {
        // (The test page's footnote stands for the page's form; no paragraph refers to it.)
        try Fixtures.lint(text, lang: lang).errors.filter { $0.rule != "footnote.unreferenced" }.map { "\($0.rule)@\($0.start.line)" }
    }

    /// A/RES/75/18 as printed: "… sport for development and peace" / "– reopening, recovery and
    /// resilience …": an en dash after a full line with no mark is the title's, not a bullet.
    @Test func anEnDashWrappedToALineHeadIsNoBullet() throws {
        let text = FootnoteMarkerTests.page("""
            Noting the inter-agency advocacy brief “Recovering better: sport for development and peace
            – reopening, recovery and resilience post COVID-19”, initiated by the Department of
            Economic and Social Affairs,
            1. Encourages Member States to give due consideration to sport;
            """, notes: 1)
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.preamble.count == 1)
        #expect(draft.preamble[0].children.isEmpty)
        let errors = try Self.errors(text)
        #expect(errors.isEmpty, "\(errors)")
    }

    /// A/RES/75/10 as printed: "… in (a) preventing …; and" / "(b) preventing and countering …": a list
    /// the sentence runs inline, its second label wrapped to a line's head, is no item.
    @Test func aLabelOfAnInlineListWrappedToALineHeadIsNoItem() throws {
        let text = FootnoteMarkerTests.page("""
            Recognizing the role of the Office in supporting Member States in fulfilling their
            mandates, in (a) preventing and combating transnational crime, including the smuggling of
            migrants and trafficking in persons; and
            (b) preventing and countering terrorism, while respecting human rights,
            1. Encourages Member States to give due consideration to sport;
            """, notes: 1)
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.preamble.count == 1)
        #expect(draft.preamble[0].children.isEmpty)
        #expect(draft.preamble[0].content.text.hasSuffix("while respecting human rights,"))
        let errors = try Self.errors(text)
        #expect(errors.isEmpty, "\(errors)")
        // A/RES/75/216 as printed: "… towards the achievement of target" / "(d) of the Sendai Framework":
        // after no mark, a label that starts no list refers to an item.
        let reference = FootnoteMarkerTests.page("""
            Recognizing the importance of building codes, as appropriate, towards the achievement of target
            (d) of the Sendai Framework, and in this regard encourages countries to integrate disaster risk,
            1. Encourages Member States to give due consideration to sport;
            """, notes: 1)
        let referring = try #require(try Self.parse(reference).drafts.first)
        #expect(referring.preamble.count == 1 && referring.preamble[0].children.isEmpty)
        // A list whose first label heads a line is a list.
        let list = FootnoteMarkerTests.page("""
            Recognizing the role of the Office in supporting Member States in fulfilling their mandates,
            1. Encourages Member States:
            (a) to prevent and combat transnational crime; and
            (b) to prevent and counter terrorism;
            """, notes: 1)
        #expect(try Self.parse(list).drafts.first?.operative.first?.children.count == 2)
    }

    /// A/RES/75/4 as printed: item (c) "… in line with subparagraphs (d) and" / "(e) below, selected by …":
    /// an item's text that names items to come may wrap before a label; one that does not follow the item
    /// goes on its sentence, while the item's own successor after a missing mark is still an item.
    @Test func anItemNamingLaterItemsKeepsTheWrappedLabel() throws {
        let text = FootnoteMarkerTests.page("""
            1. Decides on the following organizational arrangements:
            (c) The general debate shall include statements by Member and Observer States and a
            limited number of representatives of organizations, in line with subparagraphs (d) and
            (e) below, selected by the President of the General Assembly;
            (d) Representatives of non-governmental organizations are invited to participate;
            (e) The President shall draw up a list of other relevant representatives;
            """, notes: 1)
        let items = try #require(try Self.parse(text).drafts.first?.operative.first?.children)
        #expect(items.map { $0.label?.raw } == ["(c)", "(d)", "(e)"])
        #expect(items.first?.content.text.hasSuffix("selected by the President of the General Assembly;") == true)
        // "(d)" after an item left without its mark is an item: the slip is reported, not hidden.
        let slip = text.replacingOccurrences(of: "Assembly;\n(d)", with: "Assembly\n(d)")
        #expect(try Self.parse(slip).drafts.first?.operative.first?.children.count == 3)
    }

    /// A/RES/75/239 as printed: "… the indicator for target" / "14.c of the 2030 Agenda, …": a target's
    /// number wrapped to a line's head is no paragraph number; "1.决定", as web copies write it, still is.
    @Test func aTargetNumberWrappedToALineHeadIsNoParagraph() throws {
        let text = FootnoteMarkerTests.page("""
            1. Recognizes the work undertaken by UN-Oceans, in particular on the indicator for target
            14.c of the 2030 Agenda;
            """, notes: 1)
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.raw } == ["1.", "2."])
        #expect(LabelReader.read("14.c of the 2030 Agenda") == nil)
        #expect(LabelReader.read("1.决定")?.arabic == 1)
        #expect(LabelReader.read("3.Decides")?.arabic == 3)
    }

    /// A/RES/75/6 as printed: "4. Welcomes … the appointment of Mr." / "Rafael Mariano Grossi as Director
    /// General …": a title's period at a line's end ends no paragraph (language key `abbreviations`).
    @Test func aTitleAtALineEndEndsNoParagraph() throws {
        let text = FootnoteMarkerTests.page("""
            1. Welcomes resolution GC(SPL.2)/RES/1 on the approval of the appointment of Mr.
            Rafael Mariano Grossi as Director General of the Agency from 3 December 2019;
            """, notes: 1)
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.operative.count == 2)
        #expect(draft.operative.first?.content.text.hasSuffix("from 3 December 2019;") == true)
        #expect(try Self.errors(text).isEmpty)
    }

    /// A/RES/75/244 (Russian) as printed: "III Совершенствование комплексного глобального управления," /
    /// "использование технологии и оценка качества конференционного обслуживания" / "37. …" (numbered 1–3 here): a heading
    /// may wrap after a comma; it is not the end of paragraph 36.
    @Test func aHeadingMayWrapAfterAComma() throws {
        let body = """
            A/RES/75/244

            Генеральная Ассамблея,
            ссылаясь на свои предыдущие резолюции,
            1. приветствует также прогресс и просит представлять и далее Комитету по конференциям
            информацию по этому вопросу;
            III Совершенствование комплексного глобального управления,
            использование технологии и оценка качества конференционного обслуживания
            2. ссылается на пункт 24 доклада Генерального секретаря о плане конференций и
            подчеркивает, что Департамент отвечает за реализацию политики;

            1/2

            \u{0C}A/RES/75/244

            3. постановляет включить в предварительную повестку дня своей семьдесят шестой сессии
            пункт, озаглавленный «План конференций».
            37-e пленарное заседание 7 декабря 2020 года

            """
        let draft = try #require(try Self.parse(body, "ru").drafts.first)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3])
        #expect(draft.operative[0].content.text.hasSuffix("по этому вопросу;"))
        // The meeting line, its date on the same line (the UN's Russian 75/57), ends the text.
        #expect(draft.operative[2].content.text.hasSuffix("«План конференций»."))
        let errors = try Self.errors(body, "ru").filter { $0.hasPrefix("operative.") }
        #expect(errors.isEmpty, "\(errors)")
    }

    /// A/RES/75/157 (Russian) as printed: a line of running text after a comma that opens with a capital
    /// and wraps on after another comma ("…, противоречат Уставу Организации Объединенных Наций," /
    /// "Всеобщей декларации прав человека 4, …") is no heading; only a numbered heading wraps so.
    @Test func runningTextAfterACommaIsNoHeading() throws {
        let body = """
            A/RES/75/157

            Генеральная Ассамблея,
            подтверждая, что все формы дискриминации противоречат Уставу Организации Объединенных Наций,
            Всеобщей декларации прав человека, Международному пакту о гражданских и политических правах,
            другим договорам о правах человека, Конвенции о правах ребенка и Конвенции о правах инвалидов,
            напоминая о проведении Международного года,
            1. призывает все государства принять меры;
            2. постановляет продолжить рассмотрение этого вопроса.

            """
        let draft = try #require(try Self.parse(body, "ru").drafts.first)
        #expect(draft.preamble.count == 2)
        #expect(draft.preamble[0].content.text.hasSuffix("о правах инвалидов,"))
        #expect(draft.operative.count == 2)
    }

    /// S/RES/2568 (2021): "*" alone on a line between the preamble and the operative part, and a
    /// preambular phrase of one word whose sentence runs on into its items ("Recognising" / "(a) …").
    @Test func aSeparatorLineAndAOneWordPhraseOverItems() throws {
        let text = """
            S/RES/2568 (2021)

            The Security Council,

            Recalling all its previous resolutions on the situation in Somalia,

            Recognising

            (a)

            the UN mandated Independent Assessment, published in January 2021;

            (b)

            the STP, published in February 2021;

            Acting under Chapter VII of the Charter of the United Nations,

            *

            1. Decides to remain seized of the matter.

            """
        let draft = try #require(try Self.parse(text).drafts.first)
        #expect(draft.preamble.map { $0.content.text.prefix(11) } == ["Recalling a", "Recognising", "Acting unde"])
        #expect(draft.preamble[1].children.map { $0.label?.raw } == ["(a)", "(b)"])
        #expect(draft.operative.count == 1)
        let errors = try Self.errors(text)
        #expect(errors.isEmpty, "\(errors)")
    }
}
