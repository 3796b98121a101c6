import Foundation
import Testing
@testable import Resolint

/// The byte paths of the reporter, the State keys and the substitution check give what the String
/// and Unicode-table code they stand for gives.
struct CheckFastPathTests {
    @Test func simpleLowercaseIsTheTables() {
        // Every scalar the fast mapping answers for, against Unicode's own lower-case mapping.
        for v in UInt32(0x80)...0xFFFF {
            guard let s = Unicode.Scalar(v), let lower = StateNames.simpleLowercase(s) else { continue }
            #expect(String(lower) == s.properties.lowercaseMapping, "U+\(String(v, radix: 16))")
        }
    }

    @Test func trimmedIsFoundationsTrim() {
        for text in ScalarPathTests.texts(count: 3000, seed: 11) + ["", " ", "\t", "a", " a ", "a\u{A0}", "\u{3000}b", "x\u{301}", "(\u{301}"] {
            #expect(SubstitutionCheck.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func excerptsFromBytesAreTheStringExcerpts() {
        var rng = SeededGenerator(seed: 12)
        let lines = ScalarPathTests.texts(count: 400, seed: 13) + ["大会，回顾其决议", "٢ - تطلب إلى الأمين العام", "a\u{0C}b", "e\u{301}x 👍🏽 Ａ"]
        let text = lines.joined(separator: "\n")
        let source = SourceFile(path: "x.txt", text: text)
        for color in [false, true] {
            let reporter = TextReporter(color: color)
            for _ in 0..<3000 {
                let line = Int.random(in: 0...(source.lineCount + 1), using: &rng)
                let column = Int.random(in: 1...20, using: &rng)
                let endLine = Bool.random(using: &rng) ? line : line + Int.random(in: -1...2, using: &rng)
                let d = Diagnostic(path: "x.txt", rule: "r", severity: .warning, message: "m",
                                   start: SourcePosition(line: line, column: column),
                                   end: SourcePosition(line: endLine, column: Int.random(in: 0...25, using: &rng)), byteRange: 0..<0)
                let rendered = reporter.render(d, source: source)
                guard line >= 1, line <= source.lineCount else { continue }
                let heading = "x.txt:\(line):\(column): \(color ? "\u{1B}[33mwarning\u{1B}[0m" : "warning")[r] m\n"
                #expect(rendered == heading + reporter.characterExcerpt(d, source: source), "\(line):\(column)")
            }
        }
    }
}

extension CheckFastPathTests {
    @Test func windowedExcerptsAreTheCellExcerpts() {
        // Lines longer than the window (where the scalar path is taken) and short ones, with tabs, form
        // feeds, combining marks, wide and right-to-left letters, astral characters and CR LF.
        var rng = SeededGenerator(seed: 15)
        let short = ScalarPathTests.texts(count: 300, seed: 16) + ["a\u{0C}b\tc", "٢ - تطلب\tإلى", "大会，回顾其决议", "e\u{301}x 👍🏽 Ａ"]
        let lines = short + (0..<300).map { _ in (0..<Int.random(in: 5...60, using: &rng)).map { _ in short.randomElement(using: &rng)! }.joined() }
        let source = SourceFile(path: "x.txt", text: lines.joined(separator: "\n"))
        var long = 0
        for color in [false, true] {
            let reporter = TextReporter(color: color)
            for _ in 0..<3000 {
                let line = Int.random(in: 1...source.lineCount, using: &rng)
                let width = source.lineRange(line - 1).count
                if width > TextReporter.windowWidth { long += 1 }
                let column = Int.random(in: 0...(width + 3), using: &rng)
                let endLine = Bool.random(using: &rng) ? line : line + Int.random(in: -1...2, using: &rng)
                let d = Diagnostic(path: "x.txt", rule: "r", severity: .warning, message: "m",
                                   start: SourcePosition(line: line, column: column),
                                   end: SourcePosition(line: endLine, column: column + Int.random(in: -2...40, using: &rng)), byteRange: 0..<0)
                #expect(reporter.characterExcerpt(d, source: source) == reporter.characterExcerptByCells(d, source: source), "\(line):\(column)")
            }
        }
        #expect(long > 1000)
    }

    @Test func openersLeftOpenByScalarsAreTheCharacters() {
        let texts = ScalarPathTests.texts(count: 4000, seed: 17) + ["(\u{301}", "“a", "\u{600}(", "(\r\n", "《大会", "«x\u{200D}»", "[(", ""]
        for text in texts {
            #expect(TerminatorCheck.openerLeftOpen(text) == TerminatorCheck.openerLeftOpenByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func aRomanNumeralIsOnlyPassedOverWhereNoneCanOpen() {
        for text in ScalarPathTests.texts(count: 4000, seed: 18) + ["I\u{301} x", "IV Title", "Ⅳ x", " I", "L"] {
            if !DraftBuilder.mayOpenWithRomanNumeral(text) { #expect(text.first.map { !"IVXL".contains($0) } ?? true, "\(text.debugDescription)") }
        }
    }

    @Test func byteSearchIsTheScan() {
        // The C library's search against a scan of every place, on needles at the start, the end,
        // overlapping themselves, longer than the text, empty, and split across multibyte letters.
        func scan(_ h: [UInt8], _ n: [UInt8]) -> Bool {
            n.isEmpty || (n.count <= h.count && (0...(h.count - n.count)).contains { h[$0..<($0 + n.count)].elementsEqual(n) })
        }
        var rng = SeededGenerator(seed: 19)
        let texts = ScalarPathTests.texts(count: 2000, seed: 20).map { Array($0.utf8) }
        for h in texts {
            var needles: [[UInt8]] = [[], h, h + [0x61], Array(h.prefix(2)), Array(h.suffix(3)), [0x61, 0x61]]
            for _ in 0..<4 {
                let from = Int.random(in: 0...h.count, using: &rng), to = Int.random(in: from...h.count, using: &rng)
                needles.append(Array(h[from..<to]))
                needles.append(Array(h[from..<to]) + [0x20])
            }
            needles.append(contentsOf: texts.randomElement(using: &rng).map { [Array($0.prefix(3))] } ?? [])
            let from = Int.random(in: 0...h.count, using: &rng), to = Int.random(in: from...h.count, using: &rng)
            for byte: UInt8 in [0x5B, 0x20, 0x61, h.first ?? 0, h.last ?? 0] {
                #expect(Bytes.firstIndex(of: byte, in: h, from..<to) == h[from..<to].firstIndex(of: byte))
            }
            for n in needles {
                #expect(Bytes.contains(h, n) == scan(h, n), "\(h) \(n)")
                #expect(Bytes.contains(h, String(decoding: n, as: UTF8.self)) == scan(h, Array(String(decoding: n, as: UTF8.self).utf8)))
            }
        }
    }

    @Test func headerLinesPassedOverOnBytesAreTheStringAnswers() throws {
        // Each language's headings and separator in lines of awkward pieces, written composed and
        // decomposed ("é" and "e" + U+0301), against the String code the byte test stands in front of.
        let catalog = try LanguageCatalog.builtIn()
        var rng = SeededGenerator(seed: 21)
        for language in catalog.all {
            let parser = HeaderParser(source: SourceFile(path: "x.txt", text: ""), language: language, layout: .blankSeparated)
            let words = language.report.draftHeading + (language.header.submittedBy ?? []) + (language.header.amendments ?? [])
                + [language.header.kindSeparator, ":", "："]
            let pieces = words + words.map { $0.decomposedStringWithCanonicalMapping } + ScalarPathTests.pieces
            for _ in 0..<1500 {
                let text = (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: Bool.random(using: &rng) ? " " : "")
                #expect(parser.unsponsoredKind(text) == parser.unsponsoredKindByCharacters(text), "\(language.code) \(text.debugDescription)")
                #expect(parser.amendmentWord(text) == parser.amendmentWordByCharacters(text), "\(language.code) \(text.debugDescription)")
            }
        }
    }

    @Test func positionPhrasesUngroupedMatchAsGrouped() throws {
        // The built-in position rules' phrases, on paragraphs that open with them (in either case, with
        // no-break spaces, cut short) and on others: the same match, and none where the prefilter
        // lets the expression rest.
        let phrases = try RuleCatalog.builtIn().rules.compactMap { $0.check as? PositionCheck }.flatMap { $0.phrases.values.flatMap { $0 } }
        #expect(!phrases.isEmpty)
        // Ungrouped, the prefilter reads the phrase's words (grouped, it read none and ICU ran on every paragraph).
        #expect(try !RegexCache.compiled(PositionCheck.anchored("Acting under\\b[^,;]{0,40}\\bChapter VII\\b"), ignoreCase: true).prefilter.needsNothing)
        var rng = SeededGenerator(seed: 22)
        for phrase in phrases + ["a|b c", "(x) y"] {
            let grouped = try RegexCache.compiled(PositionCheck.anchoredInGroup(phrase), ignoreCase: true)
            let plain = try RegexCache.compiled(PositionCheck.anchored(phrase), ignoreCase: true)
            let literal = phrase.replacingOccurrences(of: "\\b", with: "").replacingOccurrences(of: "[^,;]{0,40}", with: " of the ")
                .replacingOccurrences(of: "\\p{L}*", with: "ы").replacingOccurrences(of: "[^،؛]{0,40}", with: " ").replacingOccurrences(of: "[^，；]{0,12}", with: "")
            let pieces = [literal, literal.uppercased(), literal.replacingOccurrences(of: " ", with: "\u{A0}"), String(literal.prefix(12)), " ", "  ", ",", "Charter", "VII"] + ScalarPathTests.pieces
            for _ in 0..<300 {
                let text = (0..<Int.random(in: 1...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                let whole = NSRange(location: 0, length: (text as NSString).length)
                let expected = grouped.expression.firstMatch(in: text, range: whole)?.range
                #expect(plain.expression.firstMatch(in: text, range: whole)?.range == expected, "\(phrase) \(text.debugDescription)")
                if !plain.prefilter.mayMatch(text) { #expect(expected == nil, "\(phrase) \(text.debugDescription)") }
            }
        }
    }

    @Test func citationTestByMemchrIsTheWalk() {
        let pieces = ["73/27", "/", "(", " (", "2453 A (XXIII)", "7 (L", " (I", "a", " ", "决议", "4/", "x(", "9 (", "é"]
        var rng = SeededGenerator(seed: 14)
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(CitationReader.mayCite(text) == CitationReader.mayCiteByWalk(text), "\(text.debugDescription)")
        }
    }

    /// The marks the opening check looks for as bytes are no other scalar's canonical decomposition
    /// nor part of one, and decompose into nothing else themselves.
    @Test func commasSearchedAsBytesHaveNoOtherSpelling() {
        let marks = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter(OpeningCheck.searchableAsBytes)
        #expect(marks.count > 25)
        var held: Set<Unicode.Scalar> = []
        for v in UInt32(0)...0x2FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let decomposed = String(u).decomposedStringWithCanonicalMapping.unicodeScalars
            if decomposed.count == 1, decomposed.first == u { continue }
            held.formUnion(decomposed)
        }
        for m in marks {
            let isHeld = held.contains(m)
            #expect(!isHeld, "U+\(String(m.value, radix: 16))")
            #expect(String(m).decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([m]))
        }
    }

    /// The opening check's search for a comma is Foundation's, beside marks, joiners and CR LF too.
    @Test func commaSearchIsFoundationsSearch() throws {
        var texts = ScalarPathTests.texts(count: 4000, seed: 35)
        var rng = SeededGenerator(seed: 36)
        let around = ["", "", "a", "\u{301}", "\u{600}", "\u{200D}", "\r", "\n", "大", "\u{64B}", "👍🏽", "e\u{301}", " "]
        let marks = [",", "，", "،", "、", ";", "；", "؛"]
        for _ in 0..<6000 {
            texts.append((0..<Int.random(in: 1...6, using: &rng)).map { _ in
                around.randomElement(using: &rng)! + marks.randomElement(using: &rng)! + around.randomElement(using: &rng)!
            }.joined())
        }
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh"] {
                for file in Fixtures.corpusFiles(folder) { texts += try Fixtures.corpusFile(file).components(separatedBy: "\n\n") }
            }
        }
        let catalog = try LanguageCatalog.builtIn()
        let commas = Set(marks + catalog.codes.compactMap { catalog.profile($0)?.terminators.comma })
        var found = 0
        for text in texts {
            for comma in commas {
                // From the start, and from each place the search goes on from.
                var rest = Substring(text)
                while true {
                    let expected = rest.range(of: comma)
                    #expect(OpeningCheck.range(of: comma, in: rest) == expected, "\(comma): \(String(rest).debugDescription)")
                    guard let r = expected else { break }
                    found += 1
                    rest = rest[r.upperBound...]
                }
            }
        }
        #expect(found > 10000)
    }

    /// The paragraph assembler's display width, which tells most scalars' width by their first byte, is
    /// the width of every scalar decoded: for each scalar, made-up texts and the corpus's lines, and
    /// ranges that start or end inside a scalar.
    @Test func displayWidthByLeadBytesIsTheDecodedWidth() throws {
        var texts = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).map { String($0) }
        texts += ScalarPathTests.texts(count: 3000, seed: 37) + ["大会，回顾其决议", "٢ - تطلب إلى الأمين العام", "e\u{301}\u{64B}\u{670}x\u{200B}", "Ａ한국어ᄀ"]
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh"] {
                for file in Fixtures.corpusFiles(folder) { texts += try Fixtures.corpusFile(file).components(separatedBy: "\n") }
            }
        }
        let source = SourceFile(path: "x.txt", text: texts.joined(separator: "\n"))
        var start = 0
        var rng = SeededGenerator(seed: 38)
        for text in texts {
            let r = start..<(start + text.utf8.count)
            #expect(PlainText.displayWidth(source, r) == PlainText.displayWidthDecoding(source, r), "\(text.debugDescription)")
            if r.count > 1 {
                let lo = Int.random(in: r, using: &rng), hi = Int.random(in: lo...r.upperBound, using: &rng)
                #expect(PlainText.displayWidth(source, lo..<hi) == PlainText.displayWidthDecoding(source, lo..<hi), "\(text.debugDescription) \(lo - start)..<\(hi - start)")
            }
            start = r.upperBound + 1
        }
    }

    /// The position check's patterns, written once per phrase, are the patterns written at each call.
    @Test func positionPatternsWrittenOnceAreTheAnchoredForms() throws {
        let phrases = try RuleCatalog.builtIn().rules.compactMap { $0.check as? PositionCheck }.flatMap { $0.phrases.values.flatMap { $0 } }
        #expect(!phrases.isEmpty)
        for phrase in phrases + ["a|b c", "(x) y", "Считая ы", ""] {
            for _ in 0..<2 { #expect(PositionCheck.anchoredShared(phrase) == PositionCheck.anchored(phrase), "\(phrase)") }
        }
    }

    /// An expression found by its pattern's storage is the one found by the pattern: for the same String
    /// asked again, an equal one with its own storage, a canonically equal one, a small one, either case.
    @Test func expressionsFoundByStorageAreTheExpressionsOfThePattern() throws {
        var patterns = try RuleCatalog.builtIn().rules.compactMap { ($0.check as? PatternCheck)?.regex }
        patterns += ["caf\u{E9} au lait, d\u{E9}j\u{E0} vu \\d+", "cafe\u{301} au lait, de\u{301}ja\u{300} vu \\d+", "a|b", "第\\d+届会议之后的任何内容"]
        #expect(patterns.count > 4)
        for pattern in patterns {
            let copy = String(decoding: Array(pattern.utf8), as: UTF8.self)
            for ignoreCase in [false, true, false] {
                let expected = try RegexCache.compiledByPattern(pattern, ignoreCase: ignoreCase).expression
                for p in [pattern, pattern, copy] {
                    let found = try RegexCache.compiled(p, ignoreCase: ignoreCase).expression
                    #expect(found === expected, "\(pattern) \(ignoreCase)")
                }
            }
        }
    }

    /// The text reporter's count of scalars eight bytes at a time is the count byte by byte, on any bytes.
    @Test func scalarCountByWordsIsTheByteCount() {
        var rng = SeededGenerator(seed: 41)
        var buffers: [[UInt8]] = ScalarPathTests.texts(count: 2000, seed: 42).map { Array($0.utf8) }
        for _ in 0..<3000 { buffers.append((0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }) }
        for bytes in buffers {
            let expected = bytes.filter { $0 & 0xC0 != 0x80 }.count
            bytes.withUnsafeBufferPointer { b in
                #expect(TextReporter.scalarCount(b) == expected, "\(bytes)")
                // From every start, so that the eight-byte words fall at every alignment.
                for k in 0..<min(b.count, 9) {
                    let rest = UnsafeBufferPointer(rebasing: b[k...])
                    #expect(TextReporter.scalarCount(rest) == bytes[k...].filter { $0 & 0xC0 != 0x80 }.count)
                }
            }
        }
    }

    /// The byte of a scalar found eight bytes at a time is the one found scalar by scalar.
    @Test func scalarOffsetsByWordsAreTheScalarOffsets() {
        for text in ScalarPathTests.texts(count: 1000, seed: 45) + ["", "a", "大会，回顾其决议", "e\u{301}x 👍🏽 Ａ", String(repeating: "決議ab", count: 20)] {
            let starts = text.unicodeScalars.indices.map { text.utf8.distance(from: text.startIndex, to: $0) }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                for n in 0...(starts.count + 9) {
                    let expected = n < starts.count ? (starts[n], n) : (bytes.count, starts.count)
                    let found = TextReporter.offset(ofScalar: n, in: b)
                    #expect(found.byte == expected.0 && found.scalar == expected.1, "\(text.debugDescription) \(n)")
                }
            }
        }
    }

    /// Scalars that never join, judged on bytes, are those judged scalar by scalar.
    @Test func neverJoiningBytesAreNeverJoiningScalars() {
        for text in ScalarPathTests.texts(count: 3000, seed: 48) + ["", "a{b}", "“{found}”", "e\u{301}", "\u{2FF}\u{300}", "大会{x}", "\u{FF9E}"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(Graphemes.neverJoin) == text.unicodeScalars.allSatisfy(Graphemes.neverJoins), "\(text.debugDescription)")
        }
    }

