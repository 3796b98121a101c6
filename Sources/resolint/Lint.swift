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

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML file of your own rules, added to the built-in ones (a rule with a built-in id replaces it); repeatable.", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(name: .customLong("regex-timeout"), help: ArgumentHelp("Seconds each rule may spend in regular expressions on one file; past it the rule is stopped and reported as rule.timeout (default 2).", valueName: "seconds"))
    var regexTimeout: Double?

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Files linted at once (default: the number of cores; 1 lints on one thread).", valueName: "n"))
    var jobs: Int?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more") }
        if let regexTimeout, !(regexTimeout > 0) { throw ValidationError("--regex-timeout takes a number of seconds above 0") }
    }

    func run() throws {
        let linter: Linter
        do {
            var standard = try Linter.standard()
            var catalog = standard.rules
            for file in ruleFiles { try catalog.add(try RuleLoader.load(try FileCollector.read(file), path: file)) }
            standard.rules = catalog
            if let regexTimeout { standard.regexSeconds = regexTimeout }
            linter = standard
        } catch { fail("\(error)") }
        if lang != "auto", linter.languages.profile(lang) == nil {
            fail("unknown language '\(lang)'; available: auto, \(linter.languages.codes.joined(separator: ", "))")
        }
        let language = lang == "auto" ? nil : lang
        let output = Output(format: format, quiet: quiet)
        let readStdin = paths == ["-"] || (paths.isEmpty && isatty(FileHandle.standardInput.fileDescriptor) == 0)
        if readStdin {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            do {
                let text = try TextDecoding.decode(data, path: stdinFilename)
                output.add(.report(try linter.lint(text: text, path: stdinFilename, language: language)))
            } catch { output.add(.failure("\(error)")) }
        } else {
            guard !paths.isEmpty else {
                throw ValidationError("give files or folders to lint, or pipe a draft with '-'")
            }
            let files: [String]
            do { files = try FileCollector.collect(paths) } catch { fail("\(error)") }
            // Each file's diagnostics are printed as soon as it and the files before it are done.
            LintRun(linter: linter, language: language, jobs: jobs).lint(paths: files) { _, outcome in output.add(outcome) }
        }
        output.finish()
        if output.inputFailed { throw ExitCode(2) }
        if output.errors > 0 { throw ExitCode(1) }
    }

    /// Prints reports one at a time and keeps only the counts.
    final class Output {
        let format: OutputFormat
        let quiet: Bool
        let text: TextReporter
        let json = JSONReporter()
        var files = 0, errors = 0, warnings = 0, infos = 0
        var inputFailed = false

        init(format: OutputFormat, quiet: Bool) {
            self.format = format
            self.quiet = quiet
            let color = isatty(FileHandle.standardOutput.fileDescriptor) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            text = TextReporter(color: color)
        }

        func add(_ outcome: LintRun.Outcome) {
            switch outcome {
            case .report(var r):
                if quiet { r.diagnostics = r.diagnostics.filter { $0.severity == .error } }
                for d in r.diagnostics {
                    switch d.severity { case .error: errors += 1; case .warning: warnings += 1; case .info: infos += 1 }
                }
                switch format {
                case .json: print((files == 0 ? json.begin() : "") + json.file(r, first: files == 0), terminator: "")
                case .text: print(text.render([r]), terminator: "")
                }
                files += 1
            case .failure(let message):
                inputFailed = true
                FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
            }
        }

        func finish() {
            switch format {
            case .json:
                print(json.end(files: files, errors: errors, warnings: warnings, infos: infos), terminator: "")
            case .text:
                if !quiet {
                    print("\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
                }
            }
        }
    }
}

/// Prints a one-line cause and exits 2.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
    Foundation.exit(2)
}
