import Foundation

/// The linter each open document gets: the nearest `.resolint.yml` walking up from its file, as
/// `resolint lint` finds it. The configurations are read again (`reload`) when the client reports a
/// changed or saved `.resolint.yml`, since the resolver caches what it has read.
public final class ServerConfiguration: @unchecked Sendable {
    private let base: Linter
    private var resolver: ConfigurationResolver
    private let lock = NSLock()

    public init(base: Linter) throws {
        self.base = base
        resolver = try ConfigurationResolver(base: base, configPath: nil)
    }

    /// Forgets every configuration read so far.
    public func reload() {
        if let fresh = try? ConfigurationResolver(base: base, configPath: nil) { lock.withLock { resolver = fresh } }
    }

    /// The linter and language for a file; a configuration that does not load throws (the server
    /// tells the user and lints with the built-in rules meanwhile).
    public func setup(for path: String) throws -> (linter: Linter, language: String?) {
        let resolver = lock.withLock { self.resolver }
        let configuration = try resolver.configuration(for: path)
        return (try resolver.linter(for: configuration), configuration.language)
    }

    public var builtIn: Linter { base }

    /// A file path for a document URI: file: URIs name one; any other scheme (an unsaved buffer) is
    /// linted as if it were in the current folder.
    public static func path(of uri: String) -> String {
        if let url = URL(string: uri), url.isFileURL { return url.path }
        let name = uri.split(separator: "/").last.map(String.init) ?? "untitled"
        return (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(name)
    }

    /// Whether a URI names a configuration file, whose change means `reload`.
    public static func isConfiguration(_ uri: String) -> Bool {
        (path(of: uri) as NSString).lastPathComponent == Configuration.fileName
    }
}
