import Foundation
import Testing
@testable import Resolint

/// What the second table of rules reads, on the real documents: the recorded votes of the ga77 report
/// with every number and name in place, and the seeds' citations, all within their sessions.
struct VoteAndCitationTests {
    static let zh = Fixtures.linter.languages.profile("zh")!
    static let en = Fixtures.linter.languages.profile("en")!

    static func parse(_ text: String, _ language: LanguageProfile = zh) -> Document {
        DocumentParser().parse(SourceFile(path: "x", text: text), language: language)
    }

    /// The seed report's five recorded votes (research.md §7.3): four on A/C.1/77/L.23/Rev.1, one on L.73.
    @Test func theReportsFiveVotesAreReadWithTheirCounts() throws {
        let text = try Fixtures.example(Fixtures.zhReport)
        let document = Self.parse(text)
        let votes = document.votes
        #expect(votes.map { $0.tallies.map { $0.tally.stated ?? -1 } } == [[103, 53, 8], [102, 52, 10], [101, 52, 11], [112, 52, 10], [157, 6, 14]])
        #expect(votes.map { $0.tallies.map(\.tally.states.count) } == [[103, 53, 8], [102, 52, 10], [101, 52, 11], [112, 52, 10], [157, 6, 14]])
        #expect(votes.map(\.outcome) == [.retained, .retained, .retained, .adopted, .adopted])
        #expect(votes.map { document.source.position(of: $0.range.lowerBound).line } == [76, 194, 255, 314, 407])
        // The lists broken by page debris: (a)'s 赞成 goes on after footnote 1 and forty link lines;
        // (d)'s 弃权 starts after footnote 2; L.73's 赞成 runs through footnote 3.
        let a = try #require(votes[0].inFavour)
        #expect(a.states.first?.name == "阿尔及利亚" && a.states.last?.name == "津巴布韦")
        #expect(a.states.contains { $0.name == "毛里塔尼亚" } && a.states.contains { $0.name == "老挝人民民主共和国" })
        #expect(votes[3].abstaining?.states.map(\.name) == ["智利", "哥伦比亚", "斐济", "危地马拉", "洪都拉斯", "莱索托", "马拉维", "巴布亚新几内亚", "塞尔维亚", "新加坡"])
        #expect(votes[4].against?.states.map(\.name) == ["中国", "朝鲜民主主义人民共和国", "伊朗伊斯兰共和国", "尼加拉瓜", "俄罗斯联邦", "阿拉伯叙利亚共和国"])
        #expect(votes[4].inFavour?.states.contains { $0.name == "塞内加尔" } == true)
    }

    /// Every stated number and every name points at its own text in the file, even across line wraps.
    @Test func numbersAndNamesKeepTheirSourceRanges() throws {
        let text = try Fixtures.example(Fixtures.zhReport)
        let document = Self.parse(text)
        let source = document.source
        for vote in document.votes {
            for (_, tally) in vote.tallies {
                let stated = try #require(tally.statedRange)
                #expect(source.string(stated) == "\(tally.stated!)")
                for s in tally.states {
                    // A name cut by a page break spans the debris lifted out of it: it starts and ends right.
                    let written = source.string(s.range).filter { !$0.isWhitespace }
                    #expect(written.first == s.name.first && written.last == s.name.last, "\(s.name) at \(source.position(of: s.range.lowerBound)) reads \(written)")
                    if source.lineIndex(of: s.range.upperBound) - source.lineIndex(of: s.range.lowerBound) <= 2 {
                        #expect(written == s.name, "\(s.name) at \(source.position(of: s.range.lowerBound)) reads \(written)")
                    }
                }
            }
        }
        // A name wrapped over two lines starts on the first: "巴\n\n哈马" in (a)'s 赞成 list, line 82.
        let bahamas = try #require(document.votes[0].inFavour?.states.first { $0.name == "巴哈马" })
        #expect(source.position(of: bahamas.range.lowerBound) == SourcePosition(line: 82, column: 33))
        // One cut by a page break: "毛" before footnote 1 and the link lines, "里塔尼亚" after them.
        let mauritania = try #require(document.votes[0].inFavour?.states.first { $0.name == "毛里塔尼亚" })
        #expect(source.position(of: mauritania.range.lowerBound).line == 98)
    }

