/// Lifts page-break debris out of the text: footnote blocks, hyperlink residue, and page furniture
/// (running heads, page numbers, job numbers, bar codes). What is left is the running text.
struct CleanedPage {
    /// Lines of running text, in order, each flagged when a page break stands right before it.
    var body: [BodyLine] = []
    var footnotes: [FootnoteText] = []
    var separators: [ByteRange] = []
    /// Each page foot's block of notes, from its separator line to its last line.
    var footnoteAreas: [ByteRange] = []
}

struct BodyLine: Sendable {
    var line: SourceLine
    /// A page break (furniture, footnotes, links, or two printed lines in a row) stands before this line.
    var afterBreak: Bool
    /// At least one blank line stands before this line.
    var blankBefore: Bool
}

enum PageCleaner {
    /// `months`: the language's month names, which tell a date ("26 August–4 September 2002") from a
    /// footnote's number where a footnote text wraps before one.
    static func clean(_ source: SourceFile, lines: [SourceLine], layout: Layout, symbol: String?, months: [String] = [],
                      abbreviations: [String] = [], ranges: [String] = []) -> CleanedPage {
        let b = source.bytes
        var page = CleanedPage()
        var breakPending = false
        var i = 0
        var previousWasContent = false
        var blankSeen = false
        // The next footnote number expected at a page's foot (pdftotext).
        var nextNote = 1
        while i < lines.count {
            let line = lines[i]
            if line.isBlank { i += 1; previousWasContent = false; blankSeen = true; continue }
            // resolint comments (and any HTML comment line) are not part of the text.
            if Suppressions.isDirectiveLine(source, line) { i += 1; continue }
            if let end = runningHeadEnd(b, lines: lines, at: i, symbol: symbol) {
                breakPending = true; previousWasContent = false; i = end; continue
            }
            if isFurniture(b, line.content, symbol: symbol) || isLink(b, line.content) {
                breakPending = true; previousWasContent = false; i += 1; continue
            }
            // An authored footnote, "[^3]: text", may stand anywhere.
            if Bytes.hasPrefix(b, line.content, "[^"), let e = entry(b, line.content) {
                page.footnotes.append(FootnoteText(number: e.number, numberRange: e.numberRange, text: source.string(e.text), range: line.content))
                previousWasContent = false; i += 1; continue
            }
            // A sponsor's footnote ("* On behalf of the States that are members of the Group of 77 and
            // China …") printed at the foot of the first page without a separator line above it.
            if blankSeen, let end = asteriskNoteEnd(b, lines: lines, at: i, symbol: symbol) {
                breakPending = true; previousWasContent = false; i = end; continue
            }
            if isSeparator(b, line.content) {
                page.separators.append(line.content)
                let separator = i
                i = footnoteZone(source, lines: lines, after: i, layout: layout, symbol: symbol, months: months,
                                 abbreviations: abbreviations, ranges: ranges, next: &nextNote, into: &page)
                page.footnoteAreas.append(lines[separator].content.lowerBound..<lines[max(separator, i - 1)].content.upperBound)
                breakPending = true; previousWasContent = false
                continue
            }
            // In the interleaved layout two printed lines in a row mean a page break between them (N1).
            let adjacent = layout == .interleaved && previousWasContent
            page.body.append(BodyLine(line: line, afterBreak: breakPending || adjacent, blankBefore: blankSeen))
            blankSeen = false
            breakPending = false
            previousWasContent = true
            i += 1
        }
        return page
    }

