import ArgumentParser
import Foundation
import Resolint

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Check that the language versions of one text say the same thing.",
        discussion: """
            Holds two to six versions of one document against each other: their parts, preambular and operative paragraphs, numbering, items, footnotes, the resolutions and documents they cite, dates, figures, session and agenda item. Paragraphs are aligned by structure, numbers and citations, not by translation: nothing is translated and nothing leaves the machine.

            Each disagreement is reported in the version that differs from the others, at its place, and the message says which versions say what ("operative paragraph 12 cites 74/19 in ru where ar, en, es, fr, zh cite 74/91"). The rules are the compare.* rules of `resolint rules`; configuration and --select/--ignore apply to them as to any rule.

            Examples:
              resolint compare draft.en.txt draft.fr.txt draft.zh.txt
              resolint compare 75_100_E.xml 75_100_R.xml
              resolint compare --sets corpus/akn/ga/75session --format json

            --sets finds the versions of each document by file name: the same name but for the language (the UN's letter before the extension, as in 75_100_E.xml and 75_100_F.xml, or a code, as in draft.en.txt and draft-fr.txt), in any subfolder.

            Exit status: 0 the versions agree, 1 a disagreement at or above --fail-on (error by default), 2 bad usage or a file that cannot be read.
            """
    )

    @Argument(help: "The versions to compare (text, Markdown or AKN4UN .xml files).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Compare every set of versions found in this folder.", valueName: "folder"))
    var sets: String?

    @Option(help: "Output format: text, json, sarif, github (workflow annotations) or junit.")
    var format: Lint.OutputFormat = .text

    @Option(help: "Use this configuration file instead of the nearest .resolint.yml.")
    var config: String?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit status 1: error, warning or info.")
    var failOn: Severity = .error

    @Flag(help: "Report errors only.")
    var quiet = false

    @Option(help: ArgumentHelp("Run only these rules: ids or prefixes such as compare.dates, comma-separated (repeatable).", valueName: "rules"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Do not run these rules: ids or prefixes, comma-separated (repeatable).", valueName: "rules"))
    var ignore: [String] = []

    @Option(help: "Colour in text output: auto, always or never.")
    var color: Lint.ColorChoice = .auto

    @Option(name: .customLong("output-file"), help: ArgumentHelp("Write the report to this file (atomically, replacing it) instead of standard output.", valueName: "file"))
    var outputFile: String?

    func validate() throws {
        if sets == nil, paths.count < 2 { throw ValidationError("compare takes two versions or more, or --sets FOLDER") }
        if sets != nil, !paths.isEmpty { throw ValidationError("give either the versions or --sets FOLDER, not both") }
    }

    func run() throws {
        var linter: Linter
        do {
            let base = try Linter.standard()
            let resolver = try ConfigurationResolver(base: base, configPath: config)
            linter = try resolver.linter(for: try resolver.configuration(for: sets ?? paths[0]))
        } catch { fail("\(error)") }
        linter.selection = RuleSelection(select: select.isEmpty ? nil : Lint.entries(select), ignore: Lint.entries(ignore))
        let unknown = linter.selection.unknownEntries(among: linter.rules.rules.map(\.id))
        if !unknown.isEmpty { fail("no rule is named or starts with \(unknown.map { "'\($0)'" }.joined(separator: ", ")); `resolint rules` lists them") }

        let groups: [[String]]
        var alone: [String] = []
        if let sets {
            do {
                let files = try FileCollector.collect([sets]) { path in
                    ["xml", "txt", "md"].contains((path as NSString).pathExtension.lowercased())
                }
                (groups, alone) = VersionSets.group(files)
            } catch { fail("\(error)") }
        } else {
            groups = [paths]
        }
        let output = Lint.Output(format: format, quiet: quiet, failOn: failOn, rules: linter.rules.rules, toFile: outputFile != nil, color: color)
        output.threshold = { [failOn] _ in failOn }
        let comparer = VersionComparer(linter: linter)
        for group in groups {
            var versions: [ComparedVersion] = []
            for (path, result) in zip(group, ComparedVersion.read(paths: group, languages: linter.languages)) {
                switch result {
                case .success(let version): versions.append(version)
                case .failure(let error): output.add(.report(.unreadable(path: path, error: error)))
                }
            }
            guard versions.count > 1 else { continue }
            for report in comparer.compare(versions) { output.add(.report(report)) }
        }
        if sets != nil, format == .text, !quiet {
            let left = alone.isEmpty ? "" : "; \(alone.count) file\(alone.count == 1 ? "" : "s") without another version left out"
            output.emit("\(groups.count) set\(groups.count == 1 ? "" : "s") of versions compared\(left)\n")
        }
        output.finish()
        if let outputFile {
            do { try AtomicFileWriter.write(output.buffer, to: outputFile, overwrite: true) } catch { fail("\(error)") }
        }
        if output.inputFailed { throw ExitCode(2) }
        if output.failing > 0 { throw ExitCode(1) }
    }
}