    @Test func englishVotesAreRead() throws {
        let text = """
            Seventy-ninth session
            Agenda item 96
            Developments in the field of information and telecommunications in the context of international security

            Report of the First Committee

            1. At its 30th meeting, the Committee adopted draft resolution A/C.1/79/L.5/Rev.1 by a recorded vote of 3 to none, with 2 abstentions (see para. 2). The voting was as follows:

            In favour:
            France, Germany, Lao People’s Democratic Republic.

            Against:
            None.

            Abstaining:
            Chile, Bolivia (Plurinational
            State of).

            2. Preambular paragraph 2 was not retained by a recorded vote of 1 to 2, with no abstentions. The voting was as follows:

            In favour:
            France.

            Against:
            Chile, Japan.

            3. The First Committee recommends to the General Assembly the adoption of the following draft resolution:

            Responsible State behaviour

            The General Assembly,

            Decides to include in the provisional agenda of its eightieth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.
            """
        let document = Self.parse(text, Self.en)
        #expect(document.votes.count == 2)
        #expect(document.votes.map { $0.tallies.map { $0.tally.stated ?? -1 } } == [[3, 0, 2], [1, 2, 0]])
        #expect(document.votes.map(\.outcome) == [.adopted, .rejected])
        #expect(document.votes[0].abstaining?.states.map(\.name) == ["Chile", "Bolivia (Plurinational State of)"])
        let report = try Fixtures.lint(text, lang: "en")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.start) \($0.rule): \($0.message)" })")
    }

    /// research.md Appendix C: 73 dated citations in the seeds, none outside its session, every list ascending.
    @Test func theSeedsCitationsAreAllWithinTheirSessions() throws {
        var dated = 0
        for name in [Fixtures.zhDraft, Fixtures.zhReport] {
            let document = Self.parse(try Fixtures.example(name))
            let reader = CitationReader(language: Self.zh)
            for p in document.allParagraphs {
                for list in reader.lists(in: p.content) {
                    dated += list.items.filter { $0.date != nil && !$0.dateShared }.count
                    for c in list.items {
                        #expect(document.source.string(c.range).filter { !$0.isWhitespace } == c.symbol.filter { !$0.isWhitespace })
                    }
                }
            }
        }
        #expect(dated == 73)
    }

    @Test func citationListsShareDatesOnlyWithinOneSession() throws {
        let text = MappedText(source: SourceFile(path: "x", text: "回顾其 2019 年 12 月 12 日第 74/28 号和第 74/29 号决议"), range: 0..<80)
        let lists = CitationReader(language: Self.zh).lists(in: text)
        #expect(lists.count == 1 && lists[0].items.map(\.symbol) == ["74/28", "74/29"])
        #expect(lists[0].items[1].dateShared && lists[0].items[1].date?.year == 2019)

        let en = "Recalling its resolutions 70/1 and 72/279 of 31 May 2018, and 74/28 and 74/29 of 12 December 2019,"
        let enLists = CitationReader(language: Self.en).lists(in: MappedText(source: SourceFile(path: "x", text: en), range: 0..<en.utf8.count))
        #expect(enLists.count == 1)
        #expect(enLists[0].items.map(\.symbol) == ["70/1", "72/279", "74/28", "74/29"])
        #expect(enLists[0].items.map { $0.date?.year } == [nil, 2018, 2019, 2019])
    }

    /// A text the citation test turns away for want of a "/" or of a Roman numeral after " (" holds
    /// no item of any language's expression, wherever one is looked for.
    @Test func theCitationTestNeverHidesAnItem() throws {
        var texts = ["Recalling its resolutions 2117 (2013) and 2046 (2012),", "第 5 (a) 段", "Recalling resolution 1514 (xv) and 7 (2)",
                     "resolution ٧٣/٢٧ 5 (a)", "resolution 73 / 27 5 (a)"] + ScalarPathTests.texts(count: 300, seed: 9)
        let files = Fixtures.hasCorpus ? Fixtures.corpusFiles("en") + Fixtures.corpusFiles("zh") : []
        for file in files { texts += try Fixtures.corpusFile(file).components(separatedBy: "\n") }
        let items = try Fixtures.linter.languages.all.compactMap(\.citations).map { try NSRegularExpression(pattern: $0.item) }
        var checked = 0
        for text in texts where !CitationReader.mayCite(text) && text.range(of: #"[0-9]/|[0-9] \("#, options: .regularExpression) != nil {
            checked += 1
            let n = text.utf16.count
            for item in items {
                for p in 0..<n {
                    #expect(item.firstMatch(in: text, options: .anchored, range: NSRange(location: p, length: n - p)) == nil, "\(text)")
                }
            }
        }
        #expect(checked >= 3)
        #expect(CitationReader.mayCite("Recalling resolution 1514 (XV) of 14 December 1960,"))
        #expect(CitationReader.mayCite("回顾大会第 75/240 号决议，"))
        // Lettered resolutions, alone in their paragraph, were passed over before 2026-11-22.
        #expect(CitationReader.mayCite("Recalling its resolution 2453 A (XXIII) of 20 December 1968,"))
        #expect(CitationReader.mayCite("Recalling its resolutions 1803 A to C (XVII),"))
        #expect(!CitationReader.mayCite("Recalling its Article A (XXIII) and to C (XVII),"))
    }

    /// A lettered resolution alone in its paragraph is read (the first test of CitationReader passed
    /// such paragraphs over until 2026-11-22).
    @Test func aLetteredResolutionAloneIsChecked() throws {
        let report = try Fixtures.lint("""
            The General Assembly,

            Recalling its resolution 2453 A (XXIII) of 20 December 1970,

            1. Decides to include in the provisional agenda of its seventy-fourth session the item entitled "International cooperation in the peaceful uses of outer space".
            """, lang: "en")
        let dates = report.diagnostics.filter { $0.rule == "citation.date" }
        #expect(dates.count == 1)
        #expect(dates.first?.start.line == 3)
        #expect(dates.first?.message.contains("session 23 ran from September 1968 to September 1969") == true)
    }

    /// Other organs number their resolutions by their own sessions: not read as the Assembly's
    /// (the English cases are lines of the UN Parallel Corpus dev set).
    @Test(arguments: [
        ("en", "Recalling resolution 1514 (XV) of 14 December 1960,", ["1514 (XV)"]),
        ("en", "Recalling General Assembly resolution 73/27 of 5 December 2018,", ["73/27"]),
        ("en", "Recalling Human Rights Council resolution 33/11 of 29 September 2016,", []),
        ("en", "Taking note of Economic Commission for Latin America and the Caribbean resolution 689 (XXXV) of 9 May 2014,", []),
        ("en", "Those functions were formally accepted by the Economic and Social Council by its resolution 1576 (L) of 20 May 1971.", []),
        ("zh", "又回顾人权理事会 2016 年 9 月 29 日第 33/11 号决议，", []),
        ("zh", "回顾大会第 75/240 号决议，", ["75/240"]),
    ])
    func citationsOfOtherOrgansAreNotTheAssemblys(_ lang: String, _ text: String, _ symbols: [String]) throws {
        let source = SourceFile(path: "x", text: text)
        let lists = CitationReader(language: lang == "zh" ? Self.zh : Self.en).lists(in: MappedText(source: source, range: 0..<source.bytes.count))
        #expect(lists.flatMap { $0.items.map(\.symbol) } == symbols)
    }
}

