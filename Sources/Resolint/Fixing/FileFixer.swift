import Foundation

/// Fixes one file on disk: read, fix, and write back atomically in the same encoding, unless the file
/// changed meanwhile.
public struct FileFixer: Sendable {
    public var fixer: Fixer
    public init(fixer: Fixer) { self.fixer = fixer }

    public struct Result: Sendable {
        public var fixed: [String: Int]
        public var remaining: FileReport
        public var diff: String
    }

    public struct ChangedMeanwhile: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): changed while it was being fixed; not written (run resolint fix again)" }
    }

    public func fix(path: String, language: String?, write: Bool) throws -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        let text = try TextDecoding.decode(data, path: path)
        let result = try fixer.fix(text: text, path: path, language: language)
        let diff = UnifiedDiff.render(old: text, new: result.text, path: path)
        if write, result.text != text {
            guard FileManager.default.contents(atPath: path) == data else { throw ChangedMeanwhile(path: path) }
            try AtomicFileWriter.write(data: TextDecoding.encoding(of: data).encode(result.text), to: path, overwrite: true)
        }
        return Result(fixed: result.fixed, remaining: result.remaining, diff: diff)
    }
}
