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
}
