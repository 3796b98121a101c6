import ArgumentParser
import Foundation
import Resolint

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check drafts against the rules.",
        discussion: """
            Each diagnostic reads file:line:column: severity[rule-id] message, followed by the source line with the offending text marked. Columns count characters, so Chinese text lines up.

            Configuration: the nearest .resolint.yml, walking up from each file (or --config): language, rule severities (off, info, warning, error) and options, your own rule files, include/exclude globs for folders. `resolint init` writes a commented one.

            In a draft, <!-- resolint-disable RULE -->, <!-- resolint-enable RULE --> and <!-- resolint-disable-next-line RULE --> silence rules (no RULE: all of them).

            A file that cannot be read or decoded is reported as error[io.unreadable] in every output format, and the other files are still linted.

            Exit status: 0 no error, 1 at least one diagnostic at or above --fail-on (error by default), 2 bad usage, unreadable or undecodable input, or an invalid configuration or rule file.
            """
    )

    @Argument(help: "Files or folders to lint (folders: *.txt and *.md inside, or the config's include; *.xml files are read as AKN4UN markup, *.docx as Word documents, *.pdf through poppler's pdftotext). None: the current folder. '-' reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, github (workflow annotations) or junit.")
    var format: OutputFormat = .text

    @Option(help: "Language of the drafts: auto (detected per file), or a code such as zh or en.")
    var lang: String = "auto"

    @Option(help: "Use this configuration file instead of the nearest .resolint.yml.")
    var config: String?

    @Option(name: .customLong("stdin-filename"), help: "The name to report for standard input (also used to find its configuration).")
    var stdinFilename: String = "<stdin>"

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info (default: the configuration's fail-on, or error).")
    var failOn: Severity?

    @Flag(name: .customLong("report-unused-disables"), help: "Warn about resolint-disable comments that suppress nothing.")
    var reportUnusedDisables = false

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(help: ArgumentHelp("Run only these rules: ids or prefixes such as footnote., comma-separated (repeatable).", valueName: "rules"))
    var select: [String] = []

    @Option(name: .customLong("extend-select"), help: ArgumentHelp("Run these rules besides the others, even where the configuration turns them off.", valueName: "rules"))
    var extendSelect: [String] = []

    @Option(help: ArgumentHelp("Do not run these rules: ids or prefixes, comma-separated (repeatable).", valueName: "rules"))
    var ignore: [String] = []

    @Flag(help: "Print how many times each rule fired instead of each diagnostic (text output).")
    var statistics = false

    @Option(help: ArgumentHelp("Report only the diagnostics on paragraphs changed since this old revision of the draft (as `resolint diff` finds them).", valueName: "old"))
    var since: String?

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("force-exclude"), help: "Filter the files named on the command line by the configuration's include and exclude too, as the files of a folder are (for pre-commit, which names every staged file).")
    var forceExclude = false

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Report only findings that this baseline (written by --write-baseline) does not record; recorded findings that no longer occur are reported as baseline.fixed.", valueName: "file"))
    var baselineFile: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record this run's findings in a baseline file (atomically, replacing it).", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .customLong("strict-baseline"), help: "A recorded finding that no longer occurs is an error, not a warning: the baseline must be written again.")
    var strictBaseline = false

    @Option(name: .customLong("output-file"), help: ArgumentHelp("Write the report to this file (atomically, replacing it) instead of standard output; the file itself is never linted.", valueName: "file"))
    var outputFile: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML file of your own rules, added to the built-in ones and the configuration's (a rule with a built-in id replaces it); repeatable.", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(name: .customLong("regex-timeout"), help: ArgumentHelp("Seconds each user rule may spend in regular expressions on one file; past it the rule is stopped and reported as rule.timeout (default 2).", valueName: "seconds"))
    var regexTimeout: Double?

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Files linted at once (default: the number of cores; 1 lints on one thread).", valueName: "n"))
    var jobs: Int?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github, junit }
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never

        /// Whether text output is coloured: auto colours a terminal, unless NO_COLOR is set; FORCE_COLOR
        /// forces it (no-color.org, force-color.org: a set non-empty value each).
        func colors(toFile: Bool = false) -> Bool {
            switch self {
            case .always: return true
            case .never: return false
            case .auto:
                // Two variables read alone (ProcessInfo's environment is a dictionary of all of them).
                func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
                if let force = environment("FORCE_COLOR"), !force.isEmpty, force != "0" { return true }
                return !toFile && isatty(FileHandle.standardOutput.fileDescriptor) != 0 && (environment("NO_COLOR") ?? "").isEmpty
            }
        }
    }

    /// "a,b" and repeated options alike, without blanks.
    static func entries(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs takes a number of threads, 1 or more") }
        if let regexTimeout, !(regexTimeout > 0) { throw ValidationError("--regex-timeout takes a number of seconds above 0") }
    }

    /// The parsed options as plain values (`LintOptions`), which `ResolintCommand.main` also builds
    /// without ArgumentParser for a plain `resolint lint FILE…`.
    var options: LintOptions {
        LintOptions(paths: paths, format: format, lang: lang, config: config, stdinFilename: stdinFilename, failOn: failOn,
                    reportUnusedDisables: reportUnusedDisables, quiet: quiet, select: select, extendSelect: extendSelect,
                    ignore: ignore, statistics: statistics, since: since, color: color, forceExclude: forceExclude,
                    baselineFile: baselineFile, writeBaseline: writeBaseline, strictBaseline: strictBaseline,
                    outputFile: outputFile, ruleFiles: ruleFiles, regexTimeout: regexTimeout, jobs: jobs)
    }

    func run() throws { try options.run() }

    /// Prints reports as they come (text, JSON, GitHub) or at the end (SARIF, JUnit: one document for
    /// all files), and counts them (`LintSummary`) for the summary and the exit status.
    final class Output {
        let format: OutputFormat
        let quiet: Bool
        let failOn: Severity
        let rules: [Rule]
        let text: TextReporter
        let json = JSONReporter()
        /// The reports shown, counted for the summary.
        var summary = LintSummary()
        /// Findings at or above their file's --fail-on threshold, shown or not: the exit status.
        var failing = 0
        var inputFailed = false
        /// SARIF and JUnit reports wait for the end, without their sources.
        var held: [FileReport] = []

        /// Set when the report goes to a file: it is gathered here and written at the end.
        let toFile: Bool
        var buffer = ""

        /// The lowest failing severity for a file.
        var threshold: (String) -> Severity = { _ in .error }
        /// --baseline: the findings it records are dropped.
        var baseline: BaselineFilter?
        /// --write-baseline: every file's findings, kept without their sources.
        var recordsBaseline = false
        var recorded: [FileReport] = []
        /// --statistics: counts by rule, printed at the end instead of each diagnostic.
        let statistics: Bool

        init(format: OutputFormat, quiet: Bool, failOn: Severity, rules: [Rule], toFile: Bool = false,
             color: ColorChoice = .auto, statistics: Bool = false) {
            self.format = format
            self.toFile = toFile
            self.quiet = quiet
            self.failOn = failOn
            self.rules = rules
            self.statistics = statistics
            text = TextReporter(color: color.colors(toFile: toFile))
        }

        func add(_ outcome: LintRun.Outcome) {
            switch outcome {
            case .report(var r):
                if r.isUnreadable {
                    inputFailed = true
                    // The finding is in the report; a machine format's reader may not show it, so the
                    // log gets the cause too.
                    if format != .text, let d = r.diagnostics.first {
                        FileHandle.standardError.write(Data("resolint: \(r.path): \(d.message)\n".utf8))
                    }
                }
                if recordsBaseline {
                    var kept = r
                    kept.source = SourceFile(path: r.path, text: "")
                    recorded.append(kept)
                }
                baseline?.apply(&r)
                // The exit status follows --fail-on over every finding: --quiet shortens the log only.
                let threshold = self.threshold(r.path)
                failing += r.diagnostics.filter { $0.severity >= threshold }.count
                if quiet { r.diagnostics = r.diagnostics.filter { $0.severity == .error } }
                let first = summary.files == 0
                summary.add(r)
                switch format {
                case .json: emit((first ? json.begin() : "") + json.file(r, first: first))
                case .text where statistics: break
                case .text:
                    emit(text.render([r]))
                    for remark in r.remarks { emit("\(r.path): note: \(remark)\n") }
                case .github: emit(GitHubReporter().render([r]))
                case .sarif, .junit:
                    r.source = SourceFile(path: r.path, text: "")
                    held.append(r)
                }
            case .failure(let message):
                inputFailed = true
                FileHandle.standardError.write(Data("resolint: \(message)\n".utf8))
            }
        }

        func emit(_ s: String) {
            if toFile { buffer += s } else { print(s, terminator: "") }
        }

        func finish() {
            switch format {
            case .json:
                emit(json.end(summary))
            case .text:
                emit(SummaryReporter().render(summary, statistics: statistics, quiet: quiet))
            case .github:
                break
            case .sarif:
                emit(SARIFReporter(rules: rules).render(held))
            case .junit:
                emit(JUnitReporter(failOn: failOn).render(held))
            }
        }
    }
}

