import Foundation

/// The entries under a folder, read with opendir and readdir: FileManager's enumerator cost some
/// 60,000 instructions an entry on Linux, more than reading a short draft.
enum DirectoryWalker {
    /// Calls `visit` with the path of each entry under `folder`, relative to it, a folder before what
    /// it holds and each folder's entries in the byte order of their names; `visit` returns whether
    /// to go into the entry if it is a folder. Symbolic links are not followed, that to the folder
    /// itself included, as FileManager's enumerator does not follow them: a link is visited, and a
    /// link to a folder not gone into.
    static func walk(_ folder: String, _ visit: (_ relative: String) throws -> Bool) rethrows {
        var status = stat()
        guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        try walk(folder, prefix: "", visit)
    }

    private static func walk(_ folder: String, prefix: String, _ visit: (String) throws -> Bool) rethrows {
        for (name, isFolder) in entries(of: folder) {
            let relative = prefix + name
            if try visit(relative), isFolder {
                try walk(folder + "/" + name, prefix: relative + "/", visit)
            }
        }
    }

    /// The names in a folder but "." and "..", sorted, each with whether it is a folder (not a link
    /// to one).
    private static func entries(of folder: String) -> [(name: String, isFolder: Bool)] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var found: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            // A file system that does not give the kind in the entry: asked for it.
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(folder + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            found.append((name, isFolder))
        }
        return found.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }
}
