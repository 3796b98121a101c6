import Foundation

/// Lints many files on several threads and hands each result over in path order, as soon as it and
/// every file before it are done. Only a window of finished files waits in memory: a run's memory is
/// bounded by its largest files, not by the corpus.
public struct LintRun: Sendable {
    /// The linter and language for a file (from its configuration).
    public var setup: @Sendable (String) throws -> (linter: Linter, language: String?)
    /// Threads that lint (1: everything on the calling thread). Defaults to the number of cores, asked
    /// for only when there is more than one file (Foundation reads it from /sys: 0.5 M instructions).
    public var jobs: Int {
        get { max(1, requestedJobs ?? ProcessInfo.processInfo.activeProcessorCount) }
        set { requestedJobs = newValue }
    }
    private var requestedJobs: Int?

    public init(setup: @escaping @Sendable (String) throws -> (linter: Linter, language: String?), jobs: Int? = nil) {
        self.setup = setup
        requestedJobs = jobs
    }

    public init(linter: Linter, language: String? = nil, jobs: Int? = nil) {
        self.init(setup: { _ in (linter, language) }, jobs: jobs)
    }

    public enum Outcome: Sendable {
        case report(FileReport)
        case failure(String)
    }

    /// Lints one file: read, decode, parse, run the rules.
    public func lint(path: String) -> Outcome {
        let linter: Linter, language: String?
        do { (linter, language) = try setup(path) } catch { return .failure("\(error)") }
        do {
            if Linter.isAKN(path) { return .report(try linter.lint(akn: try AKNReader.read(path: path), language: language)) }
            if Linter.isDocx(path) { return .report(try linter.lint(docx: try DocxReader.read(path: path), language: language)) }
            let text = PDFText.isPDF(path) ? try PDFText.extract(path) : try FileCollector.read(path)
            return .report(try linter.lint(text: text, path: path, language: language))
        } catch {
            // A file that cannot be read is a finding of its own; the other files go on.
            return .report(.unreadable(path: path, error: error))
        }
    }

    /// All outcomes, in path order (kept in memory: for a few files; `lint(paths:each:)` streams).
    public func lint(paths: [String]) -> [Outcome] {
        var out: [Outcome] = []
        out.reserveCapacity(paths.count)
        lint(paths: paths) { _, outcome in out.append(outcome) }
        return out
    }

    /// Calls `each` on the calling thread with every file's outcome, in path order.
    public func lint(paths: [String], each: (Int, Outcome) -> Void) {
        guard paths.count > 1, jobs > 1 else {
            for (i, path) in paths.enumerated() { each(i, lint(path: path)) }
            return
        }
        let workers = min(jobs, paths.count)
        // How far the workers may run ahead of the file being handed over.
        let window = workers * 4
        let state = WindowState()
        let condition = NSCondition()
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { [self] in
                while true {
                    condition.lock()
                    while state.next < paths.count, state.next - state.handedOver >= window { condition.wait() }
                    guard state.next < paths.count else { condition.unlock(); return }
                    let i = state.next
                    state.next += 1
                    condition.unlock()
                    let outcome = lint(path: paths[i])
                    condition.lock()
                    state.done[i] = outcome
                    condition.broadcast()
                    condition.unlock()
                }
            }
        }
        for i in paths.indices {
            condition.lock()
            while state.done[i] == nil { condition.wait() }
            let outcome = state.done.removeValue(forKey: i)!
            state.handedOver = i + 1
            condition.broadcast()
            condition.unlock()
            each(i, outcome)
        }
        group.wait()
    }

    /// Shared between the workers and the caller, always under the condition's lock.
    private final class WindowState: @unchecked Sendable {
        var next = 0
        var handedOver = 0
        var done: [Int: Outcome] = [:]
    }
}