/// `lint`'s options, with the defaults `Lint` declares (`LintFastPathTests` compares the two).
struct LintOptions: Equatable {
    var paths: [String] = []
    var format: Lint.OutputFormat = .text
    var lang: String = "auto"
    var config: String? = nil
    var stdinFilename: String = "<stdin>"
    var failOn: Severity? = nil
    var reportUnusedDisables = false
    var quiet = false
    var select: [String] = []
    var extendSelect: [String] = []
    var ignore: [String] = []
    var statistics = false
    var since: String? = nil
    var color: Lint.ColorChoice = .auto
    var forceExclude = false
    var baselineFile: String? = nil
    var writeBaseline: String? = nil
    var strictBaseline = false
    var outputFile: String? = nil
    var ruleFiles: [String] = []
    var regexTimeout: Double? = nil
    var jobs: Int? = nil

    func run() throws {
        var base: Linter
        do {
            base = try Linter.standard(examples: false)
            var catalog = base.rules
            for file in ruleFiles { try catalog.add(try RuleLoader.load(try FileCollector.read(file), path: file)) }
            base.rules = catalog
            if let regexTimeout { base.regexSeconds = regexTimeout }
        } catch { fail("\(error)") }
        base.reportUnusedSuppressions = reportUnusedDisables
        base.recordsContext = baselineFile != nil || writeBaseline != nil
        base.selection = RuleSelection(select: select.isEmpty ? nil : Lint.entries(select),
                                       extendSelect: Lint.entries(extendSelect), ignore: Lint.entries(ignore))
        let unknown = base.selection.unknownEntries(among: base.rules.rules.map(\.id))
        if !unknown.isEmpty {
            fail("no rule is named or starts with \(unknown.map { "'\($0)'" }.joined(separator: ", ")); `resolint rules` lists them")
        }
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
        let output = Lint.Output(format: format, quiet: quiet, failOn: failOn ?? .error, rules: base.rules.rules, toFile: outputFile != nil,
                            color: color, statistics: statistics)
        // The command line's --fail-on, or each file's configuration's.
        let failOn = self.failOn
        output.threshold = { path in failOn ?? (try? resolver.configuration(for: path).failOn) ?? .error }
        if let baselineFile {
            do { output.baseline = BaselineFilter(try Baseline.read(baselineFile), strict: strictBaseline) } catch { fail("\(error)") }
        }
        output.recordsBaseline = writeBaseline != nil

        // Standard input only when asked for: a CI step's empty, non-terminal input is no draft (as ruff).
        if paths == ["-"] {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            do {
                let (linter, language) = try setup(stdinFilename == "<stdin>" ? FileManager.default.currentDirectoryPath + "/-" : stdinFilename)
                let text = try TextDecoding.decode(data, path: stdinFilename)
                output.add(.report(try linter.lint(text: text, path: stdinFilename, language: language)))
            } catch let error as ConfigurationError { fail("\(error)") } catch { output.add(.report(.unreadable(path: stdinFilename, error: error))) }
        } else {
            let files: [String]
            do {
                files = try FileCollector.collect(paths.isEmpty ? ["."] : paths, filterNamed: forceExclude) { try resolver.configuration(for: $0).accepts($0) }
                    .filter { path in outputFile.map { AbsolutePath.of($0) != AbsolutePath.of(path) } ?? true }
                // Configuration problems are found before any file is linted.
                for file in files { _ = try setup(file) }
            } catch { fail("\(error)") }
            // Each file's diagnostics are printed as soon as it and the files before it are done.
            let since = self.since, languages = base.languages
            LintRun(setup: setup, jobs: jobs).lint(paths: files) { _, outcome in
                guard let since, case .report(let report) = outcome else { return output.add(outcome) }
                let versions = ComparedVersion.read(paths: [since, report.path], languages: languages)
                guard case .success(let old) = versions[0], case .success(let new) = versions[1] else {
                    if case .failure(let error) = versions[0] { fail("\(error)") }
                    return output.add(outcome)
                }
                output.add(.report(ChangedRegions.filter(report, to: ChangedRegions.ranges(old: old, new: new))))
            }
        }
        output.finish()
        if let writeBaseline {
            do { try AtomicFileWriter.write(Baseline(reports: output.recorded).rendered(), to: writeBaseline, overwrite: true) } catch { fail("\(error)") }
        }
        if let outputFile {
            do { try AtomicFileWriter.write(output.buffer, to: outputFile, overwrite: true) } catch { fail("\(error)") }
        }
        if output.inputFailed { throw ExitCode(2) }
        if output.failing > 0 { throw ExitCode(1) }
    }
}

extension Severity: ExpressibleByArgument {}

/// Prints the cause (a line per mistake) and exits 2.
func fail(_ message: String) -> Never {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { "resolint: \($0)\n" }
    FileHandle.standardError.write(Data(lines.joined().utf8))
    Foundation.exit(2)
}
