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
        let a = tokens(old, language: language), b = tokens(new, language: language)
        let separator = unspaced(language) ? "" : " "
        let n = a.count, m = b.count
        // Longest common subsequence, table from the end so the walk goes forward.
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
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
            if i < n, j < m, a[i] == b[j] { add(.equal, a[i]); i += 1; j += 1 }
            // Deletions first: "[-old-] {+new+}" reads as a replacement.
            else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] { add(.delete, a[i]); i += 1 }
            else { add(.insert, b[j]); j += 1 }
        }
        return runs
    }

    /// 0 to 1: how much of the two texts' tokens they share (bag overlap), for matching paragraphs.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty, b.isEmpty { return 1 }
        var counts: [String: Int] = [:]
        for t in a { counts[t, default: 0] += 1 }
        var shared = 0
        for t in b where (counts[t] ?? 0) > 0 { counts[t]! -= 1; shared += 1 }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
