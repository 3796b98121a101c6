/// "Did you mean …?" for a word the text almost writes: the word of a list nearest to some stretch of
/// the text ("Seventy-nineth session" holds "seventy-ninth" but for one letter), by edit distance.
enum NearMiss {
    /// The edit distance between `word` and the stretch of `text` closest to it, and where that stretch
    /// starts (Sellers' approximate matching: the stretch may start and end anywhere).
    static func distance(of word: [Character], in text: [Character]) -> (distance: Int, start: Int) {
        guard !word.isEmpty else { return (0, 0) }
        var previous = [Int](repeating: 0, count: text.count + 1)
        var starts = Array(0...text.count)
        var row = previous, rowStarts = starts
        for i in 1...word.count {
            row[0] = i; rowStarts[0] = 0
            for j in stride(from: 1, through: text.count, by: 1) {
                let substitute = previous[j - 1] + (word[i - 1] == text[j - 1] ? 0 : 1)
                let delete = previous[j] + 1, insert = row[j - 1] + 1
                if substitute <= delete, substitute <= insert { row[j] = substitute; rowStarts[j] = starts[j - 1] }
                else if delete <= insert { row[j] = delete; rowStarts[j] = starts[j] }
                else { row[j] = insert; rowStarts[j] = rowStarts[j - 1] }
            }
            swap(&previous, &row); swap(&starts, &rowStarts)
        }
        var best = (distance: Int.max, start: 0)
        for j in 0...text.count where previous[j] < best.distance { best = (previous[j], starts[j]) }
        return best
    }

    /// The candidate the text nearly writes, written with the case the text gives it ("Seventy-ninth"),
    /// when one is within a letter in five of it and none is written exactly.
    static func suggestion(in text: String, among candidates: [String]) -> String? {
        let lower = Array(text.lowercased())
        guard lower.count == text.count else { return nil }
        var best: (word: String, distance: Int, start: Int)?
        for candidate in candidates {
            let word = Array(candidate.lowercased())
            let found = distance(of: word, in: lower)
            if found.distance == 0 { return nil }
            // A longer word wins a tie ("seventy-ninth" over "ninth").
            if best == nil || found.distance < best!.distance || found.distance == best!.distance && word.count > best!.word.count {
                best = (candidate, found.distance, found.start)
            }
        }
        guard let best, best.distance <= max(1, best.word.count / 5) else { return nil }
        let original = Array(text)
        guard best.start < original.count, original[best.start].isUppercase, let first = best.word.first else { return best.word }
        return first.uppercased() + best.word.dropFirst()
    }
}
