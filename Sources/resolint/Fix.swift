import ArgumentParser
import Foundation
import Resolint

struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the rules' fixes in place: renumbering, relettering, final marks, footnotes, closing session.",
        discussion: """
            Only the characters a fix must change are changed; every other byte of the file, line wraps and page-break debris included, stays as it was. Internal references ("paragraph 5 above", "本决议第 5 段") follow a renumbering. Rules mark their fixes safe or unsafe (`resolint rules ID`); unsafe ones (footnote renumbering, whose markers in PDF text are inferred) need --unsafe. Writes are atomic and keep the file's mode and encoding; a file that changed while it was being fixed is left alone.

            A Word document (.docx) is fixed in its runs: the new text takes the place of the old in the `w:t` elements that held it, keeping their formatting (a fix over several runs goes into the first, the others shrink); every other entry of the package and every other byte of word/document.xml stays as it was. A fix that would change Word's automatic numbering, or that covers a tab or a footnote reference, is not written and is named with the reason. A document with tracked changes is not fixed (exit 2): accept or reject them in Word first. --diff shows the document one paragraph a line.

            `resolint fix -` reads a draft from standard input and writes the fixed text to standard output (for fix-on-save in editors); the summary goes to standard error.

            Exit status: 0 nothing left at error severity (with --diff: nothing to fix), 1 errors remain (with --diff: fixes pending), 2 unreadable input or bad configuration.
            """
    )

    @Argument(help: "Files or folders to fix; '-' reads standard input and writes the fixed text to standard output.")
    var paths: [String]

    @Option(name: .customLong("stdin-filename"), help: "The name to report for standard input (also used to find its configuration).")
    var stdinFilename: String = "<stdin>"

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
        do { resolver = try ConfigurationResolver(base: base, configPath: config) } catch { fail("\(error)") }
        if paths == ["-"] { return try fixStandardInput(resolver) }
        let files: [String]
        do {
            files = try FileCollector.collect(paths, filterNamed: forceExclude) { try resolver.configuration(for: $0).accepts($0) }
        } catch { fail("\(error)") }

        var failed = false, errorsLeft = false, pending = false
        for path in files {
            // A PDF is not text that edits can be written into: nothing is written.
            if PDFText.isPDF(path) {
                failed = true
                FileHandle.standardError.write(Data("resolint: \(path): a PDF: fix the document it was made from; nothing written (`resolint lint \(path)` names each place)\n".utf8))
                continue
            }
            do {
                let configuration = try resolver.configuration(for: path)
                let fixer = Fixer(linter: try resolver.linter(for: configuration), includeUnsafe: unsafe)
                let language = lang == "auto" ? configuration.language : lang
                let fixed: [String: Int], remaining: FileReport, changes: String
                if Linter.isDocx(path) {
                    let result = try DocxFixer(fixer: fixer).fix(path: path, language: language, write: !diff)
                    (fixed, remaining, changes) = (result.fixed, result.remaining, result.diff)
                    for line in result.refused {
                        FileHandle.standardError.write(Data("resolint: \(path):\(line); nothing written for it\n".utf8))
                    }
                } else {
                    let result = try FileFixer(fixer: fixer).fix(path: path, language: language, write: !diff)
                    (fixed, remaining, changes) = (result.fixed, result.remaining, result.diff)
                }
                if diff { print(changes, terminator: "") }
                pending = pending || !fixed.isEmpty
                errorsLeft = errorsLeft || remaining.diagnostics.contains { $0.severity == .error }
                report(path, fixed: fixed, remaining: remaining)
            } catch {
                failed = true
                FileHandle.standardError.write(Data("resolint: \(error)\n".utf8))
            }
        }
        if failed { throw ExitCode(2) }
        // --diff is a check, as ruff's: fixes pending fail it.
        if diff ? pending : errorsLeft { throw ExitCode(1) }
    }

    /// `fix -`: standard input to standard output, the summary on standard error.
    private func fixStandardInput(_ resolver: ConfigurationResolver) throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        do {
            let configuration = try resolver.configuration(for: stdinFilename == "<stdin>" ? FileManager.default.currentDirectoryPath + "/-" : stdinFilename)
            let text = try TextDecoding.decode(data, path: stdinFilename)
            let fixer = Fixer(linter: try resolver.linter(for: configuration), includeUnsafe: unsafe)
            let result = try fixer.fix(text: text, path: stdinFilename, language: lang == "auto" ? configuration.language : lang)
            if diff {
                print(UnifiedDiff.render(old: text, new: result.text, path: stdinFilename), terminator: "")
            } else {
                FileHandle.standardOutput.write(TextDecoding.encoding(of: data).encode(result.text))
            }
            report(stdinFilename, fixed: result.fixed, remaining: result.remaining)
            if diff ? !result.fixed.isEmpty : result.remaining.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let exit as ExitCode { throw exit } catch { fail("\(error)") }
    }

    /// "path: fixed 3 (…); 2 diagnostics left, 1 fixable with --unsafe" on standard error.
    private func report(_ path: String, fixed: [String: Int], remaining: FileReport) {
        let count = fixed.values.reduce(0, +)
        let left = remaining.diagnostics
        let detail = fixed.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        let summary = count == 0 ? "nothing to fix" : "\(diff ? "would fix" : "fixed") \(count) (\(detail))"
        let hidden = unsafe ? 0 : left.filter { $0.fix?.safety == .unsafe }.count
        let more = hidden == 0 ? "" : ", \(hidden) fixable with --unsafe"
        FileHandle.standardError.write(Data("\(path): \(summary); \(left.count) diagnostic\(left.count == 1 ? "" : "s") left\(more)\n".utf8))
    }
}
