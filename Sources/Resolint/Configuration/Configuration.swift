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
    /// The lowest severity that fails a run on this configuration's files (the command line's
    /// --fail-on wins).
    public var failOn: Severity?
    /// Rules (ids or prefixes) not run on the files a glob matches, as ruff's per-file-ignores.
    public var perFileIgnores: [String: [String]] = [:]

    /// Files of a drafting repository that are not drafts, whatever their extension; `exclude` in a
    /// configuration replaces this list (as ruff's does), so that a user can lint them after all.
    public static let defaultExclude = ["**/README*", "**/CHANGELOG*", "**/CONTRIBUTING*", "**/LICENSE*", "**/CODE_OF_CONDUCT*"]

    public static let fileName = ".resolint.yml"

    public init(directory: String) { self.directory = directory }

    /// The YAML keys, as written in the file.
    struct File: Codable {
        var extend: String?
        var language: String?
        var failOn: Severity?
        var rules: [String: RuleSetting]?
        var ruleFiles: [String]?
        var include: [String]?
        var exclude: [String]?
        var perFileIgnores: [String: [String]]?
        enum CodingKeys: String, CodingKey {
            case extend, language, rules, include, exclude
            case failOn = "fail-on", ruleFiles = "rule-files", perFileIgnores = "per-file-ignores"
        }
    }

    /// Reads a configuration; any mistake in it is thrown.
    public static func load(path: String) throws -> Configuration {
        try loadCollecting(path: path).strict()
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        try parse(text, path: path, extending: []).strict()
    }

    /// Reads a configuration, keeping the mistakes that still let it be read in `problems`, so that
    /// they are reported together with those found later (unknown rule ids).
    static func loadCollecting(path: String, extending chain: [String] = []) throws -> Configuration {
        let text: String
        do { text = try FileCollector.read(path) } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "cannot read configuration: \(error)")
        }
        return try parse(text, path: path, extending: chain)
    }

    func strict() throws -> Configuration {
        if let error = ConfigurationError.all(problems) { throw error }
        return self
    }

    /// A file that names `extend: OTHER` starts from OTHER's settings (its path read relative to this
    /// file): keys written here replace OTHER's, and `rules` and `per-file-ignores` are merged, this
    /// file's entries winning.
    static func parse(_ text: String, path: String, extending chain: [String]) throws -> Configuration {
        let directory = (path as NSString).deletingLastPathComponent
        var config = Configuration(directory: directory)
        guard let node = try StrictYAML.compose(text, path: path) else { config.path = path; return config }
        let (file, problems) = try StrictYAML.decodeCollecting(File.self, from: node, path: path, what: "configuration")
        if let extend = file.extend {
            let parentPath = AbsolutePath.of(extend.hasPrefix("/") ? extend : (directory as NSString).appendingPathComponent(extend))
            let at = node["extend"].map { SourcePosition(line: $0.line, column: $0.column) } ?? SourcePosition(line: 1, column: 1)
            guard !chain.contains(parentPath), parentPath != AbsolutePath.of(path) else {
                throw ConfigurationError(path: path, line: at.line, column: at.column, message: "extend: \(extend) extends this file again (a cycle)")
            }
            do { config = try loadCollecting(path: parentPath, extending: chain + [AbsolutePath.of(path)]) } catch let error as ConfigurationError where error.path == parentPath && error.message.hasPrefix("cannot read") {
                throw ConfigurationError(path: path, line: at.line, column: at.column, message: "extend: cannot read \(extend)")
            }
            // Rule files named by the other file stay relative to it.
            config.ruleFiles = config.ruleFiles.map { $0.hasPrefix("/") ? $0 : (config.directory as NSString).appendingPathComponent($0) }
            config.directory = directory
        }
        config.path = path
        config.problems += problems
        if let l = file.language { config.language = l == "auto" ? nil : l }
        if let f = file.failOn { config.failOn = f }
        config.rules.merge(file.rules ?? [:]) { _, mine in mine }
        config.ruleFiles += file.ruleFiles ?? []
        config.include = file.include ?? config.include
        config.exclude = file.exclude ?? config.exclude
        config.perFileIgnores.merge(file.perFileIgnores ?? [:]) { _, mine in mine }
        // Locate rule ids (and per-file-ignores entries) for the messages about them.
        for pair in node["rules"]?.mapping ?? [] {
            config.ruleLocations[pair.key.string ?? ""] = RuleLocation(path: path, line: pair.key.line, column: pair.key.column)
        }
        for pair in node["per-file-ignores"]?.mapping ?? [] {
            for item in pair.value.sequence ?? [] where item.string != nil {
                config.ignoreLocations.append((item.string!, RuleLocation(path: path, line: item.line, column: item.column)))
            }
        }
        return config
    }

    /// Whether a file found in a folder is linted: it matches `include` and not `exclude`, both read
    /// relative to the configuration's folder.
    public func accepts(_ path: String) -> Bool {
        let relative = relativePath(path)
        // Extensions in any case: "NOTES.TXT" is a draft as "notes.txt" is.
        let ext = AbsolutePath.pathExtension(of: relative)
        let lowered = ext == ext.lowercased() ? relative : String(relative.dropLast(ext.count)) + ext.lowercased()
        let included = include.contains { Glob.compiled($0).matches(relative) || Glob.compiled($0).matches(lowered) }
        return included && !exclude.contains { Glob.compiled($0).matches(relative) }
    }

    /// Mistakes found while reading, reported with the unknown rule ids when the linter is built.
    var problems: [ConfigurationError] = []
    /// Where each rule id stands (in this file or one it extends).
    var ruleLocations: [String: RuleLocation] = [:]
    /// Where each rule named under per-file-ignores stands.
    var ignoreLocations: [(String, RuleLocation)] = []

    struct RuleLocation: Sendable {
        var path: String
        var line: Int
        var column: Int
    }

    /// The per-file-ignores entries for a file: the rules not run on it.
    public func ignoredRules(for path: String) -> [String] {
        guard !perFileIgnores.isEmpty else { return [] }
        let relative = relativePath(path)
        return perFileIgnores.filter { Glob.compiled($0.key).matches(relative) }.flatMap(\.value)
    }

    func relativePath(_ path: String) -> String {
        let absolute = AbsolutePath.of(path)
        let base = AbsolutePath.of(directory)
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        if base == "/" { return String(absolute.dropFirst()) }
        return absolute
    }
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
