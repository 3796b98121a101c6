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
            try text.write(toFile: full, atomically: true, encoding: .utf8)
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

    @Test func builtInTemplatesExistForEveryGeneratableLanguage() throws {
        for code in Self.languages.codes where Self.languages.profile(code)?.skeleton != nil {
            for kind in ["resolution", "decision"] {
                #expect(EmbeddedResources.files["Templates/\(code)/\(kind).mustache"] != nil, "\(code)/\(kind)")
            }
        }
    }
}
