import Foundation
import Testing
@testable import Resolint

/// The output file: written whole, never replaced without `overwrite`, its permissions kept when it is.
@Suite final class AtomicFileWriterTests {
    /// A fresh folder for each test.
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-write-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
    func contents(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
    /// Nothing but the named files: no temporary file left behind.
    func listing() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() }

    @Test func writesANewFile() throws {
        try AtomicFileWriter.write("大会，\n", to: path("draft.txt"), overwrite: false)
        #expect(contents("draft.txt") == "大会，\n")
        #expect(listing() == ["draft.txt"])
    }

    @Test func neverOverwritesWithoutForce() throws {
        try "mine\n".write(toFile: path("draft.txt"), atomically: false, encoding: .utf8)
        #expect(throws: OutputError(path: path("draft.txt"), problem: .exists)) {
            try AtomicFileWriter.write("new\n", to: path("draft.txt"), overwrite: false)
        }
        #expect(contents("draft.txt") == "mine\n")
        #expect(listing() == ["draft.txt"])
        #expect("\(OutputError(path: "d.txt", problem: .exists))".contains("--force"))
    }

    @Test func forceReplacesAndKeepsPermissions() throws {
        try "mine\n".write(toFile: path("draft.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path("draft.txt"))
        try AtomicFileWriter.write("new\n", to: path("draft.txt"), overwrite: true)
        #expect(contents("draft.txt") == "new\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: path("draft.txt"))[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(listing() == ["draft.txt"])
    }

    @Test func forceThroughASymbolicLinkKeepsTheLink() throws {
        try "mine\n".write(toFile: path("real.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path("link.txt"), withDestinationPath: path("real.txt"))
        try AtomicFileWriter.write("new\n", to: path("link.txt"), overwrite: true)
        #expect(contents("real.txt") == "new\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: path("link.txt"))) == path("real.txt"))
    }

    @Test func refusesFoldersAndMissingFolders() throws {
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: false)
        #expect(throws: OutputError(path: path("sub"), problem: .isFolder)) {
            try AtomicFileWriter.write("x\n", to: path("sub"), overwrite: true)
        }
        #expect { try AtomicFileWriter.write("x\n", to: path("nowhere/draft.txt"), overwrite: false) } throws: { error in
            (error as? OutputError)?.problem == .noFolder(path("nowhere"))
        }
        #expect(listing() == ["sub"])
    }
}
