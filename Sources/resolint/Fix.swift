import ArgumentParser
import Foundation
import Resolint

struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the rules' fixes in place: renumbering, relettering, final marks, footnotes, closing session.",
        discussion: """
            Only the characters a fix must change are changed; every other byte of the file, line wraps and page-break debris included, stays as it was. Internal references ("paragraph 5 above", "本决议第 5 段") follow a renumbering. Rules mark their fixes safe or unsafe (`resolint rules ID`); unsafe ones (footnote renumbering, whose markers in PDF text are inferred) need --unsafe. Writes are atomic and keep the file's mode and encoding; a file that changed while it was being fixed is left alone.

            Exit status: 0 nothing left at error severity, 1 errors remain, 2 unreadable input or bad configuration.
            """
    )

    @Argument(help: "Files or folders to fix.")
    var paths: [String]

    @Flag(help: "Print a unified diff of the fixes and write nothing.")
    var diff = false

    @Flag(help: "Apply unsafe fixes too.")
    var unsafe = false

    @Option(help: "Language of the drafts: auto, or a code such as zh or en.")
    var lang: String = "auto"

    @Option(help: "Use this configuration file instead of the nearest .resolint.yml.")
    var config: String?

    @Flag(name: .customLong("force-exclude"), help: "Filter the files named on the command line by the configuration's include and exclude too (for pre-commit).")
    var forceExclude = false

    func run() throws {
        let base: Linter
        do { base = try Linter.standard() } catch { fail("\(error)") }
        if lang != "auto", base.languages.profile(lang) == nil {
            fail("unknown language '\(lang)'; available: auto, \(base.languages.codes.joined(separator: ", "))")
        }
        let resolver: ConfigurationResolver
        let files: [String]
        do {
            resolver = try ConfigurationResolver(base: base, configPath: config)
            files = try FileCollector.collect(paths, filterNamed: forceExclude) { try resolver.configuration(for: $0).accepts($0) }
        } catch { fail("\(error)") }

        var failed = false, errorsLeft = false
        for path in files {
            do {
                let configuration = try resolver.configuration(for: path)
                let fixer = Fixer(linter: try resolver.linter(for: configuration), includeUnsafe: unsafe)
                let result = try FileFixer(fixer: fixer).fix(path: path, language: lang == "auto" ? configuration.language : lang, write: !diff)
                if diff { print(result.diff, terminator: "") }
                let count = result.fixed.values.reduce(0, +)
                let left = result.remaining.diagnostics
                errorsLeft = errorsLeft || left.contains { $0.severity == .error }
                let detail = result.fixed.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
                let summary = count == 0 ? "nothing to fix" : "\(diff ? "would fix" : "fixed") \(count) (\(detail))"
                FileHandle.standardError.write(Data("\(path): \(summary); \(left.count) diagnostic\(left.count == 1 ? "" : "s") left\n".utf8))
            } catch {
                failed = true
                FileHandle.standardError.write(Data("resolint: \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(2) }
        if errorsLeft { throw ExitCode(1) }
    }
}
