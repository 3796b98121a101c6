import Foundation
import Testing
@testable import Resolint

/// `resolint fix` carries a draft's references to its own paragraphs and items along when it renumbers
/// or reletters them, in the six languages and with or without "above"/"below"; a reference it cannot
/// map with certainty is never rewritten without `--unsafe` and stays reported. Each case is a copy of a
/// real document (../shared/corpus) with one paragraph or item deleted or inserted.
struct ReferenceFixTests {
    static let enabled = Fixtures.hasCorpus

    /// Only the rules of numbering, lettering and references: other rules' fixes are theirs to test.
    static let linter = linterFor(["operative.numbering", "subitem.lettering", "reference"])

    static func linterFor(_ rules: [String]) -> Linter {
        var l = Fixtures.linter
        l.selection = RuleSelection(select: rules)
        return l
    }

    static func fixed(_ text: String, unsafe: Bool = false) throws -> Fixer.Result {
        try Fixer(linter: linter, includeUnsafe: unsafe).fix(text: text, path: "d.txt", language: nil)
    }

    /// The lines of `text` with the one starting `prefix` (and the blank line after it) removed.
    static func deleting(lineStarting prefix: String, after start: String, in text: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let from = try #require(lines.firstIndex { $0.hasPrefix(start) })
        let k = try #require(lines[from...].firstIndex { $0.hasPrefix(prefix) })
        lines.removeSubrange(k..<(lines[k + 1].isEmpty ? k + 2 : k + 1))
        return lines.joined(separator: "\n")
    }

    // MARK: S/2017/77, the draft of the issue: a paragraph deleted

