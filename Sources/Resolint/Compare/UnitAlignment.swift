/// Pairs the paragraphs of two language versions without translating them: by the share of the text
/// each takes (a paragraph is about as long against the whole in every language) and by what both
/// say alike (citations, symbols, figures). A paragraph one version lacks is left without a partner.
enum UnitAlignment {
    /// For each unit of `a`, the index of its counterpart in `b`, or nil.
    static func align(_ a: [VersionSkeleton.Unit], _ b: [VersionSkeleton.Unit]) -> [Int?] {
        // Equal counts: paragraph for paragraph, as the versions of one text are set.
        if a.count == b.count { return a.indices.map { $0 } }
        let n = a.count, m = b.count
        let gap = 0.5
        var cost = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][0] = Double(i) * gap }
        for j in 0...m { cost[0][j] = Double(j) * gap }
        let keys = (a.map(Self.key), b.map(Self.key))
        func match(_ i: Int, _ j: Int) -> Double {
            5 * abs(a[i].share - b[j].share) + distance(keys.0[i], keys.1[j]) + (a[i].value == b[j].value ? 0 : 0.1)
        }
        if n > 0, m > 0 {
            for i in 1...n {
                for j in 1...m {
                    cost[i][j] = min(cost[i - 1][j - 1] + match(i - 1, j - 1), cost[i - 1][j] + gap, cost[i][j - 1] + gap)
                }
            }
        }
        var out = [Int?](repeating: nil, count: n)
        var i = n, j = m
        while i > 0, j > 0 {
            if cost[i][j] == cost[i - 1][j - 1] + match(i - 1, j - 1) { out[i - 1] = j - 1; i -= 1; j -= 1 }
            else if cost[i][j] == cost[i - 1][j] + gap { i -= 1 }
            else { j -= 1 }
        }
        return out
    }

    /// What a paragraph says alike in every language, counted.
    static func key(_ u: VersionSkeleton.Unit) -> [String: Int] {
        var out: [String: Int] = [:]
        for t in u.allFigures { out[t.kind.rawValue + t.value, default: 0] += 1 }
        return out
    }

    /// 0 for the same figures, 1 for none in common; 0.5 when one side has none (words may stand for them).
    static func distance(_ x: [String: Int], _ y: [String: Int]) -> Double {
        if x.isEmpty, y.isEmpty { return 0 }
        if x.isEmpty || y.isEmpty { return 0.5 }
        let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        return 1 - 2 * Double(shared) / Double(total)
    }
}
