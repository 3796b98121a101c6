import Foundation
import Testing
import YAMLTree
@testable import Resolint

/// `RuleCommon(node:)` reads a built-in rule's common part without Codable: it must give what
/// `NodeDecoder` gives on every built-in rule, and leave to Codable every node it does not read alike.
@Suite struct RuleCommonFastPathTests {
    static func fields(_ c: RuleCommon) -> String {
        "\(c.id)|\(c.kind)|\(c.severity)|\(String(describing: c.scope))|\(String(describing: c.languages))|"
            + "\(String(describing: c.documents))|\(String(describing: c.organs))|\(c.message)|\(c.description)|"
            + "\(c.examples == nil)|\(String(describing: c.fix))"
    }

    static func withoutExamples(_ node: YAMLNode) -> YAMLNode {
        var out = node
        out.content = .mapping((node.mapping ?? []).filter { $0.key.string != "examples" })
        return out
    }

    @Test func everyBuiltInRuleReadsAsCodableReadsIt() throws {
        let files = EmbeddedResources.paths.filter {
            $0.hasPrefix("Rules/") && !$0.hasPrefix("Rules/languages/") && !$0.hasPrefix("Rules/data/") && $0.hasSuffix(".yaml")
        }
        var count = 0, withExamples = 0
        for path in files.sorted() {
            let root = try #require(try StrictYAML.builtIn(path))
            for node in root["rules"]?.sequence ?? [] {
                if node["examples"].map({ !$0.isNull }) == true {
                    #expect(RuleCommon(node: node) == nil, "\(path): examples are Codable's")
                    withExamples += 1
                }
                let bare = Self.withoutExamples(node)
                let fast = try #require(RuleCommon(node: bare), "\(path): \(node["id"]?.string ?? "?")")
                let slow = try NodeDecoder.decode(RuleCommon.self, from: bare)
                #expect(Self.fields(fast) == Self.fields(slow))
                count += 1
            }
        }
        #expect(count >= 60)
        #expect(withExamples >= 50)
    }

    @Test func oddNodesAreReadAlikeOrLeftToCodable() throws {
        let base = "id: x.y\nkind: pattern\nseverity: warning\nmessage: m\ndescription: d\n"
        let same = [
            base,
            base + "scope: ~\nlanguages: null\ndocuments:\norgans: ~\nfix: ~\nexamples: ~\n",
            base + "scope: title\nlanguages: [en, 'fr']\ndocuments: [draft-resolution, note]\norgans: [general-assembly]\nfix: unsafe\n",
            "id: 'x'\nkind: \"pattern\"\nseverity: 'error'\nmessage: ''\ndescription: ~\npattern: a\n'<<': {scope: title}\n",
            base + "languages: []\nother: {a: 1}\n",
        ]
        for text in same {
            let node = try #require(try StrictYAML.compose(text, path: "t.yaml"))
            let fast = try #require(RuleCommon(node: node), "\(text)")
            #expect(Self.fields(fast) == Self.fields(try NodeDecoder.decode(RuleCommon.self, from: node)), "\(text)")
        }
        let left = [
            base.replacingOccurrences(of: "warning", with: "fatal"),
            base.replacingOccurrences(of: "description: d\n", with: ""),
            base + "languages: en\n",
            base + "documents: [draft-resolution, poem]\n",
            base + "scope: [title]\n",
            base + "examples: {valid: []}\n",
            "id: [x]\nkind: pattern\nseverity: warning\nmessage: m\ndescription: d\n",
            "- id\n",
        ]
        for text in left {
            let node = try #require(try StrictYAML.compose(text, path: "t.yaml"))
            #expect(RuleCommon(node: node) == nil, "\(text)")
        }
        // A merge key (as NodeDecoder reads it: a plain "<<") is Codable's to merge.
        let plain = try #require(try StrictYAML.compose(base, path: "t.yaml"))
        var merged = plain
        let scope = YAMLNode(.mapping([YAMLNode.Pair(key: YAMLNode(.scalar("scope", plain: true), line: 9, column: 5),
                                                     value: YAMLNode(.scalar("title", plain: true), line: 9, column: 12))]), line: 9, column: 4)
        merged.content = .mapping((plain.mapping ?? []) + [YAMLNode.Pair(key: YAMLNode(.scalar("<<", plain: true), line: 9, column: 1), value: scope)])
        #expect(try NodeDecoder.decode(RuleCommon.self, from: merged).scope == .title)
        #expect(RuleCommon(node: merged) == nil)
        // Whatever composing makes of a "<<" written in a file, the two agree or Codable decides.
        let written = try #require(try StrictYAML.compose(base + "<<: {scope: title}\n", path: "t.yaml"))
        if let fast = RuleCommon(node: written) {
            #expect(Self.fields(fast) == Self.fields(try NodeDecoder.decode(RuleCommon.self, from: written)))
        }
    }
}
