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
        // A form feed, a tab or a line too long for a terminal: the path that drops form feeds,
        // expands tabs and shows a window around the column.
        if lineRange.count > Self.windowWidth || source.bytes[lineRange].contains(where: { $0 == 0x0C || $0 == 0x09 }) {
            appendWindowedExcerpt(d, source: source, to: &out)
            return
        }
        // The line's bytes as they are: a source file holds valid UTF-8 (it is made from a String), so
        // a scalar starts at every byte that is not a continuation byte.
        source.bytes.withUnsafeBufferPointer { all in
            let line = UnsafeBufferPointer(rebasing: all[lineRange])
            let n = line.count
            /// The byte after `count` scalars from byte `i` (at most the end of the line).
            func advance(_ i: Int, scalars count: Int) -> Int {
                var i = i, k = 0
                while k < count, i < n { i += Self.scalarWidth(line[i]); k += 1 }
                return i
            }
            let spanStart = advance(0, scalars: d.start.column - 1)
            let spanEnd = d.end.line == d.start.line ? d.end.column : Self.scalarCount(line) + 1
            let spanBytes = advance(spanStart, scalars: max(1, spanEnd - d.start.column))
            let span = UnsafeBufferPointer(rebasing: line[spanStart..<spanBytes])
            appendFrame(line: d.start.line, rightToLeft: Self.hasRightToLeft(line), to: &out,
                        shown: { $0 += line },
                        before: Self.displayWidth(UnsafeBufferPointer(rebasing: line[..<spanStart])),
                        spanWidth: max(1, Self.displayWidth(span)),
                        quoted: { $0 += span })
        }
    }

    /// The lines under a heading: the gutter with the line number, the line as `shown` writes it, and
    /// under it `before` spaces and `spanWidth` carets. A line with right-to-left letters is isolated
    /// (U+2068 … U+2069), so that a terminal laying it out right to left does not carry the gutter
    /// along; the carets stand under the logical order (as the columns count), and the marked text
    /// (`quoted`) is quoted after them, so the place is plain either way.
    private func appendFrame(line: Int, rightToLeft: Bool, to out: inout [UInt8], shown: (inout [UInt8]) -> Void,
                             before: Int, spanWidth: Int, quoted: (inout [UInt8]) -> Void) {
        let gutter = String(line).utf8
        let pad = repeatElement(UInt8(ascii: " "), count: gutter.count)
        out.append(0x20); out += pad; out += " |\n ".utf8
        out += gutter; out += " | ".utf8
        if rightToLeft { out += "\u{2068}".utf8 }
        shown(&out)
        if rightToLeft { out += "\u{2069}".utf8 }
        out += "\n ".utf8; out += pad; out += " | ".utf8
        if color { out += "\u{1B}[1;31m".utf8 }
        out += repeatElement(UInt8(ascii: " "), count: before)
        out += repeatElement(UInt8(ascii: "^"), count: spanWidth)
        if rightToLeft {
            out += " “\u{2068}".utf8
            quoted(&out)
            out += "\u{2069}”".utf8
        }
        if color { out += "\u{1B}[0m".utf8 }
        out += "\n\n".utf8
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

    /// The source line with the span marked, for a line with a form feed (dropped), a tab (four
    /// spaces, in the line and under it alike) or more than `windowWidth` bytes, appended as UTF-8.
    /// What `characterExcerptByCells` makes, reading only the bytes it shows or measures, and those
    /// before the column: a long line (a flattened web page, an authored paragraph) runs to thousands
    /// of bytes, and reading all of it for each finding cost more than the lint of its file. Its
    /// right-to-left letters are still looked for over all of it, since they change how it is shown.
    func appendWindowedExcerpt(_ d: Diagnostic, source: SourceFile, to out: inout [UInt8]) {
        let lineRange = source.lineRange(d.start.line - 1)
        source.bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all[lineRange])
            /// The shown width of the scalar at byte `i` (a tab is four spaces, a form feed nothing, other
            /// ASCII one column, without decoding) and its length in bytes.
            func cell(at i: Int) -> (width: Int, length: Int) {
                let lead = b[i]
                if lead < 0x80 { return (lead == 0x09 ? 4 : lead == 0x0C ? 0 : 1, 1) }
                let (s, n) = UTF8Text.scalar(at: i, in: b)
                return (Self.width(s), n)
            }
            /// The scalars of bytes `lo..<hi` as shown: the runs between tabs and form feeds copied whole.
            func appendShown(_ lo: Int, _ hi: Int, to out: inout [UInt8]) {
                var run = lo
                for k in lo..<hi where b[k] == 0x09 || b[k] == 0x0C {
                    out += UnsafeBufferPointer(rebasing: b[run..<k])
                    if b[k] == 0x09 { out += repeatElement(UInt8(ascii: " "), count: 4) }
                    run = k + 1
                }
                out += UnsafeBufferPointer(rebasing: b[run..<hi])
            }
            /// The byte after `count` scalars from byte `i` (at most the end of the line).
            func advance(_ i: Int, scalars count: Int) -> Int {
                var i = i, k = 0
                while k < count, i < b.count { i += Self.scalarWidth(b[i]); k += 1 }
                return i
            }
            // The span's first scalar (`from`, at most the line's end) and how many scalars it marks:
            // to its end column, to the line's end when it ends on a later line, and one at least.
            let (fromByte, from) = Self.offset(ofScalar: max(0, d.start.column - 1), in: b)
            let spanScalars = d.end.line == d.start.line ? max(1, d.end.column - 1 - from) : Int.max
            // Whether the line is wider than the window, read only until it is.
            var total = 0, i = 0
            while i < b.count, total <= Self.windowWidth {
                let (width, n) = cell(at: i)
                total += width
                i += n
            }
            // The bytes shown: all of the line when it fits, else some context before the span and as
            // much of it as fits after.
            var firstByte = 0, lastByte = b.count
            if total > Self.windowWidth {
                var w = 0
                firstByte = fromByte
                while firstByte > 0 {
                    var start = firstByte - 1
                    while b[start] & 0xC0 == 0x80 { start -= 1 }
                    let width = cell(at: start).width
                    guard w + width <= Self.windowWidth / 3 else { break }
                    firstByte = start
                    w += width
                }
                w = 0
                lastByte = firstByte
                while lastByte < b.count {
                    let (width, n) = cell(at: lastByte)
                    guard w + width <= Self.windowWidth - 2 else { break }
                    w += width
                    lastByte += n
                }
            }
            // The widths before the span and of it, within the window.
            var before = firstByte > 0 ? 1 : 0, spanWidth = 0, at = firstByte
            let spanStart = min(fromByte, lastByte)
            while at < spanStart {
                let (width, n) = cell(at: at)
                before += width
                at += n
            }
            var marked = 0
            while at < lastByte, marked < spanScalars {
                let (width, n) = cell(at: at)
                spanWidth += width
                at += n
                marked += 1
            }
            appendFrame(line: d.start.line, rightToLeft: Self.hasRightToLeft(b), to: &out,
                        shown: { out in
                            if firstByte > 0 { out += "…".utf8 }
                            appendShown(firstByte, lastByte, to: &out)
                            if lastByte < b.count { out += "…".utf8 }
                        },
                        before: before, spanWidth: max(1, spanWidth),
                        quoted: { appendShown(fromByte, advance(fromByte, scalars: spanScalars), to: &$0) })
        }
    }

    /// `appendWindowedExcerpt`'s text (what the tests compare with `characterExcerptByCells`).
    func characterExcerpt(_ d: Diagnostic, source: SourceFile) -> String {
        var out: [UInt8] = []
        appendWindowedExcerpt(d, source: source, to: &out)
        return String(decoding: out, as: UTF8.self)
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

    /// The byte at which scalar `n` of valid UTF-8 starts, and `n`; the end and the count of its
    /// scalars when it holds no more than `n`. Eight bytes a step while their scalars all come before
    /// it (a finding far into a web page's line of thousands of bytes).
    static func offset(ofScalar n: Int, in b: UnsafeBufferPointer<UInt8>) -> (byte: Int, scalar: Int) {
        guard let base = b.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        var i = 0, k = 0
        while i + 8 <= b.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let starts = 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            guard k + starts <= n else { break }
            k += starts
            i += 8
        }
        // A step may end inside a scalar it counted: its continuation bytes are passed over.
        while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
        while k < n, i < b.count { i += scalarWidth(b[i]); k += 1 }
        return (i, k)
    }

    /// Whether the text holds right-to-left letters (Hebrew, Arabic and their presentation forms).
    public static func hasRightToLeft(_ s: String) -> Bool {
        s.utf8.withContiguousStorageIfAvailable(hasRightToLeft) ?? s.unicodeScalars.contains(where: isRightToLeft)
    }

    /// `hasRightToLeft` of valid UTF-8.
    static func hasRightToLeft(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only scalars led by D6…DF, E0 or EF (U+0580…U+08FF, U+F000…U+FFFF) are decoded: the letters
        // meant all lie there. Eight bytes a step find the next such lead, so that ASCII, Latin,
        // Cyrillic and CJK text is passed over without decoding, and a long line quickly.
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        var i = 0
        while i + 8 <= b.count {
            // Little-endian: byte k of the line is byte k of the word, from the low end.
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // Per byte, its low seven bits compared with 0x56 and 0x61 (D6 and E1) and 0x6F (EF),
            // each byte set to 0x80 first so that no borrow crosses into the next.
            let low = (w & ~high) | high
            let inRange = (low &- (0x56 &* ones)) & ~(low &- (0x61 &* ones))
            let isEF = ~((low ^ (0x6F &* ones)) &- ones)
            let leads = w & high & (inRange | isEF)
            guard leads != 0 else { i += 8; continue }
            let at = i + leads.trailingZeroBitCount / 8
            if isRightToLeft(UTF8Text.scalar(at: at, in: b).scalar) { return true }
            i = at + 1
        }
        while i < b.count {
            if (0xD6...0xE0).contains(b[i]) || b[i] == 0xEF, isRightToLeft(UTF8Text.scalar(at: i, in: b).scalar) { return true }
            i += 1
        }
        return false
    }

    static func isRightToLeft(_ u: Unicode.Scalar) -> Bool {
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
