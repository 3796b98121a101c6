import ArgumentParser
import Foundation
import Resolint

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two revisions of one draft, paragraph by paragraph.",
        discussion: """
            Pairs the paragraphs of OLD and NEW by what they say, not by their numbers, preambular and operative apart and items within their paragraph, so that a paragraph inserted before others shows as inserted and the others as renumbered. Each paragraph is unchanged, renumbered, modified (with its word-level changes; character-level in Chinese and Japanese), inserted, deleted or moved. A reference to one of the draft's own paragraphs ("paragraph 5 above") whose target now goes by another number is flagged.

            Formats: text (colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it), json (fields: old, new, language, paragraphs [{part, status, old, new, text, changes [{kind: equal|delete|insert, text}], items}], references [{paragraph, number, target}]) and markdown (a comparison table: "OP5 (was OP4) | modified | …").

            Examples:
              resolint diff A_80_L.25.txt A_80_L.25_Rev.1.txt
              resolint diff S_RES_2520_2020_EN.xml S_RES_2567_2021_EN.xml --format markdown

            Exit status, as diff(1): 0 no change, 1 changes, 2 bad usage or a file that cannot be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "The old revision (text, Markdown or AKN4UN .xml).")
    var old: String

    @Argument(help: "The new revision.")
    var new: String

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

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
        switch format {
        case .text:
            output = DiffRenderer.text(diff, color: color.colors())
        case .json: output = DiffRenderer.json(diff)
        case .markdown: output = DiffRenderer.markdown(diff)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if !diff.isUnchanged { throw ExitCode(1) }
    }
}
