import Foundation

/// Glob patterns for `include` and `exclude`: `**` crosses folders, `*` and `?` stay within one,
/// matched against paths relative to the configuration's folder ("archive/**", "**/*.txt").
public struct Glob: Sendable {
    public let pattern: String
    private let regex: NSRegularExpression?
    /// The literals a matching path holds ("README", ".txt"): most paths lack some, and the expression
    /// does not run (five default exclusions were tried on every file of a folder).
    private let prefilter: RegexPrefilter

    public init(_ pattern: String) {
        self.pattern = pattern
        var out = "^"
        var chars = Array(pattern)
        if chars.first == "/" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                // "**/" matches any number of folders, including none; a final "**" matches everything below.
                if i + 2 < chars.count, chars[i + 2] == "/" { out += "(?:.*/)?"; i += 3 } else { out += ".*"; i += 2 }
                continue
            }
            switch c {
            case "*": out += "[^/]*"
            case "?": out += "[^/]"
            default: out += NSRegularExpression.escapedPattern(for: String(c))
            }
            i += 1
        }
        // A pattern naming a folder also covers what is inside it.
        out += "(?:/.*)?$"
        regex = try? NSRegularExpression(pattern: out)
        prefilter = RegexPrefilter(pattern: out, ignoreCase: false)
        expression = out
    }

    /// The regular expression the glob is translated to.
    let expression: String

    /// The glob for a pattern, translated once per process: configurations test every file of a folder.
    public static func compiled(_ pattern: String) -> Glob {
        if let glob = cache.withLock({ $0[pattern] }) { return glob }
        let glob = Glob(pattern)
        cache.withLock { $0[pattern] = glob }
        return glob
    }

    private static let cache = Locked<[String: Glob]>([:])

    public func matches(_ relativePath: String) -> Bool {
        guard let regex, prefilter.mayMatch(relativePath) else { return false }
        let range = NSRange(relativePath.startIndex..., in: relativePath)
        return regex.firstMatch(in: relativePath, range: range) != nil
    }
}
