import Foundation
import Testing
@testable import Resolint

/// The faster forms of the header's committee test and of `citation.council-year`'s expression give
/// what the forms they replaced give.
struct HeaderAndPatternFastPathTests {
    /// The header's committee test as it was: every line and every name squeezed at each call.
    private static func committeeByReference(_ text: String, _ language: LanguageProfile) -> Int? {
        func squeezed(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
        let line = squeezed(text)
        return language.header.committeeForms.first { squeezed($0.name) == line }?.number
    }

    @Test func symbolOnBytesIsTheExpressionsSymbol() {
        // Lines of symbol pieces, spaces, brackets and letters (ASCII, read on bytes; and a few not,
        // which go to the expression) against the expression itself.
        let pieces = ["A/", "S/", "A", "S", "/", "RES", "C.1", "73", "L.37", "2016", "1061", " ", "  ", "\t", "\u{0B}", "(2002)", "(202)",
                      " (2002)", " B", " A-B", "-", "–", "B", "x", "Draft", ".", "(", ")", "7", "Z", "\u{A0}", "第", "（", "）", "３", "٣", "\u{3000}", "决议草案"]
        var rng = SeededGenerator(seed: 13)
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 1...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(HeaderParser.symbol(in: text) == (text.contains("A/") || text.contains("S/") ? HeaderParser.symbolByExpression(in: text) : nil), "\(text.debugDescription)")
        }
        for text in ["A/C.1/73/L.37", "S/RES/1454 (2002)", "A/RES/75/245 B", "A/RES/75/101 A-B", "Distr.: General A/73/L.1 ", "\tS/2016/1061\t", "A/B A/C"] {
            #expect(HeaderParser.symbol(in: text) == HeaderParser.symbolByExpression(in: text), "\(text.debugDescription)")
        }
    }

    @Test func whitespaceIsUnicodesOnASCII() {
        for v in UInt32(0)..<0x80 {
            let u = Unicode.Scalar(v)!
            #expect(HeaderParser.isWhitespace(u) == u.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
        for u in ["\u{85}", "\u{A0}", "\u{2028}", "\u{3000}", "\u{200B}", "a", "大"].flatMap(\.unicodeScalars) {
            #expect(HeaderParser.isWhitespace(u) == u.properties.isWhitespace)
        }
    }

    @Test func noScalarDecomposesIntoMoreThanTheLimit() {
        // The planes where Unicode assigns canonical decompositions (none above U+2FFFF).
        var longest = 0
        for v in UInt32(0)...0x2FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            longest = max(longest, String(u).decomposedStringWithCanonicalMapping.unicodeScalars.count)
        }
        #expect(longest == HeaderParser.maxDecomposition)
    }

    @Test func squeezedIsTheScalarFilter() {
        for text in ScalarPathTests.texts(count: 3000, seed: 33) + ["", " ", "\u{85}", "a\u{2029}b", "\u{1680}\u{205F}x", "𝔸 𝔹", "第七十三届会议"] {
            let reference = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
            #expect(HeaderParser.squeezed(text) == reference, "\(text.debugDescription)")
            #expect(HeaderParser.squeezed(text).unicodeScalars.elementsEqual(reference.unicodeScalars))
            for limit in [0, 3, 8, 40] {
                #expect(HeaderParser.squeezed(text, atMost: limit) == (reference.unicodeScalars.count <= limit ? reference : nil))
            }
        }
    }

