import ArgumentParser
import Foundation
import Resolint

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check drafts against the rules.",
        discussion: """
            Each diagnostic reads file:line:column: severity[rule-id] message, followed by the source line with the offending text marked. Columns count characters, so Chinese text lines up.

            Configuration: the nearest .resolint.yml, walking up from each file (or --config): language, rule severities (off, info, warning, error) and options, your own rule files, include/exclude globs for folders. `resolint init` writes a commented one.

            In a draft, <!-- resolint-disable RULE -->, <!-- resolint-enable RULE --> and <!-- resolint-disable-next-line RULE --> silence rules (no RULE: all of them).

            Exit status: 0 no error, 1 at least one diagnostic at or above --fail-on (error by default), 2 bad usage, unreadable or undecodable input, or an invalid configuration or rule file.
            """
    )

    @Argument(help: "Files or folders to lint (folders: *.txt and *.md inside, or the config's include). '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, github (workflow annotations) or junit.")
    var format: OutputFormat = .text

    @Option(help: "Language of the drafts: auto (detected per file), or a code such as zh or en.")
    var lang: String = "auto"

    @Option(help: "Use this configuration file instead of the nearest .resolint.yml.")
    var config: String?

    @Option(name: .customLong("stdin-filename"), help: "The name to report for standard input (also used to find its configuration).")
    var stdinFilename: String = "<stdin>"

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: Severity = .error

    @Flag(name: .customLong("report-unused-disables"), help: "Warn about resolint-disable comments that suppress nothing.")
    var reportUnusedDisables = false

    @Flag(help: "Report errors only.")
    var quiet = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github, junit }

    func run() throws {
        var base: Linter
        do { base = try Linter.standard() } catch { fail("\(error)") }
        base.reportUnusedSuppressions = reportUnusedDisables
        if lang != "auto", base.languages.profile(lang) == nil {
            fail("unknown language '\(lang)'; available: auto, \(base.languages.codes.joined(separator: ", "))")
        }
        let resolver: ConfigurationResolver
        do { resolver = try ConfigurationResolver(base: base, configPath: config) } catch { fail("\(error)") }
        let forcedLanguage = lang == "auto" ? nil : lang
        let setup: @Sendable (String) throws -> (linter: Linter, language: String?) = { path in
            let configuration = try resolver.configuration(for: path)
            return (try resolver.linter(for: configuration), forcedLanguage ?? configuration.language)
        }

        var outcomes: [LintRun.Outcome] = []
        let readStdin = paths == ["-"] || (paths.isEmpty && isatty(FileHandle.standardInput.fileDescriptor) == 0)
        if readStdin {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            do {
                let (linter, language) = try setup(stdinFilename == "<stdin>" ? FileManager.default.currentDirectoryPath + "/-" : stdinFilename)
                let text = try TextDecoding.decode(data, path: stdinFilename)
                outcomes = [.report(try linter.lint(text: text, path: stdinFilename, language: language))]
            } catch let error as ConfigurationError { fail("\(error)") } catch { outcomes = [.failure("\(error)")] }
        } else {
            guard !paths.isEmpty else {
                throw ValidationError("give files or folders to lint, or pipe a draft with '-'")
            }
            let files: [String]
            do {
                files = try FileCollector.collect(paths) { try resolver.configuration(for: $0).accepts($0) }
                // Configuration problems are found before any file is linted.
                for file in files { _ = try setup(file) }
            } catch { fail("\(error)") }
            outcomes = LintRun(setup: setup).lint(paths: files)
        }

        var reports: [FileReport] = []
        var inputFailed = false
        for outcome in outcomes {
            switch outcome {
            case .report(var r):
                if quiet { r.diagnostics = r.diagnostics.filter { $0.severity == .error } }
                reports.append(r)
            case .failure(let message):
                inputFailed = true
                FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
            }
        }
        let all = reports.flatMap(\.diagnostics)
        switch format {
        case .json:
            print(JSONReporter().render(reports), terminator: "")
        case .sarif:
            print(SARIFReporter(rules: base.rules.rules).render(reports), terminator: "")
        case .github:
            print(GitHubReporter().render(reports), terminator: "")
        case .junit:
            print(JUnitReporter(failOn: failOn).render(reports), terminator: "")
        case .text:
            let color = isatty(FileHandle.standardOutput.fileDescriptor) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            print(TextReporter(color: color).render(reports), terminator: "")
            if !quiet {
                let errors = all.filter { $0.severity == .error }.count
                let warnings = all.filter { $0.severity == .warning }.count
                print("\(reports.count) file\(reports.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        }
        if inputFailed { throw ExitCode(2) }
        if all.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}

/// Prints a one-line cause and exits 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
    Foundation.exit(2)
}
