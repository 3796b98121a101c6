import Foundation

/// A `.resolint.yml`: the language, per-rule severities and options, the user's own rule files, and
/// which files of a folder to lint. Decoded strictly: an unknown key or rule id is an error naming
/// file, line and column.
public struct Configuration: Sendable {
    public var path: String?
    /// The folder the configuration's relative paths and globs start from.
    public var directory: String
    public var language: String?
    public var rules: [String: RuleSetting] = [:]
    public var ruleFiles: [String] = []
    public var include: [String] = ["**/*.txt", "**/*.md"]
    public var exclude: [String] = Configuration.defaultExclude

    /// Files of a drafting repository that are not drafts, whatever their extension; `exclude` in a
    /// configuration replaces this list (as ruff's does), so that a user can lint them after all.
    public static let defaultExclude = ["**/README*", "**/CHANGELOG*", "**/CONTRIBUTING*", "**/LICENSE*", "**/CODE_OF_CONDUCT*"]

    public static let fileName = ".resolint.yml"

    public init(directory: String) { self.directory = directory }

    /// The YAML keys, as written in the file.
    struct File: Codable {
        var language: String?
        var rules: [String: RuleSetting]?
        var ruleFiles: [String]?
        var include: [String]?
        var exclude: [String]?
        enum CodingKeys: String, CodingKey { case language, rules, include, exclude, ruleFiles = "rule-files" }
    }

    public static func load(path: String) throws -> Configuration {
        let text: String
        do { text = try FileCollector.read(path) } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "cannot read configuration: \(error)")
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        var config = Configuration(directory: (path as NSString).deletingLastPathComponent)
        config.path = path
        guard let node = try StrictYAML.compose(text, path: path) else { return config }
        let file = try StrictYAML.decode(File.self, from: node, path: path, what: "configuration")
        if let l = file.language, l != "auto" { config.language = l }
        config.rules = file.rules ?? [:]
        config.ruleFiles = file.ruleFiles ?? []
        config.include = file.include ?? config.include
        config.exclude = file.exclude ?? defaultExclude
        // Locate rule ids for the messages about them.
        config.ruleLocations = node["rules"]?.mapping.map { m in
            Dictionary(m.map { ($0.key.string ?? "", SourcePosition(line: $0.key.line, column: $0.key.column)) },
                       uniquingKeysWith: { a, _ in a })
        } ?? [:]
        return config
    }

    /// Whether a file found in a folder is linted: it matches `include` and not `exclude`, both read
    /// relative to the configuration's folder.
    public func accepts(_ path: String) -> Bool {
        let absolute = AbsolutePath.of(path)
        let base = AbsolutePath.of(directory)
        var relative = absolute
        if absolute.hasPrefix(base + "/") { relative = String(absolute.dropFirst(base.count + 1)) }
        else if base == "/" { relative = String(absolute.dropFirst()) }
        // Extensions in any case: "NOTES.TXT" is a draft as "notes.txt" is.
        let ext = (relative as NSString).pathExtension
        let lowered = ext == ext.lowercased() ? relative : String(relative.dropLast(ext.count)) + ext.lowercased()
        let included = include.contains { Glob.compiled($0).matches(relative) || Glob.compiled($0).matches(lowered) }
        return included && !exclude.contains { Glob.compiled($0).matches(relative) }
    }

    /// Where each rule id stands in the file.
    var ruleLocations: [String: SourcePosition] = [:]
}

/// `off | info | warning | error`, or `{severity: …, allowed-offsets: […]}`.
public struct RuleSetting: Codable, Sendable, Equatable {
    public var off: Bool = false
    public var severity: Severity?
    public var allowedOffsets: [Int]?

    enum CodingKeys: String, CodingKey { case severity, allowedOffsets = "allowed-offsets" }

    public init(off: Bool = false, severity: Severity? = nil, allowedOffsets: [Int]? = nil) {
        self.off = off; self.severity = severity; self.allowedOffsets = allowedOffsets
    }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let word = try? single.decode(String.self) {
            if word == "off" { off = true; return }
            guard let s = Severity(rawValue: word) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "'\(word)' is not a severity; use off, info, warning or error"))
            }
            severity = s
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let word = try c.decodeIfPresent(String.self, forKey: .severity) {
            if word == "off" { off = true } else if let s = Severity(rawValue: word) { severity = s } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + [CodingKeys.severity],
                    debugDescription: "'\(word)' is not a severity; use off, info, warning or error"))
            }
        }
        allowedOffsets = try c.decodeIfPresent([Int].self, forKey: .allowedOffsets)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(off ? "off" : (severity?.rawValue ?? "error"), forKey: .severity)
        try c.encodeIfPresent(allowedOffsets ?? [], forKey: .allowedOffsets)
    }
}
