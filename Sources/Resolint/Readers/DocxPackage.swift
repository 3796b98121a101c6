import Foundation
import ZIPFoundation

/// A Word document (.docx) opened as what it is: a ZIP package of XML parts (ECMA-376, Office Open
/// XML). Only the parts resolint reads are inflated, each under a size cap checked twice: against the
/// size the archive declares before anything is inflated, and against the bytes actually inflated
/// while they come, so a ZIP bomb whose header lies is stopped after at most `maxPartBytes`.
public struct DocxPackage {
    /// Why a file cannot be read as a Word document: one line for the user, exit status 2.
    public struct ReadError: Error, CustomStringConvertible, Sendable, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The largest XML part inflated (XMLTree's own limit), and the most the package may declare in all.
    public static let maxPartBytes = 64 << 20
    public static let maxDeclaredBytes: UInt64 = 1 << 30

    public let path: String
    let archive: Archive
    /// The package's bytes and where each entry's data is in them.
    let bytes: [UInt8]
    let directory: DocxZipDirectory
    /// The main document part ("word/document.xml" unless _rels/.rels names another).
    public let documentPart: String
    /// Every entry's path, as the archive lists them.
    public let entryPaths: [String]

    /// The largest .docx read: a draft with its pictures is a few MB.
    public static let maxFileBytes = 256 << 20

    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= Self.maxFileBytes else {
                throw ReadError(path: path, reason: "refused: the file is larger than \(Self.maxFileBytes >> 20) MB, more than a draft")
            }
            data = try Data(contentsOf: url)
        } catch let error as ReadError { throw error } catch {
            throw ReadError(path: path, reason: "cannot read file: \(error.localizedDescription)")
        }
        try self.init(data: data, path: path)
    }

    /// A package held in memory. It is read through a temporary file all the same: ZIPFoundation's
    /// in-memory archive traps on an entry offset past the end (found by Fuzz/ FuzzDocx), while
    /// reads from a file just come up short and end in an error.
    public init(data: Data, path: String) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-docx-\(UUID().uuidString).docx")
        do { try data.write(to: url) } catch {
            throw ReadError(path: path, reason: "cannot read file: \(error.localizedDescription)")
        }
        // The archive keeps the file open: its name can go now.
        defer { try? FileManager.default.removeItem(at: url) }
        try self.init(file: url, data: data, path: path)
    }

    init(file: URL, data: Data, path: String) throws {
        self.path = path
        bytes = [UInt8](data)
        directory = DocxZipDirectory(bytes)
        // An OLE compound file: a password-protected .docx (Word wraps the encrypted package in one)
        // or a Word 97–2003 .doc. Neither can be read without Word.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ReadError(path: path, reason: "an encrypted (password-protected) Word document or a Word 97–2003 .doc (an OLE compound file), not a .docx resolint can read; save it in Word as an unprotected .docx")
        }
        guard data.starts(with: [0x50, 0x4B]) else {
            throw ReadError(path: path, reason: "not a Word document: a .docx is a ZIP package, and this file is not one")
        }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch {
            throw ReadError(path: path, reason: "a broken ZIP package (\(error)); the Word document cannot be read")
        }
        self.archive = archive
        var paths: [String] = []
        var declared: UInt64 = 0
        for entry in archive {
            paths.append(entry.path)
            let (sum, overflow) = declared.addingReportingOverflow(entry.uncompressedSize)
            declared = overflow ? .max : sum
        }
        entryPaths = paths
        guard declared <= Self.maxDeclaredBytes else {
            throw ReadError(path: path, reason: "refused: the package declares \(declared >> 20) MB of content (more than \(Self.maxDeclaredBytes >> 30) GB); nothing was inflated")
        }
        var main = "word/document.xml"
        if paths.contains("_rels/.rels") {
            let rels = try Self.relationships(Self.part(archive, bytes, directory, "_rels/.rels", packagePath: path), path: path)
            if let target = rels.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
                main = target.hasPrefix("/") ? String(target.dropFirst()) : target
            }
        }
        guard paths.contains(main) else {
            if paths.contains(where: { $0.hasSuffix("vbaProject.bin") }) {
                throw ReadError(path: path, reason: "a package of Word macros only (a VBA project, no document text); nothing to lint")
            }
            throw ReadError(path: path, reason: "not a Word document: a ZIP package without a main document part (word/document.xml)")
        }
        documentPart = main
    }

    /// The folder of the main part ("word/"), where its related parts usually are.
    var documentFolder: String {
        guard let slash = documentPart.lastIndex(of: "/") else { return "" }
        return String(documentPart[...slash])
    }

    public func contains(_ part: String) -> Bool { entryPaths.contains(part) }

    /// A part's bytes as they are inflated, or nil when the package has no such part.
    func data(_ part: String) throws -> Data? {
        guard contains(part) else { return nil }
        return try Self.part(archive, bytes, directory, part, packagePath: path)
    }

    /// A part's bytes as a SourceFile (UTF-8 XML), or nil when the package has no such part.
    public func source(_ part: String) throws -> SourceFile? {
        guard let data = try data(part) else { return nil }
        var bytes = [UInt8](data)
        // XML parts are UTF-8 by the standard; a UTF-16 part (allowed, never seen from Word) is refused.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ReadError(path: path, reason: "the part \(part) is UTF-16 XML, which resolint does not read")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return SourceFile(path: "\(path)/\(part)", text: String(decoding: bytes, as: UTF8.self))
    }

    /// The relationships of a part ("word/_rels/document.xml.rels"): id, type, target resolved against the part's folder.
    public func relationships(of part: String) throws -> [(id: String, type: String, target: String)] {
        let folder = part.lastIndex(of: "/").map { String(part[...$0]) } ?? ""
        let name = part.lastIndex(of: "/").map { String(part[part.index(after: $0)...]) } ?? part
        let relsPath = folder + "_rels/" + name + ".rels"
        guard contains(relsPath) else { return [] }
        return try Self.relationships(Self.part(archive, bytes, directory, relsPath, packagePath: path), path: path).map { r in
            (r.id, r.type, r.target.hasPrefix("/") ? String(r.target.dropFirst()) : folder + r.target)
        }
    }

    /// The target of the main part's relationship of `type` ("footnotes", "numbering", "styles").
    func related(_ type: String) throws -> String? {
        try relationships(of: documentPart).first { $0.type.hasSuffix("/" + type) }?.target
    }

    /// One entry inflated, refused before inflating when it declares more than the cap, and stopped
    /// as soon as the inflated bytes pass it (a header may lie). The inflater gets exactly the entry's
    /// compressed bytes (`DocxZipDirectory`); its checksum must match the archive's.
    static func part(_ archive: Archive, _ bytes: [UInt8], _ directory: DocxZipDirectory, _ name: String, packagePath: String) throws -> Data {
        guard let entry = archive[name] else { throw ReadError(path: packagePath, reason: "the package has no part \(name)") }
        guard entry.uncompressedSize <= UInt64(maxPartBytes) else {
            throw ReadError(path: packagePath, reason: "refused: the part \(name) declares \(entry.uncompressedSize >> 20) MB (more than \(maxPartBytes >> 20) MB); it was not inflated")
        }
        func broken(_ why: String) -> ReadError {
            ReadError(path: packagePath, reason: "a broken ZIP package: the part \(name) cannot be inflated (\(why))")
        }
        guard let location = directory.entries[name], location.dataOffset >= 0, location.compressedSize >= 0,
              location.dataOffset + location.compressedSize <= bytes.count else { throw broken("its data lies outside the file") }
        let raw = Data(bytes[location.dataOffset..<(location.dataOffset + location.compressedSize)])
        var out = Data()
        var checksum: CRC32
        switch location.method {
        case 0:
            guard raw.count <= maxPartBytes else { throw ReadError(path: packagePath, reason: "refused: the part \(name) is larger than \(maxPartBytes >> 20) MB") }
            out = raw
            checksum = raw.crc32(checksum: 0)
        case 8:
            var position = 0
            do {
                checksum = try Data.decompress(size: Int64(raw.count), bufferSize: defaultReadChunkSize, skipCRC32: false, provider: { _, size in
                    // A stream that asks for more than the entry holds was cut short.
                    guard position < raw.count else { throw Truncated() }
                    let chunk = raw[(raw.startIndex + position)..<(raw.startIndex + min(raw.count, position + size))]
                    position += chunk.count
                    return Data(chunk)
                }, consumer: { chunk in
                    guard out.count + chunk.count <= maxPartBytes else { throw InflateCap() }
                    out.append(chunk)
                })
            } catch is InflateCap {
                throw ReadError(path: packagePath, reason: "refused: the part \(name) inflates to more than \(maxPartBytes >> 20) MB (a ZIP bomb?); inflating stopped there")
            } catch is Truncated {
                throw broken("its compressed data ends early")
            } catch {
                throw broken("\(error)")
            }
        default:
            throw broken("compression method \(location.method); Word writes deflate")
        }
        guard checksum == entry.checksum else { throw broken("checksum mismatch") }
        return out
    }

    private struct Truncated: Error {}
    private struct InflateCap: Error {}

    static func relationships(_ data: Data, path: String) throws -> [(id: String, type: String, target: String)] {
        let tree: XMLTree
        do { tree = try XMLTree(source: SourceFile(path: path, text: String(decoding: data, as: UTF8.self))) } catch {
            throw ReadError(path: path, reason: "not a Word document: a relationships part is not XML (\(error.message))")
        }
        return tree.root.elements.filter { $0.name == "Relationship" }.compactMap { r in
            guard let target = r.attribute("Target"), r.attribute("TargetMode") != "External" else { return nil }
            return (r.attribute("Id") ?? "", r.attribute("Type") ?? "", target)
        }
    }
}
