import Foundation

/// A point in the original file: 1-based line, 1-based column counted in Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Codable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A half-open range of UTF-8 byte offsets into `SourceFile.bytes`.
public typealias ByteRange = Range<Int>

/// The decoded text of one file, kept as UTF-8 bytes, with a line index for turning byte offsets
/// into line and column. Everything the parser finds is located by byte offsets into this.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; lines end before "\n" (a preceding "\r" is dropped too).
    public let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.lineStarts = Self.lineStarts(bytes)
    }

    /// Where each line starts: after each "\n", found by memchr (many bytes a step) rather than a byte
    /// at a time; no line after a final "\n", and none in an empty file.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        guard !bytes.isEmpty else { return [] }
        var starts = [0]
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var from = 0
            while from < b.count, let hit = memchr(base + from, 0x0A, b.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(i + 1)
                from = i + 1
            }
        }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        return starts
    }

    /// `lineStarts` a byte at a time, as it was written first (the fast path's tests compare the two).
    static func lineStartsByBytes(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        return bytes.isEmpty ? [] : starts
    }

    public var lineCount: Int { lineStarts.count }

    /// Content range of line `index` (0-based), without its line break.
    public func lineRange(_ index: Int) -> ByteRange {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if index + 1 == lineStarts.count, end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func string(_ range: ByteRange) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// 0-based line index holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        if hi < 0 { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The column is the count of scalar starts between the line's start and `offset`, counted eight
    /// bytes at a time (`TextReporter.scalarCount`): a diagnostic asks for up to four positions, and on
    /// a web page's line of thousands of bytes a byte at a time cost more than the rest of making it.
    public func position(of offset: Int) -> SourcePosition {
        guard !lineStarts.isEmpty else { return SourcePosition(line: 1, column: 1) }
        let line = lineIndex(of: offset)
        let start = lineStarts[line], end = min(offset, bytes.count)
        guard start < end else { return SourcePosition(line: line + 1, column: 1) }
        let column = 1 + bytes.withUnsafeBufferPointer { TextReporter.scalarCount(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        return SourcePosition(line: line + 1, column: column)
    }

    /// `position(of:)` a byte at a time, as it was written first (the fast path's tests compare the two).
    func positionByBytes(of offset: Int) -> SourcePosition {
        guard !lineStarts.isEmpty else { return SourcePosition(line: 1, column: 1) }
        let line = lineIndex(of: offset)
        var column = 1
        var i = lineStarts[line]
        let end = min(offset, bytes.count)
        while i < end {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line + 1, column: column)
    }
}
