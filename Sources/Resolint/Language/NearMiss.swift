/// "Did you mean …?" for a text that almost writes one of a list ("Seventy-nineth session" for
/// "Seventy-ninth session"), by edit distance.
enum NearMiss {
    /// The index of the candidate nearest to the whole of `text` (case aside), when it is within a letter
    /// in five of it and not `text` itself.
    static func nearest(_ text: String, among candidates: [String]) -> Int? {
        // Compared scalar by scalar where every scalar is a character of its own (`Graphemes.neverJoins`,
        // no CR): no two such scalars are canonically equivalent (a test reads them all), so two such
        // characters are equal exactly when their scalars are.
        func scalars(_ s: String) -> [UInt32]? {
            var out: [UInt32] = []
            out.reserveCapacity(s.utf8.count)
            for u in s.unicodeScalars {
                guard u != "\r", Graphemes.neverJoins(u) else { return nil }
                out.append(u.value)
            }
            return out
        }
        guard let t = scalars(text.lowercased()) else { return nearestByCharacters(text, among: candidates) }
        var keys: [[UInt32]] = []
        keys.reserveCapacity(candidates.count)
        for c in candidates {
            guard let k = scalars(c.lowercased()) else { return nearestByCharacters(text, among: candidates) }
            keys.append(k)
        }
        return nearest(t, keys, candidates)
    }

    /// The nearest key to `t`, as `nearest` decides it, on scalars or on Characters alike.
    private static func nearest<E: Equatable>(_ t: [E], _ keys: [[E]], _ candidates: [String]) -> Int? {
        var best: (index: Int, distance: Int, gap: Int)?
        /// Two candidates equally near ("七十叁" is as near "七十一" as "七十三"): no guess.
        var tied = false
        for (i, k) in keys.enumerated() {
            let d = StateNames.distance(t, k, bound: (best?.distance ?? Int.max - 1) + 1)
            if d == 0 { return nil }
            // A tie goes to the candidate nearest the text in length ("第七十叁届会议": "第七十三届会议", not "第七十届会议").
            let gap = abs(k.count - t.count)
            if best == nil || d < best!.distance || d == best!.distance && gap < best!.gap { best = (i, d, gap); tied = false }
            else if d == best!.distance, gap == best!.gap { tied = true }
        }
        guard let best, !tied, best.distance <= max(1, candidates[best.index].count / 5) else { return nil }
        return best.index
    }

    /// `nearest` comparing Characters: exact for any text, and what the scalar walk stands for.
    static func nearestByCharacters(_ text: String, among candidates: [String]) -> Int? {
        nearest(Array(text.lowercased()), candidates.map { Array($0.lowercased()) }, candidates)
    }
}
