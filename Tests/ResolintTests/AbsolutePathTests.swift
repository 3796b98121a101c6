import Foundation
import Testing
@testable import Resolint

/// The fast path of AbsolutePath must give exactly what Foundation's URL standardisation gives.
struct AbsolutePathTests {
    @Test(arguments: [
        "a/b.txt", "/x/y", "./a", "../a", "a//b", "/", "a/", "/a/./b", "/a/../b", "a.b/c..d", ".hidden/x",
        "drafts/.resolint.yml", "/tmp", "x/..", "x/.", "...", "a/.../b", "/a/b/", "草案/决议.txt",
    ])
    func sameAsFoundation(_ path: String) {
        #expect(AbsolutePath.of(path) == URL(fileURLWithPath: path).standardizedFileURL.path, "\(path)")
    }

    @Test func parentIsFoundationsDeletingLastPathComponent() {
        let paths = ["/", "/a", "/a/b", "/a/b/", "//a", "/a//b", "/a/./b", "/a/../b", "a/b", "/草案/决议.txt", "/a/.hidden",
                     "/.../x", "/x/..", "/tmp/resolint-bench.X/1/zh/a.txt", "./a", "/a/b\u{301}/c"]
        for path in paths {
            #expect(AbsolutePath.parent(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
            let absolute = AbsolutePath.of(path)
            #expect(AbsolutePath.parent(of: absolute) == (absolute as NSString).deletingLastPathComponent, "\(absolute)")
        }
    }
}
