import Foundation
import Testing
@testable import Resolint

/// The byte paths of the reporter, the State keys and the substitution check give what the String
/// and Unicode-table code they stand for gives.
struct CheckFastPathTests {
    @Test func simpleLowercaseIsTheTables() {
        // Every scalar the fast mapping answers for, against Unicode's own lower-case mapping.
        for v in UInt32(0x80)...0xFFFF {
            guard let s = Unicode.Scalar(v), let lower = StateNames.simpleLowercase(s) else { continue }
            #expect(String(lower) == s.properties.lowercaseMapping, "U+\(String(v, radix: 16))")
        }
    }

    @Test func trimmedIsFoundationsTrim() {
        for text in ScalarPathTests.texts(count: 3000, seed: 11) + ["", " ", "\t", "a", " a ", "a\u{A0}", "\u{3000}b", "x\u{301}", "(\u{301}"] {
            #expect(SubstitutionCheck.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func excerptsFromBytesAreTheStringExcerpts() {
        var rng = SeededGenerator(seed: 12)
        let lines = ScalarPathTests.texts(count: 400, seed: 13) + ["大会，回顾其决议", "٢ - تطلب إلى الأمين العام", "a\u{0C}b", "e\u{301}x 👍🏽 Ａ"]
        let text = lines.joined(separator: "\n")
        let source = SourceFile(path: "x.txt", text: text)
        for color in [false, true] {
            let reporter = TextReporter(color: color)
            for _ in 0..<3000 {
                let line = Int.random(in: 0...(source.lineCount + 1), using: &rng)
                let column = Int.random(in: 1...20, using: &rng)
                let endLine = Bool.random(using: &rng) ? line : line + Int.random(in: -1...2, using: &rng)
                let d = Diagnostic(path: "x.txt", rule: "r", severity: .warning, message: "m",
                                   start: SourcePosition(line: line, column: column),
                                   end: SourcePosition(line: endLine, column: Int.random(in: 0...25, using: &rng)), byteRange: 0..<0)
                let rendered = reporter.render(d, source: source)
                guard line >= 1, line <= source.lineCount else { continue }
                let heading = "x.txt:\(line):\(column): \(color ? "\u{1B}[33mwarning\u{1B}[0m" : "warning")[r] m\n"
                #expect(rendered == heading + reporter.characterExcerpt(d, source: source), "\(line):\(column)")
            }
        }
    }
}

extension CheckFastPathTests {
    @Test func citationTestByMemchrIsTheWalk() {
        let pieces = ["73/27", "/", "(", " (", "2453 A (XXIII)", "7 (L", " (I", "a", " ", "决议", "4/", "x(", "9 (", "é"]
        var rng = SeededGenerator(seed: 14)
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(CitationReader.mayCite(text) == CitationReader.mayCiteByWalk(text), "\(text.debugDescription)")
        }
    }
}
