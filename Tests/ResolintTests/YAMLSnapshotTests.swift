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
        for bad in [[], Array("RLY1".utf8), Array(good.dropLast()), good + [0], [UInt8](repeating: 0xFF, count: 12),
                    Array("RLY1".utf8) + [1, 1, 1, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]] {
            #expect(throws: YAMLSnapshot.SnapshotError.self) { try YAMLSnapshot.decode(bad) }
        }
    }
}
