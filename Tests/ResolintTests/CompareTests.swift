import Foundation
import Testing
@testable import Resolint

/// `resolint compare`: what it reads alike in every language, how it finds the versions of a
/// document, a disagreement of the UN's own versions, and defects injected into real versions (the
/// UN's AKN4UN markup of its resolutions; source: the United Nations).
struct CompareTests {
    static func figures(_ text: String, _ lang: String) -> [String] {
        FigureReader(language: Fixtures.linter.languages.profile(lang)!).read(text).tokens.map { "\($0.kind.rawValue):\($0.value)" }.sorted()
    }

    @Test func aDateReadsAlikeInEveryLanguage() {
        let forms = [("en", "resolution 73/27 of 5 December 2018"), ("fr", "résolution 73/27 du 5 décembre 2018"),
                     ("es", "resolución 73/27, de 5 de diciembre de 2018"), ("ru", "резолюцию 73/27 от 5 декабря 2018 года"),
                     ("zh", "2018年12月5日第73/27号决议"), ("ar", "قرارها 73/27 المؤرخ 5 كانون الأول/ديسمبر 2018")]
        let read = forms.map { Self.figures($0.1, $0.0) }
        #expect(read[0] == ["citation:73/27", "number:12", "number:2018", "number:5"])
        for (k, r) in read.enumerated() { #expect(r == read[0], "\(forms[k].0): \(r)") }
    }

    @Test func figuresAndSymbolsAreReadAsTheyAreMeant() {
        // Thousands separators of each language, and the Arabic text's groups stored right to left.
        #expect(Self.figures("1,500,000 dollars", "en") == ["number:1500000"])
        #expect(Self.figures("1 500 000 dollars", "fr") == ["number:1500000"])
        #expect(Self.figures("1.500.000 dólares", "es") == ["number:1500000"])
        #expect(Self.figures("أكثر من 000 11 من السكان", "ar") == ["number:11000"])
        #expect(Self.figures("2.5 per cent", "en") == Self.figures("2,5 pour cent", "fr"))
        // Words that multiply: "2.6 million" = "260万" = "2,6 millions"; "2 billion" = "2.000 millones".
        #expect(Self.figures("2.6 million dollars", "en") == ["number:2600000"])
        #expect(Self.figures("260万美元", "zh") == ["number:2600000"])
        #expect(Self.figures("2,6 millions de dollars", "fr") == ["number:2600000"])
        #expect(Self.figures("2 billion dollars", "en") == Self.figures("2.000 millones de dólares", "es"))
        #expect(Self.figures("2,6 млн. долл. США", "ru") == ["number:2600000"])
        #expect(Self.figures("3\u{066B}2 في المائة", "ar") == ["number:3.2"])
        #expect(Self.figures("الغاية 3-8 من أهداف التنمية المستدامة", "ar") == Self.figures("target 3.8 of the Goals", "en"))
        #expect(Self.figures("من أن 773 مليونا من البالغين", "ar") == ["number:773000000"])
        // A Russian text's Cyrillic "А" in a symbol; a resolution's symbol is a citation of it.
        #expect(Self.figures("доклад (А/75/312)", "ru") == ["symbol:A/75/312"])
        #expect(Self.figures("resolution A/RES/70/1", "en") == ["citation:70/1"])
        // Sessions in Roman figures are the Arabic text's numbers.
        #expect(Self.figures("decision XIII/1", "en") == Self.figures("المقرر 13/1", "ar"))
        #expect(Self.figures("resolution 1514 (XV)", "en") == Self.figures("القرار 1514 (د-15)", "ar"))
        // Times of day, whatever clock: "from 10.30 a.m. to 1 p.m." is "de 10 h 30 à 13 heures" (75/308).
        let times = Self.figures("from 10.30 a.m. to 1 p.m.", "en")
        for (lang, text) in [("fr", "de 10 h 30 à 13 heures"), ("es", "de las 10.30 a las 13.00 horas"), ("ru", "с 10 ч 30 мин до 13 ч 00 мин"),
                             ("zh", "上午10时30分至下午1时"), ("ar", "من الساعة 10:30 إلى الساعة 13:00")] {
            #expect(Self.figures(text, lang) == times, "\(lang): \(Self.figures(text, lang))")
        }
        // A number inside a name is no figure: "2019冠状病毒病" translates "COVID-19"; the Russian
        // texts write it with a non-breaking hyphen.
        #expect(Self.figures("the COVID-19 pandemic", "en") == [])
        #expect(Self.figures("пандемия COVID\u{2011}19", "ru") == [])
        // A Council resolution's symbol with its year is a citation of it (S/RES/2594 (2021), op. 10).
        #expect(Self.figures("its resolution S/RES/2282 (2016)", "en") == Self.figures("sa résolution 2282 (2016)", "fr"))
        // Another body's numbering after its initials written apart (the Arabic 75/130: "ج ص ع 73/1"
        // for "WHA73.1"); a law's number and year ("Law No. 10/2018", "la loi no 10 de 2018", 75/193).
        #expect(Self.figures("قرار جمعية الصحة العالمية ج ص ع 73/1", "ar") == Self.figures("World Health Assembly resolution WHA73.1", "en"))
        #expect(Self.figures("World Health Assembly resolution WHA73.1", "en") == [])
        #expect(Self.figures("Law No. 10/2018", "en") == Self.figures("la loi no 10 de 2018", "fr"))
        // A span of years written short: "2019/20" is "2019/2020" (75/3).
        #expect(Self.figures("for 2019/20", "en") == Self.figures("للفترة 2019/2020", "ar"))
        // Trillions (75/205), and a range whose scale word follows its second figure (75/230).
        #expect(Self.figures("10 trillion dollars", "en") == Self.figures("10 تريليونات دولار", "ar"))
        #expect(Self.figures("10 trillion dollars", "en") == Self.figures("10 трлн долл. США", "ru"))
        #expect(Self.figures("88 million to 115 million people", "en") == Self.figures("88 à 115 millions de personnes", "fr"))
        // The first time of a span that names the half of the day once (75/315), or says "heures" once (75/260).
        #expect(Self.figures("from 5.30 to 6 p.m.", "en") == Self.figures("de 17 h 30 à 18 heures", "fr"))
        #expect(Self.figures("from 10 a.m. to 1 p.m. and from 3 to 6 p.m.;", "en") == Self.figures("de 10 à 13 heures et de 15 à 18 heures ;", "fr"))
    }

    /// Readings of one language that made its figures differ from the others' where the text does not.
    @Test func whatLooksLikeAFigureInOneLanguageOnly() {
        // "части" (parts) is no "час" (hour): "an increase of 2.2 parts per million" (75/239, pp. 25).
        #expect(Self.figures("что отражает увеличение на 2,2\u{A0}части на миллион, или на 0,55 процента", "ru")
                == Self.figures("which represents an increase of 2.2 parts per million, a relative increase of 0.55 per cent", "en"))
        // A hyphen between paragraph numbers is a range outside the Arabic texts (S/RES/2607 (2021), op. 31).
        #expect(Self.figures("提醒各国根据上文第23-30段规定的通知程序所承担的义务", "zh") == ["number:23", "number:30"])
        #expect(Self.figures("الغاية 3-8", "ar") == ["number:3.8"])
        // A chain of three is a name, read alike in every language: "the essential 10-1-2 response" (S/RES/2518 (2020), op. 9).
        #expect(Self.figures("the essential 10-1-2 response", "en") == Self.figures("يكفل احترام معيار 10-1-2 الأساسي", "ar"))
        #expect(Self.figures("the essential 10-1-2 response", "en") == Self.figures("de manière à ce que le protocole « 10-1-2 » relatif", "fr"))
        // A footnote's marker typed as text, glued to its word (the Arabic 75/112, op. 11).
        #expect(Self.figures("في إطار متابعة تقرير الأمين العام عن هذه المسألة(5)، الذي أُعدّ عملا بالفقرة 7 من قرار الجمعية العامة", "ar") == ["number:7"])
        #expect(Self.figures("paragraph 5 (a) of resolution 1 (2020)", "en") == ["citation:1 (2020)", "number:5"])
        // A decade is its first year, as the languages that write it apart read it (75/34, pp. 6).
        for (lang, text) in [("en", "the Declaration of the 1980s as the Second Disarmament Decade"),
                             ("ru", "Декларации о провозглашении 1980\u{2011}х годов вторым Десятилетием разоружения"),
                             ("fr", "la Déclaration faisant des années 1980 la deuxième Décennie du désarmement"),
                             ("zh", "《宣布1980年代为第二个裁军十年宣言》")] {
            #expect(Self.figures(text, lang) == ["number:1980"], "\(lang): \(Self.figures(text, lang))")
        }
    }

