import Foundation
import Testing
@testable import Resolint

/// Properties of `resolint diff` on real texts: the 2021 renewals of RenewalPairs in six languages (the
/// UN's AKN4UN markup, rendered as resolint reads it; source: the United Nations). A copy has its
/// operative paragraphs moved, split, merged, deleted or given a new one, and renumbered as a drafter
/// would; the diff must report exactly that operation, and every other paragraph unchanged or
/// renumbered to where it went.
struct DiffPropertyTests {
    /// A text cut around its operative paragraphs: what comes before, each paragraph's words without
    /// its number (items and all), what comes after, and how a number is written.
    struct Cut {
        var before: String
        var bodies: [String]
        var after: String
        var label: (Int) -> String
        var joiner: String

        func text(_ bodies: [String]) -> String {
            before + bodies.enumerated().map { "\(label($0 + 1)) \($1)" }.joined(separator: "\n\n") + "\n\n" + after
        }
    }

    static func cut(_ version: ComparedVersion) -> Cut? {
        let bytes = version.document.source.bytes
        let units = DiffUnit.units(of: version.document).operative
        guard let first = units.first?.label else { return nil }
        func end(_ u: DiffUnit) -> Int { ([u.range.upperBound] + u.items.map(end)).max()! }
        let starts = units.map(\.range.lowerBound)
        let last = end(units[units.count - 1])
        func string(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        var bodies: [String] = []
        for (k, u) in units.enumerated() {
            var body = string(starts[k]..<(k + 1 < units.count ? starts[k + 1] : last))
            guard let label = u.label, body.hasPrefix(label) else { return nil }
            body = String(body.dropFirst(label.count)).trimmingCharacters(in: .whitespacesAndNewlines)
            bodies.append(body)
        }
        let unspaced = TokenDiff.unspaced(version.language)
        return Cut(before: string(0..<starts[0]), bodies: bodies, after: string(last..<bytes.count).trimmingCharacters(in: .whitespacesAndNewlines) + "\n",
                   label: { n in first.replacing(/[0-9]+/, with: String(n)) }, joiner: unspaced ? "" : " ")
    }

    enum Operation: CustomStringConvertible {
        case move(Int, Int), split(Int), merge(Int), delete(Int), insert(Int, String)
        var description: String {
            switch self {
            case .move(let k, let m): "move OP\(k + 1) to OP\(m + 1)"
            case .split(let k): "split OP\(k + 1)"
            case .merge(let k): "merge OP\(k + 1) and OP\(k + 2)"
            case .delete(let k): "delete OP\(k + 1)"
            case .insert(let k, _): "insert a paragraph as OP\(k + 1)"
            }
        }
    }

    /// The copy's paragraphs, and where each old paragraph the operation leaves alone went.
    static func apply(_ op: Operation, _ bodies: [String], joiner: String, unspaced: Bool) -> (bodies: [String], fate: [Int: Int]) {
        var out = bodies
        var order = Array(bodies.indices).map(Optional.some)
        switch op {
        case .move(let k, let m):
            out.insert(out.remove(at: k), at: m)
            order.insert(order.remove(at: k), at: m)
            order[m] = nil
        case .split(let k):
            let words = unspaced ? out[k].map(String.init) : out[k].split(separator: " ").map(String.init)
            let half = words.count / 2
            out[k] = words[..<half].joined(separator: joiner)
            out.insert(words[half...].joined(separator: joiner), at: k + 1)
            order[k] = nil
            order.insert(nil, at: k + 1)
        case .merge(let k):
            out[k] += joiner + out.remove(at: k + 1)
            order.remove(at: k + 1)
            order[k] = nil
        case .delete(let k):
            out.remove(at: k)
            order.remove(at: k)
        case .insert(let k, let body):
            out.insert(body, at: k)
            order.insert(nil, at: k)
        }
        var fate: [Int: Int] = [:]
        for (j, i) in order.enumerated() { if let i { fate[i] = j } }
        return (out, fate)
    }

    static func expectExactly(_ op: Operation, _ d: RevisionDiff, fate: [Int: Int], count: Int, _ what: String) {
        let operative = d.paragraphs.filter { $0.part == .operative }
        for i in 0..<count {
            guard let j = fate[i] else { continue }
            let c = operative.first { $0.old == "OP\(i + 1)" }
            #expect(c?.new == "OP\(j + 1)" && c?.status == (i == j ? .unchanged : .renumbered),
                    "\(what), \(op): OP\(i + 1) should be \(i == j ? "unchanged" : "renumbered to OP\(j + 1)"), is \(c.map { "\($0.status.rawValue) as \($0.new ?? "-")" } ?? "missing")")
        }
        let changed = operative.filter { $0.status != .unchanged && $0.status != .renumbered }
            .map { "\($0.status.rawValue) \($0.old ?? "-")>\($0.new ?? "-")" + ($0.parts.map { " " + $0.joined(separator: "+") } ?? "") }
        let expected: String
        switch op {
        case .move(let k, let m): expected = "moved OP\(k + 1)>OP\(m + 1)"
        case .split(let k): expected = "split OP\(k + 1)>OP\(k + 1) OP\(k + 1)+OP\(k + 2)"
        case .merge(let k): expected = "merged OP\(k + 1)>OP\(k + 1) OP\(k + 1)+OP\(k + 2)"
        case .delete(let k): expected = "deleted OP\(k + 1)>-"
        case .insert(let k, _): expected = "inserted ->OP\(k + 1)"
        }
        #expect(changed == [expected], "\(what), \(op)")
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func movesSplitsMergesAndRenumberingsAreReportedExactly() throws {
        let languages = Fixtures.linter.languages
        var rng = SeededGenerator(seed: 2021)
        var checked = 0
        // One renewal a subject, in each language in turn.
        let pairs = RenewalPairs.tested.filter { $0.language == RenewalPairs.languages[$0.number % RenewalPairs.languages.count] }
        // A paragraph from another text, to insert.
        let stranger = "Decides that the Working Group on the Question of Smallholder Fisheries shall report annually on its deliberations;"
        for pair in pairs {
            let version = try ComparedVersion.read(path: pair.new.path, languages: languages)
            // Too short a text to move a paragraph three places.
            guard DiffUnit.units(of: version.document).operative.count >= 8 else { continue }
            guard let cut = Self.cut(version) else {
                Issue.record("\(pair): its operative paragraphs could not be cut apart")
                continue
            }
            let code = version.language
            let unspaced = TokenDiff.unspaced(code)
            func read(_ bodies: [String], _ path: String) throws -> ComparedVersion {
                try ComparedVersion.text(cut.text(bodies), path: path, languages: languages, language: code)
            }
            let original = try read(cut.bodies, "old")
            let count = cut.bodies.count
            // The cut itself changes nothing.
            guard RevisionDiff.compare(original, try read(cut.bodies, "same")).isUnchanged,
                  DiffUnit.units(of: original.document).operative.count == count else {
                Issue.record("\(pair): the text rebuilt from its cut paragraphs does not read the same")
                continue
            }
            // Plain paragraphs (no items), not near copies of another one, long enough to split.
            let tokens = cut.bodies.map { TokenDiff.tokens($0, language: code) }
            let (bags, _) = TokenDiff.bags(tokens, [])
            let plain = cut.bodies.indices.filter { k in
                !cut.bodies[k].contains("\n") && tokens[k].count >= 16
                    && !cut.bodies.indices.contains { $0 != k && TokenDiff.similarity(bags[$0], bags[k]) >= ParagraphMatcher.threshold }
            }
            guard plain.count >= 3 else { continue }
            let k = plain.randomElement(using: &rng)!
            var m = Int.random(in: 0..<count, using: &rng)
            while abs(m - k) < 3 { m = (m + 3) % count }
            var operations: [Operation] = [.move(k, m), .split(k), .delete(k), .insert(k, stranger)]
            if let j = plain.filter({ plain.contains($0 + 1) }).randomElement(using: &rng) { operations.append(.merge(j)) }
            for op in operations {
                let (bodies, fate) = Self.apply(op, cut.bodies, joiner: cut.joiner, unspaced: unspaced)
                let d = RevisionDiff.compare(original, try read(bodies, "new"))
                Self.expectExactly(op, d, fate: fate, count: count, "\(pair)")
                checked += 1
            }
        }
        #expect(checked >= 60, "only \(checked) operations checked")
        print("DiffPropertyTests: \(checked) operations checked on \(pairs.count) texts")
    }
}