    /// A footnote text's line that goes on a date or a range: "– 14 June 1992" after "3", "August–4
    /// September 2002" after "26". Such a number is a day, not a footnote's number.
    private static func startsWithDate(_ text: String, months: [String]) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let first = t.unicodeScalars.first, first == "–" || first == "-" {
            let rest = t.dropFirst().trimmingCharacters(in: .whitespaces)
            return rest.first?.isNumber == true
        }
        return months.contains { t.hasPrefix($0 + " ") || t.hasPrefix($0 + "–") || t.hasPrefix($0 + ",") || t == $0 }
    }

    /// The lines of a note marked "*" or "**" that runs to the page's furniture (a job number, the end
    /// of the text) within a few lines: the index after it, or nil when body text follows instead.
    private static func asteriskNoteEnd(_ b: [UInt8], lines: [SourceLine], at start: Int, symbol: String?) -> Int? {
        let first = lines[start].content
        guard Bytes.hasPrefix(b, first, "* ") || Bytes.hasPrefix(b, first, "** ") || Bytes.hasPrefix(b, first, "*** ") else { return nil }
        var i = start + 1
        while i < lines.count, i - start <= 8 {
            let line = lines[i]
            if line.isBlank { i += 1; continue }
            if isFurniture(b, line.content, symbol: symbol) || isSeparator(b, line.content) { return i }
            // Another note of the block, or the note's next line.
            i += 1
        }
        return i >= lines.count ? i : nil
    }

    /// Reads the footnote block that follows a separator line; returns the index of the first line after it.
    private static func footnoteZone(_ source: SourceFile, lines: [SourceLine], after sep: Int, layout: Layout,
                                     symbol: String?, months: [String], abbreviations: [String] = [], ranges: [String] = [],
                                     next: inout Int, into page: inout CleanedPage) -> Int {
        let b = source.bytes
        var i = sep + 1
        if layout == .pdftotext {
            // pdftotext scrambles the block: numbers alone, texts, furniture, up to the next page (form feed).
            var found: [FootnoteText] = []
            // The line before ended with an abbreviation ("Supplement No." / "3 and corrigenda …", A/RES/75/173
            // as printed) or inside a range of numbers ("Madrid, 8 a" / "12 de abril de 2002", the Spanish
            // 75/151): a number at this line's head goes on that note.
            var goesOnNote = false
            while i < lines.count {
                let line = lines[i]
                if startsPage(b, line) { break }
                if isSeparator(b, line.content) { break }
                if !line.isBlank, !isFurniture(b, line.content, symbol: symbol), !goesOnNote, let entry = entry(b, line.content),
                   !startsWithDate(source.string(entry.text), months: months) {
                    found.append(FootnoteText(number: entry.number, numberRange: entry.numberRange, text: source.string(entry.text)))
                }
                if !line.isBlank {
                    goesOnNote = abbreviations.contains { Bytes.endsWithWord(b, line.content, $0.utf8, breakingSpaceOnly: true) }
                        || ranges.contains { endsInsideRange(b, line.content, $0) }
                }
                i += 1
            }
            page.footnotes += pageNotes(found, next: &next)
            return i
        }
        var lastWasEntry = false
        var lastNumber: Int?
        while i < lines.count {
            let line = lines[i]
            // A form feed starts the next page: its text is no footnote's continuation.
            if startsPage(b, line) { break }
            if line.isBlank { i += 1; if layout != .interleaved { lastWasEntry = false }; continue }
            if isLink(b, line.content) || isFurniture(b, line.content, symbol: symbol) { i += 1; continue }
            if let e = entry(b, line.content), !isParagraphNumber(b, line.content),
               lastNumber.map({ e.number <= $0 + 3 }) ?? true {  // a long jump forward is body text ("12 月 …")
                lastNumber = e.number
                page.footnotes.append(FootnoteText(number: e.number, numberRange: e.numberRange, text: source.string(e.text), range: line.content))
                lastWasEntry = true
                i += 1
                continue
            }
            // A number left alone, its text printed after the page's furniture (PDF extraction moves it
            // there: A/C.4/80/L.11): the next text line is its text.
            if var last = page.footnotes.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty {
                page.footnotes.removeLast()
                last.text = source.string(line.content)
                last.range = nil
                page.footnotes.append(last)
                lastWasEntry = true
                i += 1
                continue
            }
            // A continuation of the footnote above starts at the margin.
            if lastWasEntry, line.indent == 0, layout == .interleaved || lines[i - 1].isBlank == false {
                if var last = page.footnotes.popLast() {
                    last.text += source.string(line.content)
                    last.range = last.range.map { $0.lowerBound..<line.content.upperBound }
                    page.footnotes.append(last)
                }
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// The line ends with a number and a word of a range after it: "8 a", "8 to", "8 и".
    private static func endsInsideRange(_ b: [UInt8], _ r: ByteRange, _ word: String) -> Bool {
        guard Bytes.endsWithWord(b, r, word.utf8, breakingSpaceOnly: true) else { return false }
        let space = r.upperBound - word.utf8.count - 1
        return space > r.lowerBound && Bytes.isDigit(b[space - 1])
    }

    /// The notes of one page's foot, in any order, run on from the previous page's: the numbers from
    /// `next`, each within three of another (from 1 again where a new scope starts). A number out of
    /// that run starts a wrapped line of a note's text ("Supplement No.\n21 (E/1998/41)").
    static func pageNotes(_ found: [FootnoteText], next: inout Int) -> [FootnoteText] {
        // A new scope (the recommended texts of a report) numbers its notes from 1 again.
        if found.contains(where: { $0.number == 1 }) { next = 1 }
        var top = next - 1
        // The first notes of a text whose numbering does not start at 1 (a part that runs on).
        if next == 1, let low = found.map(\.number).min(), !found.contains(where: { $0.number <= 3 }) { top = low - 1 }
        var kept = [Bool](repeating: false, count: found.count)
        var grown = true
        while grown {
            grown = false
            for (k, n) in found.enumerated() where !kept[k] && n.number >= next && n.number <= top + 3 {
                kept[k] = true
                top = max(top, n.number)
                grown = true
            }
        }
        next = top + 1
        let notes = found.indices.filter { kept[$0] }.map { found[$0] }
        // A number between two notes that follow each other, its text going on as no note's text starts
        // (with a bracket or in lower case), is a wrapped line of the first one's text ("2 See Official
        // Records …, Supplement No." / "5 (E/2006/25) …" / "3 Ibid.", A/RES/75/226): kept, it would take
        // the place of the note that bears its number on the next page. Numbers alone are pdftotext's
        // scrambled notes ("2", "4", "3", A/80/L.13) and stay.
        let interlopers = Set(notes.indices.dropFirst().dropLast().filter { k in
            guard notes[k - 1].number + 1 == notes[k + 1].number, notes[k].number != notes[k - 1].number + 1,
                  let first = notes[k].text.unicodeScalars.first else { return false }
            return first == "(" || first.properties.isLowercase
        })
        guard !interlopers.isEmpty else { return notes }
        let cleaned = notes.indices.filter { !interlopers.contains($0) }.map { notes[$0] }
        next = (cleaned.map(\.number).max() ?? next - 1) + 1
        return cleaned
    }

    /// pdftotext starts a page with a form feed and the running head, which may be a short title over
    /// one or two lines before the symbol: all of it is furniture. Returns the index after the head.
    private static func runningHeadEnd(_ b: [UInt8], lines: [SourceLine], at i: Int, symbol: String?) -> Int? {
        guard let symbol, lines[i].range.lowerBound < lines[i].content.lowerBound || lines[i].content.isEmpty,
              lines[i].range.count > 0, b[lines[i].range.lowerBound] == 0x0C else { return nil }
        var j = i, seen = 0
        while j < lines.count, seen < 4 {
            if !lines[j].isBlank {
                if Bytes.equals(b, lines[j].content, symbol) { return j > i ? j + 1 : nil }
                seen += 1
            }
            j += 1
        }
        return nil
    }

    private static func startsPage(_ b: [UInt8], _ line: SourceLine) -> Bool {
        line.range.lowerBound < line.content.lowerBound && b[line.range.lowerBound] == 0x0C
    }

    /// "12 text", "12/ text", "[^12]: text" or a number alone (pdftotext).
    static func entry(_ b: [UInt8], _ r: ByteRange) -> (number: Int, numberRange: ByteRange, text: ByteRange)? {
        var start = r.lowerBound
        if Bytes.hasPrefix(b, r, "[^") { start += 2 }
        guard let (value, length) = Bytes.leadingNumber(b, start..<r.upperBound), length <= 3, value > 0 else { return nil }
        let numberRange = start..<(start + length)
        var j = numberRange.upperBound
        if start > r.lowerBound {
            guard j + 1 < r.upperBound || j + 1 == r.upperBound, Bytes.hasPrefix(b, j..<r.upperBound, "]:") else { return nil }
            j += 2
        } else if j < r.upperBound, b[j] == 0x2F { j += 1 }  // "1/ text"
        if j == r.upperBound { return (value, numberRange, j..<j) }
        guard b[j] == 0x20 || b[j] == 0x09 else { return nil }
        while j < r.upperBound, b[j] == 0x20 || b[j] == 0x09 { j += 1 }
        return (value, numberRange, j..<r.upperBound)
    }

    /// "12. text" is a paragraph, never a footnote.
    private static func isParagraphNumber(_ b: [UInt8], _ r: ByteRange) -> Bool {
        guard let (_, length) = Bytes.leadingNumber(b, r) else { return false }
        return r.lowerBound + length < r.upperBound && b[r.lowerBound + length] == 0x2E
    }

    static func isSeparator(_ b: [UInt8], _ r: ByteRange) -> Bool {
        r.count >= 5 && b[r].allSatisfy { $0 == 0x5F }
    }

    static func isLink(_ b: [UInt8], _ r: ByteRange) -> Bool {
        (Bytes.hasPrefix(b, r, "https://") || Bytes.hasPrefix(b, r, "http://")) && !b[r].contains(0x20)
    }

    /// Running heads, page numbers "2/5", job numbers "18-17962 (E)", date codes "021118", bar codes "*1817962*".
    static func isFurniture(_ b: [UInt8], _ r: ByteRange, symbol: String?) -> Bool {
        // Each form has a length of its own: most lines are too long for all but the symbol.
        let n = r.count
        if let symbol, Bytes.equals(b, r, symbol) { return true }
        if n >= 3, b[r.lowerBound] == 0x2A, b[r.upperBound - 1] == 0x2A, b[(r.lowerBound + 1)..<(r.upperBound - 1)].allSatisfy(Bytes.isDigit) { return true }
        if n == 6, b[r].allSatisfy(Bytes.isDigit) { return true }
        if n <= 7, let slash = b[r].firstIndex(of: 0x2F), slash > r.lowerBound, slash < r.upperBound - 1,
           b[r.lowerBound..<slash].allSatisfy(Bytes.isDigit), b[(slash + 1)..<r.upperBound].allSatisfy(Bytes.isDigit) {
            return true
        }
        // Job number: NN-NNNNN, optionally followed by " (E)" or another language letter.
        if n >= 8, b[r.lowerBound..<(r.lowerBound + 2)].allSatisfy(Bytes.isDigit), b[r.lowerBound + 2] == 0x2D,
           b[(r.lowerBound + 3)..<(r.lowerBound + 8)].allSatisfy(Bytes.isDigit) {
            let rest = String(decoding: b[(r.lowerBound + 8)..<r.upperBound], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if rest.isEmpty || (rest.hasPrefix("(") && rest.hasSuffix(")") && rest.count <= 4) { return true }
        }
        if Bytes.equals(b, r, "Please recycle") { return true }
        return false
    }
}

import Foundation