    /// A year typed in place of another that a date of the paragraph holds is reported as the figure
    /// it is: a date's day, month and year are matched whatever order the language writes them in
    /// ("2001年11月5日", "5 November 2001"; 75/25, pp. 4).
    @Test func aYearChangedIsAFigureThoughADateHoldsIt() throws {
        let en = "Recalling its previous resolutions on a culture of peace, in particular resolution 52/15 of 20 November 1997 proclaiming 2000 the International Year for the Culture of Peace, resolution 53/25 of 10 November 1998 proclaiming the period 2001–2010 the International Decade for a Culture of Peace and Non-Violence for the Children of the World and resolutions 56/5 of 5 November 2001,\n\n1. Decides to remain seized of the matter.\n"
        let fr = "Rappelant ses résolutions sur la question, en particulier la résolution 52/15 du 20 novembre 1997, dans laquelle elle a proclamé l’an 2000 Année internationale de la culture de la paix, la résolution 53/25 du 10 novembre 1998, dans laquelle elle a proclamé la période 2001\u{2011}2010 Décennie internationale de la promotion d’une culture de la paix et de la non-violence au profit des enfants du monde, et les résolutions 56/5 du 5 novembre 2001,\n\n1. Décide de rester saisie de la question.\n"
        let zh = "回顾其以往在题为“和平文化”议程项目下通过的关于和平文化的各项决议，尤其是宣布2000年为和平文化国际年的1997年11月20日第52/15号、宣布2001-2010年为世界儿童建设和平与非暴力文化国际十年的1998年11月10日第53/25号以及2001年11月5日第56/5号决议，\n\n1. 决定继续处理此案。\n"
        try Self.expectSlip([("en", en), ("fr", fr), ("zh", zh)], "宣布2000年", "宣布2001年", "compare.figures", "2001 in zh")
    }

