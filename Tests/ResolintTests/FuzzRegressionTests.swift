import Foundation
import Testing
@testable import Resolint

/// Inputs that libFuzzer found crashing the fuzz targets (Fuzz/run.sh), minimized, kept as they were
/// found. Each must now lint with every diagnostic inside the file.
struct FuzzRegressionTests {
    private func lintsInside(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text: String
        do { text = try TextDecoding.decode(Data(bytes), path: "fuzz.txt") } catch is InputError { return }
        for language in [nil, "zh", "en"] as [String?] {
            let report = try Fixtures.lint(text, path: "fuzz.txt", lang: language)
            for d in report.diagnostics {
                #expect(d.byteRange.upperBound <= report.source.bytes.count, "\(d)", sourceLocation: sourceLocation)
                #expect(d.start.line >= 1 && d.start.line <= max(1, report.source.lineCount), "\(d)", sourceLocation: sourceLocation)
            }
            _ = TextReporter(color: false).render([report])
        }
    }

    /// crash-da39a3ee5e6b4b0d3255bfef95601890afd80709: the empty input. structure.opening pointed at
    /// byte 0..<1 of an empty file (the linter widened its clamp to the finding's own end).
    @Test func emptyInput() throws {
        try lintsInside([])
        try lintsInside([0xEF, 0xBB, 0xBF])
    }

    /// crash-5319cb8726ad2cf93016d134742ebef121ff43da: a line of 45 digits overflowed the value of a
    /// would-be paragraph number (LabelForms.number), found 2026-11-22 after the byte-level label reader.
    @Test func longDigitRun() throws {
        let text = "Resolution adopted by the General Assembly\n" + String(repeating: "3", count: 45)
            + "\n[on the report of the Sixth Committee (A/58/524)]\n\nThe General Assembly,\n\n"
            + String(repeating: "9", count: 30) + ". Decides to conclude;\n1" + String(repeating: "0", count: 40) + "."
        try lintsInside(Array(text.utf8))
        try lintsInside(Array((String(repeating: "٣", count: 30) + ". 大会，\n").utf8))
    }
}
