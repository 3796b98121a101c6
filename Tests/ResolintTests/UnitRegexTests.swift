import Foundation
import Testing
@testable import Resolint

/// Expressions matched on UTF-16 units at hand (`UnitRegex`, `UTF16Units`, `RegexCache.mapped`) give
/// what NSRegularExpression gives on the String: for every built-in expression, on made-up texts with
/// combining marks, CR LF and surrogate pairs, and on the corpus's lines and paragraphs.
struct UnitRegexTests {
    /// Every expression of the built-in rules and languages, with whether it ignores case.
    static func builtInPatterns() -> [(String, Bool)] {
        var (patterns, ignoringCase) = ScalarPathTests.builtInExpressions()
        // Expressions whose matches start or end inside a character (a combining mark, half a pair).
        patterns += [".", "\\p{M}", "e", "\\s+", "(?<=a)\\u0301", "[\\uD83D]", "\\uDC4D", "\r", "\n", "\\b", "x*", "(?m)^", "\\X"]
        return Set(patterns).map { ($0, false) } + Set(ignoringCase).map { ($0, true) }
    }

    static func texts() throws -> [String] {
        var texts = ScalarPathTests.texts(count: 400, seed: 11)
        texts += ["", "1．决定", "x\r\n（b）", "résolutions 1325 (2000), 2250", "第 2250(2015)号和第 2419 号", "a👍🏽b, c;d:e", "大会,", "决议 ;"]
        let files = Fixtures.hasCorpus ? Fixtures.corpusFiles("en") + Fixtures.corpusFiles("zh") + Fixtures.corpusFiles("web/zh") + Fixtures.corpusFiles("web/ar") + Fixtures.corpusFiles("web/ru") : []
        for file in files {
            let text = try Fixtures.corpusFile(file)
            texts += text.components(separatedBy: "\n\n")
        }
        return texts
    }

    /// The prefilter's search from each shape's rarest byte finds what a search from every position
    /// finds, for every built-in expression on made-up and corpus texts.
    @Test func prefilterAnchorsFindWhatEveryPositionFinds() throws {
        let texts = try Self.texts() + ["决议", "第决议", "xx决议", "ABC", "aBc", "(2015)", "x (٢٠١٥) y"]
        var tested = 0, anchoredLater = 0
        for (pattern, ignoreCase) in Self.builtInPatterns() {
            let prefilter = RegexPrefilter(pattern: pattern, ignoreCase: ignoreCase)
            guard !prefilter.needsNothing else { continue }
            for set in prefilter.alternatives.joined() { anchoredLater += set.anchors.filter { $0 > 0 }.count }
            func holds(_ shape: [RegexPrefilter.Atom], at i: Int, _ b: [UInt8]) -> Bool {
                var j = i
                for atom in shape {
                    guard j < b.count else { return false }
                    switch atom {
                    case .byte(let e):
                        guard (ignoreCase && b[j] >= 0x41 && b[j] <= 0x5A ? b[j] | 0x20 : b[j]) == e else { return false }
                        j += 1
                    case .digit:
                        if b[j] >= 0x30 && b[j] <= 0x39 { j += 1 } else if b[j] >= 0xC0 { j += b[j] < 0xE0 ? 2 : b[j] < 0xF0 ? 3 : 4 } else { return false }
                    }
                }
                return true
            }
            // Every made-up text and every third of the corpus's (each position is tried for each shape).
            for (k, text) in texts.enumerated() where k < 410 || k % 3 == 0 {
                let b = Array(text.utf8)
                // Ignoring case, a text with a scalar that folds into ASCII may match whatever it holds.
                if ignoreCase, b.withUnsafeBufferPointer(RegexPrefilter.holdsFoldingIntoASCII) { continue }
                let everywhere = prefilter.alternatives.contains { sets in
                    sets.allSatisfy { set in set.shapes.contains { shape in b.indices.contains { holds(shape, at: $0, b) } } }
                }
                #expect(prefilter.mayMatch(text) == everywhere, "\(pattern) on \(text.debugDescription)")
                tested += 1
            }
        }
        #expect(tested > 10_000)
        #expect(anchoredLater > 20)
    }

    /// The scan for scalars that fold into ASCII letters (eight ASCII bytes and a CJK character a step)
    /// finds them after any run of ASCII and CJK text, at any alignment: as a test of each scalar does.
    @Test func foldingScanFindsEveryFoldingScalar() throws {
        func folds(_ s: Unicode.Scalar) -> Bool { Array(String(s).utf8).withUnsafeBufferPointer(RegexPrefilter.holdsFoldingIntoASCII) }
        var texts = try Self.texts()
        for lead in ["", "a", "abcdefg", "abcdefgh", "决", "决议", "ab决", "Жx", "é"] {
            for k in 0..<10 {
                for folding in ["ß", "İ", "ﬁ", "\u{212A}", "ẞ", "x"] { texts.append(String(repeating: lead, count: k) + folding + String(repeating: "议", count: k % 3)) }
            }
        }
        for text in texts {
            let expected = text.unicodeScalars.contains(where: folds)
            #expect(Array(text.utf8).withUnsafeBufferPointer(RegexPrefilter.holdsFoldingIntoASCII) == expected, "\(text.debugDescription)")
        }
    }

    @Test func unitsAreTheUTF16View() throws {
        for text in try Self.texts() {
            #expect(UTF16Units.of(text) == Array(text.utf16), "\(text.debugDescription)")
            #expect(UTF16Units.cached(text) == Array(text.utf16))
        }
        // The kept units are those of the text asked for, not of an equal one in another form.
        #expect(UTF16Units.cached(String(repeating: "é", count: 20)) == Array(String(repeating: "é", count: 20).utf16))
        #expect(UTF16Units.cached(String(repeating: "e\u{301}", count: 20)) == Array(String(repeating: "e\u{301}", count: 20).utf16))
    }

