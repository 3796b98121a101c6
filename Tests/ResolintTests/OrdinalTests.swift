import Testing
@testable import Resolint

/// Session ordinals, both ways, 1–200, in the words the header and the closing clause use.
@Suite struct OrdinalTests {
    static let languages = try! LanguageCatalog.builtIn()
    static var zh: LanguageProfile { languages.profile("zh")! }
    static var en: LanguageProfile { languages.profile("en")! }

    /// spec/research.md Appendix A, "Session ordinals 1–100 in the six languages": the English and
    /// Chinese columns as printed (the Chinese column carries 第…届; + 会议 gives the header).
    static let appendixA: [(n: Int, english: String, chinese: String)] = [
        (1, "first", "第一届"),
        (2, "second", "第二届"),
        (3, "third", "第三届"),
        (4, "fourth", "第四届"),
        (5, "fifth", "第五届"),
        (6, "sixth", "第六届"),
        (7, "seventh", "第七届"),
        (8, "eighth", "第八届"),
        (9, "ninth", "第九届"),
        (10, "tenth", "第十届"),
        (11, "eleventh", "第十一届"),
        (12, "twelfth", "第十二届"),
        (13, "thirteenth", "第十三届"),
        (14, "fourteenth", "第十四届"),
        (15, "fifteenth", "第十五届"),
        (16, "sixteenth", "第十六届"),
        (17, "seventeenth", "第十七届"),
        (18, "eighteenth", "第十八届"),
        (19, "nineteenth", "第十九届"),
        (20, "twentieth", "第二十届"),
        (21, "twenty-first", "第二十一届"),
        (22, "twenty-second", "第二十二届"),
        (23, "twenty-third", "第二十三届"),
        (24, "twenty-fourth", "第二十四届"),
        (25, "twenty-fifth", "第二十五届"),
        (26, "twenty-sixth", "第二十六届"),
        (27, "twenty-seventh", "第二十七届"),
        (28, "twenty-eighth", "第二十八届"),
        (29, "twenty-ninth", "第二十九届"),
        (30, "thirtieth", "第三十届"),
        (31, "thirty-first", "第三十一届"),
        (32, "thirty-second", "第三十二届"),
        (33, "thirty-third", "第三十三届"),
        (34, "thirty-fourth", "第三十四届"),
        (35, "thirty-fifth", "第三十五届"),
        (36, "thirty-sixth", "第三十六届"),
        (37, "thirty-seventh", "第三十七届"),
        (38, "thirty-eighth", "第三十八届"),
        (39, "thirty-ninth", "第三十九届"),
        (40, "fortieth", "第四十届"),
        (41, "forty-first", "第四十一届"),
        (42, "forty-second", "第四十二届"),
        (43, "forty-third", "第四十三届"),
        (44, "forty-fourth", "第四十四届"),
        (45, "forty-fifth", "第四十五届"),
        (46, "forty-sixth", "第四十六届"),
        (47, "forty-seventh", "第四十七届"),
        (48, "forty-eighth", "第四十八届"),
        (49, "forty-ninth", "第四十九届"),
        (50, "fiftieth", "第五十届"),
        (51, "fifty-first", "第五十一届"),
        (52, "fifty-second", "第五十二届"),
        (53, "fifty-third", "第五十三届"),
        (54, "fifty-fourth", "第五十四届"),
        (55, "fifty-fifth", "第五十五届"),
        (56, "fifty-sixth", "第五十六届"),
        (57, "fifty-seventh", "第五十七届"),
        (58, "fifty-eighth", "第五十八届"),
        (59, "fifty-ninth", "第五十九届"),
        (60, "sixtieth", "第六十届"),
        (61, "sixty-first", "第六十一届"),
        (62, "sixty-second", "第六十二届"),
        (63, "sixty-third", "第六十三届"),
        (64, "sixty-fourth", "第六十四届"),
        (65, "sixty-fifth", "第六十五届"),
        (66, "sixty-sixth", "第六十六届"),
        (67, "sixty-seventh", "第六十七届"),
        (68, "sixty-eighth", "第六十八届"),
        (69, "sixty-ninth", "第六十九届"),
        (70, "seventieth", "第七十届"),
        (71, "seventy-first", "第七十一届"),
        (72, "seventy-second", "第七十二届"),
        (73, "seventy-third", "第七十三届"),
        (74, "seventy-fourth", "第七十四届"),
        (75, "seventy-fifth", "第七十五届"),
        (76, "seventy-sixth", "第七十六届"),
        (77, "seventy-seventh", "第七十七届"),
        (78, "seventy-eighth", "第七十八届"),
        (79, "seventy-ninth", "第七十九届"),
        (80, "eightieth", "第八十届"),
        (81, "eighty-first", "第八十一届"),
        (82, "eighty-second", "第八十二届"),
        (83, "eighty-third", "第八十三届"),
        (84, "eighty-fourth", "第八十四届"),
        (85, "eighty-fifth", "第八十五届"),
        (86, "eighty-sixth", "第八十六届"),
        (87, "eighty-seventh", "第八十七届"),
        (88, "eighty-eighth", "第八十八届"),
        (89, "eighty-ninth", "第八十九届"),
        (90, "ninetieth", "第九十届"),
        (91, "ninety-first", "第九十一届"),
        (92, "ninety-second", "第九十二届"),
        (93, "ninety-third", "第九十三届"),
        (94, "ninety-fourth", "第九十四届"),
        (95, "ninety-fifth", "第九十五届"),
        (96, "ninety-sixth", "第九十六届"),
        (97, "ninety-seventh", "第九十七届"),
        (98, "ninety-eighth", "第九十八届"),
        (99, "ninety-ninth", "第九十九届"),
        (100, "one hundredth", "第一百届"),
    ]

