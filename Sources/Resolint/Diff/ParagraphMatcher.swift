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

    /// Consecutive paragraphs of one side that together say what one paragraph of the other says.
    struct Regrouping { var old: [Int]; var new: [Int] }

    /// Splits and merges found among what the pairing leaves deleted, inserted or changed: a paragraph
    /// and the run of two to `longest` neighbours (unpaired, or its own pair) that say nearly all its
    /// words and more of them than its pair alone. The pairing loses what they take.
    static let regroupThreshold = 0.9
    static let longest = 4

    static func regroup(_ old: [DiffUnit], _ new: [DiffUnit], _ pairing: inout Pairing, language: String) -> [Regrouping] {
        let a = old.map { TokenDiff.tokens($0.fullText, language: language) }
        let b = new.map { TokenDiff.tokens($0.fullText, language: language) }
        var found: [Regrouping] = []
        func similarity(_ x: [String], _ y: [String]) -> Double {
            let (p, q) = TokenDiff.bags([x], [y])
            return TokenDiff.similarity(p[0], q[0])
        }
        // One side's paragraph (`one`) against runs of the other side's `free` paragraphs, holding its
        // own pair (`anchor`) where it has one.
        func best(_ one: [String], _ many: [[String]], free: Set<Int>, anchor: Int?, slot: Range<Int>, current: Double) -> [Int]? {
            var result: (run: [Int], score: Double)?
            for start in slot {
                for end in (start + 1)..<min(slot.upperBound, start + longest) {
                    let run = Array(start...end)
                    guard run.allSatisfy({ free.contains($0) || $0 == anchor }), anchor.map(run.contains) ?? true else { continue }
                    let s = similarity(one, run.flatMap { many[$0] })
                    if s >= regroupThreshold, s > current, s > (result?.score ?? 0) { result = (run, s) }
                }
            }
            return result?.run
        }
        func slot(_ i: Int, kept: [(Int, Int)], count: Int) -> Range<Int> {
            let lower = (kept.last { $0.0 < i }?.1).map { $0 + 1 } ?? 0
            let upper = kept.first { $0.0 > i }?.1 ?? count
            return lower..<max(lower, upper)
        }
        // Splits: an old paragraph (deleted, or paired with one of its parts).
        for i in old.indices {
            let pair = pairing.kept.first { $0.0 == i }
            guard pair != nil || pairing.deleted.contains(i) else { continue }
            let current = pair.map { similarity(a[i], b[$0.1]) } ?? 0
            let others = pairing.kept.filter { $0.0 != i }
            guard let run = best(a[i], b, free: Set(pairing.inserted), anchor: pair?.1, slot: slot(i, kept: others, count: new.count), current: current) else { continue }
            found.append(Regrouping(old: [i], new: run))
            pairing.kept.removeAll { $0.0 == i }
            pairing.deleted.removeAll { $0 == i }
            pairing.inserted.removeAll(where: run.contains)
        }
        // Merges: a new paragraph (inserted, or paired with one of the old ones it joins).
        let flipped = { (p: Pairing) in p.kept.map { ($0.1, $0.0) } }
        for j in new.indices where !found.contains(where: { $0.new.contains(j) }) {
            let pair = pairing.kept.first { $0.1 == j }
            guard pair != nil || pairing.inserted.contains(j) else { continue }
            let current = pair.map { similarity(a[$0.0], b[j]) } ?? 0
            let others = flipped(pairing).filter { $0.0 != j }
            guard let run = best(b[j], a, free: Set(pairing.deleted), anchor: pair?.0, slot: slot(j, kept: others, count: old.count), current: current) else { continue }
            found.append(Regrouping(old: run, new: [j]))
            pairing.kept.removeAll { $0.1 == j }
            pairing.inserted.removeAll { $0 == j }
            pairing.deleted.removeAll(where: run.contains)
        }
        return found
    }
}
