import Foundation
import Testing
@testable import Resolint

/// docs/ says what this resolint does: each page is generated from the rules, the language data and
/// the code, and must equal the committed one (RESOLINT_UPDATE_GOLDEN=1 rewrites them); the manual
/// page names every option of every command.
struct DocsTests {
    static let docs = Fixtures.packageRoot.appendingPathComponent("docs")

    static func example() throws -> FileReport {
        let text = try Fixtures.example(Fixtures.zhDraft).replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
        return try Fixtures.lint(text, path: "drafts/cyber.txt", lang: "zh")
    }

    static func pages() throws -> [(String, String)] {
        let catalog = try RuleCatalog.builtIn()
        return [
            ("rules.md", ProjectDocs.rules(catalog)),
            ("rule-files.md", ProjectDocs.ruleFiles(catalog)),
            ("languages.md", ProjectDocs.languages(Fixtures.linter.languages)),
            ("templates.md", ProjectDocs.templates()),
            ("output.md", ProjectDocs.output(example: try example())),
        ]
    }

    @Test func generatedPagesAreCurrent() throws {
        for (name, generated) in try Self.pages() {
            let url = Self.docs.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["RESOLINT_UPDATE_GOLDEN"] == "1" {
                try generated.write(to: url, atomically: false, encoding: .utf8)
            }
            let committed = try String(contentsOf: url, encoding: .utf8)
            #expect(committed == generated, "docs/\(name) is stale; RESOLINT_UPDATE_GOLDEN=1 swift test --filter DocsTests rewrites it")
        }
    }

    /// Every key a language file may hold, and every field of the JSON output, is described.
    @Test func everyKeyAndFieldIsDescribed() throws {
        for key in LanguageProfile.CodingKeys.allCases.map(\.rawValue) {
            #expect(ProjectDocs.languageKeys[key] != nil, "language key '\(key)' has no description in ProjectDocs.languageKeys")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONReporter().render([try Self.example()]).utf8)) as? [String: Any])
        var keys = Set<String>()
        func walk(_ value: Any) {
            if let d = value as? [String: Any] { for (k, v) in d { keys.insert(k); walk(v) } }
            if let a = value as? [Any] { a.forEach(walk) }
        }
        walk(json)
        let described = Set(ProjectDocs.jsonFields.map(\.0))
        #expect(keys.subtracting(described).isEmpty, "undescribed JSON fields: \(keys.subtracting(described))")
    }

    /// docs/man/resolint.1 (Scripts/manual.sh) holds every option of every command, as the binary's
    /// own description of its commands gives them.
    @Test func manualNamesEveryOption() throws {
        let manual = try String(contentsOf: Self.docs.appendingPathComponent("man/resolint.1"), encoding: .utf8)
        let dump = try CLI.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        func walk(_ command: [String: Any], path: String) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for name in argument["names"] as? [[String: Any]] ?? [] where name["kind"] as? String == "long" {
                    let flag = name["name"] as? String ?? ""
                    // ".It Fl -name" or, after a short name, ".It Fl j , -name".
                    if !manual.contains("Fl -\(flag)") && !manual.contains(", -\(flag)") { missing.append("\(path) --\(flag)") }
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path: path + " " + (sub["commandName"] as? String ?? "")) }
        }
        walk(try #require(root["command"] as? [String: Any]), path: "resolint")
        #expect(missing.isEmpty, "docs/man/resolint.1 is stale (Scripts/manual.sh rewrites it): \(missing)")
    }
}
