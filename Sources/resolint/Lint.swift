import ArgumentParser
import Foundation
import Resolint

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check drafts against the rules.",
        discussion: """
            Each diagnostic reads file:line:column: severity[rule-id] message, followed by the source line
            with the offending text marked. Columns count characters, so Chinese text lines up.

            Exit status: 0 no error, 1 at least one error-severity diagnostic, 2 bad usage, unreadable or
            undecodable input, or an invalid rule file.
            """
    )

    @Argument(help: "Files or folders to lint (folders: *.txt and *.md inside). '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the drafts: auto (detected per file), or a code such as zh or en.")
    var lang: String = "auto"

    @Option(name: .customLong("stdin-filename"), help: "The name to report for standard input.")
    var stdinFilename: String = "<stdin>"

    @Flag(help: "Report errors only.")
    var quiet = false

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let linter: Linter
        do { linter = try Linter.standard() } catch { fail("\(error)") }
        if lang != "auto", linter.languages.profile(lang) == nil {
            fail("unknown language '\(lang)'; available: auto, \(linter.languages.codes.joined(separator: ", "))")
        }
        let language = lang == "auto" ? nil : lang
        var outcomes: [LintRun.Outcome] = []
        let readStdin = paths == ["-"] || (paths.isEmpty && isatty(FileHandle.standardInput.fileDescriptor) == 0)
        if readStdin {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            do {
                let text = try TextDecoding.decode(data, path: stdinFilename)
                outcomes = [.report(try linter.lint(text: text, path: stdinFilename, language: language))]
            } catch { outcomes = [.failure("\(error)")] }
        } else {
            guard !paths.isEmpty else {
                throw ValidationError("give files or folders to lint, or pipe a draft with '-'")
            }
            let files: [String]
            do { files = try FileCollector.collect(paths) } catch { fail("\(error)") }
            outcomes = LintRun(linter: linter, language: language).lint(paths: files)
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
        if all.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}

/// Prints a one-line cause and exits 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
    Foundation.exit(2)
}
