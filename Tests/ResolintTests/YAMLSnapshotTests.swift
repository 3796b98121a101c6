import Foundation
import Testing
import YAMLTree
@testable import Resolint

/// The built-in YAML files are read from snapshots taken at build time: each must be exactly what
/// composing the file's text gives, and bytes that are not a snapshot must be refused, not crash.
@Suite struct YAMLSnapshotTests {
    @Test func everyBuiltInSnapshotIsItsFileComposed() throws {
        let paths = EmbeddedResources.files.keys.filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(paths.count >= 20, "rule, language and data files")
        for path in paths {
            let fromText = try StrictYAML.compose(EmbeddedResources.files[path]!, path: path)
            let fromSnapshot = try StrictYAML.builtIn(path)
            #expect(fromText != nil, "\(path)")
            #expect(fromSnapshot == fromText, "\(path)")
        }
    }

    @Test func roundTripKeepsStylesAndPositions() throws {
        let yaml = "a: 'yes'\nb: yes\nc:\n  - 1\n  - \"two\"\n  - ~\nd: {}\n<<: {e: 5}\n"
        let node = try #require(try StrictYAML.compose(yaml, path: "t.yaml"))
        #expect(try YAMLSnapshot.decode(YAMLSnapshot.encode(node)) == node)
        #expect(node["a"]?.isPlain == false)
        #expect(node["b"]?.isPlain == true)
        #expect(node["c"]?.sequence?[2].isNull == true)
        #expect(node["c"]?.sequence?[1].line == 5)
        #expect(node["c"]?.sequence?[1].column == 5)
        #expect(try YAMLSnapshot.decode(YAMLSnapshot.encode(nil)) == nil)
    }

    @Test func badBytesAreRefused() {
        let good = YAMLSnapshot.encode(YAMLNode(.scalar("text", plain: true), line: 1, column: 1))
        for bad in [[], Array("RLY2".utf8), Array(good.dropLast()), good + [0], [UInt8](repeating: 0xFF, count: 12),
                    // An integer that does not end, one with a byte above 0x7F, and the older format.
                    Array("RLY2".utf8) + [1, 1] + [UInt8](repeating: 0x7F, count: 12) + [0x3F],
                    Array("RLY2".utf8) + [1, 1, 0x81, 0x01, 0x01, 0x00],
                    Array("RLY1".utf8) + Array(good.dropFirst(4))] {
            #expect(throws: YAMLSnapshot.SnapshotError.self) { try YAMLSnapshot.decode(bad) }
        }
    }

    /// The build embeds each snapshot as a string literal: its bytes must be UTF-8, whatever the
    /// positions (integers of one to many bytes) and scalars (any script) it holds.
    @Test func snapshotsAreUTF8() throws {
        let items = (0..<300).map { i in
            YAMLNode(.scalar(i % 3 == 0 ? "决议草案 \(i)" : "قرار \(i) é", plain: i % 2 == 0), line: i * 977 + 1, column: i * 61 + 1)
        }
        let node = YAMLNode(.mapping([YAMLNode.Pair(key: YAMLNode(.scalar("k", plain: true), line: 70_000, column: 4_100),
                                                    value: YAMLNode(.sequence(items), line: 1 << 40, column: 63))]), line: 1, column: 1)
        let bytes = YAMLSnapshot.encode(node)
        #expect(String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes))
        #expect(try YAMLSnapshot.decode(bytes) == node)
        for path in EmbeddedResources.paths where path.hasSuffix(".yaml") {
            let embedded = try #require(EmbeddedResources.snapshot(path))
            #expect(String(decoding: embedded, as: UTF8.self).utf8.elementsEqual(embedded), "\(path)")
        }
    }

    /// The embedded texts (string literals written by EmbedResourcesTool) are the files' bytes.
    @Test func embeddedTextsAreTheFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(EmbeddedResources.paths.count >= 30)
        for path in EmbeddedResources.paths {
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            #expect(EmbeddedResources.text(path).map { Array($0.utf8) } == Array(data), "\(path)")
        }
    }
}
