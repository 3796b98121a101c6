import Foundation
import Testing
@testable import Resolint

/// The real documents: the two Chinese founding examples (committed in Examples/) lint clean, every
/// English document of ../shared/corpus/en lints with no error but the slips really in it, and the
/// web texts and the OCR layer parse without a crash.
struct CorpusTests {
    @Test func chineseDraftIsCleanAndReadRight() throws {
        let text = try Fixtures.example(Fixtures.zhDraft)
        let report = try Fixtures.lint(text)
        #expect(report.language == "zh")
        #expect(report.kind == .draftResolution)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.start) \($0.rule): \($0.message)" })")

        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("zh")))
        #expect(document.layout == .interleaved)
        #expect(document.header.session == 73)
        #expect(document.header.committee == 1)
        #expect(document.header.agendaItems == ["96"])
        #expect(document.header.agendaTitle?.string == "从国际安全角度看信息和电信领域的发展")
        let sponsors = try #require(document.header.sponsors).names.map(\.name)
        #expect(sponsors.count == 36)
        #expect(sponsors.first == "澳大利亚" && sponsors.last == "美利坚合众国")
        #expect(sponsors.contains("大不列颠及北爱尔兰联合王国") && sponsors.contains("以色列"))
        let draft = try #require(document.drafts.first)
        #expect(draft.title?.string == "从国际安全角度促进网络空间国家负责任行为")
        #expect(draft.preamble.count == 14)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3, 4, 5, 6])
        #expect(draft.operative[0].children.count == 2 && draft.operative[1].children.count == 2)
        // Footnotes 1–3 in the preamble, used again in operative paragraph 1 (a).
        #expect(document.footnoteScopes[0].references.map(\.number) == [1, 2, 3, 1, 2, 3])
        #expect(document.footnoteScopes[0].texts.map(\.number) == [1, 2, 3])
        #expect(ClosingClause.find(in: draft, language: document.language)?.session.text == "七十四")
    }

    /// The report's two findings are real (spec/rules.md names both): line 702 of the issued document
    /// ends a preambular paragraph of draft resolution II with an ASCII comma: "…以达成共识为导向并以成果为基础,";
    /// line 397 quotes the title of A/C.1/77/L.73 with a stray 促, "促推进…", where the recommended
    /// draft resolution II (line 592) is titled "推进…". Its five recorded votes all add up.
    @Test func chineseReportIsCleanButForItsRealSlips() throws {
        let text = try Fixtures.example(Fixtures.zhReport)
        let report = try Fixtures.lint(text)
        #expect(report.kind == .committeeReport)
        #expect(report.errors.isEmpty, "\(report.errors.map { "\($0.start) \($0.rule): \($0.message)" })")
        #expect(report.diagnostics.map { "\($0.rule)@\($0.start.line):\($0.start.column)" } == ["report.title-mismatch@397:4", "text.punctuation-width@702:10"])
        let lines = text.components(separatedBy: "\n")
        #expect(lines[701].contains("以成果为基础,"))
        #expect(lines[396].contains("题为“促推进从国际安全角度使用") && lines[398].contains("(A/C.1/77/L.73)"))
        #expect(lines[591].trimmingCharacters(in: .whitespaces).hasPrefix("推进从国际安全角度使用"))

        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("zh")))
        #expect(document.header.session == 77 && document.header.agendaItems == ["94"])
        #expect(document.drafts.map(\.kind) == [.resolution, .resolution, .decision])
        #expect(document.drafts.map { $0.operative.count } == [7, 5, 1])
        #expect(document.drafts.map { $0.preamble.count } == [8, 25, 0])
        #expect(document.drafts[2].operative[0].children.count == 2)
        // Two footnote scopes: the report body (1–3) and the recommended texts (1–4, running on).
        #expect(document.footnoteScopes.map { $0.texts.map(\.number) } == [[1, 2, 3], [1, 2, 3, 4]])
        #expect(document.footnoteScopes.map { $0.references.map(\.number) } == [[1, 2, 3], [1, 2, 3, 4]])
    }

    /// Findings in the English corpus that are slips of the documents themselves, each with the text
    /// that proves it. Anything else at error severity fails the test.
    static let realSlips: [String: [RealSlip]] = [
        "en/S_2023_970_SC_draft.txt": [RealSlip(rule: "header.sponsors", line: 22, proof: "Morocco, , Namibia")],
        "en/S_RES_0757_1992_gold.txt": [RealSlip(rule: "preamble.terminator", line: 21, proof: "inviolable.")],
        "en/S_RES_0687_1991_gold.txt": [RealSlip(rule: "preamble.terminator", line: 16, proof: "legitimate Government."),
                                        RealSlip(rule: "operative.terminator", line: 443, proof: "on or after 2 August 1990,"),
                                        // Paragraph 32 ends with a colon that introduces nothing (paragraph 33 follows).
                                        RealSlip(rule: "operative.terminator", line: 452, proof: "practices of terrorism:")],
        // Paragraph 18 ends with a comma among paragraphs that end with semicolons; found since paragraph
        // 13's em-dash items are read as items and no longer end the text.
        "en/S_RES_1445_2002_gold.txt": [RealSlip(rule: "operative.terminator", line: 197, proof: "the Ituri area,")],
        "en/S_RES_0820_1993_gold.txt": [RealSlip(rule: "text.brackets", line: 73, proof: "\"ethnic cleansing”")],
    ]

    static let englishFiles = Fixtures.corpusFiles("en").filter { !$0.contains("OCR") }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: englishFiles)
    func englishDocumentHasNoErrorButItsRealSlips(_ file: String) throws {
        let text = try Fixtures.corpusFile(file)
        let report = try Fixtures.lint(text, path: file)
        #expect(report.language == "en")
        RealSlip.expectOnly(Self.realSlips[file] ?? [], among: report.errors, in: text, file: file)
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func sponsorsOfS2023970AreReadWithTheirSlip() throws {
        let text = try Fixtures.corpusFile("en/S_2023_970_SC_draft.txt")
        let report = try Fixtures.lint(text)
        let d = try #require(report.of("header.sponsors").first)
        #expect(d.start.line == 22)
        // The empty name sits between "Morocco," and ", Namibia".
        #expect(text.components(separatedBy: "\n")[21].unicodeScalars.dropFirst(d.start.column - 1).first == ",")
    }

    static let robustnessFiles = Fixtures.corpusFiles("web/zh") + Fixtures.corpusFiles("web/en") + Fixtures.corpusFiles("web/fr")
        + Fixtures.corpusFiles("web/es") + Fixtures.corpusFiles("web/ru") + Fixtures.corpusFiles("web/ar")
        + ["en/A_L.632_1971_draft_OCR.txt"]

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: robustnessFiles)
    func webAndOCRTextsParseIntoAStructure(_ file: String) throws {
        let text = try Fixtures.corpusFile(file)
        let report = try Fixtures.lint(text, path: file)
        let source = SourceFile(path: file, text: text)
        for d in report.diagnostics {
            #expect(d.start.line >= 1 && d.start.line <= max(1, source.lineCount), "\(d) outside the file")
            #expect(d.byteRange.upperBound <= source.bytes.count)
        }
        let language = try #require(Fixtures.linter.languages.profile(report.language))
        let document = DocumentParser().parse(source, language: language)
        let paragraphs = document.drafts.reduce(0) { $0 + $1.preamble.count + $1.operative.count + $1.stray.count }
        #expect(paragraphs > 0, "no paragraph recognised in \(file)")
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func ocrDraftHeaderIsReadDespiteNoise() throws {
        let text = try Fixtures.corpusFile("en/A_L.632_1971_draft_OCR.txt")
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        // "rrwenty-sixth session": the line is found, its ordinal is OCR damage and cannot be read.
        #expect(document.header.sessionLine?.string == "rrwenty-sixth session")
        #expect(document.header.session == nil)
        #expect(document.drafts.first?.opening?.string == "The General Assembly,")
    }
}