    @Test func matchesAreNSRegularExpressions() throws {
        let texts = try Self.texts()
        var direct = 0, found = 0
        for (pattern, ignoreCase) in Self.builtInPatterns() {
            let compiled = try RegexCache.compiled(pattern, ignoreCase: ignoreCase)
            #if os(Linux)
            #expect(compiled.units.isDirect, "\(pattern)")
            #endif
            if compiled.units.isDirect { direct += 1 }
            for text in texts {
                let units = UTF16Units.of(text)
                guard let ranges = compiled.units.matchRanges(units) else { continue }
                let expected = compiled.expression.matches(in: text, range: NSRange(location: 0, length: units.count)).map(\.range)
                #expect(ranges == expected, "\(pattern) on \(text.debugDescription)")
                found += ranges.count
                // The ranges mapped to the source and the texts matched: as the String path maps them.
                guard !ranges.isEmpty else { continue }
                let mapped = MappedText(source: SourceFile(path: "x", text: text), range: 0..<text.utf8.count)
                let fast = RegexCache.mapped(ranges, units, mapped), slow = RegexCache.matches(compiled.expression, in: mapped)
                #expect(fast.map(\.range) == slow.map(\.range) && fast.map(\.text) == slow.map(\.text), "\(pattern) on \(text.debugDescription)")
            }
        }
        #expect(found > 1000)
        #if os(Linux)
        #expect(direct > 50)
        #endif
    }

    /// Matches with their groups (by number and by name), in part of a text and anchored at its start,
    /// first or all: as NSRegularExpression gives them.
    @Test func groupsAndRangesAreNSRegularExpressions() throws {
        let texts = try Self.texts()
        let nameExpression = try NSRegularExpression(pattern: #"\(\?<([A-Za-z][A-Za-z0-9]*)>"#)
        var compared = 0, named = 0
        for (pattern, ignoreCase) in Self.builtInPatterns() {
            let compiled = try RegexCache.compiled(pattern, ignoreCase: ignoreCase)
            let names = nameExpression.matches(in: pattern, range: NSRange(location: 0, length: pattern.utf16.count))
                .map { (pattern as NSString).substring(with: $0.range(at: 1)) } + ["nosuchgroup"]
            for (k, text) in texts.enumerated() {
                let units = Array(text.utf16)
                // The whole text, and (for some texts) from a third of it, anchored or not.
                var ranges = [NSRange(location: 0, length: units.count)]
                if k % 5 == 0, units.count > 3 { ranges.append(NSRange(location: units.count / 3, length: units.count - units.count / 3)) }
                for range in ranges {
                    for anchored in [false, true] {
                        let options: NSRegularExpression.MatchingOptions = anchored ? [.anchored] : []
                        let expected = compiled.expression.matches(in: text, options: options, range: range)
                        let found = compiled.matches(in: text, range: range, anchored: anchored)
                        #expect(found.map(\.ranges) == expected.map { m in (0..<m.numberOfRanges).map(m.range(at:)) }, "\(pattern) on \(text.debugDescription)")
                        #expect(compiled.firstMatch(in: text, units: units, range: range, anchored: anchored)?.ranges
                                == compiled.expression.firstMatch(in: text, options: options, range: range).map { m in (0..<m.numberOfRanges).map(m.range(at:)) })
                        for (f, e) in zip(found, expected) {
                            for name in names {
                                named += 1
                                #expect(f.range(withName: name) == e.range(withName: name), "\(pattern) \(name) on \(text.debugDescription)")
                            }
                        }
                        compared += expected.count
                    }
                }
            }
        }
        #expect(compared > 1000)
        #expect(named > 100)
    }

    /// Citation lists and internal references read with their whole-text searches on the units give
    /// what they give read with NSRegularExpression's, on the examples and the corpus's documents.
    @Test func citationsAndReferencesOnUnitsAreNSRegularExpressions() throws {
        var documents: [(String, String)] = [(try Fixtures.example(Fixtures.zhDraft), "zh"), (try Fixtures.example(Fixtures.zhReport), "zh")]
        if Fixtures.hasCorpus {
            for (folder, lang) in [("en", "en"), ("en-drafts", "en"), ("zh", "zh"), ("web/zh", "zh"), ("web/ar", "ar"), ("web/ru", "ru"), ("web/fr", "fr")] {
                for file in Fixtures.corpusFiles(folder) { documents.append((try Fixtures.corpusFile(file), lang)) }
            }
        }
        var items = 0, references = 0
        for (text, lang) in documents {
            let profile = try #require(Fixtures.linter.languages.profile(lang))
            let document = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: profile)
            let reader = CitationReader(language: profile)
            for p in document.allParagraphs {
                let direct = reader.lists(in: p.content), slow = reader.lists(in: p.content, direct: false)
                #expect(String(describing: direct.map(\.items)) == String(describing: slow.map(\.items)), "\(p.content.text.debugDescription)")
                items += direct.map(\.items.count).reduce(0, +)
            }
            for draft in document.drafts {
                let direct = InternalReferences.find(in: draft, language: profile)
                let slow = InternalReferences.find(in: draft, language: profile, direct: false)
                #expect(String(describing: direct.paragraphs) == String(describing: slow.paragraphs))
                #expect(String(describing: direct.items) == String(describing: slow.items))
                references += direct.paragraphs.count + direct.items.count
            }
        }
        #expect(items > 50)
        #expect(references > 20)
        if Fixtures.hasCorpus {
            #expect(items > 1000)
            #expect(references > 100)
        }
    }
}
