import Foundation

/// Writes a file all at once: the text goes to a temporary file in the same folder, which then takes
/// the file's name, so a reader never sees half a draft and a failed write leaves the old one whole.
public enum AtomicFileWriter {
    /// Writes `text` to `path`. An existing file is replaced only with `overwrite`, keeping its
    /// permissions (and, through a symbolic link, the link); otherwise it is left untouched.
    public static func write(_ text: String, to path: String, overwrite: Bool) throws(OutputError) {
        try write(data: Data(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes bytes (a draft in its own encoding, for `resolint fix`).
    public static func write(data: Data, to path: String, overwrite: Bool) throws(OutputError) {
        let fm = FileManager.default
        let target = overwrite ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError(path: path, problem: .noFolder(folder))
        }
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputError(path: path, problem: .isFolder) }
            if !overwrite { throw OutputError(path: path, problem: .exists) }
        }

        let name = (target as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString.prefix(8)).resolint-tmp")
        guard fm.createFile(atPath: temporary, contents: data) else {
            throw OutputError(path: path, problem: .cannotWrite("cannot create a file in \(folder)"))
        }
        defer { if fm.fileExists(atPath: temporary) { try? fm.removeItem(atPath: temporary) } }

        if overwrite {
            if let permissions = try? fm.attributesOfItem(atPath: target)[.posixPermissions] {
                try? fm.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
            }
            guard rename(temporary, target) == 0 else {
                throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(errno))))
            }
        } else {
            // link() refuses a name that is taken, so a file that appeared since the check above is
            // not overwritten either. Where the file system has no hard links, fall back to rename.
            if link(temporary, target) != 0 {
                let error = errno
                if error == EEXIST { throw OutputError(path: path, problem: .exists) }
                guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EMLINK, EXDEV].contains(error), !fm.fileExists(atPath: target),
                      rename(temporary, target) == 0 else {
                    throw OutputError(path: path, problem: .cannotWrite(String(cString: strerror(error))))
                }
            }
        }
    }
}

/// Why a draft could not be written where asked.
public struct OutputError: Error, Equatable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case exists, isFolder, noFolder(String), cannotWrite(String)
    }

    public let path: String
    public let problem: Problem

    public var description: String {
        switch problem {
        case .exists: "\(path) already exists; add --force to replace it"
        case .isFolder: "\(path) is a folder; --output names the file to write"
        case .noFolder(let folder): "cannot write \(path): there is no folder \(folder)"
        case .cannotWrite(let reason): "cannot write \(path): \(reason)"
        }
    }
}
