import Foundation

/// Finds the configuration that applies to each file (the nearest `.resolint.yml` walking up from
/// the file's folder, or the one named by `--config`) and builds one linter per configuration.
public final class ConfigurationResolver: @unchecked Sendable {
    private let explicit: Configuration?
    private let base: Linter
    private var byDirectory: [String: Configuration] = [:]
    private var linters: [String: Linter] = [:]
    private let lock = NSLock()

    public init(base: Linter, configPath: String?) throws {
        self.base = base
        self.explicit = try configPath.map { try Configuration.loadCollecting(path: $0) }
        if let explicit { _ = try linter(for: explicit) }
    }

    /// The configuration for a file or folder.
    public func configuration(for path: String) throws -> Configuration {
        if let explicit { return explicit }
        var isDirectory: ObjCBool = false
        let absolute = AbsolutePath.of(path)
        let start = FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
            ? absolute : AbsolutePath.parent(of: absolute)
        return try nearest(from: start)
    }

    private func nearest(from directory: String) throws -> Configuration {
        lock.lock()
        if let c = byDirectory[directory] { lock.unlock(); return c }
        lock.unlock()
        let candidate = (directory as NSString).appendingPathComponent(Configuration.fileName)
        let found: Configuration
        if FileManager.default.fileExists(atPath: candidate) {
            found = try Configuration.loadCollecting(path: candidate)
        } else {
            let parent = AbsolutePath.parent(of: directory)
            found = parent == directory || parent.isEmpty ? Configuration(directory: directory) : try nearest(from: parent)
        }
        lock.lock(); byDirectory[directory] = found; lock.unlock()
        return found
    }

    /// The linter a configuration asks for: built-in rules, its rule files, its severities and options.
    public func linter(for config: Configuration) throws -> Linter {
        let key = config.path ?? ""
        lock.lock()
        if let l = linters[key] { lock.unlock(); return l }
        lock.unlock()
        var linter = base
        var catalog = base.rules
        for file in config.ruleFiles {
            let path = file.hasPrefix("/") ? file : (config.directory as NSString).appendingPathComponent(file)
            let text: String
            do { text = try FileCollector.read(path) } catch {
                throw ConfigurationError(path: config.path ?? path, line: 1, column: 1, message: "rule file \(file): \(error)")
            }
            try catalog.add(try RuleLoader.load(text, path: path))
        }
        linter.rules = catalog
        var overrides: [String: RuleOverride] = [:]
        var unknown: [ConfigurationError] = []
        let ids = catalog.rules.map(\.id)
        func unknownRule(_ id: String, at: Configuration.RuleLocation?) -> ConfigurationError {
            let near = ids.filter { $0.hasPrefix(String(id.prefix(while: { $0 != "." }))) }
            return ConfigurationError(path: at?.path ?? config.path ?? "", line: at?.line ?? 1, column: at?.column ?? 1,
                message: "unknown rule '\(id)'" + (near.isEmpty ? "; `resolint rules` lists them" : "; did you mean \(near.joined(separator: ", "))?"))
        }
        for (id, setting) in config.rules {
            guard catalog.rule(id) != nil else { unknown.append(unknownRule(id, at: config.ruleLocations[id])); continue }
            overrides[id] = RuleOverride(off: setting.off, severity: setting.severity, options: RuleOptions(allowedOffsets: setting.allowedOffsets))
        }
        // per-file-ignores take ids and prefixes, as --ignore does.
        for (entry, at) in config.ignoreLocations where !ids.contains(where: { RuleSelection.covers(entry, $0) }) {
            unknown.append(unknownRule(entry, at: at))
        }
        if let error = ConfigurationError.all(config.problems + unknown) { throw error }
        linter.fileIgnores = config.perFileIgnores.isEmpty ? nil : config
        linter.overrides = overrides
        lock.lock(); linters[key] = linter; lock.unlock()
        return linter
    }
}
