import Foundation

/// Reads the recorded votes of a committee report (spec/structure.md, "Recorded votes";
/// research.md §7.2, V1–V3): the tally phrase with its stated numbers, the outcome the sentence
/// gives, then the three lists under their labels, split into names.
///
/// The report paragraphs are read as one text, in file order: in the Chinese PDF layout the list
/// lines have no indentation and join the vote paragraph, while a label standing at the margin with
/// a space (" 反对：") starts a paragraph of its own. Page-break debris is already gone (PageCleaner).
struct VoteParser {
    let language: LanguageProfile

    func parse(_ paragraphs: [Paragraph]) -> [RecordedVote] {
        var all: [Paragraph] = []
        func walk(_ p: Paragraph) { all.append(p); p.children.forEach(walk) }
        paragraphs.forEach(walk)
        all.sort { $0.range.lowerBound < $1.range.lowerBound }
        var stream = MappedText()
        for p in all {
            if !stream.isEmpty { stream.appendJoiner("\n") }
            stream.append(p.content)
        }
        return parse(stream)
    }

    func parse(_ stream: MappedText) -> [RecordedVote] {
        let text = UTF16Text(stream.text)
        let votes = language.votes
        var matches: [UnitMatch] = []
        for pattern in votes.tallies ?? [] {
            guard let expression = try? RegexCache.compiled(pattern, ignoreCase: false) else { continue }
            matches += expression.matches(in: text.string, units: text.units)
        }
        matches.sort { $0.range.location < $1.range.location }
        // Overlapping matches of two phrasings: the first wins.
        var kept: [UnitMatch] = []
        for m in matches where kept.last.map({ NSMaxRange($0.range) <= m.range.location }) ?? true { kept.append(m) }

        var out: [RecordedVote] = []
        for (i, m) in kept.enumerated() {
            let regionEnd = i + 1 < kept.count ? kept[i + 1].range.location : text.length
            var vote = RecordedVote(range: sourceRange(m.range, text, stream))
            for (group, side) in [("yes", RecordedVote.Side.inFavour), ("no", .against), ("abstain", .abstaining)] {
                let r = m.range(withName: group)
                guard r.location != NSNotFound else { continue }
                let word = text.substring(r)
                let value = votes.value(word)
                vote[side] = RecordedVote.Tally(stated: value, statedRange: sourceRange(r, text, stream))
            }
            readOutcome(&vote, tally: m.range, text: text, stream: stream)
            readLists(&vote, from: NSMaxRange(m.range), to: regionEnd, text: text, stream: stream)
            out.append(vote)
        }
        return out
    }

    /// The outcome words of the sentence that holds the tally.
    private func readOutcome(_ vote: inout RecordedVote, tally: NSRange, text: UTF16Text, stream: MappedText) {
        let end = UTF16Text.Needle(language.votes.end ?? ".")
        let lineBreak = UTF16Text.Needle("\n")
        // The sentence: from after the previous sentence end to the next one (a period must be
        // followed by a space or a line end, so "Rev.1" does not end it).
        var start = tally.location
        while start > 0 {
            let r = text.composedRange(at: start - 1)
            if isSentenceEnd(text, r, end) || text.equals(r, lineBreak) { break }
            start = r.location
        }
        var stop = NSMaxRange(tally)
        while stop < text.length {
            let r = text.composedRange(at: stop)
            if isSentenceEnd(text, r, end) { break }
            stop = NSMaxRange(r)
        }
        let sentence = NSRange(location: start, length: stop - start)
        for outcome in [RecordedVote.Outcome.rejected, .retained, .adopted] {
            for word in language.votes.outcomes?[outcome.rawValue] ?? [] {
                let r = text.rangeIgnoringCase(of: UTF16Text.Needle(word), in: sentence)
                if r.location != NSNotFound {
                    vote.outcome = outcome
                    vote.outcomeRange = sourceRange(r, text, stream)
                    return
                }
            }
        }
    }

    private func isSentenceEnd(_ text: UTF16Text, _ r: NSRange, _ end: UTF16Text.Needle) -> Bool {
        guard text.equals(r, end) else { return false }
        guard end.isASCII else { return true }
        let next = NSMaxRange(r)
        return next >= text.length || text.isWhitespace(at: next)
    }

