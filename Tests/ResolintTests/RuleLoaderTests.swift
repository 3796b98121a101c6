import Foundation
import Testing
@testable import Resolint

/// Rule files are user input: every mistake is an error naming file, line and column, never a crash.
struct RuleLoaderTests {
    private func error(_ yaml: String) -> ConfigurationError? {
        do { _ = try RuleLoader.load(yaml, path: "team.yaml"); return nil } catch let e as ConfigurationError { return e } catch {
            Issue.record("unexpected \(error)"); return nil
        }
    }

    let valid = """
        rules:
          - id: team.no-shall
            kind: pattern
            scope: operative
            regex: "\\\\bshall\\\\b"
            severity: warning
            message: "“{match}”: say what the Assembly does"
            description: Operative paragraphs state, they do not command.
        """

    @Test func aUserRuleOfAnExistingKindNeedsNoSwift() throws {
        let rules = try RuleLoader.load(valid, path: "team.yaml")
        #expect(rules.map(\.id) == ["team.no-shall"])
        var catalog = try RuleCatalog.builtIn()
        try catalog.add(rules)
        let linter = Linter(rules: catalog, languages: Fixtures.linter.languages)
        let text = try Fixtures.example(Fixtures.zhDraft)
        #expect(try linter.lint(text: text, path: "x").of("team.no-shall").isEmpty)
        let en = "Seventieth session\nAgenda item 1\nItem\n\nFrance: draft resolution\n\nTitle\n\nThe General Assembly,\n\nNoting the report,\n\n1. Decides that States shall act;\n\n2. Decides to include in the provisional agenda of its seventy-first session the item entitled “Item”.\n"
        let hits = try linter.lint(text: en, path: "x", language: "en").of("team.no-shall")
        #expect(hits.map { "\($0.start.line):\($0.start.column)" } == ["13:24"])
        #expect(hits.first?.message == "“shall”: say what the Assembly does")
    }

    @Test func builtInRulesPassTheChecksAUserFileGets() throws {
        // The binary loads its own rules without these checks (unknown keys, each check's validation):
        // they hold here, for every built-in rule file, or the build is wrong.
        let files = EmbeddedResources.paths.filter { $0.hasPrefix("Rules/") && !$0.hasPrefix("Rules/languages/") && !$0.hasPrefix("Rules/data/") && $0.hasSuffix(".yaml") }
        #expect(files.count > 10)
        var count = 0
        for file in files { count += try RuleLoader.load(StrictYAML.builtIn(file), path: file, checked: true).count }
        #expect(count == (try RuleCatalog.builtIn().rules.count))
    }

    @Test func unknownKeyIsNamedWithItsPlace() {
        let e = error(valid.replacingOccurrences(of: "    severity: warning", with: "    severty: warning\n    severity: warning"))
        #expect(e?.line == 6 && e?.column == 5)
        #expect(e?.message.contains("unknown key 'severty'") == true)
    }

    @Test func unknownKindListsTheKnownOnes() {
        let e = error(valid.replacingOccurrences(of: "kind: pattern", with: "kind: patern"))
        #expect(e?.line == 3)
        #expect(e?.message.contains("unknown kind 'patern'") == true && e?.message.contains("sequence") == true)
    }

    @Test func invalidRegularExpressionIsRefused() {
        let e = error(valid.replacingOccurrences(of: "\\\\bshall\\\\b", with: "(unclosed"))
        #expect(e?.message.contains("invalid regular expression") == true)
    }

    @Test func wrongTypesAndMissingKeys() {
        #expect(error(valid.replacingOccurrences(of: "severity: warning", with: "severity: fatal"))?.line == 6)
        #expect(error(valid.replacingOccurrences(of: "    description: Operative paragraphs state, they do not command.", with: ""))?.message.contains("missing required key 'description'") == true)
        #expect(error("rules: 3")?.message.contains("'rules' list") == true)
        #expect(error("- a\n- b")?.message.contains("mapping") == true)
        #expect(error("rules: [\n")?.message.contains("not valid YAML") == true)
    }

    /// `? [a, b]` then `: 1` — a non-string key — aborts the process under Yams.load; here it is an error.
    @Test func nonStringKeyIsAnErrorNotACrash() {
        let e = error("rules:\n  - ? [a, b]\n    : 1\n")
        #expect(e != nil)
        #expect(error("? [a, b]\n: 1\n") != nil)
    }

    @Test func duplicateIdsInOneFileAreRefused() throws {
        let rules = try RuleLoader.load(valid, path: "a.yaml") + RuleLoader.load(valid, path: "a.yaml")
        var catalog = RuleCatalog(rules: [])
        #expect(throws: ConfigurationError.self) { try catalog.add(rules) }
    }

