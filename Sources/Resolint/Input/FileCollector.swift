import Foundation

/// Expands the paths given on the command line: files as they are, folders recursively to the drafts
/// they hold (by default *.txt and *.md, any case), leaving out hidden entries and what the work tree's
/// .gitignore files ignore, sorted so that output order never depends on the file system.
public enum FileCollector {
    public static let defaultExtensions: Set<String> = ["txt", "md"]

    /// Expands folders to the files that `accept` keeps (by default: the draft extensions).
    /// With `filterNamed`, files named directly pass through `accept` too (ruff's force-exclude: a
    /// pre-commit hook names every staged file, and the configuration's exclude must still hold).
    public static func collect(_ paths: [String], filterNamed: Bool = false, accept: ((String) throws -> Bool)? = nil) throws -> [String] {
        let extensions = defaultExtensions
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            // A missing path is kept: reading it fails, and that is reported with the other files.
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                let kept = try !filterNamed || !fm.fileExists(atPath: path) || (accept.map { try $0(path) } ?? true)
                if kept { out.append(path) }
                continue
            }
            var found: [String] = []
            var ignore = GitIgnore(for: path)
            let absoluteRoot = AbsolutePath.of(path)
            // Each entry: whether to go into it (when it is a folder).
            try DirectoryWalker.walk(path) { relative in
                let name = AbsolutePath.lastComponent(of: relative)
                if name.hasPrefix(".") { return false }
                let full = (path as NSString).appendingPathComponent(relative)
                let absolute = (absoluteRoot as NSString).appendingPathComponent(relative)
                var dir: ObjCBool = false
                guard fm.fileExists(atPath: full, isDirectory: &dir) else { return true }
                if dir.boolValue {
                    if ignore.ignores(absolute, isFolder: true) { return false }
                    ignore.load(absolute)
                    return true
                }
                if ignore.ignores(absolute) { return true }
                let keep = try accept.map { try $0(full) } ?? extensions.contains(AbsolutePath.pathExtension(of: name).lowercased())
                if keep { found.append(full) }
                return true
            }
            if found.isEmpty {
                throw InputError.noDrafts(path: path)
            }
            out += found.sorted()
        }
        return out
    }

    /// Reads and decodes one file.
    public static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or not a regular file" : "no such file"
            throw InputError.unreadable(path: path, reason: reason)
        }
        return try TextDecoding.decode(data, path: path)
    }
}
