import Foundation
import Testing
@testable import Resolint

/// `lint --write-baseline` / `--baseline` / `--strict-baseline`, end to end on the Chinese example draft.
struct BaselineTests {
    /// Two slips in different paragraphs: a preambular paragraph ending in "。", an operative one in "；".
    static func slipped() throws -> String {
        try Fixtures.example(Fixtures.zhDraft)
            .replacingOccurrences(of: "交换意见； ", with: "交换意见。 ").replacingOccurrences(of: "进展， ", with: "进展； ")
    }

    static func errors(_ r: CLI.Result) -> [String] {
        r.stdout.split(separator: "\n").map(String.init).filter { $0.contains("error[") || $0.contains("warning[") }
    }

    @Test func recordedFindingsAreQuietNewOnesAndFixedOnesAreReported() throws {
        let dir = try CLI.temporaryDirectory()
        let draft = dir.appendingPathComponent("d.txt")
        try Self.slipped().write(to: draft, atomically: false, encoding: .utf8)
        let first = try CLI.run(["lint", "--write-baseline", "base.json", "d.txt"], in: dir)
        #expect(first.status == 1 && Self.errors(first).count >= 2, "\(first.stdout)")
        let recorded = try String(contentsOf: dir.appendingPathComponent("base.json"), encoding: .utf8)
        #expect(recorded.contains("\"path\" : \"d.txt\""), "\(recorded)")

        // The same findings: nothing to report.
        let same = try CLI.run(["lint", "--baseline", "base.json", "d.txt"], in: dir)
        #expect(same.status == 0 && same.stdout == "1 file checked: 0 errors, 0 warnings\n", "\(same.stdout)")

        // Lines added above and the text reflowed: the entries still hold (they are keyed on the paragraph).
        let shifted = try "\n\n" + Self.slipped().replacingOccurrences(of: "交换意见。 ", with: "交换意见。  ")
        try shifted.write(to: draft, atomically: false, encoding: .utf8)
        let moved = try CLI.run(["lint", "--baseline", "base.json", "./d.txt"], in: dir)
        #expect(moved.status == 0 && Self.errors(moved).isEmpty, "\(moved.stdout)")

        // A new slip elsewhere is reported; the recorded ones are not.
        let newSlip = shifted.replacingOccurrences(of: " 6. 决定", with: " 7. 决定")
        #expect(newSlip != shifted)
        try newSlip.write(to: draft, atomically: false, encoding: .utf8)
        let fresh = try CLI.run(["lint", "--baseline", "base.json", "d.txt"], in: dir)
        #expect(fresh.status == 1 && Self.errors(fresh).count == 1 && Self.errors(fresh)[0].contains("error[operative.numbering]"), "\(fresh.stdout)")

        // A recorded slip fixed: a warning says so; --strict-baseline makes it an error.
        try Self.slipped().replacingOccurrences(of: "交换意见。 ", with: "交换意见； ").write(to: draft, atomically: false, encoding: .utf8)
        let fixed = try CLI.run(["lint", "--baseline", "base.json", "d.txt"], in: dir)
        #expect(fixed.status == 0 && Self.errors(fixed).count == 1 && Self.errors(fixed)[0].contains("warning[baseline.fixed]"), "\(fixed.stdout)")
        let strict = try CLI.run(["lint", "--baseline", "base.json", "--strict-baseline", "d.txt"], in: dir)
        #expect(strict.status == 1 && Self.errors(strict).count == 1 && Self.errors(strict)[0].contains("error[baseline.fixed]"), "\(strict.stdout)")

        // A file that is not a baseline is refused before anything is linted.
        try "{}".write(to: dir.appendingPathComponent("bad.json"), atomically: false, encoding: .utf8)
        let bad = try CLI.run(["lint", "--baseline", "bad.json", "d.txt"], in: dir)
        #expect(bad.status == 2 && bad.stderr.hasPrefix("resolint: bad.json:1:1: not a resolint baseline"), "\(bad.stderr)")
    }
}
