/// Text rendered from an XML file, with the way back from each of its bytes to the XML byte it came
/// from: diagnostics found in the text are reported where the reader of the XML file sees them.
public struct RenderedText: Sendable {
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public private(set) var bytes: [UInt8] = []
    /// (rendered start, XML start, length, verbatim) in rendered order. A verbatim piece maps byte for
    /// byte; another maps all its bytes to its XML start (an entity, a number the renderer wrote).
    struct Piece: Sendable {
        var rendered: Int
        var xml: Int
        var length: Int
        var verbatim: Bool
    }
    private(set) var pieces: [Piece] = []

    public init() {}

    public var count: Int { bytes.count }

    /// Text of the renderer's own (line breaks, "[^1]", a running head), mapped to `xml` when given;
    /// unmapped text maps to the next mapped byte.
    mutating func write(_ s: String, at xml: Int? = nil) {
        guard !s.isEmpty else { return }
        if let xml { pieces.append(Piece(rendered: bytes.count, xml: xml, length: s.utf8.count, verbatim: false)) }
        bytes += s.utf8
    }

    /// One byte of character data found at `xml` (verbatim) or written by a reference starting at `xml`.
    mutating func write(byte: UInt8, xml: Int, verbatim: Bool) {
        if var last = pieces.last, last.rendered + last.length == bytes.count, last.verbatim == verbatim,
           verbatim ? last.xml + last.length == xml : last.xml == xml {
            last.length += 1
            pieces[pieces.count - 1] = last
        } else {
            pieces.append(Piece(rendered: bytes.count, xml: xml, length: 1, verbatim: verbatim))
        }
        bytes.append(byte)
    }

    /// Appends another rendering, keeping its map.
    mutating func append(_ other: RenderedText) {
        let base = bytes.count
        pieces += other.pieces.map { Piece(rendered: $0.rendered + base, xml: $0.xml, length: $0.length, verbatim: $0.verbatim) }
        bytes += other.bytes
    }

    /// The bytes of `range` with their map.
    func slice(_ range: Range<Int>) -> RenderedText {
        var out = RenderedText()
        out.bytes = Array(bytes[range])
        for p in pieces where p.rendered < range.upperBound && p.rendered + p.length > range.lowerBound {
            let lower = max(p.rendered, range.lowerBound), upper = min(p.rendered + p.length, range.upperBound)
            out.pieces.append(Piece(rendered: lower - range.lowerBound, xml: p.verbatim ? p.xml + (lower - p.rendered) : p.xml,
                                    length: upper - lower, verbatim: p.verbatim))
        }
        return out
    }

    /// Replaces the byte at `offset` (a space that becomes a line break when lines are wrapped); the map is unchanged.
    mutating func replace(byteAt offset: Int, with byte: UInt8) { bytes[offset] = byte }

    /// Inserts unmapped text at `offset`, shifting the map after it.
    mutating func insert(_ s: String, at offset: Int) {
        let n = s.utf8.count
        guard n > 0 else { return }
        bytes.insert(contentsOf: s.utf8, at: offset)
        var k = pieces.count - 1
        while k >= 0, pieces[k].rendered >= offset { pieces[k].rendered += n; k -= 1 }
        // A piece cut in two by the insertion.
        if k >= 0, pieces[k].rendered + pieces[k].length > offset {
            let p = pieces[k]
            let head = offset - p.rendered
            pieces[k].length = head
            pieces.insert(Piece(rendered: offset + n, xml: p.verbatim ? p.xml + head : p.xml, length: p.length - head, verbatim: p.verbatim), at: k + 1)
        }
    }

    /// The XML byte offset of rendered byte `offset`.
    public func xmlOffset(_ offset: Int) -> Int? {
        guard !pieces.isEmpty else { return nil }
        var lo = 0, hi = pieces.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pieces[mid].rendered <= offset { lo = mid } else { hi = mid - 1 }
        }
        let p = pieces[lo]
        if offset < p.rendered { return p.xml }
        if offset < p.rendered + p.length { return p.verbatim ? p.xml + (offset - p.rendered) : p.xml }
        // Between pieces: the next mapped byte.
        return lo + 1 < pieces.count ? pieces[lo + 1].xml : (p.verbatim ? p.xml + p.length : p.xml)
    }

    /// The XML range of a rendered range: from its first byte's place to just after its last byte's.
    public func xmlRange(_ range: Range<Int>, in xml: SourceFile) -> Range<Int> {
        let n = xml.bytes.count
        guard let lower = xmlOffset(range.lowerBound).map({ min($0, n) }) else { return 0..<0 }
        guard range.count > 0, let last = xmlOffset(range.upperBound - 1).map({ min($0, n) }), last >= lower else { return lower..<lower }
        var upper = min(last + 1, n)
        // To the end of the character.
        while upper < n, xml.bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return lower..<upper
    }
}
