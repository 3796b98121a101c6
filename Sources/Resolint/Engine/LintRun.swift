import Foundation

/// Lints many files on all cores; results come back in the order of the paths given.
public struct LintRun: Sendable {
    public var linter: Linter
    public var language: String?

    public init(linter: Linter, language: String? = nil) {
        self.linter = linter
        self.language = language
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