    /// The versions agree; with `old` made `new` in the last of them, that one is reported by `rule`
    /// in a message that says `quote`.
    static func expectSlip(_ texts: [(String, String)], _ old: String, _ new: String, _ rule: String, _ quote: String) throws {
        #expect(try compare(texts).allSatisfy(\.isEmpty))
        var changed = texts
        changed[texts.count - 1].1 = texts[texts.count - 1].1.replacingOccurrences(of: old, with: new)
        let odd = try compare(changed).last ?? []
        #expect(odd.contains { $0.rule == rule && $0.message.contains(quote) }, "\(odd.map(\.message))")
    }

    /// The versions of a short text, compared; the diagnostics of each.
    static func compare(_ texts: [(String, String)]) throws -> [[Diagnostic]] {
        let versions = try texts.map { lang, text in
            try ComparedVersion.text(Fixtures.linter.languages.profile(lang)!.exampleFrame + text, path: "draft.\(lang).txt",
                                     languages: Fixtures.linter.languages, language: lang)
        }
        return VersionComparer(linter: Fixtures.linter).compare(versions).map(\.diagnostics)
    }

    /// Where one version cites a resolution again and another refers back to it ("ladite résolution",
    /// "dicha resolución"), or cites a Council resolution without its year, the versions agree; a
    /// citation in place of another is a disagreement all the same (S/RES/2521 (2020), op. 11).
    @Test func aCitationReferredBackIsNoDisagreement() throws {
        let en = "1. Reaffirms paragraphs 9 and 12 of resolution 2206 (2015), and paragraphs 10 and 11 of resolution 2206 (2015);\n\n2. Recalls resolution 1701 (2006) and requests reports on resolution 1701;\n"
        let fr = "1. Réaffirme les paragraphes 9 et 12 de la résolution 2206 (2015), et les paragraphes 10 et 11 de ladite résolution ;\n\n2. Rappelle la résolution 1701 (2006) et demande des rapports sur la résolution 1701 (2006) ;\n"
        let es = "1. Reafirma los párrafos 9 y 12 de la resolución 2206 (2015), y los párrafos 10 y 11 de dicha resolución;\n\n2. Recuerda la resolución 1701 (2006) y solicita informes sobre la resolución 1701 (2006);\n"
        try Self.expectSlip([("en", en), ("fr", fr), ("es", es)], "2206 (2015)", "2260 (2015)", "compare.citations", "2260 (2015)")
    }

    /// A right-to-left text may keep another body's "37/32" in the order it is seen (the Arabic 75/238).
    @Test func aCitationTurnedInArabicIsTheSame() throws {
        let en = "Recalling Human Rights Council resolution 37/32 of 23 March 2018,\n\n1. Decides to remain seized of the matter.\n"
        let ar = "وإذ تشير إلى قرار مجلس حقوق الإنسان 32/37 المؤرخ 23 آذار/مارس 2018،\n\n1 - تقرر أن تبقي المسألة قيد نظرها.\n"
        let fr = "Rappelant la résolution 37/32 du Conseil des droits de l’homme en date du 23 mars 2018,\n\n1. Décide de rester saisie de la question.\n"
        #expect(try Self.compare([("en", en), ("ar", ar), ("fr", fr)]).allSatisfy(\.isEmpty))
    }

