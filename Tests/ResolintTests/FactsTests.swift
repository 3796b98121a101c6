import Foundation
import Testing
@testable import Resolint

/// Facts from flags and from a YAML file: each bad one is refused with a message naming its flag.
@Suite struct FactsTests {
    /// The built-in languages, and one that can be linted but not generated (no `skeleton:` data): all
    /// six official languages have skeletons now, so this one is made for the test.
    static let languages: LanguageCatalog = {
        let builtIn = try! LanguageCatalog.builtIn()
        var lintOnly = builtIn.profile("en")!
        lintOnly.code = "xy"
        lintOnly.skeleton = nil
        return LanguageCatalog(profiles: builtIn.all + [lintOnly])
    }()

    static let good = FactsInput(kind: "resolution", lang: "zh", session: "79", committee: "1", agendaItem: "96",
                                 agendaTitle: "从国际安全角度看信息和电信领域的发展", sponsors: ["法国", "日本"], title: "国家负责任行为")

    @Test func goodFactsPass() throws {
        let facts = try Self.good.validated(languages: Self.languages)
        #expect(facts == DraftFacts(kind: .resolution, language: "zh", session: 79, committee: .main(1), agendaItem: "96",
                                    agendaTitle: "从国际安全角度看信息和电信领域的发展", sponsors: ["法国", "日本"], title: "国家负责任行为"))
        var plenary = Self.good
        plenary.committee = "Plenary"
        plenary.kind = nil
        plenary.session = " 199 "
        let checked = try plenary.validated(languages: Self.languages)
        #expect(checked.committee == .plenary)
        #expect(checked.kind == .resolution, "resolution unless told")
        #expect(checked.session == 199)
    }

    struct BadCase: CustomTestStringConvertible, Sendable {
        let name: String
        let field: FactField
        let change: @Sendable (inout FactsInput) -> Void
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "session 0", field: .session) { $0.session = "0" },
        BadCase(name: "session not a number", field: .session) { $0.session = "seventy-nine" },
        BadCase(name: "session negative", field: .session) { $0.session = "-1" },
        BadCase(name: "session 200 (its next would be 201)", field: .session) { $0.session = "200" },
        BadCase(name: "session missing", field: .session) { $0.session = nil },
        BadCase(name: "committee 7", field: .committee) { $0.committee = "7" },
        BadCase(name: "committee 0", field: .committee) { $0.committee = "0" },
        BadCase(name: "committee missing", field: .committee) { $0.committee = nil },
        BadCase(name: "empty title", field: .title) { $0.title = "" },
        BadCase(name: "blank title", field: .title) { $0.title = "   " },
        BadCase(name: "title on two lines", field: .title) { $0.title = "a\nb" },
        BadCase(name: "empty agenda title", field: .agendaTitle) { $0.agendaTitle = "" },
        BadCase(name: "agenda title missing", field: .agendaTitle) { $0.agendaTitle = nil },
        BadCase(name: "agenda item not a number", field: .agendaItem) { $0.agendaItem = "ninety-six" },
        BadCase(name: "sponsor twice", field: .sponsors) { $0.sponsors = ["法国", "日本", "法国"] },
        BadCase(name: "no sponsor", field: .sponsors) { $0.sponsors = [] },
        BadCase(name: "empty sponsor", field: .sponsors) { $0.sponsors = ["法国", " "] },
        BadCase(name: "sponsor holding a separator", field: .sponsors) { $0.sponsors = ["法国、日本"] },
        BadCase(name: "unknown language", field: .lang) { $0.lang = "xx" },
        BadCase(name: "language without skeleton data", field: .lang) { $0.lang = "xy" },
        BadCase(name: "language missing", field: .lang) { $0.lang = nil },
        BadCase(name: "unknown kind", field: .kind) { $0.kind = "report" },
    ]

    @Test("bad facts are refused naming the flag", arguments: badCases)
    func badFacts(_ bad: BadCase) {
        var input = Self.good
        bad.change(&input)
        do {
            _ = try input.validated(languages: Self.languages)
            Issue.record("accepted")
        } catch {
            #expect(error.field == bad.field)
            #expect("\(error)".hasPrefix(bad.field.flag + ": "))
            #expect(!"\(error)".contains("\n"))
        }
    }

    /// Nothing given: every missing fact in one message, one line each, in the order of the flags.
    @Test func allProblemsAtOnce() {
        var input = FactsInput()
        input.session = "0"
        do {
            _ = try input.validated(languages: Self.languages)
            Issue.record("accepted")
        } catch {
            let flags = "\(error)".split(separator: "\n").map { String($0.prefix { $0 != ":" }) }
            #expect(flags == ["--lang", "--session", "--committee", "--agenda-item", "--agenda-title", "--sponsor", "--title"], "\(error)")
        }
    }

    @Test func messagesReadWell() {
        var input = Self.good
        input.session = "200"
        #expect(throws: FactsError(.session, "'200' is not a session from 1 to 199 (the closing clause names the next session, and ordinals go up to 200)")) {
            try input.validated(languages: Self.languages)
        }
        input = Self.good
        input.sponsors = ["法国", "法国"]
        #expect(throws: FactsError(.sponsors, "'法国' is given twice")) { try input.validated(languages: Self.languages) }
    }

    @Test func yamlFileWithFlagsOverriding() throws {
        let yaml = """
            kind: decision
            lang: en
            session: 79
            committee: plenary
            agenda-item: 96 (a)
            agenda-title: Developments in the field of information and telecommunications in the context of international security
            sponsors: [France, Japan]
            title: Responsible State behaviour
            """
        let file = try FactsInput.load(yaml: yaml, path: "facts.yaml")
        #expect(file.session == "79")
        #expect(file.agendaItem == "96 (a)")
        let merged = file.overridden(by: FactsInput(session: "80", sponsors: ["Germany"]))
        let facts = try merged.validated(languages: Self.languages)
        #expect(facts.kind == .decision)
        #expect(facts.session == 80)
        #expect(facts.committee == .plenary)
        #expect(facts.sponsors == ["Germany"], "--sponsor replaces the file's list")
        #expect(file.overridden(by: FactsInput()) == file)
    }

    @Test func errorFromTheFileSaysSo() throws {
        let file = try FactsInput.load(yaml: "lang: en\nsession: 0\n", path: "facts.yaml")
        #expect {
            try file.validated(languages: Self.languages)
        } throws: { error in
            "\(error)".hasPrefix("--session (session in facts.yaml): '0' is not a session")
        }
        // The same value given by flag is the flag's.
        #expect {
            try file.overridden(by: FactsInput(session: "0")).validated(languages: Self.languages)
        } throws: { error in
            "\(error)".hasPrefix("--session: '0'")
        }
    }

    @Test("facts files are read strictly", arguments: [
        ("lang: en\nsponsor: [France]\n", "facts.yaml:2:1: facts: unknown key 'sponsor'"),
        ("sponsors: France\n", "facts.yaml:1:"),
        ("lang: [en]\n", "facts.yaml:1:"),
        ("", "facts.yaml:1:1: facts: the file is empty"),
        ("lang: en\n  bad: indent\n", "facts.yaml:"),
    ])
    func strictYAML(_ yaml: String, _ prefix: String) {
        #expect {
            try FactsInput.load(yaml: yaml, path: "facts.yaml")
        } throws: { error in
            error is ConfigurationError && "\(error)".hasPrefix(prefix)
        }
    }
}