    @Test func builtInRulesCarryTheContractIds() throws {
        let ids = Set(try RuleCatalog.builtIn().rules.map(\.id))
        let contract = ["structure.opening", "structure.order", "structure.no-operative", "preamble.terminator",
                        "preamble.opening-phrase", "operative.numbering", "operative.terminator", "operative.opening-verb",
                        "subitem.lettering", "subitem.terminator", "subitem.orphan", "footnote.missing-text",
                        "footnote.unreferenced", "footnote.numbering", "footnote.duplicate", "closing.missing",
                        "closing.position", "closing.title-mismatch", "closing.session", "header.session",
                        "header.agenda-item", "header.sponsors", "text.brackets", "text.placeholder", "text.punctuation-width"]
        #expect(Set(contract).subtracting(ids).isEmpty)
    }
}

/// Language profiles are decoded lazily in use; here every one is decoded, strictly.
struct LanguageProfileTests {
    @Test func everyBuiltInProfileDecodes() throws {
        let profiles = try LanguageCatalog.builtIn().validateAll()
        #expect(profiles.map(\.code) == ["ar", "en", "es", "fr", "ru", "zh"])
        #expect(profiles.allSatisfy { !$0.openings.isEmpty && $0.ordinal(79) != nil })
    }

    @Test func anUnknownKeyInALanguageFileIsNamed() {
        let text = EmbeddedResources.files["Rules/languages/en.yaml"]!.replacingOccurrences(of: "line-joiner:", with: "line-joinr:")
        #expect(throws: ConfigurationError.self) { try LanguageCatalog.load(text, path: "en.yaml") }
    }
}

/// Rules built on inferred forms report warnings in that language (spec/languages.md).
struct InferredFormTests {
    @Test func closingSessionIsAWarningInFrenchAndAnErrorInEnglish() throws {
        let renderer = SkeletonRenderer(languages: Fixtures.linter.languages)
        for (lang, severity) in [("fr", Severity.warning), ("en", Severity.error)] {
            let facts = try DraftFacts(kind: .resolution, language: lang, session: 79, committee: .main(1), agendaItem: "96",
                                       agendaTitle: "Titre", sponsors: ["France"], title: "Titre du projet")
            var text = try renderer.render(facts)
            let next = try #require(Fixtures.linter.languages.profile(lang)?.ordinal(80))
            // The header's own session: no later one (biennial and triennial items name 81 or 82).
            let wrong = try #require(Fixtures.linter.languages.profile(lang)?.ordinal(79))
            #expect(text.contains(next))
            text = text.replacingOccurrences(of: next, with: wrong)
            let hits = try Fixtures.lint(text, lang: lang).of("closing.session")
            #expect(hits.map(\.severity) == [severity], "\(lang): \(hits.map(\.message))")
        }
    }

    /// Compiled expressions are cached per process, but not without end: a program that keeps loading
    /// new rule files (an editor; the rule fuzzer grew to 1 GB) stays bounded, and still matches.
    @Test func theExpressionCacheIsBounded() throws {
        for i in 0..<(RegexCache.maxCached + 50) {
            _ = try RegexCache.compile("bounded-\(i)[a-z]*", ignoreCase: false)
        }
        #expect(RegexCache.cachedCount <= RegexCache.maxCached)
        let again = try RegexCache.compile("bounded-0[a-z]*", ignoreCase: false)
        #expect(again.firstMatch(in: "x bounded-0abc", range: NSRange(location: 0, length: 14)) != nil)
    }
}

extension RuleLoaderTests {
    /// `lint` reads the built-in rules without their examples: every other part of each rule is the same.
    @Test func builtInRulesWithoutExamplesAreTheSameRules() throws {
        let full = try RuleCatalog.builtIn().rules, light = try RuleCatalog.builtIn(examples: false).rules
        #expect(full.map(\.id) == light.map(\.id))
        #expect(full.filter { $0.common.examples != nil }.count > 50)
        func json(_ value: some Encodable) throws -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return try encoder.encode(value)
        }
        for (a, b) in zip(full, light) {
            #expect(b.common.examples == nil, "\(b.id)")
            var common = a.common
            common.examples = nil
            #expect(try json(common) == json(b.common), "\(a.id)")
            #expect(try json(a.check) == json(b.check), "\(a.id)")
            #expect(a.origin == b.origin && a.builtIn == b.builtIn)
        }
    }
}

/// A clause that puts a new item on a later agenda ("an item entitled …", as A/C.6/80/L.14 and the
/// United Nations' AKN4UN text of A/RES/75/97 write it in English, French and Spanish) closes a draft
/// that keeps no item of its own, its session checked and its title, a new item's, not compared with
/// the header's; where a clause keeps the draft's own item, that one is the closing clause.
struct NewItemClauseTests {
    static let newItem = ["en": ("the item entitled", "an item entitled"),
                          "fr": ("la question intitulée", "une question intitulée"),
                          "es": ("el tema titulado", "un tema titulado")]

