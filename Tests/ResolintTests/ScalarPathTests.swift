import Foundation
import Testing
@testable import Resolint

/// The byte and scalar walks that stand in for Character walks and regular expressions give the
/// same answers: on the names, templates and texts they meet, and on made-up ones with combining
/// marks, CR LF and right-to-left letters.
struct ScalarPathTests {
    /// Pieces to build texts from: plain and awkward (combining marks, joiners, CR LF, full-width forms).
    static let pieces = ["a", "B", " ", "  ", "\t", "\r\n", "\n", "é", "e\u{301}", "(\u{301}", "\u{301}", "“", "”", "《", "》", "（", "）",
                         "(", ")", "[", "]", "「", "」", "大会", "Ａ", "ß", "İ", "Ω", "Ж", "й", "и\u{306}", "بي", "\u{64B}", "\u{600}",
                         "\u{200D}", "👍🏽", "’", "`", "A/", "C.1/", "77", "/L.", "{", "}", "{found}", "{expected}", "TODO", "【", "】",
                         "[...]", "…", ",", ";", ":", "\u{3000}", "\u{A0}", "\u{2028}", "\u{85}"]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
    }

    @Test func headerWhitespaceIsUnicodeWhiteSpace() {
        let differing = (UInt32(0)...0x10FFFF).compactMap { Unicode.Scalar($0) }.filter { HeaderParser.isWhitespace($0) != $0.properties.isWhitespace }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
        #expect(HeaderParser.isWhitespace("\u{3000}") && !HeaderParser.isWhitespace("\u{200B}"))
    }

    @Test func stateKeysAreTheCharacterKeys() throws {
        let list = try StateList.builtIn("member-states")
        var names = list.states.flatMap { s in Array(s.names.values) + (s.aliases?.values.flatMap { $0 } ?? []) + (s.former ?? []).flatMap { $0.names.values } }
        names += names.map { " \($0.uppercased())  \u{3000}" } + Self.texts(count: 3000, seed: 1)
        for name in names { #expect(StateNames.key(name) == StateNames.characterKey(name), "\(name.debugDescription)") }
    }

    /// The names a State list's lookups meet: every form in every language, spaced and upper-cased,
    /// decomposed (NFD, which the byte index must leave to the String keys) and made-up texts.
    static func stateNameVariants(_ list: StateList) -> [String] {
        var names = list.states.flatMap { s in Array(s.names.values) + (s.aliases?.values.flatMap { $0 } ?? []) + (s.former ?? []).flatMap { $0.names.values } }
        names += names.map { " \($0.uppercased())  \u{3000}" } + names.map(\.decomposedStringWithCanonicalMapping)
            + names.map { $0.replacingOccurrences(of: " ", with: "") } + Self.texts(count: 3000, seed: 1)
        return names
    }

    @Test func stateKeyBytesAreTheKeys() throws {
        var read = 0
        for name in Self.stateNameVariants(try StateList.builtIn("member-states")) {
            guard let (bytes, inert) = StateNames.withKeyBytes(name, { (Array($0), $1) }) else { continue }
            read += 1
            let key = StateNames.key(name)
            #expect(bytes == Array(key.utf8), "\(name.debugDescription)")
            #expect(inert == key.unicodeScalars.allSatisfy(StateNames.nfcInert), "\(name.debugDescription)")
        }
        #expect(read > 3000)
    }

    @Test func stateLookupByBytesIsTheStringLookup() throws {
        let list = try StateList.builtIn("member-states")
        let names = Self.stateNameVariants(list)
        for language in ["en", "fr", "es", "ru", "zh", "ar"] {
            let known = StateNames(list, language: language)
            var found = 0
            for name in names {
                let a = known.lookup(name), b = known.lookupByString(name)
                #expect(a?.name == b?.name && a?.code == b?.code && a?.form == b?.form, "\(language) \(name.debugDescription)")
                if a != nil { found += 1 }
            }
            #expect(found > 190, "\(language)")
        }
    }

    /// What `StateNames.nfcInert` claims of its scalars, checked against Foundation's normalisation:
    /// each is its own NFC and of combining class 0, and none stands after the first scalar of any
    /// scalar's canonical decomposition (so none composes with a scalar before it).
    @Test func nfcInertScalarsAreNFCWherever() {
        let scalars = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)
        var bad: [String] = []
        for s in scalars {
            let alone = String(s)
            if StateNames.nfcInert(s) {
                if s.properties.canonicalCombiningClass != .notReordered || !alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([s]) {
                    bad.append(String(s.value, radix: 16))
                }
            }
            if s.value >= 0x80 {
                for x in alone.decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst() where StateNames.nfcInert(x) {
                    bad.append("\(String(s.value, radix: 16)) holds \(String(x.value, radix: 16))")
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.prefix(20))")
    }

    /// The footnote finder skips eight bytes where `mayStart` says none of them starts a marker: each
    /// byte value at each place among bytes that start none, and random words.
    @Test func footnoteSkipMissesNoStart() {
        var rng = SeededGenerator(seed: 7)
        let none = (0..<256).filter { !FootnoteReferenceFinder.starts[$0] }.map(UInt8.init)
        for v in 0..<256 {
            for place in 0..<8 {
                for _ in 0..<8 {
                    var bytes = (0..<8).map { _ in none.randomElement(using: &rng)! }
                    bytes[place] = UInt8(v)
                    let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    if FootnoteReferenceFinder.starts[v] { #expect(FootnoteReferenceFinder.mayStart(w), "\(bytes)") }
                }
            }
        }
        for _ in 0..<20000 {
            let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            if bytes.contains(where: { FootnoteReferenceFinder.starts[Int($0)] }) { #expect(FootnoteReferenceFinder.mayStart(w), "\(bytes)") }
        }
        // Words of letters and spaces are skipped.
        #expect(!FootnoteReferenceFinder.mayStart(Array("the Gene".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
    }

    @Test func plainCountByWordsIsByScalars() {
        var rng = SeededGenerator(seed: 9)
        let long = ["Recalling its resolution 73/27 of 5 December 2018", "\r\n", "大会", "e\u{301}", "abcdefgh", "ABCDEFGHIJKLMNOP", " ", "é",
                    "\u{4DC0}", "\u{4DFF}", "\u{4DBF}", "\u{4E00}", "\u{4000}", "\u{9FFF}", "\u{4FFF}", "回顾其关于", "\u{4E00}\u{301}"]
        var texts = Self.texts(count: 2000, seed: 10)
        texts += (0..<2000).map { _ in (0..<Int.random(in: 0...10, using: &rng)).map { _ in long.randomElement(using: &rng)! }.joined() }
        for text in texts {
            var t = text
            t.withUTF8 { b in
                for limit in [0, 1, 5, 7, 8, 9, 15, 16, 17, 40, 200] {
                    #expect(PlainText.count(b, atMost: limit) == PlainText.countByScalars(b, atMost: limit), "\(text.debugDescription) \(limit)")
                }
            }
        }
    }

    @Test func squeezedIsTheScalarFilter() {
        for text in Self.texts(count: 3000, seed: 11) + ["", " ", "\u{3000}a\u{2028}b\u{85}c\u{A0}", "𝒜 x"] {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            #expect(HeaderParser.squeezed(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func conjunctionTailBytesNeverHideASuffix() {
        // The scalars whose canonical decomposition is one ASCII scalar, other than it: K, ; and `.
        let equivalents = (UInt32(0x80)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { s in
            let d = String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            return d.count == 1 && d.first!.isASCII
        }
        #expect(equivalents.map(\.value) == [0x037E, 0x1FEF, 0x212A])
        let tails = [" and", " and,", " or", " or,", " y", " et,", " и", " 和", " K", " ;", " `", "", ","].map(TerminatorCheck.Tail.init)
        let pieces = Self.pieces + [" and", "and,", " or", "or,", "\u{212A}", "\u{37E}", "\u{1FEF}", "d\u{301}", " y", "\u{600} and,", ";", "K"]
        var rng = SeededGenerator(seed: 12)
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            for tail in tails where text.hasSuffix(tail.text) {
                #expect(tail.mayEnd(Substring(text)), "\(text.debugDescription) \(tail.text.debugDescription)")
            }
        }
    }

    @Test func noBreakSpaceByMemchrIsByWalk() {
        var rng = SeededGenerator(seed: 13)
        let pieces = ["a", " ", "\u{A0}", "\u{202F}", "“", "”", "\u{2030}", "é", "大会", "\u{C2}", String(repeating: "x", count: 50)]
        for _ in 0..<4000 {
            var text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let shown = text.debugDescription
            text.withUTF8 { b in
                for cut in Set([0, 1, 2, 3, b.count / 2, max(0, b.count - 1), b.count]) where cut <= b.count {
                    let head = UnsafeBufferPointer(rebasing: b[..<cut])
                    #expect(Vocabulary.holdsNoBreakSpace(head) == Vocabulary.holdsNoBreakSpaceByWalk(head), "\(shown) \(cut)")
                }
            }
        }
    }

    /// No two scalars that never join are canonically equivalent: a Character of one such scalar
    /// equals another only when the scalars are equal (what `NearMiss.nearest` compares).
    @Test func neverJoiningScalarsAreNeverEquivalent() {
        var seen: [String: UInt32] = [:]
        var clashes: [String] = []
        for s in (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init) where Graphemes.neverJoins(s) {
            let d = String(s).decomposedStringWithCanonicalMapping
            let key = d.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            if let other = seen[key] { clashes.append("\(String(other, radix: 16)) \(String(s.value, radix: 16))") } else { seen[key] = s.value }
        }
        #expect(clashes.isEmpty, "\(clashes.prefix(10))")
    }

    @Test func nearMissByScalarsIsByCharacters() {
        let texts = Self.texts(count: 400, seed: 14)
        let words = ["First", "Second", "Seventy-ninth", "Eightieth", "Ninety-nineth", "Hundredth"]
        let ordinals = (1...120).map { n in "\(words[n % words.count]) \(n) session" }
        let lists = [Array(texts[0..<40]), Array(texts[40..<200]), ["e\u{301}a", "éa", "Éb", "a b", "ab"], ordinals, ["第七十三届会议", "第七十届会议", "第七十一届会议"]]
        for candidates in lists {
            for text in texts + candidates + candidates.map({ $0 + "x" }) + ["\u{e9}b", "e\u{301}B", "Seventy-nineth session", "第七十叁届会议", "A\r\nB"] {
                #expect(NearMiss.nearest(text, among: candidates) == NearMiss.nearestByCharacters(text, among: candidates), "\(text.debugDescription)")
            }
        }
    }

    @Test func ideographsAreLetters() {
        let notLetters = (UInt32(0x4E00)...0x9FFF).compactMap(Unicode.Scalar.init).filter { !Character($0).isLetter }
        #expect(notLetters.isEmpty, "\(notLetters.prefix(10).map(\.value))")
        for s in ["a", "1", " ", "大", "é", "ж"].map({ $0.unicodeScalars.first! }) { #expect(Vocabulary.isLetter(s) == Character(s).isLetter) }
    }

    @Test func wordCountIsTheSplit() {
        for text in Self.texts(count: 3000, seed: 6) + [" a  b ", "", "\r\n", " \u{301}a"] {
            let split = text.split(whereSeparator: \.isWhitespace).count
            #expect(Paragraph.wordCount(text, atMost: 40) == split, "\(text.debugDescription)")
            #expect(Paragraph.wordCount(text, atMost: 2) == min(split, 3), "\(text.debugDescription)")
        }
    }

    @Test func messagesAreTheCharacterWalk() {
        let values = ["found": "x{expected}", "expected": "“y”", "a{b": "!"]
        for template in Self.texts(count: 3000, seed: 2) + ["{a{b}", "{found}{", "}{expected}", "{(\u{301}found}"] {
            #expect(MessageTemplate.render(template, values) == MessageTemplate.renderCharacters(template, values), "\(template.debugDescription)")
        }
    }

    @Test func bracketsFromBytesAreTheCharacters() {
        let set = BalanceCheck.PairSet(["“", "”", "《", "》", "（", "）", "(", ")", "[", "]", "「", "」"])
        var read = 0
        for text in Self.texts(count: 3000, seed: 3) {
            guard let marks = text.utf8.withContiguousStorageIfAvailable({ set.marks(inBytes: $0) }) ?? nil else { continue }
            read += 1
            let expected = set.marks(inCharacters: text)
            #expect(marks.map { $0.0 } == expected.map { $0.0 } && marks.map { $0.1 } == expected.map { $0.1 }, "\(text.debugDescription)")
        }
        #expect(read > 1000)
        #expect(("(\u{301}x)".utf8.withContiguousStorageIfAvailable { set.marks(inBytes: $0) } ?? nil) == nil)
    }

    @Test func prefilterReadsPlainPatterns() {
        func needs(_ p: String, ignoreCase: Bool = false) -> String {
            RegexPrefilter(pattern: p, ignoreCase: ignoreCase).summary
        }
        #expect(needs(#"(?<![A-Za-z0-9/.])A/(?:C\.\d/)?(?<session>\d{1,3})/(?:L|PV)\.\d+"#) == "A/ & / & L|PV")
        #expect(needs(#"【[^】]*】|\{\{[^}]*\}\}|\[\.\.\.\]|\[…\]|\bTODO\b|\bXXX\b"#) == "【 & 】 || {{ & }} || [...] || […] || TODO || XXX")
        #expect(needs(#"(?<=[\p{Han}）”》])\s*,(?!\d)"#) == ",")
        #expect(needs("(?m)(?<=^[ \\t\u{3000}]{0,8})(\\d{1,3})．") == "．")
        #expect(needs("a(?ms)bc") == "bc & a")
        #expect(needs("(?m:ab)").isEmpty && needs("(?mi)ab").isEmpty && needs("(?)ab").isEmpty)
        #expect(needs("abc?d") == "ab & d")
        #expect(needs("ab+") == "ab")
        #expect(needs("x{2,}yz") == "xx & yz")
        #expect(needs(#"^\s*\p{Lu}\p{Ll}+s also\b"#) == "s also")
        for unread in ["(?i)abc", "abc|d*", "\\Qa]\\E", "(?x)a b", "[]a]b", "a\\1", "\\x41", "(?#c)a", "a)"] {
            #expect(needs(unread).isEmpty, "\(unread)")
        }
        // Ignoring case: letters in lower case; a scalar of a script with case ends the literal.
        #expect(needs("[*_]*Decides[\\s*_]*to[\\s*_]*INCLUDE", ignoreCase: true) == "decides & include & to")
        #expect(needs("Решает включить x", ignoreCase: true) == " x &  ")
        #expect(needs("决定将题为“(?<title>.+?)”的项目", ignoreCase: true) == "决定将题为“ & ”的项目")
        #expect(needs("Ä", ignoreCase: true).isEmpty)
        // Groups and positive lookarounds are needed too (one of their alternatives), unless quantified
        // to be absent or beside an alternative that needs nothing.
        let reference = RegexPrefilter(pattern: #"\bparagraphs?\s+(\d+)\s*(?:above|below|of this resolution)"#, ignoreCase: false)
        #expect(!reference.mayMatch("paragraph 5 of resolution 2127 (2013)") && reference.mayMatch("paragraph 5 above"))
        #expect(!reference.mayMatch("above"))
        #expect(RegexPrefilter(pattern: "x(?:above|below)?", ignoreCase: false).mayMatch("x"))
        #expect(RegexPrefilter(pattern: "x(?<w>a|b)", ignoreCase: false).mayMatch("xc") == false)
        let either = RegexPrefilter(pattern: "x(?:a|b)|y", ignoreCase: false)
        #expect(!either.mayMatch("xc") && either.mayMatch("xb") && either.mayMatch("y"))
        #expect(RegexPrefilter(pattern: "x(?:a|b*)", ignoreCase: false).mayMatch("xc"))
        #expect(!RegexPrefilter(pattern: "x(?=a|b)", ignoreCase: false).mayMatch("xc"))
        #expect(RegexPrefilter(pattern: "x(?!a|b)", ignoreCase: false).mayMatch("xc"))
        // Digits: ICU's \d takes any decimal digit, so every scalar outside ASCII may stand for one.
        let year = #"(?<=\d\s?\(\d{4}\)\s)\d{3,4}"#
        #expect(needs(year) == #"(\d\d\d\d)"#)
        let prefilter = RegexPrefilter(pattern: year, ignoreCase: false)
        let expression = try! NSRegularExpression(pattern: year)
        for text in ["resolutions 2250 (2015) 2419", "resolutions ٢٢٥٠ (٢٠١٥) ٢٤١٩", "第 2250 (２０１５) 2419", "2250 (201) 2419", "2250 2015 2419"] {
            let matches = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(prefilter.mayMatch(text) == matches, "\(text)")
        }
    }

    @Test func closingLiteralsAreTheEscapedPattern() {
        var characters = Set(Self.pieces.flatMap { Array($0) })
        for v in 0..<0x80 { characters.insert(Character(Unicode.Scalar(UInt8(v)))) }
        for language in Fixtures.linter.languages.all { for t in language.closing.templates { characters.formUnion(t) } }
        for c in characters {
            var pattern = ""
            ClosingClause.appendLiteral(c, to: &pattern)
            #expect(pattern == NSRegularExpression.escapedPattern(for: String(c)), "\(c.debugDescription)")
        }
    }

    /// The scalars the ignore-case prefilter trusts, against Unicode case folding over every scalar.
    @Test func prefilterKnowsWhichScalarsFoldIntoASCII() {
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = String(Character(scalar))
            let folded = text.folding(options: [.caseInsensitive], locale: nil)
            let intoASCII = folded.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            let listed = Array(text.utf8).withUnsafeBufferPointer(RegexPrefilter.holdsFoldingIntoASCII)
            #expect(listed == intoASCII, "\(String(v, radix: 16))")
            if RegexPrefilter.isCaseless(scalar) {
                #expect(folded == text && text.uppercased() == text && text.lowercased() == text, "\(String(v, radix: 16))")
            }
            if folded != text {
                #expect(!folded.unicodeScalars.contains(where: RegexPrefilter.isCaseless), "\(String(v, radix: 16))")
            }
        }
    }

    /// Every expression of the built-in rules and languages: a text the prefilter turns away has no match.
    /// Every expression of the built-in rules and languages, those matched ignoring case apart.
    static func builtInExpressions() -> (patterns: [String], ignoringCase: [String]) {
        let linter = Fixtures.linter
        var patterns: [String] = [], ignoringCase: [String] = []
        for rule in linter.rules.rules {
            if let p = rule.check as? PatternCheck { p.ignoreCase == true ? ignoringCase.append(p.regex) : patterns.append(p.regex) }
            if let s = rule.check as? SubstitutionCheck { s.ignoreCase == true ? (ignoringCase += s.swap.map(\.pattern)) : (patterns += s.swap.map(\.pattern)) }
            if let s = rule.check as? SessionCheck { patterns.append(s.symbols) }
        }
        for language in linter.languages.all {
            patterns += language.paragraphReferences + (language.operativeParagraphReferences ?? []) + (language.itemReferences ?? [])
            patterns += (language.report.proposalTitle ?? []) + (language.report.crossReference ?? [])
            if let c = language.citations { patterns += [c.item, c.otherOrgan] + (c.lead.map { [$0] } ?? []) }
            patterns += language.votes.tallies ?? []
            ignoringCase += ClosingClause.templates(language).map(\.pattern)
        }
        return (patterns, ignoringCase)
    }

    @Test func prefilterNeverHidesAMatch() throws {
        let linter = Fixtures.linter
        let (patterns, ignoringCase) = Self.builtInExpressions()
        var texts = Self.texts(count: 500, seed: 4)
        // Full-width labels at a line's start, after a line break too ((?m) patterns).
        texts += ["1．决定", "  12．x", "（a）项", "x\n 3．y", "x\r\n（b）", "\u{3000}7．"]
        // Council citations with and without their years, in several scripts' digits.
        texts += ["resolutions 2250 (2015) and 2419", "1325 and 2250 (2015)", "第 2250(2015)号和第 2419 号", "резолюции 2250 (٢٠١٥), 2419",
                  "القرارات 2250 (2015) و 2419", "résolutions 1325 (2000), 2250", "(2015) 2419;", "2250 (2015),\n2419."]
        // The corpus's lines, and its paragraphs (expressions that look across a line end).
        let files = Fixtures.hasCorpus ? Fixtures.corpusFiles("en") + Fixtures.corpusFiles("zh") : []
        for file in files {
            let text = try Fixtures.corpusFile(file)
            texts += text.components(separatedBy: "\n") + text.components(separatedBy: "\n\n")
        }
        // Closing clauses of every language, in other cases and with letters that fold into ASCII.
        for language in linter.languages.all {
            for template in language.closing.templates {
                let clause = template.replacingOccurrences(of: "{title}", with: "T").replacingOccurrences(of: #"\{session[^}]*\}"#, with: "80th", options: .regularExpression)
                texts += [clause, clause.uppercased(), clause.lowercased(), clause.replacingOccurrences(of: "s", with: "ſ"),
                          clause.replacingOccurrences(of: "fi", with: "ﬁ"), clause.replacingOccurrences(of: "k", with: "\u{212A}")]
            }
        }
        var turnedAway = 0, led = 0
        for (pattern, ignoreCase) in Set(patterns).map({ ($0, false) }) + Set(ignoringCase).map({ ($0, true) }) {
            let expression = try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
            let prefilter = RegexPrefilter(pattern: pattern, ignoreCase: ignoreCase)
            // The form RegexCache compiles, with a look-ahead for its leading literal: the same matches
            // and groups on every text.
            let leading = RegexPrefilter.withLeadingLiteral(pattern)
            if leading != pattern {
                led += 1
                let compiled = try NSRegularExpression(pattern: leading, options: ignoreCase ? [.caseInsensitive] : [])
                func ranges(_ e: NSRegularExpression, _ text: String) -> [NSRange] {
                    e.matches(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { m in (0..<m.numberOfRanges).map(m.range(at:)) }
                }
                for text in texts { #expect(ranges(compiled, text) == ranges(expression, text), "\(pattern) on \(text.debugDescription)") }
            }
            for text in texts where !prefilter.mayMatch(text) {
                turnedAway += 1
                #expect(expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(pattern) on \(text.debugDescription)")
                #expect(!prefilter.mayMatch(Array(text.utf8)[...]))
            }
        }
        #expect(turnedAway > 100)
        #expect(led >= 5)
    }

    @Test func leadingLiteralIsReadAfterZeroWidthAssertionsOnly() {
        #expect(RegexPrefilter.withLeadingLiteral(#"(?<!,\s)(?<!(?:its|x\))\s)\bparagraphs?\s+(\d+)"#) == #"(?=paragraph)(?<!,\s)(?<!(?:its|x\))\s)\bparagraphs?\s+(\d+)"#)
        #expect(RegexPrefilter.withLeadingLiteral(#"^A/\d"#) == #"(?=A/)^A/\d"#)
        #expect(RegexPrefilter.withLeadingLiteral(#"\.x{2}"#) == #"(?=\.)\.x{2}"#)
        for unchanged in ["a|b", "(?:ab)c", "\\dab", "(?i)ab", "x?y", "[ab]c", "(?<=a)(?:b)", "(?x)a b"] {
            #expect(RegexPrefilter.withLeadingLiteral(unchanged) == unchanged, "\(unchanged)")
        }
    }
}

/// A small deterministic generator (SplitMix64) for reproducible made-up texts.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
