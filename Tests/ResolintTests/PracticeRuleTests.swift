import Foundation
import Testing
@testable import Resolint

/// The rules taken from the UN's practice catch their defect injected into a copy of a real text in
/// every language they cover, and their fix gives the text back. (Their counts on the whole markup are
/// in each rule's description.)
struct PracticeRuleTests {
    /// S/RES/2536 (2020) in a language of the UN's markup, as authored text.
    static func resolution2536(_ folder: String) throws -> String { try resolution(2536, folder) }

    /// A Security Council resolution of 2020 in a language of the UN's markup, as authored text.
    static func resolution(_ number: Int, _ folder: String) throws -> String {
        let dir = Fixtures.corpus.appendingPathComponent("akn/sc/2020/\(folder)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("S_RES_\(number)") })
        return try AKNReader.read(path: dir.appendingPathComponent(name).path).render(.authored).text
    }

    static let chapterVII = ["English": "Acting under Chapter VII", "French": "Agissant en vertu du Chapitre VII",
                             "Spanish": "Actuando en virtud del Capítulo VII", "Russian": "действуя на основании главы VII",
                             "Arabic": "وإذ يتصرف بموجب الفصل السابع", "Chinese": "根据《联合国宪章》第七章采取行动"]

    /// "Acting under Chapter VII …," moved above the preambular paragraph before it.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: ReferenceFixTests.languages)
    func chapterVIIMovedUpIsCaught(_ folder: String) throws {
        // Spaces as the text has them (Russian "главы\u{A0}VII").
        let phrase = Self.chapterVII[folder]!.replacingOccurrences(of: " ", with: "")
        try Self.movedUpIsCaught(Self.resolution2536(folder), "preamble.chapter-vii") { $0.filter { !$0.isWhitespace }.hasPrefix(phrase) }
    }

    /// The paragraph of the first line that `matches`, swapped with the paragraph before it (one line
    /// each, a blank line between), is found by `rule` on its new line, with one paragraph after it.
    static func movedUpIsCaught(_ text: String, _ rule: String, _ matches: (String) -> Bool) throws {
        #expect(try Fixtures.lint(text).of(rule).isEmpty)
        var lines = text.components(separatedBy: "\n")
        let found = lines.firstIndex(where: matches)
        let k = try #require(found)
        #expect(lines[k - 1].isEmpty && !lines[k - 2].isEmpty)
        lines.swapAt(k, k - 2)
        let caught = try Fixtures.lint(lines.joined(separator: "\n")).of(rule)
        #expect(caught.map(\.start.line) == [k - 1])
        #expect(caught.first?.message.hasSuffix("but 1 paragraph follows it") == true)
    }

    /// S/RES/820 (1993) is in parts, and part B has a preamble of its own that ends "Acting under Chapter
    /// VII of the Charter of the United Nations," before its paragraph 10: no finding.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func chapterVIIClosesThePreambleOfItsPart() throws {
        let text = try Fixtures.corpusFile("en/S_RES_0820_1993_gold.txt")
        #expect(text.contains("Acting under Chapter VII of the Charter of the United Nations,\n\n10. Decides"))
        #expect(try Fixtures.lint(text).of("preamble.chapter-vii").isEmpty)
    }

