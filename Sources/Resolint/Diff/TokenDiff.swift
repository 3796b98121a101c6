/// The changes between two texts as runs of kept, deleted and inserted tokens: words where the
/// language separates them by spaces, characters where it does not (Chinese, Japanese).
public enum TokenDiff {
    public enum Kind: String, Codable, Sendable { case equal, delete, insert }
    public struct Run: Codable, Sendable, Equatable {
        public var kind: Kind
        public var text: String
    }

    /// Languages written without spaces between words: compared character by character.
    static func unspaced(_ language: String) -> Bool { ["zh", "ja"].contains(language) }

    static func tokens(_ s: String, language: String) -> [String] {
        unspaced(language) ? s.map(String.init) : s.split(separator: " ").map(String.init)
    }

    public static func diff(_ old: String, _ new: String, language: String) -> [Run] {
        runs(tokens(old, language: language), tokens(new, language: language), separator: unspaced(language) ? "" : " ")
    }

    /// The same changes with every character of both texts kept (each word with the spaces after it),
    /// so that the kept and inserted runs give the new text exactly and the kept and deleted the old:
    /// what tracked changes need.
    static func exact(_ old: String, _ new: String, language: String) -> [Run] {
        func tokens(_ s: String) -> [String] {
            if unspaced(language) { return s.map(String.init) }
            var out: [String] = []
            for c in s {
                // A word starts where a character follows a space.
                if let last = out.last?.last, !(last.isWhitespace && !c.isWhitespace) { out[out.count - 1].append(c) }
                else { out.append(String(c)) }
            }
            return out
        }
        return runs(tokens(old), tokens(new), separator: "")
    }

    static func runs(_ a: [String], _ b: [String], separator: String) -> [Run] {
        let n = a.count, m = b.count
        // Tokens compared as numbers: the table is filled n × m times.
        var ids: [String: Int32] = [:]
        let x = a.map { t in ids[t] ?? { let k = Int32(ids.count); ids[t] = k; return k }() }
        let y = b.map { t in ids[t] ?? { let k = Int32(ids.count); ids[t] = k; return k }() }
        // Longest common subsequence, table from the end so the walk goes forward (one flat array).
        let w = m + 1
        var table = [Int32](repeating: 0, count: (n + 1) * w)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * w + j] = x[i] == y[j] ? table[(i + 1) * w + j + 1] + 1 : max(table[(i + 1) * w + j], table[i * w + j + 1])
                }
            }
        }
        var runs: [Run] = []
        func add(_ kind: Kind, _ token: String) {
            if let last = runs.last, last.kind == kind { runs[runs.count - 1].text += separator + token }
            else { runs.append(Run(kind: kind, text: token)) }
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, x[i] == y[j] { add(.equal, a[i]); i += 1; j += 1 }
            // Deletions first: "[-old-] {+new+}" reads as a replacement.
            else if i < n, j == m || table[(i + 1) * w + j] >= table[i * w + j + 1] { add(.delete, a[i]); i += 1 }
            else { add(.insert, b[j]); j += 1 }
        }
        return runs
    }

    /// A text's tokens as counts of token numbers (shared between the two lists), and its length.
    struct Bag { var counts: [Int: Int]; var size: Int }

    static func bags(_ a: [[String]], _ b: [[String]]) -> ([Bag], [Bag]) {
        var ids: [String: Int] = [:]
        func bag(_ tokens: [String]) -> Bag {
            var counts: [Int: Int] = [:]
            for t in tokens {
                let id = ids[t] ?? ids.count
                ids[t] = id
                counts[id, default: 0] += 1
            }
            return Bag(counts: counts, size: tokens.count)
        }
        return (a.map(bag), b.map(bag))
    }

    /// 0 to 1: how much of the two texts' tokens they share (bag overlap), for matching paragraphs.
    static func similarity(_ a: Bag, _ b: Bag) -> Double {
        if a.size == 0, b.size == 0 { return 1 }
        let (small, large) = a.counts.count < b.counts.count ? (a.counts, b.counts) : (b.counts, a.counts)
        var shared = 0
        for (t, n) in small { shared += min(n, large[t] ?? 0) }
        return 2 * Double(shared) / Double(a.size + b.size)
    }
}
