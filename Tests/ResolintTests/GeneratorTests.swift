import Foundation
import Testing
@testable import Resolint

/// `resolint new`: what it writes lints without error and parses back to the facts that went in.
@Suite struct GeneratorTests {
    static let linter = try! Linter.standard()
    static let renderer = SkeletonRenderer(languages: linter.languages)

    static func facts(_ language: String, _ kind: Draft.Kind, session: Int = 79,
                      committee: DraftFacts.Committee = .main(1)) -> DraftFacts {
        language == "zh"
            ? DraftFacts(kind: kind, language: "zh", session: session, committee: committee, agendaItem: "96",
                         agendaTitle: "从国际安全角度看信息和电信领域的发展", sponsors: ["法国", "德国", "日本"],
                         title: "国家负责任行为")
            : DraftFacts(kind: kind, language: "en", session: session, committee: committee, agendaItem: "96",
                         agendaTitle: "Developments in the field of information and telecommunications in the context of international security",
                         sponsors: ["France", "Germany", "Japan"], title: "Responsible State behaviour")
    }

    static let cases: [DraftFacts] = ["zh", "en"].flatMap { language in
        SkeletonCases.variations { facts(language, $0, session: $1, committee: $2) }
    }

    @Test("lints with no error; placeholders are warnings", arguments: cases)
    func lintsClean(_ facts: DraftFacts) throws {
        let text = try Self.renderer.render(facts)
        let report = try Self.linter.lint(text: text, path: "new.txt", language: facts.language)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.rule) \($0.message)" })\n\(text)")
        let placeholders = report.diagnostics.filter { $0.rule == "text.placeholder" }
        #expect(!placeholders.isEmpty)
        #expect(placeholders.allSatisfy { $0.severity == .warning })
        let others = report.diagnostics.filter { $0.rule != "text.placeholder" }
        #expect(others.isEmpty, "\(others.map { "\($0.rule) \($0.message)" })")
    }

    @Test("parses back to the facts that went in", arguments: cases)
    func parsesBack(_ facts: DraftFacts) throws {
        try SkeletonCases.expectParsesBack(facts, renderer: Self.renderer, linter: Self.linter)
    }

    @Test func chineseResolutionReadsAsInTheSpec() throws {
        // spec/structure.md, "Authored text", with placeholders for the drafter's paragraphs.
        let text = try Self.renderer.render(Self.facts("zh", .resolution))
        #expect(text == """
            第七十九届会议
            第一委员会
            议程项目 96
            从国际安全角度看信息和电信领域的发展

            法国、德国和日本：决议草案

            国家负责任行为

            大会，

            回顾【……】，

            注意到【……】，

            1. 请【……】；

            2. 决定将题为“从国际安全角度看信息和电信领域的发展”的项目列入大会第八十届会议临时议程。

            """)
    }

    @Test func englishPlenaryDecision() throws {
        var facts = Self.facts("en", .decision, committee: .plenary)
        facts.agendaTitle = "Cooperation between the United Nations and the Inter-Parliamentary Union"
        facts.sponsors = ["Morocco"]
        facts.title = "Cooperation with the Inter-Parliamentary Union"
        #expect(try Self.renderer.render(facts) == """
            Seventy-ninth session
            Agenda item 96
            Cooperation between the United Nations and the Inter-Parliamentary Union

            Morocco: draft decision

            Cooperation with the Inter-Parliamentary Union

            The General Assembly, recalling [...], noting [...]:

            (a) Decides [...];

            (b) Also decides to include in the provisional agenda of its eightieth session the item entitled “Cooperation between the United Nations and the Inter-Parliamentary Union”.

            """)
    }

    @Test("session line capitalised, closing clause in lower case", arguments: [
        ("en", 79, "Seventy-ninth session", "eightieth session"),
        ("en", 100, "One hundredth session", "one hundred and first session"),
        ("en", 199, "One hundred and ninety-ninth session", "two hundredth session"),
        ("zh", 79, "第七十九届会议", "第八十届会议"),
        ("zh", 109, "第一百零九届会议", "第一百一十届会议"),
    ])
    func ordinalsInPlace(_ language: String, _ session: Int, _ header: String, _ closing: String) throws {
        let text = try Self.renderer.render(Self.facts(language, .resolution, session: session))
        #expect(text.hasPrefix(header + "\n"))
        #expect(text.contains(closing))
    }

    @Test("sponsors joined by the language's separators", arguments: [
        ("zh", ["法国"], "法国：决议草案"),
        ("zh", ["法国", "日本"], "法国和日本：决议草案"),
        ("zh", ["澳大利亚", "法国", "日本", "大不列颠及北爱尔兰联合王国"], "澳大利亚、法国、日本和大不列颠及北爱尔兰联合王国：决议草案"),
        ("en", ["France"], "France: draft resolution"),
        ("en", ["France", "Japan"], "France and Japan: draft resolution"),
        ("en", ["Australia", "France", "Japan"], "Australia, France and Japan: draft resolution"),
    ])
    func sponsorLine(_ language: String, _ sponsors: [String], _ line: String) throws {
        var facts = Self.facts(language, .resolution)
        facts.sponsors = sponsors
        let text = try Self.renderer.render(facts)
        #expect(text.split(separator: "\n").contains { $0 == line })
    }

    @Test func committeeLines() throws {
        for (n, zh, en) in [(1, "第一委员会", "First Committee"), (6, "第六委员会", "Sixth Committee")] {
            #expect(try Self.renderer.render(Self.facts("zh", .resolution, committee: .main(n))).contains("\n\(zh)\n"))
            #expect(try Self.renderer.render(Self.facts("en", .resolution, committee: .main(n))).contains("\n\(en)\n"))
        }
        let plenary = try Self.renderer.render(Self.facts("en", .resolution, committee: .plenary))
        #expect(plenary.hasPrefix("Seventy-ninth session\nAgenda item 96\n"))
    }

    @Test func skeletonClosingIsOneOfTheLanguageTemplates() throws {
        for code in ["zh", "en"] {
            let language = try #require(Self.linter.languages.profile(code))
            let skeleton = try #require(language.skeleton)
            #expect(skeleton.resolution.closing == language.closing.templates.first, "the canonical clause")
            #expect(language.closing.templates.contains(skeleton.decision.closing))
        }
    }
}