    /// The three labelled lists between the tally and the next one.
    private func readLists(_ vote: inout RecordedVote, from start: Int, to end: Int, text: UTF16Text, stream: MappedText) {
        let votes = language.votes
        let region = NSRange(location: start, length: end - start)
        var labels: [(side: RecordedVote.Side, range: NSRange)] = []
        for side in RecordedVote.Side.allCases {
            let r = text.range(of: votes.label(side), in: region)
            if r.location != NSNotFound { labels.append((side, r)) }
        }
        labels.sort { $0.range.location < $1.range.location }
        for (i, label) in labels.enumerated() {
            let limit = i + 1 < labels.count ? labels[i + 1].range.location : end
            var tally = vote[label.side] ?? RecordedVote.Tally()
            tally.labelRange = sourceRange(label.range, text, stream)
            let list = listRange(after: NSMaxRange(label.range), limit: limit, text: text)
            if list.length > 0 {
                tally.listRange = sourceRange(list, text, stream)
                tally.states = names(in: list, text: text, stream: stream)
            }
            vote[label.side] = tally
        }
    }

    /// From after the label (and the spaces or paragraph break after it) to the list's end mark, the
    /// next label, or a paragraph break that does not follow a separator.
    private func listRange(after start: Int, limit: Int, text: UTF16Text) -> NSRange {
        let votes = language.votes
        let separator = UTF16Text.Needle((votes.separator ?? ",").trimmingCharacters(in: .whitespaces))
        let end = UTF16Text.Needle(votes.end ?? ".")
        let lineBreak = UTF16Text.Needle("\n")
        var i = start
        while i < limit, text.isWhitespace(at: i) { i += 1 }
        let listStart = i
        // The last character that is not white space (none yet: "").
        var lastNonSpace: NSRange?
        while i < limit {
            let r = text.composedRange(at: i)
            if isSentenceEnd(text, r, end) { break }
            if text.equals(r, lineBreak), !(lastNonSpace.map { text.equals($0, separator) } ?? separator.string.isEmpty) { break }
            if !text.startsWithWhitespace(r) { lastNonSpace = r }
            i = NSMaxRange(r)
        }
        return NSRange(location: listStart, length: max(0, i - listStart))
    }

    /// The names of a list, each trimmed of spaces and of a footnote number glued to it.
    private func names(in list: NSRange, text: UTF16Text, stream: MappedText) -> [(name: String, range: ByteRange)] {
        let separator = UTF16Text.Needle(language.votes.separator ?? ",")
        var out: [(String, ByteRange)] = []
        var pieceStart = list.location
        func flush(_ pieceEnd: Int) {
            var lo = pieceStart, hi = pieceEnd
            while lo < hi, text.isWhitespace(at: lo) { lo += 1 }
            while hi > lo, text.isWhitespace(at: hi - 1) { hi -= 1 }
            // A footnote marker glued to the name ("南苏丹2").
            var digits = hi
            while digits > lo, text.isASCIIDigit(at: digits - 1) { digits -= 1 }
            if digits > lo, digits < hi { hi = digits; while hi > lo, text.isWhitespace(at: hi - 1) { hi -= 1 } }
            guard lo < hi else { return }
            let r = NSRange(location: lo, length: hi - lo)
            let name = lineBreaksAsSpaces(r, text)
            out.append((name, sourceRange(r, text, stream)))
        }
        var i = list.location
        while i < NSMaxRange(list) {
            let r = text.range(of: separator, in: NSRange(location: i, length: NSMaxRange(list) - i))
            guard r.location != NSNotFound else { break }
            flush(r.location)
            i = NSMaxRange(r)
            pieceStart = i
        }
        flush(NSMaxRange(list))
        return out
    }

    /// The text of `r` with its line breaks read as spaces (a name wrapped over two lines).
    private func lineBreaksAsSpaces(_ r: NSRange, _ text: UTF16Text) -> String {
        let name = text.substring(r)
        guard name.utf8.contains(0x0A) else { return name }
        // Foundation's search is not literal: it agrees with a plain replacement on plain text only.
        guard text.isPlain(r), !name.utf8.contains(0x0D) else { return name.replacingOccurrences(of: "\n", with: " ") }
        return String(decoding: name.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    private func sourceRange(_ r: NSRange, _ text: UTF16Text, _ stream: MappedText) -> ByteRange {
        text.sourceRange(of: r, in: stream) ?? stream.sourceRange(0..<0)
    }
}