    /// Right-to-left letters found eight bytes at a time are those found scalar by scalar.
    @Test func rightToLeftByWordsIsByScalars() {
        var rng = SeededGenerator(seed: 46)
        let pieces = ScalarPathTests.texts(count: 300, seed: 47) + ["ب", "\u{5D0}", "\u{FB1D}", "\u{FEFC}", "\u{FFFD}", "\u{580}", "\u{8FF}", "\u{900}", "\u{EFFF}", "大会", "é", "𝐀"]
        var texts = pieces
        for _ in 0..<2000 { texts.append((0..<Int.random(in: 1...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()) }
        for text in texts {
            let expected = text.unicodeScalars.contains(where: TextReporter.isRightToLeft)
            #expect(TextReporter.hasRightToLeft(text) == expected, "\(text.debugDescription)")
        }
    }

    /// The heading written as bytes is the heading's String, for each severity, fix, place and colour.
    @Test func headingBytesAreTheHeadingString() throws {
        // Straight quotes and a doubled space: findings with fixes.
        let text = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "Recalling", with: "Recalling  also")
        let report = try Fixtures.lint(text)
        var diagnostics = report.diagnostics
        #expect(!diagnostics.isEmpty)
        for d in report.diagnostics.prefix(5) {
            for severity in [Severity.error, .warning, .info] {
                var e = d
                e.severity = severity
                e.place = severity == .info ? "¶14 (operative paragraph 5)" : nil
                e.fix = severity == .error ? Diagnostic.Fix(safety: .safe, edits: []) : severity == .warning ? Diagnostic.Fix(safety: .unsafe, edits: []) : nil
                e.path = "草案/é x.txt"
                diagnostics.append(e)
            }
        }
        for color in [false, true] {
            let reporter = TextReporter(color: color)
            for d in diagnostics {
                var out: [UInt8] = []
                reporter.appendHeading(d, to: &out)
                #expect(String(decoding: out, as: UTF8.self) == reporter.heading(d))
            }
        }
    }

    /// The language detector's count of scripts, eight ASCII bytes at a time, is the count byte by byte.
    @Test func scriptCountsByWordsAreTheTableCounts() throws {
        var rng = SeededGenerator(seed: 43)
        var buffers: [[UInt8]] = [Array(0...255), Array((0...255).reversed())] + ScalarPathTests.texts(count: 1000, seed: 44).map { Array($0.utf8) }
        for _ in 0..<2000 { buffers.append((0..<Int.random(in: 0...70, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }) }
        for _ in 0..<2000 { buffers.append((0..<Int.random(in: 0...70, using: &rng)).map { _ in UInt8.random(in: 0...127, using: &rng) }) }
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/ru", "web/ar", "web/zh"] {
                buffers += try Fixtures.corpusFiles(folder).map { Array(try Fixtures.corpusFile($0).utf8) }
            }
        }
        for bytes in buffers {
            bytes.withUnsafeBufferPointer { b in
                let c = LanguageCatalog.scriptCountsByTable(b)
                var han = c[4]
                if c[5] > 0 { for i in 0..<max(0, b.count - 1) where b[i] == 0xE4 && b[i + 1] >= 0xB8 { han += 1 } }
                let counted = LanguageCatalog.scriptCounts(b)
                #expect(counted.han == han && counted.latin == c[1] && counted.cyrillic == c[2] && counted.arabic == c[3], "\(bytes.prefix(40))")
            }
        }
        for w in [UInt64(0), 0x4142_5A5B_6061_7A7B, 0x4040_4040_4040_4040, 0x7F7F_7F7F_7F7F_7F7F, 0x2020_2020_2020_2020] {
            let bytes = withUnsafeBytes(of: w) { Array($0) }
            #expect(LanguageCatalog.asciiLetters(w) == bytes.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }.count)
        }
    }