    /// A quotation's marks typed straight: caught, and the fix writes the language's marks back
    /// (French with its no-break spaces inside).
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: ReferenceFixTests.languages.filter { $0 != "Arabic" })
    func straightQuotesAreCaughtAndFixed(_ folder: String) throws {
        let text = try Self.resolution2536(folder)
        let quotes = try #require(Fixtures.linter.languages.profile(ReferenceFixTests.code(folder))).quotes
        let open = quotes.open + (quotes.innerSpace ?? ""), close = (quotes.innerSpace ?? "") + quotes.close
        var lines = text.components(separatedBy: "\n")
        // The first line with a quotation opened and closed after it.
        func pair(_ line: String) -> (Range<String.Index>, Range<String.Index>)? {
            guard let a = line.range(of: open), let b = line.range(of: close, range: a.upperBound..<line.endIndex) else { return nil }
            return (a, b)
        }
        let k = try #require(lines.firstIndex { pair($0) != nil })
        let (a, b) = try #require(pair(lines[k]))
        lines[k].replaceSubrange(b, with: "\"")
        lines[k].replaceSubrange(a, with: "\"")
        let broken = lines.joined(separator: "\n")
        #expect(try Fixtures.lint(broken).of("text.straight-quotes").map(\.start.line) == [k + 1, k + 1])
        let fixed = try Fixer(linter: ReferenceFixTests.linterFor(["text.straight-quotes"]), includeUnsafe: false)
            .fix(text: broken, path: "d.txt", language: nil).text
        #expect(fixed == text)
    }

    /// citation.date leaves a resolution another body adopted alone when the body is named before "in its
    /// resolution" (issue 13: "the Human Rights Council in its resolution 42/23 of …"): the issued draft
    /// A/C.3/80/L.10 with its "General Assembly resolution 78/178 of 19 December 2023" made the Council's
    /// and dated 2024, which would be wrong for the Assembly's session 78.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func citationOfAnotherBodyInItsResolutionIsNotDated() throws {
        let text = try Fixtures.corpusFile("en-drafts/A_C.3_80_L.10.txt")
        let dated = text.replacingOccurrences(of: "19 December 2023 and its previous", with: "19 December 2024 and its previous")
        #expect(try Fixtures.lint(dated).of("citation.date").count == 1)
        let other = dated.replacingOccurrences(of: "and General Assembly resolution 78/178 of", with: "and the Human Rights Council in its resolution 78/178 of")
        #expect(other != dated)
        #expect(try Fixtures.lint(other).of("citation.date").isEmpty)
    }

    /// "the present resolution" of a General Assembly text written "this resolution".
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func thisResolutionInAGeneralAssemblyText() throws {
        let path = Fixtures.corpus.appendingPathComponent("akn/ga/75session/English/75_100_E.xml").path
        let text = try AKNReader.read(path: path).render(.authored).text
        #expect(try Fixtures.lint(text).of("text.present-resolution").isEmpty)
        let first = try #require(text.range(of: "the present resolution"))
        let broken = text.replacingCharacters(in: first, with: "this resolution")
        #expect(try Fixtures.lint(broken).of("text.present-resolution").count == 1)
        let linter = ReferenceFixTests.linterFor(["text.present-resolution"])
        #expect(try Fixer(linter: linter, includeUnsafe: false).fix(text: broken, path: "d.txt", language: nil).text == broken)
        #expect(try Fixer(linter: linter, includeUnsafe: true).fix(text: broken, path: "d.txt", language: nil).text == text)
    }

    /// The year of a Council resolution dropped from the second item of a list with years in S/RES/2505
    /// (2020) ("2014 (2011), 2051 (2012)" → "2014 (2011), 2051"): caught on that number, in every language.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: ReferenceFixTests.languages)
    func councilYearDroppedFromAListIsCaught(_ folder: String) throws {
        let text = try Self.resolution(2505, folder)
        #expect(try Fixtures.lint(text).of("citation.council-year").isEmpty)
        let list = try NSRegularExpression(pattern: "(\\d{3,4}\\s?\\(\\d{4}\\)号?\\s?(?:[,،、和]|\\s(?:and|et|y|и|و))\\s{0,2}第?\\s?(\\d{3,4}))\\s?\\(\\d{4}\\)")
        let ns = text as NSString
        let m = try #require(list.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)))
        let broken = ns.replacingCharacters(in: m.range, with: ns.substring(with: m.range(at: 1)))
        let found = try Fixtures.lint(broken).of("citation.council-year")
        let number = ns.substring(with: m.range(at: 2))
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("resolution \(number) is cited without its year") == true)
        let line = ns.substring(to: m.range.location).filter { $0 == "\n" }.count + 1
        #expect(found.first?.start.line == line)
    }

    /// "Decides to remain seized of the matter" moved above the paragraph before it: caught, in every
    /// language.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: ReferenceFixTests.languages)
    func remainSeizedMovedUpIsCaught(_ folder: String) throws {
        let phrase = try NSRegularExpression(pattern: Self.remainSeized[folder]!)
        try Self.movedUpIsCaught(Self.resolution2536(folder), "operative.remain-seized") {
            phrase.firstMatch(in: $0, range: NSRange(location: 0, length: ($0 as NSString).length)) != nil
        }
    }

    /// reference.dangling in the UN's Arabic markup flags 2 of 432 texts (0.46%; 3 findings, which
    /// read as 0.69% when counted against texts): S/RES/2511 (2020), whose Arabic writes "الفقرة 17 من هذا
    /// القرار" ("paragraph 17 of this resolution") where the five other versions say "of that resolution"
    /// (resolution 2140 (2014)): a real slip of the Arabic text, kept; and S/RES/2607 (2021), whose Arabic
    /// markup prints paragraph 25 inside paragraph 24's <p> ("؛\t25 -\t", the only such paragraph in
    /// the corpus), so that the text has no paragraph 25 to refer to.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func arabicReferenceToParagraph17OfThisResolutionIsARealSlip() throws {
        let arabic = try Self.resolution(2511, "Arabic")
        #expect(arabic.contains("الفقرة 17 من هذا القرار"))
        #expect(try Fixtures.lint(arabic).of("reference.dangling").map(\.message)
                == ["reference to paragraph 17, which the draft does not have: the draft has 14 operative paragraphs"])
        for folder in ReferenceFixTests.languages where folder != "Arabic" {
            #expect(try Fixtures.lint(Self.resolution(2511, folder)).of("reference.dangling").isEmpty, "\(folder)")
        }
    }

    static let remainSeized = ["English": "Decides to remain (actively )?seized", "French": "Décide de rester (activement )?saisi",
                               "Spanish": "Decide seguir ocupándose", "Russian": "постановляет продолжать (активно )?заниматься",
                               "Arabic": "يقرر أن يبقي المسألة", "Chinese": "决定继续(积极)?处理此案"]
}
