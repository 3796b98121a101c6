import Foundation

/// The `.gitignore` files that apply to a folder being walked, as git reads them: a repository's
/// ignored files (build output, reports, scratch copies) are not drafts to lint. Patterns are read
/// relative to the folder of their file; the last pattern that matches decides, `!` re-includes;
/// a pattern ending in "/" names folders only; one with a "/" before its end is anchored to its
/// folder, one without matches at any depth. Outside a git work tree nothing is ignored.
struct GitIgnore {
    private struct Pattern {
        /// The folder of the .gitignore, absolute, without a final "/".
        let base: String
        let glob: Glob
        let negated: Bool
    }

    private var patterns: [Pattern] = []
    /// The work tree's root, or nil outside one.
    let root: String?

    /// The rules of every .gitignore from the work tree's root down to `folder` (itself included).
    init(for folder: String) {
        let absolute = AbsolutePath.of(folder)
        var ancestors: [String] = []
        var dir = absolute
        var found: String?
        while true {
            ancestors.append(dir)
            if FileManager.default.fileExists(atPath: dir + "/.git") { found = dir; break }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        root = found
        guard found != nil else { return }
        for dir in ancestors.reversed() { load(dir) }
    }

    /// Adds the rules of `folder/.gitignore`, if there is one (a folder met while walking).
    mutating func load(_ folder: String) {
        guard root != nil, let text = try? String(contentsOfFile: folder + "/.gitignore", encoding: .utf8) else { return }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for raw in text.split(whereSeparator: \.isNewline) {
            var line = String(raw)
            // Trailing spaces are not part of a pattern unless escaped (rare; dropped here).
            while line.hasSuffix(" ") { line.removeLast() }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var negated = false
            if line.hasPrefix("!") { negated = true; line.removeFirst() }
            if line.hasPrefix("\\") { line.removeFirst() }
            var folderOnly = false
            if line.hasSuffix("/") { folderOnly = true; line.removeLast() }
            guard !line.isEmpty else { continue }
            let anchored = line.dropLast().contains("/")
            if line.hasPrefix("/") { line.removeFirst() }
            var pattern = anchored ? line : "**/" + line
            // A folder-only pattern matches what is inside the folder (the walk only tests files).
            if folderOnly { pattern += "/**" }
            patterns.append(Pattern(base: base, glob: Glob.compiled(pattern), negated: negated))
        }
    }

    /// Whether the file or folder at `path` (absolute) is ignored.
    func ignores(_ path: String, isFolder: Bool = false) -> Bool {
        var ignored = false
        for p in patterns where path.hasPrefix(p.base + "/") {
            let relative = String(path.dropFirst(p.base.count + 1))
            // A folder is tested as if a file were inside it, so folder-only patterns apply to it.
            if p.glob.matches(isFolder ? relative + "/-" : relative) { ignored = !p.negated }
        }
        return ignored
    }
}