    @Test(arguments: ["en", "fr", "es"])
    func aNewItemClauseIsNotTheClosingClause(_ lang: String) throws {
        let renderer = SkeletonRenderer(languages: Fixtures.linter.languages)
        let facts = try DraftFacts(kind: .resolution, language: lang, session: 79, committee: .main(1), agendaItem: "96",
                                   agendaTitle: "Titre", sponsors: ["France"], title: "Titre du projet")
        let text = try renderer.render(facts)
        let (own, new) = try #require(Self.newItem[lang])
        let lines = text.components(separatedBy: "\n")
        let at = try #require(lines.lastIndex { $0.contains(own) })
        let clause = lines[at]
        let label = try #require(clause.split(separator: " ").first)
        let newClause = clause.replacingOccurrences(of: own, with: new).replacingOccurrences(of: "Titre", with: "Autre")

        // Alone at the end: the closing clause, its session read, its title not compared.
        var alone = lines
        alone[at] = newClause
        let report = try Fixtures.lint(alone.joined(separator: "\n"), lang: lang)
        for rule in ["closing.missing", "closing.position", "closing.title-mismatch", "closing.session"] {
            #expect(report.of(rule).isEmpty, "\(lang): \(rule) \(report.of(rule).map(\.message))")
        }
        let next = try #require(Fixtures.linter.languages.profile(lang)?.ordinal(80))
        let stale = try #require(Fixtures.linter.languages.profile(lang)?.ordinal(79))
        alone[at] = newClause.replacingOccurrences(of: next, with: stale)
        #expect(try Fixtures.lint(alone.joined(separator: "\n"), lang: lang).of("closing.session").map(\.start.line) == [at + 1], "\(lang)")

        // Followed by another paragraph (A/C.2/80/L.16 asks for a report after it): not out of place.
        var followed = lines
        followed[at] = newClause
        followed.insert(contentsOf: ["", try #require(lines[..<at].last { !$0.isEmpty })], at: at + 1)
        #expect(try Fixtures.lint(followed.joined(separator: "\n"), lang: lang).of("closing.position").isEmpty, "\(lang)")

        // Before the draft's own clause: that one is the closing clause, where it belongs.
        var before = lines
        before.insert(contentsOf: [newClause.replacingOccurrences(of: String(label), with: "0."), ""], at: at)
        let both = try Fixtures.lint(before.joined(separator: "\n"), lang: lang)
        for rule in ["closing.missing", "closing.position", "closing.title-mismatch"] {
            #expect(both.of(rule).isEmpty, "\(lang): \(rule) \(both.of(rule).map(\.message))")
        }
    }
}

/// The closing rules read adopted resolutions too, in the forms the UN's AKN4UN texts write (source:
/// the United Nations): a sub-item named before its item (Arabic 75/10), a sub-item whose own title
/// holds a colon (English 75/155), an ordinal with a non-breaking hyphen (French 75/221), a header
/// title in Chinese title marks (75/87), an item kept for the fifth session (75/223). Each text is
/// clean of the closing rules, and the session the header names, typed into its clause, is caught there.
struct AdoptedClosingClauseTests {
    static let cases: [(folder: String, file: String, language: String, session: String)] = [
        ("Arabic", "75_10_A.xml", "ar", "الخامسة والسبعين"), ("English", "75_155_E.xml", "en", "seventy-fifth"),
        ("French", "75_221_F.xml", "fr", "soixante-quinzième"), ("Chinese", "75_87_C.xml", "zh", "七十五"),
        ("English", "75_223_E.xml", "en", "seventy-fifth"),
    ]

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason), arguments: 0..<cases.count)
    func theClosingClauseOfAnAdoptedResolutionIsRead(_ index: Int) throws {
        let c = Self.cases[index]
        let path = Fixtures.corpus.appendingPathComponent("akn/ga/75session/\(c.folder)/\(c.file)").path
        let text = try AKNReader.read(path: path).render(.authored).text
        let clean = try Fixtures.lint(text, lang: c.language)
        // (The missing-clause reminder is not given on adopted texts; the clause is required below.)
        for rule in ["closing.position", "closing.title-mismatch", "closing.session"] {
            #expect(clean.of(rule).isEmpty, "\(c.file): \(rule) \(clean.of(rule).map(\.message))")
        }
        let language = try #require(Fixtures.linter.languages.profile(c.language))
        let source = SourceFile(path: "x.txt", text: text)
        let document = DocumentParser().parse(source, language: language)
        let draft = try #require(document.drafts.first)
        let clause = try #require(ClosingClause.find(in: draft, language: language))
        #expect(source.string(clause.session.range) != c.session)
        let bytes = Array(text.utf8)
        let line = bytes[..<clause.session.range.lowerBound].filter { $0 == 0x0A }.count + 1
        let wrong = String(decoding: bytes[..<clause.session.range.lowerBound] + Array(c.session.utf8) + bytes[clause.session.range.upperBound...], as: UTF8.self)
        #expect(try Fixtures.lint(wrong, lang: c.language).of("closing.session").map(\.start.line) == [line], "\(c.file)")
    }
}
