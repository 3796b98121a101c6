/// `--format text`: "path:line:col: severity[rule] message", then the source line with the span marked.
public struct TextReporter: Sendable {
    public var color: Bool
    public init(color: Bool) { self.color = color }

    public func render(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
            for d in report.diagnostics { out += render(d, source: report.source) }
        }
        return out
    }

    public func render(_ d: Diagnostic, source: SourceFile) -> String {
        let sev = d.severity.rawValue
        let tag = color ? paint(sev, d.severity == .error ? "31" : d.severity == .warning ? "33" : "36") : sev
        var out = "\(d.path):\(d.start.line):\(d.start.column): \(tag)[\(d.rule)] \(d.message)\n"
        guard d.start.line >= 1, d.start.line <= source.lineCount else { return out }
        let lineRange = source.lineRange(d.start.line - 1)
        var lineText = source.string(lineRange)
        if source.bytes[lineRange].contains(0x0C) { lineText = lineText.replacingOccurrences(of: "\u{0C}", with: "") }
        let gutter = String(d.start.line)
        let pad = Self.repeated(" ", gutter.count)
        // Columns count scalars: the text before the span and the span, as slices of the line's scalars.
        let scalars = lineText.unicodeScalars
        let before = Substring(scalars.prefix(d.start.column - 1))
        let spanEnd = d.end.line == d.start.line ? d.end.column : scalars.count + 1
        let span = Substring(scalars.dropFirst(d.start.column - 1).prefix(max(1, spanEnd - d.start.column)))
        var marker = Self.repeated(" ", Self.displayWidth(before)) + Self.repeated("^", max(1, Self.displayWidth(span)))
        var shown = lineText
        if Self.hasRightToLeft(lineText) {
            // Arabic text: a terminal that lays it out right to left must not carry the gutter along, so
            // the line is isolated (U+2068 … U+2069); the carets stand under the logical order (as the
            // columns count), and the marked text is quoted after them, so the place is plain either way.
            shown = "\u{2068}" + lineText + "\u{2069}"
            marker += " “\u{2068}" + String(span) + "\u{2069}”"
        }
        out += " \(pad) |\n \(gutter) | \(shown)\n \(pad) | \(color ? paint(marker, "1;31") : marker)\n\n"
        return out
    }

    /// Whether the text holds right-to-left letters (Hebrew, Arabic and their presentation forms).
    public static func hasRightToLeft(_ s: String) -> Bool {
        // Bytes: ASCII is passed over without decoding (the letters meant all lie above U+0590).
        s.utf8.withContiguousStorageIfAvailable { b in
            var i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let (u, n) = UTF8Text.scalar(at: i, in: b)
                if isRightToLeft(u) { return true }
                i += n
            }
            return false
        } ?? s.unicodeScalars.contains(where: isRightToLeft)
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
        // Bytes: an ASCII byte is one column, without decoding.
        s.utf8.withContiguousStorageIfAvailable { b in
            var w = 0, i = 0
            while i < b.count {
                if b[i] < 0x80 { w += 1; i += 1; continue }
                let (u, n) = UTF8Text.scalar(at: i, in: b)
                w += width(u)
                i += n
            }
            return w
        } ?? s.unicodeScalars.reduce(0) { $0 + width($1) }
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
