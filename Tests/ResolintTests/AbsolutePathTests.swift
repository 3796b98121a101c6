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

    /// The last component and the extension read from bytes are Foundation's, for the paths a folder
    /// walk gives and for made-up ones (empty components, dots, trailing slashes). The made-up ones are
    /// ASCII, as the fast path's are: Foundation's own reading of "//e\u{301}" stops the process.
    @Test func lastComponentAndExtensionAreFoundations() {
        let pieces = ["a", "b", "/", "//", ".", "..", "...", "txt", ".txt", "TXT", "x.md", " ", "~", "-", "_",
                      "\t", "tar.gz", ".hidden", "a.", "%", "\\", "@"]
        var rng = SeededGenerator(seed: 40)
        var paths = ["", "/", "a", ".", "..", "a/", "/a", "a.txt", ".txt", "a/.txt", "a/b.txt", "/tmp/resolint-bench.X/1/zh/a.txt",
                     "zh/ga73-c1-draft-resolution.txt", "web/zh/A_RES_50_72_A-B_static-un-org_PARTIAL.txt", "NOTES.TXT", "a..", "a/..", "a/b.",
                     "草案/决议.txt", "a/é", "a/e\u{301}.txt", "x.tar.gz", "dir.d/file", "dir.d/", "a//b.txt", "a/b.txt/"]
        while paths.count < 20000 {
            let path = (0..<Int.random(in: 1...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            // Foundation's reading of four slashes in a row stops the process ("a.////a.//").
            if !path.contains("///") { paths.append(path) }
        }
        for path in paths {
            #expect(AbsolutePath.lastComponent(of: path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
            #expect(AbsolutePath.pathExtension(of: path) == (path as NSString).pathExtension, "\(path.debugDescription)")
        }
    }
}
