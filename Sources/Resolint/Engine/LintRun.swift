import Foundation

/// Lints many files on all cores; results come back in the order of the paths given, whatever order
/// the threads finish in.
public struct LintRun: Sendable {
    /// The linter and language for a file (from its configuration).
    public var setup: @Sendable (String) throws -> (linter: Linter, language: String?)

    public init(setup: @escaping @Sendable (String) throws -> (linter: Linter, language: String?)) {
        self.setup = setup
    }

    public init(linter: Linter, language: String? = nil) {
        self.setup = { _ in (linter, language) }
    }

    public enum Outcome: Sendable {
        case report(FileReport)
        case failure(String)
    }

    public func lint(paths: [String]) -> [Outcome] {
        let results = Locked<[Int: Outcome]>([:])
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            let outcome: Outcome
            do {
                let (linter, language) = try setup(paths[i])
                let text = try FileCollector.read(paths[i])
                outcome = .report(try linter.lint(text: text, path: paths[i], language: language))
            } catch {
                outcome = .failure("\(error)")
            }
            results.withLock { $0[i] = outcome }
        }
        return results.withLock { r in paths.indices.map { r[$0]! } }
    }
}
