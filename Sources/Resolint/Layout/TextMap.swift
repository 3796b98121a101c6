/// Logical text assembled from pieces of the source (wrapped lines joined, debris lifted out),
/// with the way back from every logical byte to the source byte it came from.
public struct MappedText: Sendable {
    public private(set) var text: String = ""
    /// (logical start, source start, length) of each piece, in logical order.
    private var pieces: [(logical: Int, source: Int, length: Int)] = []
    private var utf8Count = 0

    public init() {}

    public init(source: SourceFile, range: ByteRange) {
        append(source: source, range: range)
    }

    /// Source ranges with the joiners before them, as `appendJoiner` and `append(source:range:)` one
    /// after the other make them; the text decoded once, not a String per range.
    init(source: SourceFile, parts: [(joiner: String, range: ByteRange)]) {
        var count = 0
        pieces.reserveCapacity(parts.count)
        for (joiner, range) in parts {
            count += joiner.utf8.count
            if !range.isEmpty { pieces.append((count, range.lowerBound, range.count)); count += range.count }
        }
        utf8Count = count
        text = String(unsafeUninitializedCapacity: count) { out in
            var o = 0
            source.bytes.withUnsafeBufferPointer { b in
                for (joiner, range) in parts {
                    for c in joiner.utf8 { out[o] = c; o += 1 }
                    guard !range.isEmpty else { continue }
                    (out.baseAddress! + o).initialize(from: b.baseAddress! + range.lowerBound, count: range.count)
                    o += range.count
                }
            }
            return o
        }
    }

    public var isEmpty: Bool { utf8Count == 0 }
    public var byteCount: Int { utf8Count }

    public mutating func append(source: SourceFile, range: ByteRange) {
        guard !range.isEmpty else { return }
        pieces.append((utf8Count, range.lowerBound, range.count))
        text += source.string(range)
        utf8Count += range.count
    }

    /// Inserted text (a joining space) maps to the start of the piece that follows it.
    public mutating func appendJoiner(_ joiner: String) {
        guard !joiner.isEmpty else { return }
        text += joiner
        utf8Count += joiner.utf8.count
    }

    /// Appends another text of the same source, keeping its mapping (joiners included).
    public mutating func append(_ other: MappedText) {
        for p in other.pieces { pieces.append((utf8Count + p.logical, p.source, p.length)) }
        text += other.text
        utf8Count += other.utf8Count
    }

    /// Source byte offset for a logical byte offset (the end offset maps to the end of the last piece).
    public func sourceOffset(_ logical: Int) -> Int {
        guard !pieces.isEmpty else { return 0 }
        var lo = 0, hi = pieces.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pieces[mid].logical <= logical { lo = mid } else { hi = mid - 1 }
        }
        let piece = pieces[lo]
        let delta = logical - piece.logical
        if delta < piece.length { return piece.source + delta }
        // In a joiner after this piece: it belongs to the next piece; past the end: the end.
        return lo + 1 < pieces.count ? pieces[lo + 1].source : piece.source + piece.length
    }

    /// Source range for a logical byte range; an empty range maps to an empty range.
    public func sourceRange(_ logical: Range<Int>) -> ByteRange {
        let start = sourceOffset(logical.lowerBound)
        guard !logical.isEmpty else { return start..<start }
        let last = sourceOffset(logical.upperBound - 1)
        return start..<max(start + 1, last + 1)
    }

    /// The source ranges a logical range covers, piece by piece: what lies between pieces in the source
    /// (a page's running head, a footnote's text) is no part of the range.
    public func sourceRanges(_ logical: Range<Int>) -> [ByteRange] {
        pieces.compactMap { p in
            let lo = max(p.logical, logical.lowerBound), hi = min(p.logical + p.length, logical.upperBound)
            return lo < hi ? (p.source + lo - p.logical)..<(p.source + hi - p.logical) : nil
        }
    }

    public var sourceStart: Int { pieces.first?.source ?? 0 }
    public var sourceEnd: Int { pieces.last.map { $0.source + $0.length } ?? 0 }

    /// A sub-text from a logical byte range, keeping the mapping.
    public func slice(_ logical: Range<Int>) -> MappedText {
        var out = MappedText()
        // Room for every piece at once: grown one by one, the list was copied two or three times.
        out.pieces.reserveCapacity(pieces.count)
        // The pieces that fall in the range, and the joiners between them: one run of the text, from
        // the start of the first to the end of the last.
        var first: Int?, last = 0
        for (i, p) in pieces.enumerated() {
            let lo = max(p.logical, logical.lowerBound), hi = min(p.logical + p.length, logical.upperBound)
            if lo < hi {
                if first == nil { first = lo } else {
                    // The joiner that stood between this piece and the previous one is kept.
                    let prevEnd = pieces[i - 1].logical + pieces[i - 1].length
                    out.utf8Count += lo - prevEnd
                }
                out.pieces.append((out.utf8Count, p.source + (lo - p.logical), hi - lo))
                out.utf8Count += hi - lo
                last = hi
            }
        }
        guard let first else { return out }
        // Copied from the text where the run starts and ends on characters' first bytes (a String
        // of valid UTF-8 is not checked again); decoded otherwise, as before.
        let utf8 = text.utf8
        let lo = utf8.index(utf8.startIndex, offsetBy: first), hi = utf8.index(utf8.startIndex, offsetBy: last)
        if utf8[lo] & 0xC0 != 0x80, hi == utf8.endIndex || utf8[hi] & 0xC0 != 0x80 {
            out.text = String(text[lo..<hi])
        } else {
            out.text = String(decoding: utf8[lo..<hi], as: UTF8.self)
        }
        return out
    }
}

import Foundation

extension MappedText {
    /// The source range of a match found by NSRegularExpression in `text` (UTF-16 offsets), or nil
    /// where the range does not fall on character boundaries.
    func sourceRange(of match: NSRange) -> ByteRange? {
        guard match.location != NSNotFound, let r = Range(match, in: text) else { return nil }
        let lo = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
        let hi = text.utf8.distance(from: text.startIndex, to: r.upperBound)
        return sourceRange(lo..<hi)
    }
}