    /// A line's label read once for the paragraph assembler and the printed order's repair gives what
    /// asking whether it starts with a label and whether it is one alone gives.
    @Test func oneLabelReadingIsBothQuestions() throws {
        let catalog = try LanguageCatalog.builtIn()
        var texts = ScalarPathTests.texts(count: 1500, seed: 45) + ["(a)", "(a) text", "a)", "1.", "12 -", "(iv)", "IV.", "(أ)", "\u{200F}19 -\u{200F} تحيط", "б)", "（一）", "一、"]
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh"] {
                for file in Fixtures.corpusFiles(folder) { texts += try Fixtures.corpusFile(file).components(separatedBy: "\n") }
            }
        }
        var labelled = 0
        for code in catalog.codes {
            let forms = LabelForms.shared(try #require(catalog.profile(code)).labelSyntax)
            for text in texts {
                let b = Array(text.utf8)
                for r in [0..<b.count, 0..<min(b.count, 3), 0..<min(b.count, 9)] {
                    let one = forms.line(b, r)
                    if one.startsWithLabel { labelled += 1 }
                    #expect(one.startsWithLabel == forms.startsWithLabel(b, r) && one.isLabelOnly == forms.isLabelOnly(b, r), "\(code) \(text.debugDescription) \(r)")
                }
            }
        }
        #expect(labelled > 1000)
    }
    /// A position's column counted eight bytes at a time is the column counted a byte at a time: every
    /// offset (and some outside the file) of made-up texts with CR LF, marks, four-byte scalars and long
    /// lines, and offsets of the corpus's texts in six languages.
    @Test func positionsCountedByWordsAreThePositionsCountedByBytes() throws {
        var texts = ["", "a", "\n", "a\r\nb\r\n", "大会，回顾其决议\n\n٢ - تطلب\ne\u{301}😀x\u{200B}\n",
                     String(repeating: "第73/27号决议，", count: 300) + "\nend", String(repeating: "x😀é", count: 97)]
        texts += ScalarPathTests.texts(count: 300, seed: 41)
        if Fixtures.hasCorpus {
            for folder in ["zh", "en", "web/en", "web/fr", "web/es", "web/ru", "web/ar", "web/zh"] {
                texts += try Fixtures.corpusFiles(folder).prefix(4).map { try Fixtures.corpusFile($0) }
            }
        }
        var compared = 0
        for text in texts + ["\n", "\n\n", "a\n\nb\n", "\r\n\r\nx"] {
            let source = SourceFile(path: "x.txt", text: text)
            // Line starts found by memchr are the starts found a byte at a time.
            #expect(source.lineStarts == SourceFile.lineStartsByBytes(source.bytes), "\(text.prefix(40).debugDescription)")
            // Every offset of a short text, every thirteenth of a long one (and its last few).
            let n = source.bytes.count
            let offsets = n < 20_000 ? Array(-2...(n + 2)) : Array(stride(from: -2, through: n + 2, by: 13)) + Array((n - 3)...(n + 2))
            for offset in offsets {
                let fast = source.position(of: offset), slow = source.positionByBytes(of: offset)
                if fast != slow { Issue.record("\(text.prefix(40).debugDescription) at \(offset): \(fast) against \(slow)"); break }
                compared += 1
            }
        }
        #expect(compared > 10_000)
    }
    /// A State name's key made from its ASCII bytes is the key made by scalars: every name and alias of
    /// the built-in list in every language, and made-up ASCII texts of letters, spaces, tabs, line breaks,
    /// apostrophes and punctuation (a name with any other byte is made by scalars still).
    @Test func asciiStateKeysAreTheScalarKeys() throws {
        var names: [String] = ["", " ", "\t\r\n", "Côte d’Ivoire", "  Saint  Kitts\tand\r\nNevis  ", "Cote d`Ivoire", "A\u{0B}B\u{0C}C"]
        for state in try StateList.builtIn("member-states").states {
            names += state.names.values
            names += (state.aliases ?? [:]).values.flatMap { $0 }
            names += (state.former ?? []).flatMap { $0.names.values }
        }
        var rng = SeededGenerator(seed: 43)
        let pieces: [UInt8] = Array(0x09...0x0D) + [0x20, 0x20, 0x27, 0x60, 0x28, 0x29, 0x2D, 0x2E, 0x2C] + Array(0x41...0x5A) + Array(0x61...0x7A) + Array(0x30...0x39)
        for _ in 0..<5000 {
            names.append(String(decoding: (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }, as: UTF8.self))
        }
        var ascii = 0
        for name in names {
            #expect(StateNames.key(name) == StateNames.scalarKey(name), "\(name.debugDescription)")
            if name.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 5000)
    }
}
