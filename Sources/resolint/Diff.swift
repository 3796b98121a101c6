import ArgumentParser
import Foundation
import Resolint

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two revisions of one draft, paragraph by paragraph.",
        discussion: """
            Pairs the paragraphs of OLD and NEW by what they say, not by their numbers, preambular and operative apart and items within their paragraph, so that a paragraph inserted before others shows as inserted and the others as renumbered. Each paragraph is unchanged, renumbered, modified (with its word-level changes; character-level in Chinese and Japanese), inserted, deleted, moved, split (one old paragraph is now two or more consecutive ones: "OP5, OP6 (was OP5)") or merged (consecutive old paragraphs are now one: "OP5 (was OP5, OP6)"). A reference to one of the draft's own paragraphs ("paragraph 5 above") whose target now goes by another number is flagged.

            Formats: text (colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), json (fields: old, new, language, paragraphs [{part, status, old, new, text, changes [{kind: equal|delete|insert, text}], items, parts}] (parts: the new paragraphs of a split, the old paragraphs of a merge), references [{paragraph, number, target}]) markdown (a comparison table: "OP5 (was OP4) | modified | …") and docx: NEW as a Word document in the UN's layout with every change against OLD as a tracked change (w:ins, w:del, by --author, dated now), so that accepting all changes gives NEW and rejecting all gives OLD; written to --output, never over an existing file without --force.

            Examples:
              resolint diff A_80_L.25.txt A_80_L.25_Rev.1.txt
              resolint diff S_RES_2520_2020_EN.xml S_RES_2567_2021_EN.xml --format markdown
              resolint diff A_80_L.25.txt A_80_L.25_Rev.1.txt --format docx --output tracked.docx --author "Bureau"

            Exit status, as diff(1): 0 no change, 1 changes, 2 bad usage or a file that cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, docx }

    @Argument(help: "The old revision (text, Markdown or AKN4UN .xml).")
    var old: String

    @Argument(help: "The new revision.")
    var new: String

    @Option(help: "Output format: text, json, markdown, or docx (NEW with its changes tracked, written to --output).")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The Word document to write (--format docx).", valueName: "file.docx"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: ArgumentHelp("The author of the tracked changes (--format docx).", valueName: "name"))
    var author = "resolint"

    @Option(help: "Colour in text output: auto, always or never.")
    var color: Lint.ColorChoice = .auto

    func run() throws {
        let languages: LanguageCatalog
        do { languages = try Linter.standard().languages } catch { fail("\(error)") }
        let versions = ComparedVersion.read(paths: [old, new], languages: languages)
        var read: [ComparedVersion] = []
        for result in versions {
            switch result {
            case .success(let v): read.append(v)
            case .failure(let error): fail("\(error)")
            }
        }
        let diff = RevisionDiff.compare(read[0], read[1])
        let output: String
        if format == .docx {
            guard let path = self.output, path != "-" else { fail("--format docx writes a Word document: name it with --output FILE.docx") }
            do {
                let data = try TrackedChangesDocument.document(old: read[0], new: read[1], diff: diff, author: author, date: Date())
                try AtomicFileWriter.write(data: data, to: path, overwrite: force)
            } catch { fail("\(error)") }
            if !diff.isUnchanged { throw ExitCode(1) }
            return
        }
        switch format {
        case .text:
            output = DiffRenderer.text(diff, color: color.colors())
        case .json: output = DiffRenderer.json(diff)
        case .markdown: output = DiffRenderer.markdown(diff)
        case .docx: return
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !diff.isUnchanged { throw ExitCode(1) }
    }
}
