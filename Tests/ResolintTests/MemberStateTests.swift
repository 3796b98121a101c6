import Foundation
import Testing
@testable import Resolint

/// Rules/data/member-states.yaml: generated, complete, without duplicates, and covering the names
/// real documents write.
struct MemberStateTests {
    static let list = try! StateList.builtIn("member-states")
    static let languages = ["ar", "en", "es", "fr", "ru", "zh"]

    @Test func it193MembersAndTwoObserversInSixLanguages() {
        #expect(Self.list.states.filter { $0.observer != true }.count == 193)
        #expect(Self.list.states.filter { $0.observer == true }.map(\.code).sorted() == ["PSE", "VAT"])
        #expect(Set(Self.list.states.map(\.code)).count == Self.list.states.count)
        for state in Self.list.states {
            #expect(Set(state.names.keys) == Set(Self.languages), "\(state.code)")
            for (lang, name) in state.names { #expect(!name.isEmpty && !name.contains("(the)") && !name.contains("*"), "\(state.code) \(lang)") }
        }
        #expect(Self.list.source.contains("caa72d1e0e5af8876c170bb36a9e4d64a01bba88"))
    }

    @Test(arguments: languages)
    func noNameIsTwoStates(_ language: String) {
        var owner: [String: String] = [:]
        for state in Self.list.states {
            let forms = [state.names[language]] + (state.aliases?[language] ?? []) + (state.former ?? []).map { $0.names[language] }
            for form in forms.compactMap({ $0 }) {
                let key = StateNames.key(form)
                #expect(owner[key] == nil || owner[key] == state.code, "\(language): “\(form)” is \(owner[key] ?? "") and \(state.code)")
                owner[key] = state.code
            }
        }
        #expect(StateNames.builtIn("member-states", language: language)?.count == 195)
    }

    @Test func documentNamesAndPatches() throws {
        let zh = try #require(StateNames.builtIn("member-states", language: "zh"))
        let en = try #require(StateNames.builtIn("member-states", language: "en"))
        for name in ["大不列颠及北爱尔兰联合王国", "多民族玻利维亚国", "刚果", "多米尼加共和国", "科特迪瓦", "土耳其", "斯威士兰", "罗马教廷", "巴勒斯坦国", "荷兰王国"] {
            #expect(zh.lookup(name)?.form == .current, "\(name)")
        }
        #expect(zh.lookup("刚果（布）")?.form == .alias && zh.lookup("刚果(布)")?.form == .alias)
        #expect(zh.lookup("荷兰")?.form == .former(until: YearMonth(year: 2024, month: 4), now: "荷兰王国"))
        for name in ["Bolivia (Plurinational State of)", "Türkiye", "Viet Nam", "Côte d'Ivoire", "Côte d’Ivoire", "Bahamas", "Holy See", "State of Palestine"] {
            #expect(en.lookup(name) != nil, "\(name)")
        }
        #expect(en.lookup("Turkey")?.form == .former(until: YearMonth(year: 2022, month: 6), now: "Türkiye"))
        #expect(en.lookup("Ivory Coast") == nil && en.lookup("Cook Islands") == nil && en.lookup("Niue") == nil)
        #expect(en.nearest("Nicar~gua")?.name == "Nicaragua")
        #expect(en.splitInTwo("New Zealand Nicaragua").map { [$0.0, $0.1] } == ["New Zealand", "Nicaragua"])
        #expect(zh.splitInTwo("新西兰尼加拉瓜").map { [$0.0, $0.1] } == ["新西兰", "尼加拉瓜"])
    }

    /// The fuzzer's find (Fuzz/run.sh lint, 2026-11-22): a zh header whose "sponsor" ran on for 20,000
    /// characters took 28 s, the hint trying every cut of it as two names (each cut copied and keyed)
    /// and measuring it against every name. Neither can succeed beyond the length of the longest name.
    @Test func aLongTextIsNeitherTwoNamesNorNearOne() throws {
        let en = try #require(StateNames.builtIn("member-states", language: "en"))
        let zh = try #require(StateNames.builtIn("member-states", language: "zh"))
        #expect(en.longestKeyLength >= "united kingdom of great britain and northern ireland".count)
        #expect(zh.longestKeyLength >= "大不列颠及北爱尔兰联合王国".count)
        // At the bound, still two names: the longest pair.
        #expect(en.splitInTwo("United Kingdom of Great Britain and Northern Ireland Bolivia (Plurinational State of)") != nil)
        #expect(en.splitInTwo(String(repeating: "Morocco Namibia ", count: 1_500)) == nil)
        #expect(zh.splitInTwo(String(repeating: "摩洛哥纳米比亚", count: 3_000)) == nil)
        let report = try Fixtures.lint("""
            第七十七届会议
            议程项目 94
            \(String(repeating: "摩洛哥纳米比亚", count: 3_000))：决议草案
            大会，
            1. 决定将题为“从国际安全角度看信息和电信领域的发展”的项目列入大会第七十八届会议临时议程。
            """, path: "long.txt", lang: "zh")
        #expect(report.diagnostics.allSatisfy { $0.message.count < 25_000 })
    }

    /// Every sponsor and voter in the committed examples is a name of the list.
    @Test func everyNameOfTheExamplesIsKnown() throws {
        let zh = try #require(StateNames.builtIn("member-states", language: "zh"))
        var names = Set<String>()
        for file in [Fixtures.zhDraft, Fixtures.zhReport] {
            let document = VoteAndCitationTests.parse(try Fixtures.example(file))
            names.formUnion(document.header.sponsors?.names.map(\.name) ?? [])
            for vote in document.votes { for (_, t) in vote.tallies { names.formUnion(t.states.map(\.name)) } }
        }
        #expect(names.count >= 178)  // research.md §3.8: 178 distinct names in the votes alone
        #expect(names.filter { !zh.isKnown($0) }.sorted() == [])
    }

    /// Every sponsor of the English corpus is a name of the list, but the two run together in S/2023/970
    /// (a real slip: "New Zealand Nicaragua" lost its comma) and the noisy OCR layer.
    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: Fixtures.corpusFiles("en"))
    func everySponsorOfTheEnglishCorpusIsKnown(_ file: String) throws {
        let en = try #require(StateNames.builtIn("member-states", language: "en"))
        let document = VoteAndCitationTests.parse(try Fixtures.corpusFile(file), VoteAndCitationTests.en)
        let unknown = (document.header.sponsors?.names.map(\.name) ?? []).filter { !$0.isEmpty && !en.isKnown($0) }
        switch file {
        case "en/S_2023_970_SC_draft.txt": #expect(unknown == ["New Zealand Nicaragua"])
        case "en/A_L.632_1971_draft_OCR.txt": #expect(unknown.contains("Nicar~gua"))
        default: #expect(unknown == [], "\(file)")
        }
    }

    /// The committed YAML is what the generator makes from ../shared/data.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.sharedData.appendingPathComponent("country-codes.csv").path),
                   "../shared/data is absent: the generator cannot be rerun"))
    func theDataFileIsTheGeneratorsOutput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.packageRoot.appendingPathComponent("Scripts/generate-member-states.py").path,
                             Fixtures.sharedData.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        do { try process.run() } catch { return }  // no python3 here: nothing to compare
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return }  // env found no python3: nothing to compare
        guard process.terminationStatus == 0 else { Issue.record("the generator failed"); return }
        let committed = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Rules/data/member-states.yaml"), encoding: .utf8)
        #expect(String(decoding: data, as: UTF8.self) == committed)
    }
}

extension Fixtures {
    /// ../shared/data: the reference data the member-state list is generated from.
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
}
