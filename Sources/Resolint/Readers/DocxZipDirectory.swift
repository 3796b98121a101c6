/// Where each entry's compressed bytes lie in a ZIP file, from its central directory and local
/// headers. ZIPFoundation lists and checks the entries, but its inflating loop asks for input for ever
/// when a deflate stream is cut short (found by Fuzz/ FuzzDocx): resolint hands its inflater exactly
/// an entry's bytes instead, and a stream that ends early is an error. ZIP64 packages (over 4 GB,
/// never a draft) are not located, so they are refused as broken.
struct DocxZipDirectory {
    struct Location {
        var method: UInt16
        var compressedSize: Int
        var dataOffset: Int
    }
    private(set) var entries: [String: Location] = [:]

    init(_ b: [UInt8]) {
        func u16(_ i: Int) -> Int? { i >= 0 && i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : nil }
        func u32(_ i: Int) -> Int? { i >= 0 && i + 4 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 : nil }
        // The end of central directory record: the last signature within the comment's reach.
        var end = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 0xFFFF) {
            if u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0, let count = u16(end + 10), var at = u32(end + 16) else { return }
        for _ in 0..<count {
            guard u32(at) == 0x0201_4B50, let method = u16(at + 10), let compressed = u32(at + 20),
                  let nameLength = u16(at + 28), let extraLength = u16(at + 30), let commentLength = u16(at + 32),
                  let local = u32(at + 42), at + 46 + nameLength <= b.count else { return }
            let name = String(decoding: b[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            if u32(local) == 0x0403_4B50, let localName = u16(local + 26), let localExtra = u16(local + 28) {
                entries[name] = Location(method: UInt16(method), compressedSize: compressed, dataOffset: local + 30 + localName + localExtra)
            }
            at += 46 + nameLength + extraLength + commentLength
        }
    }
}
