/// `--format text`: "path:line:col: severity[rule] message", then the source line with the span marked.
public struct TextReporter: Sendable {
    public var color: Bool
    public init(color: Bool) { self.color = color }

    public func render(_ reports: [FileReport]) -> String {
        // One byte buffer for the whole report, decoded once: appending each diagnostic's text to a
        // String cost more than making it.
        var out: [UInt8] = []
        for report in reports {
            for d in report.diagnostics { append(d, source: report.source, to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public func render(_ d: Diagnostic, source: SourceFile) -> String {
        var out: [UInt8] = []
        append(d, source: source, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `render(d, source:)`'s text, as UTF-8 appended to `out`.
    func append(_ d: Diagnostic, source: SourceFile, to out: inout [UInt8]) {
        appendHeading(d, to: &out)
        guard d.start.line >= 1, d.start.line <= source.lineCount else { return }
        let lineRange = source.lineRange(d.start.line - 1)
        // A form feed, a tab or a line too long for a terminal: the String path, which drops form
        // feeds, expands tabs and shows a window around the column.
        if lineRange.count > Self.windowWidth || source.bytes[lineRange].contains(where: { $0 == 0x0C || $0 == 0x09 }) {
            out += characterExcerpt(d, source: source).utf8
            return
        }
        // The line as decoding repairs it, then read as bytes: the String is valid UTF-8, so a scalar
        // starts at every byte that is not a continuation byte, and joining Strings joins their bytes.
        var lineText = source.string(lineRange)
        lineText.withUTF8 { line in
            let n = line.count
            /// The byte after `count` scalars from byte `i` (at most the end of the line).
            func advance(_ i: Int, scalars count: Int) -> Int {
                var i = i, k = 0
                while k < count, i < n { i += Self.scalarWidth(line[i]); k += 1 }
                return i
            }
            let gutter = String(d.start.line)
            let spanStart = advance(0, scalars: d.start.column - 1)
            let spanEnd = d.end.line == d.start.line ? d.end.column : Self.scalarCount(line) + 1
            let spanBytes = advance(spanStart, scalars: max(1, spanEnd - d.start.column))
            let before = UnsafeBufferPointer(rebasing: line[..<spanStart])
            let span = UnsafeBufferPointer(rebasing: line[spanStart..<spanBytes])
            let rightToLeft = Self.hasRightToLeft(line)
            var marker = [UInt8](repeating: 0x20, count: Self.displayWidth(before))
            marker += repeatElement(UInt8(ascii: "^"), count: max(1, Self.displayWidth(span)))
            if rightToLeft {
                // See characterExcerpt: the line isolated, the marked text quoted after the carets.
                marker += " “\u{2068}".utf8
                marker += span
                marker += "\u{2069}”".utf8
            }
            let pad = repeatElement(UInt8(ascii: " "), count: gutter.utf8.count)
            out.append(0x20); out += pad; out += " |\n ".utf8
            out += gutter.utf8; out += " | ".utf8
            if rightToLeft { out += "\u{2068}".utf8 }
            out += line
            if rightToLeft { out += "\u{2069}".utf8 }
            out += "\n ".utf8; out += pad; out += " | ".utf8
            if color { out += paint(String(decoding: marker, as: UTF8.self), "1;31").utf8 } else { out += marker }
            out += "\n\n".utf8
        }
    }

    /// "path:line:col: severity[rule] message" and its line end.
    /// `heading(d)` written as bytes into the report: the interpolation appended to a String eleven
    /// times a diagnostic.
    func appendHeading(_ d: Diagnostic, to out: inout [UInt8]) {
        out += d.path.utf8
        out.append(0x3A)
        if let place = d.place { out += place.utf8 } else { out += String(d.start.line).utf8 }
        out.append(0x3A)
        out += String(d.start.column).utf8
        out += ": ".utf8
        let sev = d.severity.rawValue
        if color { out += paint(sev, d.severity == .error ? "31" : d.severity == .warning ? "33" : "36").utf8 } else { out += sev.utf8 }
        out.append(0x5B)
        out += d.rule.utf8
        out.append(0x5D)
        if d.fix?.safety == .safe { out += " [*]".utf8 }
        out.append(0x20)
        out += d.message.utf8
        out.append(0x0A)
    }

    func heading(_ d: Diagnostic) -> String {
        let sev = d.severity.rawValue
        let tag = color ? paint(sev, d.severity == .error ? "31" : d.severity == .warning ? "33" : "36") : sev
        // "[*]": `resolint fix` repairs it (ruff's mark); unsafe fixes need --unsafe and are not marked.
        let fixable = d.fix?.safety == .safe ? " [*]" : ""
        return "\(d.path):\(d.location): \(tag)[\(d.rule)]\(fixable) \(d.message)\n"
    }

    /// The widest excerpt shown, in terminal columns: a longer line is shown as a window around the
    /// finding, with "…" where it is cut.
    static let windowWidth = 100

    /// The source line with the span marked, by Strings and scalar views: for a line with a form feed
    /// (dropped), a tab (four spaces, in the line and under it alike) or more than `windowWidth` columns.
    /// What `characterExcerptByCells` makes, reading only the scalars it shows or measures: that made
    /// one String per scalar of the line, and a long line (a flattened web page, an authored paragraph)
    /// cost more than the lint of its file.
    func characterExcerpt(_ d: Diagnostic, source: SourceFile) -> String {
        let lineRange = source.lineRange(d.start.line - 1).clamped(to: 0..<source.bytes.count)
        let gutter = String(d.start.line)
        let pad = Self.repeated(" ", gutter.count)
        // The line's bytes as they are: a source file holds valid UTF-8 (it is made from a String), and
        // a line starts and ends at a line break, so decoding it again would copy the same bytes.
        let (shown, span, beforeWidth, spanWidth, rightToLeft) = source.bytes.withUnsafeBufferPointer { all -> (String, String, Int, Int, Bool) in
            let b = UnsafeBufferPointer(rebasing: all[lineRange])
            let rightToLeft = Self.hasRightToLeft(b)
            /// A scalar's shown width: its cell's (a tab is four spaces, a form feed nothing).
            func cellWidth(_ s: Unicode.Scalar) -> Int { s == "\t" ? 4 : s == "\u{0C}" ? 0 : Self.width(s) }
            /// The scalars of bytes `lo..<hi` as shown.
            func shownText(_ lo: Int, _ hi: Int) -> String {
                var out: [UInt8] = []
                out.reserveCapacity(hi - lo)
                for k in lo..<hi where b[k] != 0x0C { if b[k] == 0x09 { out += [0x20, 0x20, 0x20, 0x20] } else { out.append(b[k]) } }
                return String(decoding: out, as: UTF8.self)
            }
            /// The byte after `n` scalars from byte `i`.
            func advance(_ i: Int, _ n: Int) -> Int {
                var i = i
                for _ in 0..<n { i += Self.scalarWidth(b[i]) }
                return i
            }
            let count = Self.scalarCount(b)
            let from = min(max(0, d.start.column - 1), count)
            let spanEnd = d.end.line == d.start.line ? d.end.column - 1 : count
            let to = min(max(from + 1, spanEnd), max(count, from + 1))
            let fromByte = advance(0, from)
            // Whether the line is wider than the window, read only until it is.
            var total = 0, i = 0
            while i < b.count, total <= Self.windowWidth {
                let (s, n) = UTF8Text.scalar(at: i, in: b)
                total += cellWidth(s)
                i += n
            }
            var first = 0, last = count, firstByte = 0, lastByte = b.count
            if total > Self.windowWidth {
                var w = 0
                first = from
                firstByte = fromByte
                while first > 0 {
                    var start = firstByte - 1
                    while b[start] & 0xC0 == 0x80 { start -= 1 }
                    let width = cellWidth(UTF8Text.scalar(at: start, in: b).scalar)
                    guard w + width <= Self.windowWidth / 3 else { break }
                    first -= 1
                    firstByte = start
                    w += width
                }
                w = 0
                last = first
                lastByte = firstByte
                while last < count {
                    let (s, n) = UTF8Text.scalar(at: lastByte, in: b)
                    let width = cellWidth(s)
                    guard w + width <= Self.windowWidth - 2 else { break }
                    w += width
                    last += 1
                    lastByte += n
                }
            }
            // The widths before the span and of it, within the window.
            var before = first > 0 ? 1 : 0, spanWidth = 0, k = first, at = firstByte
            while k < min(to, last) {
                let (s, n) = UTF8Text.scalar(at: at, in: b)
                if k < min(from, last) { before += cellWidth(s) } else { spanWidth += cellWidth(s) }
                k += 1
                at += n
            }
            let shown = (first > 0 ? "…" : "") + shownText(firstByte, lastByte) + (last < count ? "…" : "")
            let span = rightToLeft ? shownText(fromByte, advance(fromByte, min(to, count) - from)) : ""
            return (shown, span, before, max(1, spanWidth), rightToLeft)
        }
        var marker = Self.repeated(" ", beforeWidth) + Self.repeated("^", spanWidth)
        var line = shown
        if rightToLeft {
            // Arabic text: a terminal that lays it out right to left must not carry the gutter along, so
            // the line is isolated (U+2068 … U+2069); the carets stand under the logical order (as the
            // columns count), and the marked text is quoted after them, so the place is plain either way.
            line = "\u{2068}" + shown + "\u{2069}"
            marker += " “\u{2068}" + span + "\u{2069}”"
        }
        return " \(pad) |\n \(gutter) | \(line)\n \(pad) | \(color ? paint(marker, "1;31") : marker)\n\n"
    }

    /// The cells shown (`first..<last`), the span's cells (`from..<to`), the width before the span
    /// and the span's, from the width of each cell of the line: all of the line when it fits, else
    /// some context before the span and as much of it as fits after.
    private static func window(_ widths: [Int], _ d: Diagnostic)
        -> (first: Int, last: Int, from: Int, to: Int, beforeWidth: Int, spanWidth: Int) {
        let count = widths.count
        let from = min(max(0, d.start.column - 1), count)
        let spanEnd = d.end.line == d.start.line ? d.end.column - 1 : count
        let to = min(max(from + 1, spanEnd), max(count, from + 1))
        var first = 0, last = count
        let total = widths.reduce(0, +)
        if total > windowWidth {
            var w = 0
            first = from
            while first > 0, w + widths[first - 1] <= windowWidth / 3 { first -= 1; w += widths[first] }
            w = 0
            last = first
            while last < count, w + widths[last] <= windowWidth - 2 { w += widths[last]; last += 1 }
        }
        let beforeWidth = (first > 0 ? 1 : 0) + widths[first..<min(from, last)].reduce(0, +)
        let spanWidth = max(1, widths[min(from, last)..<min(to, last)].reduce(0, +))
        return (first, last, from, to, beforeWidth, spanWidth)
    }

    /// `characterExcerpt` as it was written first, one String per scalar of the line: what the test
    /// of the faster one compares it with.
    func characterExcerptByCells(_ d: Diagnostic, source: SourceFile) -> String {
        let lineRange = source.lineRange(d.start.line - 1)
        let lineText = source.string(lineRange)
        let gutter = String(d.start.line)
        let pad = Self.repeated(" ", gutter.count)
        // Each scalar as shown, so that a column (a scalar) maps to its shown text and width.
        let cells: [String] = lineText.unicodeScalars.map { $0 == "\t" ? "    " : $0 == "\u{0C}" ? "" : String($0) }
        let widths = cells.map { Self.displayWidth($0) }
        let (first, last, from, to, beforeWidth, spanWidth) = Self.window(widths, d)
        let lead = first > 0 ? "…" : "", tail = last < cells.count ? "…" : ""
        var marker = Self.repeated(" ", beforeWidth) + Self.repeated("^", spanWidth)
        var shown = lead + cells[first..<last].joined() + tail
        if Self.hasRightToLeft(lineText) {
            shown = "\u{2068}" + shown + "\u{2069}"
            marker += " “\u{2068}" + cells[min(from, cells.count)..<min(to, cells.count)].joined() + "\u{2069}”"
        }
        return " \(pad) |\n \(gutter) | \(shown)\n \(pad) | \(color ? paint(marker, "1;31") : marker)\n\n"
    }

    /// The length in bytes of the scalar that valid UTF-8 starts with `lead`.
    private static func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalars of valid UTF-8: its bytes that are not continuation bytes (10xxxxxx), counted eight
    /// at a time (a web page's line runs to thousands of bytes, and each finding on it counted them).
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = b.baseAddress else { return 0 }
        let n = b.count, raw = UnsafeRawPointer(base)
        var continuations = 0, i = 0
        while i + 8 <= n {
            // A byte's bit 7 set and bit 6 (shifted to bit 7) clear.
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < n {
            if b[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return n - continuations
    }

    /// Whether the text holds right-to-left letters (Hebrew, Arabic and their presentation forms).
    public static func hasRightToLeft(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable(hasRightToLeft) ?? s.unicodeScalars.contains(where: isRightToLeft)
    }

    /// `hasRightToLeft` of valid UTF-8.
    static func hasRightToLeft(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Bytes: a scalar whose first byte puts it outside U+0580…U+08FF and U+F000…U+FFFF is passed
        // over without decoding (the letters meant all lie there): ASCII, Latin, Cyrillic, CJK.
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            if lead < 0xD6 { i += 2; continue }
            if lead >= 0xE1 && lead <= 0xEE { i += 3; continue }
            if lead >= 0xF0 { i += 4; continue }
            let (u, n) = UTF8Text.scalar(at: i, in: b)
            if isRightToLeft(u) { return true }
            i += n
        }
        return false
    }

    private static func isRightToLeft(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    private func paint(_ s: String, _ code: String) -> String { "\u{1B}[\(code)m\(s)\u{1B}[0m" }

    /// An ASCII character `count` times (String(repeating:count:) appends the string once per copy).
    private static func repeated(_ c: Unicode.Scalar, _ count: Int) -> String {
        String(decoding: [UInt8](repeating: UInt8(c.value), count: count), as: UTF8.self)
    }

    /// Terminal columns: East Asian wide and full-width characters take two.
    public static func displayWidth(_ s: String) -> Int {
        displayWidth(Substring(s))
    }

    static func displayWidth(_ s: Substring) -> Int {
        s.utf8.withContiguousStorageIfAvailable(displayWidth) ?? s.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// `displayWidth` of valid UTF-8.
    static func displayWidth(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        // Bytes: an ASCII byte is one column, without decoding.
        var w = 0, i = 0
        while i < b.count {
            if b[i] < 0x80 { w += 1; i += 1; continue }
            let (u, n) = UTF8Text.scalar(at: i, in: b)
            w += width(u)
            i += n
        }
        return w
    }

    private static func width(_ u: Unicode.Scalar) -> Int {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        case 0x0300...0x036F, 0x200B...0x200F, 0x2066...0x2069, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return 0
        default: return 1
        }
    }
}
