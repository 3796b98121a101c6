/// Pairs the paragraphs of two revisions by what they say, not by their numbers: a global alignment
/// (Needleman–Wunsch) scored by shared words, so that an inserted paragraph renumbers the rest without
/// unpairing them. Paragraphs left unpaired on both sides that still say nearly the same are moves.
enum ParagraphMatcher {
    /// Below this share of words in common, two paragraphs are different paragraphs.
    static let threshold = 0.5
    /// A paragraph deleted here and inserted there must say nearly the same to count as moved.
    static let moveThreshold = 0.8

    struct Pairing {
        /// Old index → new index, for paragraphs kept in order.
        var kept: [(Int, Int)]
        /// Old index → new index, for paragraphs that changed place.
        var moved: [(Int, Int)]
        var deleted: [Int]
        var inserted: [Int]
    }

    static func match(_ old: [DiffUnit], _ new: [DiffUnit], language: String) -> Pairing {
        match(tokens: old.map { TokenDiff.tokens($0.fullText, language: language) }, new.map { TokenDiff.tokens($0.fullText, language: language) })
    }

    /// The same over texts given as their tokens.
    static func match(tokens a: [[String]], _ b: [[String]]) -> Pairing {
        let n = a.count, m = b.count
        var sim = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
        // Each text's bag of words counted once, not once a pair (a renewal compares 60 paragraphs
        // with 60, a Chinese one character by character).
        let (bagsA, bagsB) = TokenDiff.bags(a, b)
        for i in 0..<n { for j in 0..<m { sim[i][j] = TokenDiff.similarity(bagsA[i], bagsB[j]) } }
        // Score: a pair earns its similarity (above the threshold); a gap costs nothing.
        var score = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        if n > 0, m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let s = sim[i - 1][j - 1]
                    let pair = s >= threshold ? score[i - 1][j - 1] + s : -Double.infinity
                    score[i][j] = max(pair, score[i - 1][j], score[i][j - 1])
                }
            }
        }
        var kept: [(Int, Int)] = []
        var i = n, j = m
        while i > 0, j > 0 {
            let s = sim[i - 1][j - 1]
            if s >= threshold, score[i][j] == score[i - 1][j - 1] + s { kept.append((i - 1, j - 1)); i -= 1; j -= 1 }
            else if score[i][j] == score[i - 1][j] { i -= 1 }
            else { j -= 1 }
        }
        kept.reverse()
        var deleted = Set(0..<n).subtracting(kept.map(\.0)), inserted = Set(0..<m).subtracting(kept.map(\.1))
        var moved: [(Int, Int)] = []
        // Best pairs first among what is left.
        var candidates: [(old: Int, new: Int, score: Double)] = []
        for i in deleted.sorted() {
            for j in inserted.sorted() where sim[i][j] >= moveThreshold { candidates.append((i, j, sim[i][j])) }
        }
        candidates.sort { (x: (old: Int, new: Int, score: Double), y: (old: Int, new: Int, score: Double)) -> Bool in
            x.score != y.score ? x.score > y.score : x.old < y.old
        }
        for (i, j, _) in candidates where deleted.contains(i) && inserted.contains(j) {
            moved.append((i, j)); deleted.remove(i); inserted.remove(j)
        }
        return Pairing(kept: kept, moved: moved.sorted { $0.1 < $1.1 }, deleted: deleted.sorted(), inserted: inserted.sorted())
    }
}