    @Test func committeeIsTheReferenceTest() throws {
        let catalog = try LanguageCatalog.builtIn()
        var lines = ScalarPathTests.texts(count: 1500, seed: 31)
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh", "en-drafts"] {
                for file in Fixtures.corpusFiles(folder) {
                    lines += try Fixtures.corpusFile(file).components(separatedBy: "\n").prefix(40)
                }
            }
        }
        var named = 0
        for code in catalog.codes {
            let language = try #require(catalog.profile(code))
            let parser = HeaderParser(source: SourceFile(path: "x.txt", text: ""), language: language, layout: .blankSeparated)
            var texts = lines
            for (name, _) in language.header.committeeForms {
                // Wrapped, spaced out, decomposed (canonically equal, more scalars), cut short, run on.
                texts += [name, " \(name) ", name.replacingOccurrences(of: " ", with: ""), name.replacingOccurrences(of: " ", with: " \n "),
                          name.decomposedStringWithCanonicalMapping, name.precomposedStringWithCanonicalMapping,
                          String(name.dropLast()), name + "x", name + " " + name, name.uppercased(), "\u{3000}" + name + "\u{A0}"]
            }
            for text in texts {
                let expected = Self.committeeByReference(text, language)
                if expected != nil { named += 1 }
                #expect(parser.committee(text) == expected, "\(code): \(text.debugDescription)")
            }
            // A name wrapped over two lines, and lines that are no name, read as one.
            for (k, text) in texts.enumerated() {
                let next = texts[(k * 7 + 3) % texts.count]
                let halves = text.split(separator: " ", maxSplits: 1).map(String.init)
                for (a, b) in [(text, next)] + (halves.count == 2 ? [(halves[0], halves[1])] : []) {
                    #expect(parser.committee(a, wrappedTo: b) == Self.committeeByReference(a + " " + b, language), "\(code): \(a.debugDescription) \(b.debugDescription)")
                }
            }
        }
        #expect(named > 100)
    }

    @Test func containsOnBytesIsFoundationsContains() {
        let pieces = ScalarPathTests.pieces + ["Distr", "Security Council", "安全理事会", "e\u{301}", "é", " ", "Conseil de sécurité"]
        var rng = SeededGenerator(seed: 17)
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let needle = (0..<Int.random(in: 1...2, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(PlainText.contains(text, needle) == text.contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
        }
    }

    /// `citation.council-year`'s expression before each alternative was opened by a look-ahead.
    private static let councilYearBefore = #"(?<=\d\s?\(\d{4}\)(?:\s?[,،、]|\s(?:and|et|y|и|و|or|ou|o|или))\s{0,2}|\d\s?\(\d{4}\)号?\s?[、和及或]\s?第?\s?)\d{3,4}(?=\s?(?:[,،、;؛.:)]|\s(?:and|et|y|и|و|or|ou|o|или)\s|号|$))|(?<=(?:resolutions|résolutions|resoluciones|резолюци[а-я]{1,3}|القرارات|القرارين|第)\s{0,2})\d{3,4}(?=号?(?:\s?[,،、和及或]|\s(?:and|et|y|и|و|or|ou|o|или))\s{0,2}第?\s?\d{3,4}\s?\(\d{4}\))"#

    @Test func councilYearMatchesWhatItMatchedBefore() throws {
        let rule = try #require(try RuleCatalog.builtIn().rules.first { $0.id == "citation.council-year" })
        let now = try NSRegularExpression(pattern: try #require(rule.check as? PatternCheck).regex)
        let before = try NSRegularExpression(pattern: Self.councilYearBefore)
        #expect(now.pattern != before.pattern)
        // Lists of numbers, years and joiners in the six languages, and the corpus's lines.
        let pieces = ["resolutions", "résolutions", "resoluciones", "резолюции", "резолюциями", "القرارات", "القرارين", "第", "号",
                      " ", "  ", "   ", "\n", "2250", "1325", "800", "99", "12345", "2", " (2015)", "(2015)", " (15)", ",", "、", "،",
                      "؛", ";", ".", ":", ")", " and ", " et ", " y ", " и ", " و ", " or ", " ou ", " o ", " или ", "和", "及", "或",
                      "troops", "x", "and", "٢٠١٥"]
        var rng = SeededGenerator(seed: 32)
        var texts = (0..<10000).map { _ in (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        // Lists of citations, some items with their year and some without.
        let openers = ["", "resolutions ", "résolutions  ", "resoluciones ", "резолюции ", "القرارات ", "القرارين ", "第", "第 ", "its resolutions "]
        let numbers = ["2250", "1325", "800", "99", "12345", "٢٢٥٠"], years = ["", "", " (2015)", "(2015)", " (15)", "号", "(2015)号"]
        let joiners = [", ", ",", "、", "، ", " and ", " et ", " y ", " и ", " و ", " or ", "和", "及", "或", " ", "; ", "  and  ", "、第", "和第 "]
        let ends = ["", ".", ",", ")", " troops", "号决议", ":", " and others", "\n"]
        for _ in 0..<20000 {
            let items = (0..<Int.random(in: 1...4, using: &rng)).map { _ in numbers.randomElement(using: &rng)! + years.randomElement(using: &rng)! }
            var list = openers.randomElement(using: &rng)! + items[0]
            for item in items.dropFirst() { list += joiners.randomElement(using: &rng)! + item }
            texts.append(list + ends.randomElement(using: &rng)!)
        }
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh", "en-drafts"] {
                texts += try Fixtures.corpusFiles(folder).map { try Fixtures.corpusFile($0) }
            }
        }
        var found = 0
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            let expected = before.matches(in: text, range: range).map(\.range)
            found += expected.count
            #expect(now.matches(in: text, range: range).map(\.range) == expected, "\(text.debugDescription)")
        }
        #expect(found > 1000)
    }

    /// The session line's test on its last byte turns away only lines whose last Characters, lower-cased,
    /// are not the suffix lower-cased (what the line's lower-casing and counting decide after it).
    @Test func sessionSuffixByLastByteIsTheCharacterTest() throws {
        let catalog = try LanguageCatalog.builtIn()
        var suffixes = ["SESSION", "Session", "é", "e\u{301}", "\u{212A}", "K", "\u{1FEF}", "`", "\u{37E}", ";", "n\u{301}\u{323}", "ǅ", "x", "\r\n", "\n", "a\u{600}"]
        for code in catalog.codes {
            let header = try #require(catalog.profile(code)).header
            for form in [header.session] + (header.specialSessions ?? []) {
                let parts = HeaderParser.ordinalPlaceholdersUnified(form).components(separatedBy: "{ordinal}")
                if parts.count == 2 { suffixes.append(parts[1]) }
            }
        }
        var lines = ScalarPathTests.texts(count: 3000, seed: 34)
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh", "en-drafts"] {
                for file in Fixtures.corpusFiles(folder) { lines += try Fixtures.corpusFile(file).components(separatedBy: "\n").prefix(60) }
            }
        }
        var turnedAway = 0
        for suffix in Set(suffixes) {
            let end = HeaderParser.decomposedEnd(ofLowercased: suffix)
            var texts = lines
            // The suffix itself, in other cases, decomposed, after a mark or a prepended scalar, and cut short.
            for s in [suffix, suffix.uppercased(), suffix.lowercased(), suffix.decomposedStringWithCanonicalMapping, suffix.precomposedStringWithCanonicalMapping] {
                texts += [s, "Seventy-eighth" + s, "\u{600}" + s, s + "\u{301}", String(s.dropLast()), s + " ", s + "\r\n", "\r" + s, s + "x", s + "X", "x\u{600}" + s]
            }
            for text in texts {
                let reference = text.suffix(suffix.count).lowercased() == suffix.lowercased()
                if HeaderParser.endsOtherwise(text, end) {
                    turnedAway += 1
                    #expect(!reference, "\(suffix.debugDescription): \(text.debugDescription)")
                }
            }
        }
        #expect(turnedAway > 10000)
    }

    /// The adopted resolution's number line is turned away on its bytes only where its expression finds
    /// no match.
    @Test func adoptionNumberPrefilterKeepsEveryMatch() throws {
        let expression = try NSRegularExpression(pattern: #"^\d+/\d+\.?$"#)
        var texts = ScalarPathTests.texts(count: 3000, seed: 39)
        texts += ["75/127.", "75/127", "75/127.\n", "٧٥/١٢٧", "７５/１２７.", "a75/127", " 75/127", "75/", "/127", "75 / 127", "७५/१२७", "75/127..", ""]
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh", "en-drafts"] {
                for file in Fixtures.corpusFiles(folder) { texts += try Fixtures.corpusFile(file).components(separatedBy: "\n") }
            }
        }
        var matched = 0, turnedAway = 0
        for text in texts {
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            if match { matched += 1 }
            if !HeaderParser.mayBeAdoptionNumber(text) {
                turnedAway += 1
                #expect(!match, "\(text.debugDescription)")
            }
        }
        #expect(matched >= 5 && turnedAway > 1000)
    }
}