    @Test("1–100 match research.md Appendix A", arguments: appendixA)
    func matchesAppendixA(_ row: (n: Int, english: String, chinese: String)) {
        #expect(Self.en.ordinal(row.n) == row.english)
        #expect("第" + (Self.zh.ordinal(row.n) ?? "?") + "届" == row.chinese)
    }

    /// Appendix A stops at 100; these forms beyond it follow the same rules (English: "hundred and"
    /// + ordinal; Chinese: 零 before a lone unit, 一十 after 百) and are the ones the lead asked for.
    @Test("spot checks, including 101–200", arguments: [
        (1, "first", "一"),
        (73, "seventy-third", "七十三"),
        (79, "seventy-ninth", "七十九"),
        (80, "eightieth", "八十"),
        (100, "one hundredth", "一百"),
        (101, "one hundred and first", "一百零一"),
        (110, "one hundred and tenth", "一百一十"),
        (111, "one hundred and eleventh", "一百一十一"),
        (120, "one hundred and twentieth", "一百二十"),
        (199, "one hundred and ninety-ninth", "一百九十九"),
        (200, "two hundredth", "二百"),
    ])
    func knownForms(_ n: Int, _ english: String, _ chinese: String) {
        #expect(Self.en.ordinal(n) == english)
        #expect(Self.zh.ordinal(n) == chinese)
    }

    @Test("words → number → words for 1–200", arguments: ["zh", "en"])
    func roundTrip(_ code: String) {
        let language = Self.languages.profile(code)!
        var seen: [String: Int] = [:]
        for n in OrdinalWords.supportedRange {
            guard let words = language.ordinal(n) else { Issue.record("\(code): no words for \(n)"); continue }
            #expect(language.ordinals.number(for: words) == n, "\(code): \(words)")
            if let earlier = seen.updateValue(n, forKey: words) { Issue.record("\(code): \(words) is both \(earlier) and \(n)") }
        }
    }

    @Test func headerCapitalisationReadsBack() {
        #expect(Self.en.ordinals.number(for: "Seventy-ninth") == 79)
        #expect(Self.en.ordinals.number(for: "One hundred and first") == 101)
    }

    @Test("outside 1–200 there are no words", arguments: [0, -1, 201])
    func outOfRange(_ n: Int) {
        #expect(Self.en.ordinal(n) == nil)
        #expect(Self.zh.ordinal(n) == nil)
    }
}
