import Foundation

/// A path made absolute with "." and ".." resolved, as `URL(fileURLWithPath:).standardizedFileURL.path`
/// gives it. Configuration lookup asks this of every file of a folder several times; a path that is
/// already clean (the usual case) is only joined to the current folder, without Foundation's URL work.
public enum AbsolutePath {
    public static func of(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return isClean(joined) ? joined : URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// `(path as NSString).deletingLastPathComponent`: for a clean absolute path, what stands before its
    /// last slash (Foundation's path parsing cost more than the lookup of the file's configuration).
    public static func parent(of path: String) -> String {
        guard path.hasPrefix("/"), isClean(path), let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return (path as NSString).deletingLastPathComponent
        }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }

    /// No empty, "." or ".." component and no trailing slash: nothing to resolve.
    private static func isClean(_ path: String) -> Bool {
        let bytes = Array(path.utf8)
        guard bytes.count > 1, bytes.last != UInt8(ascii: "/") else { return false }
        var componentStart = 1
        for i in 1...bytes.count {
            guard i == bytes.count || bytes[i] == UInt8(ascii: "/") else { continue }
            let component = bytes[componentStart..<i]
            if component.isEmpty || component.elementsEqual([0x2E]) || component.elementsEqual([0x2E, 0x2E]) { return false }
            componentStart = i + 1
        }
        return true
    }
}