    /// Paragraph 3 of S/2017/77 deleted: renumbering carries every reference to a later paragraph
    /// along, bare ones too ("the measures contained in paragraphs 5 and 12 shall apply"), lists
    /// ("paragraphs 1, 2, 5 and 12 above") and references to items ("paragraph 28 (b) of this
    /// resolution"); other texts' paragraphs ("paragraphs 54 and 55 of resolution 2127 (2013)") stay.
    @Test(.enabled(if: enabled, Fixtures.noCorpusReason))
    func deletedParagraphRenumbersEveryFormOfReference() throws {
        let original = try Fixtures.corpusFile("en/S_2017_77_SC_draft.txt")
        var lines = original.components(separatedBy: "\n")
        let three = try #require(lines.firstIndex(of: "3.")), four = try #require(lines.firstIndex(of: "4."))
        lines.removeSubrange(three..<four)
        let broken = lines.joined(separator: "\n")
        let result = try Self.fixed(broken)
        #expect(result.fixed == ["operative.numbering": 1])
        #expect(result.remaining.diagnostics.isEmpty)
        // Exactly these changes: each paragraph label after the deleted one, and these references.
        var expected = broken.components(separatedBy: "\n")
        for (k, line) in expected.enumerated() {
            for n in 4...60 where line == "\(n)." || line.hasPrefix("\(n). ") {
                expected[k] = "\(n - 1)." + line.dropFirst("\(n).".count)
            }
        }
        let references: [(String, String)] = [
            ("out in paragraph 5 above,", "out in paragraph 4 above,"),
            ("imposed by paragraph 5 above shall", "imposed by paragraph 4 above shall"),
            ("by paragraph 12 above do not apply", "by paragraph 11 above do not apply"),
            ("provisions of paragraph 12 above of", "provisions of paragraph 11 above of"),
            ("measures in paragraph 12 above shall", "measures in paragraph 11 above shall"),
            ("pursuant to paragraph 12 above, and", "pursuant to paragraph 11 above, and"),
            ("contained in paragraphs 5 and 12 shall apply", "contained in paragraphs 4 and 11 shall apply"),
            ("paragraphs 5 and 12 shall also apply", "paragraphs 4 and 11 shall also apply"),
            ("paragraph 28 (b) of this resolution;", "paragraph 27 (b) of this resolution;"),
            ("pursuant to paragraphs 1, 2, 5 and 12 above", "pursuant to paragraphs 1, 2, 4 and 11 above"),
            ("pursuant to paragraph 37 below,", "pursuant to paragraph 36 below,"),
            ("by paragraphs 1, 2, 5 and 12 of this resolution;", "by paragraphs 1, 2, 4 and 11 of this resolution;"),
            ("renewed by paragraphs 16 and 17 above", "renewed by paragraphs 15 and 16 above"),
            ("criteria in paragraphs 16 and 17", "criteria in paragraphs 15 and 16"),
        ]
        var text = expected.joined(separator: "\n")
        for (old, new) in references {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        #expect(result.text == text)
        #expect(result.text.contains("paragraphs 54 and 55 of\nresolution 2127 (2013)"))
    }

    // MARK: Ambiguity: a late insertion

    /// A new "5." put after paragraph 4 of S/2017/77: "paragraph 5 above" may mean either paragraph
    /// numbered 5. The safe fix changes nothing and says one fix waits for --unsafe; lint reports each
    /// such reference; --unsafe takes the later paragraph (the one that kept its number), now 6.
    @Test(.enabled(if: enabled, Fixtures.noCorpusReason))
    func lateInsertionMakesReferencesAmbiguousUntilResolved() throws {
        let original = try Fixtures.corpusFile("en/S_2017_77_SC_draft.txt")
        var lines = original.components(separatedBy: "\n")
        let five = try #require(lines.firstIndex(of: "5."))
        lines.insert(contentsOf: ["5.", "Decides to review the measures set out in this resolution in the light of progress;"], at: five)
        let broken = lines.joined(separator: "\n")
        let report = try Self.linter.lint(text: broken, path: "d.txt", language: nil)
        let ambiguous = report.diagnostics.filter { $0.rule == "reference.ambiguous" }
        #expect(ambiguous.count == 7)
        #expect(ambiguous.first?.message == "reference to paragraph 5 is ambiguous: 2 operative paragraphs are numbered 5 (lines \(five + 1) and \(five + 3)); renumber them by hand, or `resolint fix --unsafe` takes the one on line \(five + 3)")
        #expect(report.diagnostics.first { $0.rule == "operative.numbering" }?.fix?.safety == .unsafe)

        let safe = try Self.fixed(broken)
        #expect(safe.text == broken, "a reference rewritten without --unsafe")
        #expect(safe.remaining.diagnostics.filter { $0.rule == "reference.ambiguous" }.count == 7)

        let unsafe = try Self.fixed(broken, unsafe: true)
        #expect(unsafe.remaining.diagnostics.isEmpty)
        #expect(unsafe.text.contains("out in paragraph 6 above,") && unsafe.text.contains("contained in paragraphs 6 and 13 shall apply"))
    }

    /// A deleted paragraph that a reference names: the reference would silently come to name the next
    /// one, so the renumbering waits for --unsafe and reference.dangling says what is wrong.
    @Test(.enabled(if: enabled, Fixtures.noCorpusReason))
    func deletedParagraphThatIsNamedIsReportedNotRenumberedSafely() throws {
        let original = try Fixtures.corpusFile("en/S_2017_77_SC_draft.txt")
        var lines = original.components(separatedBy: "\n")
        let five = try #require(lines.firstIndex(of: "5.")), six = try #require(lines.firstIndex(of: "6."))
        lines.removeSubrange(five..<six)
        let broken = lines.joined(separator: "\n")
        let safe = try Self.fixed(broken)
        #expect(safe.text == broken)
        let dangling = safe.remaining.diagnostics.filter { $0.rule == "reference.dangling" }
        #expect(dangling.count == 7)
        #expect(dangling.first?.message == "reference to paragraph 5, which the draft does not have: no operative paragraph is numbered 5")
    }

    /// A real slip: the UN's Arabic markup of S/RES/2607 (2021) runs paragraph 25 into paragraph 24
    /// ("… قبل تاريخ التسليم بخمسة أيام عمل على الأقل؛ 25 - يؤكد من جديد …"), so 24 is followed by 26,
    /// while paragraphs 29 and 33 cite "الفقرة 25 أو 26". Renumbering would make that reference name the old
    /// 26: the fix waits for --unsafe and reference.dangling says no paragraph is numbered 25.
    @Test(.enabled(if: enabled, Fixtures.noCorpusReason))
    func arabicMarkupOf2607LosesParagraph25() throws {
        let dir = Fixtures.corpus.appendingPathComponent("akn/sc/2021/Arabic")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("S_RES_2607") })
        let text = try AKNReader.read(path: dir.appendingPathComponent(name).path).render(.authored).text
        #expect(text.contains("على الأقل؛ 25 - يؤكد من جديد"))
        let result = try Self.fixed(text)
        #expect(result.text == text)
        let numbering = result.remaining.diagnostics.filter { $0.rule == "operative.numbering" }
        #expect(numbering.first?.fix?.safety == .unsafe)
        let dangling = result.remaining.diagnostics.filter { $0.rule == "reference.dangling" }
        // Paragraph 29 ("بالفقرة 25 أو 26") and paragraph 33 ("33 – يقرر حيثما تنطبق الفقرة 25 أو 26"), whose
        // number the Arabic writes with an en dash.
        #expect(dangling.map(\.message) == Array(repeating: "reference to paragraph 25, which the draft does not have: no operative paragraph is numbered 25", count: 2))
        let source = SourceFile(path: "d.txt", text: text)
        #expect(dangling.first.map { source.string($0.byteRange) } == "25")
    }

    // MARK: Items, six languages: S/RES/2536 (2020) in the UN's AKN markup

    static let languages = ["English", "French", "Spanish", "Russian", "Arabic", "Chinese"]

    /// The references to the items of paragraph 1, as each language version writes them, and what
    /// they become once item (c) is deleted.
    static let itemReferences: [String: [(String, String)]] = [
        "English": [("paragraph 1 (d), paragraph 1 (f) and paragraph 1 (g) of this resolution", "paragraph 1 (c), paragraph 1 (e) and paragraph 1 (f) of this resolution"),
                    ("listed in paragraph 1 (g) of this resolution", "listed in paragraph 1 (f) of this resolution")],
        "French": [("alinéas d), f) et g) du paragraphe 1 de la présente résolution", "alinéas c), e) et f) du paragraphe 1 de la présente résolution"),
                   ("énumérés à l’alinéa g) du paragraphe 1", "énumérés à l’alinéa f) du paragraphe 1")],
        "Spanish": [("párrafos 1 d), 1 f) y 1 g) de la presente resolución", "párrafos 1 c), 1 e) y 1 f) de la presente resolución"),
                    ("en el párrafo 1 g) de la presente resolución", "en el párrafo 1 f) de la presente resolución")],
        "Russian": [("пункте 1 d), пункте 1 f) и пункте 1 g) настоящей резолюции", "пункте 1 c), пункте 1 e) и пункте 1 f) настоящей резолюции"),
                    ("в пункт 1 g) настоящей", "в пункт 1 f) настоящей")],
        "Arabic": [("الفقرة 1 (د) والفقرة 1 (و) والفقرة 1 (ز) من هذا القرار", "الفقرة 1 (ج) والفقرة 1 (هـ) والفقرة 1 (و) من هذا القرار"),
                   ("المدرجة في الفقرة 1 (ز) من هذا القرار", "المدرجة في الفقرة 1 (و) من هذا القرار")],
        "Chinese": [("本决议第1(d)、1(f)和1(g)段", "本决议第1(c)、1(e)和1(f)段"), ("本决议第1(g)段未列", "本决议第1(f)段未列")],
    ]

    /// Item (c) of paragraph 1 of S/RES/2536 (2020) deleted in each language version: relettering
    /// carries the references to the later items along ("paragraph 1 (d), paragraph 1 (f) and
    /// paragraph 1 (g) of this resolution", "alinéas d), f) et g) du paragraphe 1", "本决议第1(d)、1(f)和
    /// 1(g)段", …), and nothing else changes.
    @Test(.enabled(if: enabled, Fixtures.noCorpusReason), arguments: languages)
    func reletteringCarriesItemReferencesInSixLanguages(_ folder: String) throws {
        let dir = Fixtures.corpus.appendingPathComponent("akn/sc/2020/\(folder)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix("S_RES_2536") })
        let original = try AKNReader.read(path: dir.appendingPathComponent(name).path).render(.authored).text
        let syntax = try #require(Fixtures.linter.languages.profile(Self.code(folder))).labelSyntax
        let label = { (n: Int) -> [String] in let l = syntax.letterLabel(n)!; return ["(\(l)) ", "\(l)) "] }
        let start = folder == "Arabic" ? "1 - " : "1. "
        let c = try #require(original.components(separatedBy: "\n").first { line in label(3).contains { line.hasPrefix($0) } })
        let broken = try Self.deleting(lineStarting: c, after: start, in: original)
        let result = try Self.fixed(broken)
        // Expected: the items after (c) lettered one up, the references as listed.
        var lines = broken.components(separatedBy: "\n")
        let from = try #require(lines.firstIndex { $0.hasPrefix(start) })
        let to = try #require(lines[(from + 1)...].firstIndex { $0.hasPrefix(folder == "Arabic" ? "2 - " : "2. ") })
        for k in from..<to {
            for n in 4...12 {
                for (old, new) in zip(label(n), label(n - 1)) where lines[k].hasPrefix(old) { lines[k] = new + lines[k].dropFirst(old.count) }
            }
        }
        var expected = lines.joined(separator: "\n")
        for (old, new) in Self.itemReferences[folder]! {
            let replaced = Self.replacing(old, with: new, in: expected)
            #expect(replaced != expected, "\(old)")
            expected = replaced
        }
        #expect(result.text == expected)
        #expect(result.fixed == ["subitem.lettering": 1])
    }

    /// `text` with `old` replaced by `new`, each space of `old` matching a space or a no-break space (the
    /// UN's texts hold both: "alinéas d), f)\u{A0}et g)") and kept as the text has it.
    static func replacing(_ old: String, with new: String, in text: String) -> String {
        let pieces = old.components(separatedBy: " ").map(NSRegularExpression.escapedPattern(for:))
        let regex = try! NSRegularExpression(pattern: pieces.joined(separator: "([ \u{A0}])"))
        let newPieces = new.components(separatedBy: " ")
        let ns = text as NSString
        var out = "", last = 0
        for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            for (i, piece) in newPieces.enumerated() {
                if i > 0 { out += ns.substring(with: m.range(at: i)) }
                out += piece
            }
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    static func code(_ folder: String) -> String {
        ["English": "en", "French": "fr", "Spanish": "es", "Russian": "ru", "Arabic": "ar", "Chinese": "zh"][folder]!
    }
}