    @Test func versionsAreFoundByTheirNames() {
        #expect(VersionSets.key("ga/75session/English/75_100_E.xml") == "75_100_")
        #expect(VersionSets.key("sc/2020/Chinese/S_RES_2504 (2020)-2000407C.xml") == "S_RES_2504 (2020)-2000407")
        #expect(VersionSets.key("drafts/cyber.fr.txt") == "cyber")
        #expect(VersionSets.key("drafts/cyber-zh.md") == "cyber")
        #expect(VersionSets.key("drafts/notes.txt") == nil)
        let (sets, alone) = VersionSets.group(["a/x_E.xml", "b/x_F.xml", "c/y_E.xml", "notes.txt"])
        #expect(sets == [["a/x_E.xml", "b/x_F.xml"]])
        #expect(alone == ["c/y_E.xml", "notes.txt"])
    }

    static let akn = Fixtures.corpus.appendingPathComponent("akn/ga/75session")
    static let languageFolders = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"]

    /// The UN's own versions of resolution 75/100 disagree on the date of resolution 71/100, which its
    /// second preambular paragraph cites: "71/100 от 23 декабря 2016 года" in Russian, "71/100 of
    /// 6 December 2016" in English and 6 December in the four others.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func theUNsOwnVersionsOf75_100DisagreeOnADate() throws {
        let letters = ["A", "C", "E", "F", "R", "S"]
        let versions = try zip(Self.languageFolders, letters).map { folder, letter in
            try ComparedVersion.read(path: Self.akn.appendingPathComponent("\(folder)/75_100_\(letter).xml").path, languages: Fixtures.linter.languages)
        }
        let reports = VersionComparer(linter: Fixtures.linter).compare(versions)
        let found = reports.flatMap(\.diagnostics)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.rule == "compare.dates" && d.path.hasSuffix("75_100_R.xml"))
        let spaced = { (s: String) in s.replacingOccurrences(of: "\u{A0}", with: " ") }
        #expect(spaced(d.message).contains("23 декабря 2016") && spaced(d.message).contains("6 December 2016"), "\(d.message)")
        #expect(spaced(String(decoding: reports[4].source.bytes[d.byteRange], as: UTF8.self)) == "23 декабря 2016")
    }

    /// Slips in the UN's own versions that compare finds, each shown by the text: the version that
    /// differs, the rule, and what its message must quote.
    static let realSlips: [(stem: String, odd: String, rule: String, quote: String, proof: String, folder: String)] = [
        // English 75/248, first preambular paragraph: "72/256 of 24 December 2107" (2017 in the five others).
        ("75_248_", "English", "compare.dates", "24 December 2107", "</a> of 24 December 2107", "ga/75session"),
        // Spanish 75/168, operative paragraph 37: "71/231"; the five others cite 71/321.
        ("75_168_", "Spanish", "compare.citations", "71/231", "71/231", "ga/75session"),
        // French 75/154, operative paragraph 1: "23 décembre 2013"; the others: 23 September 2013.
        ("75_154_", "French", "compare.dates", "23 décembre 2013", "23 décembre 2013", "ga/75session"),
        // Arabic 75/104, third preambular paragraph: the Special Committee's report "لعام 2019"; "for 2020" in the others.
        ("75_104_", "Arabic", "compare.figures", "2019 in ar where en, es, fr, ru, zh have 2020", "لعام 2019", "ga/75session"),
        // French 75/300, second preambular paragraph: Security Council resolution "2256 (2020)"; 2556 (2020) in the others.
        ("A_RES_75_300-2109014", "French", "compare.citations", "2256 (2020)", "S/RES/2256(2020)", "ga/75session"),
        // Spanish S/RES/2598 (2021), operative paragraph 2: resolution "2312 (2106)"; 2312 (2016) in the others.
        ("S_RES_2598 (2021)_", "Spanish", "compare.citations", "2312 (2106)", "S/RES/2312(2106)", "sc/2021"),
        // Russian 75/270, first preambular paragraph: "7 апреля 2019 года"; 7 April 2009 in the others.
        ("75_270_", "Russian", "compare.dates", "2019", "7\u{A0}апреля 2019", "ga/75session"),
        // Arabic 75/257 B, second preambular paragraph: "57/288"; the five others cite 57/228.
        ("A_RES_75_257 B-2109408", "Arabic", "compare.citations", "57/288", "57/288", "ga/75session"),
    ]

    /// The Arabic and Chinese versions of 75/300 (financing of MONUSCO) lack the paragraph "Recalling
    /// Security Council resolution 1925 (2010) …" that the four others have (the Arabic goes on with
    /// "وإذ تشير أيضا", "Recalling also").
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func twoVersionsOf75_300LackAParagraph() throws {
        let letters = ["A", "C", "E", "F", "R", "S"]
        let paths = zip(Self.languageFolders, letters).map { Self.akn.appendingPathComponent("\($0)/A_RES_75_300-2109014\($1).xml").path }
        let texts = try paths.map { try FileCollector.read($0) }
        #expect(texts.map { $0.contains("1925") } == [false, false, true, true, true, true])
        let reports = VersionComparer(linter: Fixtures.linter).compare(try paths.map { try ComparedVersion.read(path: $0, languages: Fixtures.linter.languages) })
        let lacking = reports.filter { $0.diagnostics.contains { $0.rule == "compare.preamble" && $0.message.contains("Recalling Security Council") } }
        #expect(lacking.map(\.language) == ["ar", "zh"])
    }

    /// Versions whose markup alone differs agree: the Chinese 75/234 split into three preamble and
    /// three body elements (its fourth operative paragraph tagged as a preambular one), and the Russian
    /// 75/325 nesting item (ii) under (i). So do versions that a reading of one language alone made
    /// differ: the Arabic 27th item "(أ أ)" (75/192), a Spanish figure typed after a footnote's reference
    /// ("2008[^21]5", 75/328), an Arabic footnote marker typed as text (75/112), the French "de 15 à
    /// 18 heures" (75/260).
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: ["75_234_", "75_325_", "75_192_", "75_328_", "75_112_", "75_260_"])
    func versionsWhoseMarkupAloneDiffersAgree(_ stem: String) throws {
        let letters = ["A", "C", "E", "F", "R", "S"]
        let versions = try zip(Self.languageFolders, letters).map { folder, letter in
            try ComparedVersion.read(path: Self.akn.appendingPathComponent("\(folder)/\(stem)\(letter).xml").path, languages: Fixtures.linter.languages)
        }
        let found = VersionComparer(linter: Fixtures.linter).compare(versions).flatMap(\.diagnostics)
        #expect(found.isEmpty, "\(found.map { "\($0.path): \($0.message)" })")
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: realSlips.indices)
    func aSlipInTheUNsOwnVersionsIsFound(_ k: Int) throws {
        let slip = Self.realSlips[k]
        let letters = ["Arabic": "A", "Chinese": "C", "English": "E", "French": "F", "Russian": "R", "Spanish": "S"]
        let folder = Fixtures.corpus.appendingPathComponent("akn/\(slip.folder)")
        let paths = Self.languageFolders.map { folder.appendingPathComponent("\($0)/\(slip.stem)\(letters[$0]!).xml").path }
        // The proof, as the UN's file has it.
        let odd = try #require(paths.first { $0.contains("/\(slip.odd)/") })
        #expect(try FileCollector.read(odd).contains(slip.proof))
        let versions = try paths.map { try ComparedVersion.read(path: $0, languages: Fixtures.linter.languages) }
        let reports = VersionComparer(linter: Fixtures.linter).compare(versions)
        let found = reports.first { $0.path == odd }?.diagnostics ?? []
        #expect(found.contains { $0.rule == slip.rule && $0.message.replacingOccurrences(of: "\u{A0}", with: " ").contains(slip.quote) },
                "\(found.map { "\($0.rule): \($0.message)" })")
    }

    // MARK: - The classified findings over the whole corpus

    /// Tests/ResolintTests/CompareFindings/findings.tsv: every disagreement `compare --sets` reports
    /// over ../shared/corpus/akn, classified real or wrong (Scripts/compare-findings.sh checks a run
    /// against it). Each real one quotes what the odd version says: the UN's file must say it.
    static let findings: [[String]] = {
        let path = Fixtures.packageRoot.appendingPathComponent("Tests/ResolintTests/CompareFindings/findings.tsv").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }()

    /// Every row is classified, and every wrong one says why (what was misread).
    @Test func theClassifiedFindingsAreWellFormed() throws {
        #expect(Self.findings.count > 50)
        for row in Self.findings {
            #expect(row.count == 7 && ["real", "wrong"].contains(row[3]), "\(row)")
            if row.count == 7, row[3] == "wrong" { #expect(!row[5].isEmpty, "no cause given: \(row)") }
        }
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func everyRealFindingQuotesTheUNsFile() throws {
        let folders = ["ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"]
        let letters = ["ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"]
        var checked = 0
        for row in Self.findings where row[3] == "real" && !row[4].isEmpty {
            let set = row[0]
            let directory = set.split(separator: "/").dropLast().joined(separator: "/")
            let name = String(set.split(separator: "/").last ?? "")
            let path = Fixtures.corpus.appendingPathComponent("akn/\(directory)/\(folders[row[1]]!)/\(name)\(letters[row[1]]!).xml").path
            // The file's text without its tags, with no-break spaces as spaces.
            let xml = try FileCollector.read(path).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "&#160;", with: " ")
            #expect(xml.contains(row[4]), "\(path) does not say “\(row[4])”")
            checked += 1
        }
        #expect(checked > 50)
    }

    // MARK: - Injected defects

    /// How many sets the defects are typed into: `RESOLINT_COMPARE_SETS` (Scripts/compare-injected.sh
    /// asks for 100), else 20, so that the suite stays quick on two cores.
    static let setCount = Int(ProcessInfo.processInfo.environment["RESOLINT_COMPARE_SETS"] ?? "") ?? 20

    /// Sets of six versions, one per language, whose versions agree, drawn across the General Assembly's
    /// and the Security Council's resolutions (a fixed shuffle, so that a sample is spread over both).
    static let cleanSets: [[ComparedVersion]] = {
        guard Fixtures.hasCorpus else { return [] }
        let root = Fixtures.corpus.appendingPathComponent("akn")
        let files = ((try? FileCollector.collect([root.path]) { $0.hasSuffix(".xml") }) ?? [])
        let candidates = VersionSets.group(files).sets.filter { $0.count == 6 }
        let order = candidates.indices.sorted { ($0 * 7919) % candidates.count < ($1 * 7919) % candidates.count }
        var out: [[ComparedVersion]] = []
        // At least three of them name a document symbol in their paragraphs (few do).
        var withSymbols = 0
        func hasSymbol(_ v: ComparedVersion) -> Bool {
            VersionSkeleton(v).parts.contains { ($0.preamble + $0.operative).contains { $0.figures.contains { $0.kind == .symbol } } }
        }
        let comparer = VersionComparer(linter: Fixtures.linter)
        for k in order where out.count < setCount || (withSymbols < 3 && out.count < 3 * setCount) {
            let versions = candidates[k].compactMap { path -> ComparedVersion? in
                guard let v = try? ComparedVersion.read(path: path, languages: Fixtures.linter.languages) else { return nil }
                // As text: the defects are typed into it.
                return try? ComparedVersion.text(v.document.source.string(0..<v.document.source.bytes.count), path: path + ".txt",
                                                 languages: Fixtures.linter.languages, language: v.language)
            }
            guard versions.count == 6, Set(versions.map(\.language)).count == 6 else { continue }
            let symbol = versions.first { $0.language == "en" }.map(hasSymbol) ?? false
            guard out.count < setCount || symbol, comparer.compare(versions).allSatisfy({ $0.diagnostics.isEmpty }) else { continue }
            if symbol { withSymbols += 1 }
            out.append(versions)
        }
        return out
    }()

    /// A defect typed into version `v` of a set (whose skeletons are given): the new text, and the rule
    /// that must report it in that version on the lines where it was made; nil where the version has
    /// nothing of the kind to change.
    typealias Injection = (text: String, rule: String, lines: ClosedRange<Int>)
    typealias Defect = (name: String, make: @Sendable (_ v: Int, _ set: [ComparedVersion], _ skeletons: [VersionSkeleton]) -> Injection?)

    static let defects: [Defect] = [
        ("a preambular paragraph deleted", { k, set, _ in
            let v = set[k]
            guard let p = v.document.drafts.first?.preamble, p.count > 2 else { return nil }
            return (edit(v, p[1].range.lowerBound..<p[2].range.lowerBound, ""), "compare.preamble", line(v, p[1].range.lowerBound)...line(v, p[1].range.lowerBound))
        }),
        ("two operative paragraphs merged", { k, set, _ in
            let v = set[k]
            guard let o = v.document.drafts.first?.operative, o.count > 3, o[1].children.isEmpty, let label = o[2].label else { return nil }
            // Paragraph 2 goes on with paragraph 3's text; the numbers after it close up.
            var text = v.document.source.string(0..<v.document.source.bytes.count)
            for p in o.dropFirst(3).reversed() {
                if let l = p.label { text = replace(text, l.range, l.raw.replacingOccurrences(of: "\(l.value)", with: "\(l.value - 1)")) }
            }
            text = replace(text, o[1].range.upperBound..<label.range.upperBound, " ")
            // Reported at the merged paragraph or where the lost one would stand, the next.
            let merged = line(v, o[1].range.lowerBound)
            return (text, "compare.operative", merged...(merged + line(v, o[3].range.lowerBound) - line(v, o[2].range.lowerBound)))
        }),
        ("a date changed", { k, set, s in token(k, set, s, where: { $0.date != nil && $0.value.count == 4 }, "compare.dates") }),
        ("a citation changed", { k, set, s in token(k, set, s, where: { $0.kind == .citation && $0.value.contains("/") }, "compare.citations") }),
        ("a figure changed", { k, set, s in token(k, set, s, where: { $0.kind == .number && $0.date == nil && $0.value.count >= 3 && !$0.value.contains(".") }, "compare.figures") }),
        ("a symbol changed", { k, set, s in token(k, set, s, where: { $0.kind == .symbol && $0.value.last?.isNumber == true }, "compare.symbols") }),
        ("an operative paragraph renumbered", { k, set, _ in
            let v = set[k]
            guard let o = v.document.drafts.first?.operative, o.count > 2, let l = o[1].label, l.style == .arabic else { return nil }
            let raw = l.raw.replacingOccurrences(of: "\(l.value)", with: "\(l.value + 5)")
            return (edit(v, l.range, raw), "compare.numbering", line(v, l.range.lowerBound)...line(v, l.range.lowerBound))
        }),
        ("a footnote dropped", { k, set, _ in
            let v = set[k]
            for p in v.document.allParagraphs where p.role == .preamble || p.role == .operative {
                if let f = p.footnoteReferences.first(where: { v.document.source.bytes[$0.range.lowerBound] == UInt8(ascii: "[") }) {
                    let at = line(v, p.range.lowerBound)...line(v, f.range.lowerBound)
                    return (edit(v, f.range, ""), "compare.footnotes", at)
                }
            }
            return nil
        }),
        ("an item relettered", { k, set, _ in
            let v = set[k]
            for p in v.document.drafts.first?.operative ?? [] where p.children.count > 2 {
                guard let l = p.children[1].label, l.style == .latin else { continue }
                // In the language's letters (أ ب ج in Arabic), Latin ones otherwise.
                let letters = v.document.language.labelSyntax.letters
                func letter(_ n: Int) -> String { letters.map { $0.indices.contains(n - 1) ? $0[n - 1] : "" } ?? LabelReader.latinLabel(n) }
                let raw = l.raw.replacingOccurrences(of: letter(l.value), with: letter(l.value + 2))
                guard raw != l.raw else { continue }
                return (edit(v, l.range, raw), "compare.items", line(v, l.range.lowerBound)...line(v, l.range.lowerBound))
            }
            return nil
        }),
    ]

    static func edit(_ v: ComparedVersion, _ r: ByteRange, _ with: String) -> String { replace(v.document.source.string(0..<v.document.source.bytes.count), r, with) }
    static func replace(_ text: String, _ r: ByteRange, _ with: String) -> String {
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(r, with: Array(with.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }
    static func line(_ v: ComparedVersion, _ offset: Int) -> Int { v.document.source.position(of: offset).line }

    /// The first figure of a paragraph that passes `test` and that every version's paragraph at the
    /// same place has too (a figure the others write in words is not compared), its last digit changed.
    static func token(_ k: Int, _ set: [ComparedVersion], _ skeletons: [VersionSkeleton], where test: (Figures.Token) -> Bool, _ rule: String) -> Injection? {
        let v = set[k]
        let units = skeletons.map { $0.parts.first.map { $0.preamble + $0.operative } ?? [] }
        for (i, unit) in units[k].enumerated() {
            for t in unit.figures where test(t) && units.allSatisfy({ $0.indices.contains(i) && $0[i].figures.contains { $0.value == t.value } }) {
                let digits = v.document.source.string(t.range)
                guard let last = digits.last, let d = last.wholeNumberValue, digits.last?.isASCII == true else { continue }
                let changed = String(digits.dropLast()) + String((d + 1) % 10)
                return (edit(v, t.range, changed), rule, line(v, t.range.lowerBound)...line(v, t.range.lowerBound))
            }
        }
        return nil
    }

    /// Every defect typed into every version of each clean set is reported by its rule, in that version,
    /// where it was made. Prints what was tried and caught, by defect and language.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func everyInjectedDefectIsCaughtInEveryLanguage() throws {
        let started = Date()
        let sets = Self.cleanSets
        #expect(sets.count >= Self.setCount, "too few sets whose versions agree: \(sets.count) of \(Self.setCount)")
        var tried: [String: Int] = [:]
        var caught: [String: Int] = [:]
        var missed: [String] = []
        let comparer = VersionComparer(linter: Fixtures.linter)
        for versions in sets {
            let skeletons = versions.map { VersionSkeleton($0) }
            for v in versions.indices {
                for defect in Self.defects {
                    guard let (text, rule, lines) = defect.make(v, versions, skeletons) else { continue }
                    var changed = versions
                    changed[v] = try ComparedVersion.text(text, path: versions[v].path, languages: Fixtures.linter.languages, language: versions[v].language)
                    // The five versions left alone keep their skeletons; the changed one is read again.
                    var known: [VersionSkeleton?] = skeletons
                    known[v] = nil
                    let found = comparer.compare(changed, known: known)[v].diagnostics
                    let key = "\(defect.name)\t\(versions[v].language)"
                    tried[key, default: 0] += 1
                    // Structure is reported where the alignment places the gap, which may be a paragraph
                    // or two away when neighbours look alike; everything else on its own line.
                    let structural = rule == "compare.preamble" || rule == "compare.operative"
                    if found.contains(where: { $0.rule == rule && (structural || lines.contains($0.start.line)) }) {
                        caught[key, default: 0] += 1
                    } else {
                        missed.append("\(versions[v].path): \(defect.name) at lines \(lines): got \(found.map { "\($0.rule) at \($0.start.line): \($0.message)" })")
                    }
                }
            }
        }
        // The figures, by defect and language (Scripts/compare-injected.sh prints them).
        let languages = ["ar", "en", "es", "fr", "ru", "zh"]
        var table = "injected defects caught in \(sets.count) sets (caught/tried), \(Int(Date().timeIntervalSince(started))) s:\n"
        table += "| defect | " + languages.joined(separator: " | ") + " |\n"
        for defect in Self.defects {
            table += "| \(defect.name) | " + languages.map { "\(caught["\(defect.name)\t\($0)", default: 0])/\(tried["\(defect.name)\t\($0)", default: 0])" }.joined(separator: " | ") + " |\n"
        }
        print(table)
        // Each defect in each language, on real texts.
        for defect in Self.defects {
            for language in languages {
                #expect(tried["\(defect.name)\t\(language)", default: 0] > 0, "no version in \(language) to try \(defect.name) on")
            }
        }
        #expect(missed.isEmpty, "\(missed.count) of \(tried.values.reduce(0, +)) not caught:\n\(missed.prefix(40).joined(separator: "\n"))")
    }
}

/// The `compare` command as a user runs it: exit status, the located message, --sets, bad usage.
struct CompareCommandLineTests {
    static let english = "Recalling its resolution 73/27 of 5 December 2018,\n\n1. Decides to remain seized of the matter.\n"
    static let french = "Rappelant sa résolution 73/27 du 5 décembre 2018,\n\n1. Décide de rester saisie de la question.\n"
    static let spanish = "Recordando su resolución 73/27, de 5 de diciembre de 2018,\n\n1. Decide seguir ocupándose de la cuestión.\n"

    func folder(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for (name, text) in files {
            let frame = Fixtures.linter.languages.profile(String(name.split(separator: ".")[1]))!.exampleFrame
            try (frame + text).write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return dir
    }

    @Test func versionsThatAgreeExitZeroAndADateThatDiffersExitsOne() throws {
        let dir = try folder(["draft.en.txt": Self.english, "draft.fr.txt": Self.french,
                              "draft.es.txt": Self.spanish.replacingOccurrences(of: "5 de diciembre", with: "15 de diciembre")])
        let agree = try CLI.run(["compare", dir.appendingPathComponent("draft.en.txt").path, dir.appendingPathComponent("draft.fr.txt").path])
        #expect(agree.status == 0, "\(agree.stdout)\(agree.stderr)")
        let run = try CLI.run(["compare", "--sets", dir.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("draft.es.txt:11:36: error[compare.dates] preambular paragraph 1 has 15 de diciembre de 2018 in es where en, fr have 5 December 2018"), "\(run.stdout)")
        #expect(run.stdout.contains("1 set of versions compared"))
        let json = try CLI.run(["compare", "--sets", dir.path, "--format", "json", "--select", "compare.citations"])
        #expect(json.status == 0 && !json.stdout.contains("compare.dates"), "\(json.stdout)")
    }

    @Test func oneVersionIsBadUsage() throws {
        let run = try CLI.run(["compare", "draft.en.txt"])
        #expect(run.status == 2 && run.stderr.contains("two versions or more"), "\(run.stderr)")
        let missing = try CLI.run(["compare", "/nonexistent/a.en.txt", "/nonexistent/a.fr.txt"])
        #expect(missing.status == 2 && missing.stdout.contains("io.unreadable"), "\(missing.stdout)")
    }
}
