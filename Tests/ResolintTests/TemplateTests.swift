import Foundation
import Testing
@testable import Resolint

/// `--templates DIR`: a folder laid out like Templates/ replaces the built-in templates.
@Suite struct TemplateTests {
    static let languages = try! LanguageCatalog.builtIn()
    static let facts = DraftFacts(kind: .resolution, language: "en", session: 79, committee: .plenary, agendaItem: "17",
                                  agendaTitle: "Item & title", sponsors: ["France", "Japan"], title: "A \"quoted\" title")

    static func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-templates-\(UUID().uuidString)").path
        for (path, text) in files {
            let full = (root as NSString).appendingPathComponent(path)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: false, encoding: .utf8)
        }
        return root
    }

    @Test func userTemplateWithPartialRendersPlainText() throws {
        let root = try Self.folder([
            "en/resolution.mustache": "{{> top}}\n{{#sponsors}}- {{.}}\n{{/sponsors}}{{closing}}\n",
            "en/top.mustache": "{{sessionLine}} / {{title}} / {{agendaTitle}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let text = try SkeletonRenderer(languages: Self.languages, templates: .folder(root)).render(Self.facts)
        #expect(text == """
            Seventy-ninth session / A "quoted" title / Item & title
            - France
            - Japan
            Decides to include in the provisional agenda of its eightieth session the item entitled “Item & title”.

            """)
    }

    @Test func missingTemplateIsNamed() throws {
        let root = try Self.folder(["en/decision.mustache": "{{title}}\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect { try SkeletonRenderer(languages: Self.languages, templates: .folder(root)).render(Self.facts) } throws: { error in
            "\(error)".hasPrefix("--templates: no template ") && "\(error)".contains("en/resolution.mustache")
        }
        #expect { try SkeletonRenderer(languages: Self.languages, templates: .folder(root + "/nowhere")).render(Self.facts) } throws: { error in
            "\(error)".hasPrefix("--templates: no folder ")
        }
    }

    @Test func brokenTemplateNamesFileAndLine() throws {
        let root = try Self.folder(["en/resolution.mustache": "{{title}}\n{{#preamble}}\n{{.}}\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect { try SkeletonRenderer(languages: Self.languages, templates: .folder(root)).render(Self.facts) } throws: { error in
            "\(error)".contains("en/resolution.mustache:") && "\(error)".contains("template error")
        }
    }

    /// A misspelt variable or a missing partial would render as nothing: each is an error naming
    /// file, line and column, all of them at once.
    @Test func unknownVariableOrPartialIsAnError() throws {
        let root = try Self.folder([
            "en/resolution.mustache": "{{> header}}\n{{sesionLine}}\n{{#operative}}{{number}}. {{txt}}\n{{/operative}}{{title}}\n",
            "en/header.mustache": "{{> footer}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect { try SkeletonRenderer(languages: Self.languages, templates: .folder(root)).render(Self.facts) } throws: { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            return lines.count == 3
                && lines[0].hasSuffix("en/header.mustache:1:1: template error: no partial 'footer' beside this template (have: header, resolution)")
                && lines[1].hasSuffix("en/resolution.mustache:2:1: template error: unknown variable 'sesionLine'; templates can use the variables `resolint new --help` lists")
                && lines[2].contains("en/resolution.mustache:3:27: template error: unknown variable 'txt'") && lines[2].hasSuffix("; inside operative also label, number, text")
        }
    }

    /// The documented variables are exactly those the renderer fills, for both kinds: the list in
    /// `resolint new --help` cannot go stale.
    @Test func documentedVariablesAreTheRenderedOnes() throws {
        var keys = Set<String>()
        for (kind, committee) in [(Draft.Kind.resolution, DraftFacts.Committee.plenary), (.decision, .main(1))] {
            var facts = Self.facts
            facts.kind = kind
            facts.committee = committee
            let wording = try DraftWording(language: try #require(Self.languages.profile("en")))
            keys.formUnion(try SkeletonRenderer.view(facts, wording: wording).keys)
        }
        #expect(keys == TemplateVariables.names)
        // And the built-in templates pass the check.
        for code in Self.languages.codes where Self.languages.profile(code)?.skeleton != nil {
            _ = try TemplateSource.builtIn.library(language: code)
        }
    }

    @Test func builtInTemplatesExistForEveryGeneratableLanguage() throws {
        for code in Self.languages.codes where Self.languages.profile(code)?.skeleton != nil {
            for kind in ["resolution", "decision"] {
                #expect(EmbeddedResources.files["Templates/\(code)/\(kind).mustache"] != nil, "\(code)/\(kind)")
            }
        }
    }
}
