import Foundation

/// Findings recorded at one point in time (`lint --write-baseline FILE`), so that a later run reports
/// only new ones (`--baseline FILE`), as SwiftLint's and ruff's users ask. An entry is the file, the
/// rule and the text of the paragraph the finding is in (`FindingContext`), not its line: editing
/// another paragraph, renumbering or reflowing keeps it valid. A recorded finding that no longer
/// occurs is reported (`baseline.fixed`), so that the baseline shrinks as drafts get better.
public struct Baseline: Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var path: String
        public var rule: String
        /// A digest of the paragraph's normalised text.
        public var context: String
        /// The paragraph's first words, for whoever reads the file.
        public var excerpt: String
        public var count: Int
    }

    struct File: Codable {
        var version = 1
        var tool = "resolint"
        var entries: [Entry]
    }

    public private(set) var entries: [Entry]

    public init(reports: [FileReport]) {
        var counts: [Key: (excerpt: String, count: Int)] = [:]
        for r in reports {
            for d in r.diagnostics where !d.rule.hasPrefix("baseline.") && !d.rule.hasPrefix("io.") {
                counts[Self.key(r.path, d), default: (Self.excerpt(d), 0)].count += 1
            }
        }
        entries = counts.map { Entry(path: $0.key.path, rule: $0.key.rule, context: $0.key.context, excerpt: $0.value.excerpt, count: $0.value.count) }
            .sorted { ($0.path, $0.rule, $0.excerpt, $0.context) < ($1.path, $1.rule, $1.excerpt, $1.context) }
    }

    public static func read(_ path: String) throws -> Baseline {
        let text = try FileCollector.read(path)
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(text.utf8))
            guard file.version == 1 else { throw ConfigurationError(path: path, line: 1, column: 1, message: "baseline version \(file.version) is not one this resolint reads (1)") }
            var b = Baseline(reports: [])
            b.entries = file.entries
            return b
        } catch let error as ConfigurationError { throw error } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "not a resolint baseline: \(error.localizedDescription)")
        }
    }

    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(File(entries: entries))) ?? Data(), as: UTF8.self) + "\n"
    }

    struct Key: Hashable { var path: String; var rule: String; var context: String }

    static func key(_ path: String, _ d: Diagnostic) -> Key {
        Key(path: normalisedPath(path), rule: d.rule, context: digest((d.context ?? "").filter { !$0.isWhitespace }))
    }

    /// "./a.txt" and "a.txt" are one file.
    static func normalisedPath(_ path: String) -> String {
        var p = path
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    static func excerpt(_ d: Diagnostic) -> String { String((d.context ?? "").prefix(40)) }

    /// FNV-1a, 64 bits, in hex: stable across runs and platforms (Swift's Hasher is seeded per process).
    static func digest(_ s: String) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x100000001b3 }
        return String(h, radix: 16)
    }
}

/// Applies a baseline to the reports of one run, file by file.
public final class BaselineFilter: @unchecked Sendable {
    private var remaining: [Baseline.Key: Int] = [:]
    private var excerpts: [Baseline.Key: String] = [:]
    /// Findings that no longer occur are errors (`--strict-baseline`) rather than warnings.
    public let strict: Bool

    public init(_ baseline: Baseline, strict: Bool) {
        for e in baseline.entries {
            let key = Baseline.Key(path: e.path, rule: e.rule, context: e.context)
            remaining[key, default: 0] += e.count
            excerpts[key] = e.excerpt
        }
        self.strict = strict
    }

    /// Drops the findings the baseline records, and adds one `baseline.fixed` finding for each
    /// recorded one of this file that no longer occurs.
    public func apply(_ report: inout FileReport) {
        let path = Baseline.normalisedPath(report.path)
        report.diagnostics = report.diagnostics.filter { d in
            let key = Baseline.key(report.path, d)
            guard let n = remaining[key], n > 0 else { return true }
            remaining[key] = n - 1
            return false
        }
        let start = SourcePosition(line: 1, column: 1)
        for (key, n) in remaining where key.path == path && n > 0 {
            remaining[key] = 0
            let times = n == 1 ? "" : " (\(n) times)"
            report.diagnostics.append(Diagnostic(
                path: report.path, rule: "baseline.fixed", severity: strict ? .error : .warning,
                message: "\(key.rule) no longer occurs in the paragraph beginning “\(excerpts[key] ?? "")…”\(times): write the baseline again (--write-baseline) to drop it",
                start: start, end: start, byteRange: 0..<0))
        }
        report.diagnostics.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
    }
}