/// The fast paths of the parsers agree with the Foundation calls they stand in for.
struct FastPathEquivalenceTests {
    @Test(arguments: ["73/27", "73/27 of", "73/27, of ", "73/27 ,of", "73/27\u{3000}of\u{A0}", "第 73/27 号", "73/27号 ", "73/27 号\u{2028}",
                      "Prof", "73/27 A of", "of", " ", "", "73/27\u{85}", "73/27 of\u{0B}", "a,of", "号号 ",
                      "73/27\u{1680}of\u{2000}\u{200A}", "73/27,\u{205F}of\u{2029}\u{202F}", "73/27\u{200B}of", "73/27 \u{2028}号\u{3000}",
                      "\u{A0}of", "é of", "73/27 ¹of", "73/27\u{3001}号", "\u{1680}", "x\u{2030}of", "ofof "])
    func citationSymbolTail(_ symbol: String) {
        let expected = symbol.replacingOccurrences(of: #"(?:,?\s*of)?\s*$|\s*号\s*$"#, with: "", options: .regularExpression)
        #expect(CitationReader.withoutTail(symbol) == expected)
    }

    @Test func citationSymbolTailOfMadeUpSymbols() {
        var rng = SeededGenerator(seed: 8)
        let pieces = ["73/27", " ", "of", ",", "号", "\u{A0}", "\u{3000}", "\u{2009}", "\u{2028}", "\u{1680}", "\u{205F}", "\t", "\n", "o", "f",
                      "A", "é", "\u{85}", "\u{0B}", "\u{200B}", "\u{2030}"]
        for _ in 0..<3000 {
            let symbol = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let expected = symbol.replacingOccurrences(of: #"(?:,?\s*of)?\s*$|\s*号\s*$"#, with: "", options: .regularExpression)
            #expect(CitationReader.withoutTail(symbol) == expected, "\(symbol.debugDescription)")
        }
    }

    @Test(arguments: ["赞成：中国、法国、俄罗斯联邦", "In favour: Côte d’Ivoire, Türkiye, e\u{301}\n, ", "a\r\nb, c", "x𝒜y、z", "",
                      "was ADOPTED, Not adopted\r\n", "ＡdＯＰ ａｄ µΜμ ﬀ ß SS 未获通过。", "a\u{AD}d K\u{212A}k"])
    func utf16Text(_ string: String) {
        let text = UTF16Text(string)
        let ns = string as NSString
        #expect(text.length == ns.length)
        for i in 0..<ns.length {
            #expect(text.composedRange(at: i) == ns.rangeOfComposedCharacterSequence(at: i))
            #expect(text.character(at: i) == ns.substring(with: NSRange(location: i, length: 1)).first)
            for length in 0...min(3, ns.length - i) {
                let r = NSRange(location: i, length: length)
                #expect(text.substring(r) == ns.substring(with: r))
                for needle in ["、", ",", "：", "e"] {
                    #expect(text.range(of: needle, in: NSRange(location: i, length: ns.length - i)) == ns.range(of: needle, options: [], range: NSRange(location: i, length: ns.length - i)))
                    #expect(text.equals(r, needle) == (ns.substring(with: r) == needle))
                }
                let rest = NSRange(location: i, length: ns.length - i)
                for needle in ["adopted", "NOT ADOPTED", "ａd", "ＡＤ", "μ", "µ", "ss", "k", "未获通过", "ad"] {
                    #expect(text.rangeIgnoringCase(of: UTF16Text.Needle(needle), in: rest) == ns.range(of: needle, options: [.caseInsensitive], range: rest),
                            "\(needle) in \(string.debugDescription) from \(i)")
                }
            }
        }
    }

    @Test(arguments: ["Decides.", "Decides.12", "Decides 3 ", "决定。", "决定。1", "e\u{301}", "a\u{600}1", "", "  ", "x\r\n"])
    func lastMark(_ text: String) {
        var chars = text[...]
        while let c = chars.last, c == " " || c.isNumber && c.isASCII { chars = chars.dropLast() }
        #expect(ParagraphAssembler.lastMark(text) == chars.last)
    }
}
