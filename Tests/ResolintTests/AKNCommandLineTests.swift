import Foundation
import Testing
@testable import Resolint

/// `resolint convert` and `resolint lint X.xml` as a user meets them.
struct AKNCommandLineTests {
    @Test func convertWritesOnceAndNeverOverwritesWithoutForce() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("sample.txt")
        let first = try CLI.run(["convert", AKNReaderTests.samplePath, "--output", out.path])
        #expect(first.status == 0)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == (try AKNReaderTests.sample().render(.authored).text))
        try "kept".write(to: out, atomically: false, encoding: .utf8)
        let again = try CLI.run(["convert", AKNReaderTests.samplePath, "--output", out.path, "--layout", "pdftotext"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "kept")
        let forced = try CLI.run(["convert", AKNReaderTests.samplePath, "--output", out.path, "--layout", "pdftotext", "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("A/RES/75/999\n"))
    }

    @Test func lintXMLReportsXMLPositionsAndBadXMLExitsTwo() throws {
        let dir = try CLI.temporaryDirectory()
        let xml = try String(contentsOfFile: AKNReaderTests.samplePath, encoding: .utf8).replacingOccurrences(of: "<num>(ii)</num>", with: "<num>(iii)</num>")
        try xml.write(to: dir.appendingPathComponent("r.xml"), atomically: false, encoding: .utf8)
        let r = try CLI.run(["lint", "r.xml", "--format", "json"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"line\" : 58") || r.stdout.contains("\"line\":58"), "\(r.stdout)")
        try "<akomaNtoso><statement></akomaNtoso>".write(to: dir.appendingPathComponent("bad.xml"), atomically: false, encoding: .utf8)
        let bad = try CLI.run(["lint", "bad.xml"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stdout.hasPrefix("bad.xml:1:24: error[io.unreadable] not linted: not well-formed XML"), "\(bad.stdout)")
        #expect(bad.stderr.isEmpty, "\(bad.stderr)")
    }
}
