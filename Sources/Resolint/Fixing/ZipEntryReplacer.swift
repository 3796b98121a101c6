import Foundation
import ZIPFoundation

/// Writes a ZIP package again with some entries' content replaced, copying every other byte as it
/// is: the other entries' local headers, compressed data and data descriptors, their order, the
/// central directory's names, extra fields, comments and times, the archive comment. Only the
/// replaced entries are compressed anew (with their own method) and the offsets that follow them
/// move. A Word document fixed by resolint so differs from the original in the fixed parts alone.
enum ZipEntryReplacer {
    struct Failure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    static func replacing(_ replacements: [String: Data], in original: Data) throws -> Data {
        let b = [UInt8](original)
        func u16(_ i: Int) throws -> Int {
            guard i >= 0, i + 2 <= b.count else { throw Failure(reason: "a ZIP record runs past the end of the file") }
            return Int(b[i]) | Int(b[i + 1]) << 8
        }
        func u32(_ i: Int) throws -> Int {
            guard i >= 0, i + 4 <= b.count else { throw Failure(reason: "a ZIP record runs past the end of the file") }
            return Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24
        }
        var end = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 0xFFFF) {
            if try u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw Failure(reason: "no end of central directory record") }
        let count = try u16(end + 10), directorySize = try u32(end + 12), directoryOffset = try u32(end + 16)
        // ZIP64 (over 65,535 entries or 4 GB) is never a draft; its fields are not rewritten here.
        guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF, directoryOffset + directorySize <= end else {
            throw Failure(reason: "a ZIP64 or inconsistent central directory")
        }

        struct Record { var at: Int; var length: Int; var name: String; var local: Int }
        var records: [Record] = []
        var at = directoryOffset
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw Failure(reason: "a broken central directory") }
            let length = 46 + (try u16(at + 28)) + (try u16(at + 30)) + (try u16(at + 32))
            guard at + length <= end else { throw Failure(reason: "a broken central directory") }
            let name = String(decoding: b[(at + 46)..<(at + 46 + (try u16(at + 28)))], as: UTF8.self)
            records.append(Record(at: at, length: length, name: name, local: try u32(at + 42)))
            at += length
        }
        guard Set(replacements.keys).isSubset(of: records.map(\.name)) else { throw Failure(reason: "no such entry to replace") }

        // Local records in file order; each runs to the next one (data descriptor included).
        let starts = records.map(\.local).sorted()
        guard let first = starts.first, first >= 0, starts.last! < directoryOffset else { throw Failure(reason: "an entry lies outside the file") }
        var out = [UInt8](b[0..<first])
        var moved: [Int: Int] = [:]
        var rewritten: [Int: (flags: Int, method: Int, crc: UInt32, compressed: Int, size: Int)] = [:]
        for (k, start) in starts.enumerated() {
            let stop = k + 1 < starts.count ? starts[k + 1] : directoryOffset
            moved[start] = out.count
            guard let record = records.first(where: { $0.local == start }), let content = replacements[record.name] else {
                out += b[start..<stop]
                continue
            }
            guard try u32(start) == 0x0403_4B50 else { throw Failure(reason: "a broken local header") }
            let headerLength = 30 + (try u16(start + 26)) + (try u16(start + 28))
            guard start + headerLength <= stop else { throw Failure(reason: "a broken local header") }
            let method = try u16(start + 8)
            let packed: Data, crc: CRC32
            switch method {
            case 0:
                packed = content
                crc = content.crc32(checksum: 0)
            case 8:
                var data = Data()
                crc = try Data.compress(size: Int64(content.count), bufferSize: 64 << 10, provider: { position, size in
                    content.subdata(in: Int(position)..<(Int(position) + size))
                }, consumer: { data.append($0) })
                packed = data
            default:
                throw Failure(reason: "the entry \(record.name) uses compression method \(method)")
            }
            guard packed.count < 0xFFFF_FFFF, content.count < 0xFFFF_FFFF else { throw Failure(reason: "an entry over 4 GB") }
            // Sizes and checksum now stand in the header: no data descriptor follows (flag bit 3 off).
            let flags = (try u16(start + 6)) & ~0x0008
            rewritten[start] = (flags, method, crc, packed.count, content.count)
            var header = [UInt8](b[start..<(start + headerLength)])
            Self.put16(&header, 6, flags)
            Self.put32(&header, 14, Int(crc))
            Self.put32(&header, 18, packed.count)
            Self.put32(&header, 22, content.count)
            out += header
            out += packed
        }
        let newDirectoryOffset = out.count
        for record in records {
            var entry = [UInt8](b[record.at..<(record.at + record.length)])
            Self.put32(&entry, 42, moved[record.local]!)
            if let r = rewritten[record.local] {
                Self.put16(&entry, 8, r.flags)
                Self.put16(&entry, 10, r.method)
                Self.put32(&entry, 16, Int(r.crc))
                Self.put32(&entry, 20, r.compressed)
                Self.put32(&entry, 24, r.size)
            }
            out += entry
        }
        // Whatever stood between the directory and its end record (nothing, in Word's packages).
        out += b[(directoryOffset + directorySize)..<end]
        var tail = [UInt8](b[end...])
        Self.put32(&tail, 12, out.count - newDirectoryOffset - (end - directoryOffset - directorySize))
        Self.put32(&tail, 16, newDirectoryOffset)
        out += tail
        return Data(out)
    }

    static func put16(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        bytes[at] = UInt8(value & 0xFF)
        bytes[at + 1] = UInt8((value >> 8) & 0xFF)
    }

    static func put32(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
        for k in 0..<4 { bytes[at + k] = UInt8((value >> (8 * k)) & 0xFF) }
    }
}
