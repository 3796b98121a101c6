/// Run formatting of a draft's text, where its file carries some (a Word document): the byte ranges
/// set in italics and in bold. Plain text has none, and rules that read formatting stay silent on it.
public struct Emphasis: Sendable {
    public enum Style: String, Codable, Sendable { case italic, bold }

    /// Sorted, disjoint byte ranges of the parsed text.
    public var italic: [ByteRange] = []
    public var bold: [ByteRange] = []

    public init(italic: [ByteRange] = [], bold: [ByteRange] = []) {
        self.italic = italic
        self.bold = bold
    }

    /// Whether every byte of `range` that is not a space is set in `style`.
    public func covers(_ range: ByteRange, _ style: Style, in source: SourceFile) -> Bool {
        let ranges = style == .italic ? italic : bold
        for i in range where i < source.bytes.count {
            let b = source.bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A { continue }
            if !Self.contains(ranges, i) { return false }
        }
        return true
    }

    static func contains(_ ranges: [ByteRange], _ offset: Int) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= offset { lo = mid + 1 } else if ranges[mid].lowerBound > offset { hi = mid - 1 } else { return true }
        }
        return false
    }

    /// Adds a range at the end (ranges come in text order), joining it to the last when they touch.
    mutating func append(_ range: ByteRange, _ style: Style) {
        guard !range.isEmpty else { return }
        if style == .italic { Self.add(range, to: &italic) } else { Self.add(range, to: &bold) }
    }

    private static func add(_ range: ByteRange, to ranges: inout [ByteRange]) {
        if let last = ranges.last, last.upperBound == range.lowerBound {
            ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
        } else {
            ranges.append(range)
        }
    }
}
