import ArgumentParser
import Foundation
import Resolint

struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend",
        abstract: "Apply an amendment document to the draft it amends.",
        discussion: """
            Reads the instructions of AMENDMENT ("In operative paragraph 21, delete “…”.", "In the second preambular paragraph, insert “…” after “…”.", "In operative paragraph 1, replace “…” with “…”.", "Delete the sixteenth preambular paragraph.", "Delete operative paragraphs 3, 43 and 45.", "After operative paragraph 70, insert the following operative paragraph:" and the paragraphs that follow) and applies them to DRAFT, whose numbering they name: the words where the paragraph says them, over its line breaks; the operative paragraphs renumbered after a deletion or an insertion. The phrases are language data (amendments in Rules/languages/*.yaml; English).

            Writes the amended draft to standard output, or with --output to a file (never over an existing one without --force); --diff shows what changed, as `resolint diff` does.

            An instruction that names a paragraph or words the draft does not have is an error naming the instruction (exit 2, nothing written). An instruction no phrase reads ("Replace “…” with “…” in the title, the preambular paragraphs and the operative paragraphs") is reported and left out: the rest is applied and the exit status is 1.

            Examples:
              resolint amend A_80_L.25.txt A_80_L.30.txt --output A_80_L.25_amended.txt
              resolint amend A_80_L.25.txt A_80_L.33.txt --diff
            """
    )

    @Argument(help: "The draft (text, Markdown or AKN4UN .xml).")
    var draft: String

    @Argument(help: "The amendment document.")
    var amendment: String

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write; standard output when absent or '-'.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Show the changes (as `resolint diff`) instead of the amended draft on standard output.")
    var diff = false

    func run() throws {
        let languages: LanguageCatalog
        do { languages = try Linter.standard().languages } catch { fail("\(error)") }
        let draft: ComparedVersion, text: String
        do {
            draft = try ComparedVersion.read(path: self.draft, languages: languages)
            text = try FileCollector.read(amendment)
        } catch { fail("\(error)") }
        let language = draft.document.language
        guard language.amendments != nil else { fail("\(amendment): no amendment phrases for language '\(language.code)' (amendments in Rules/languages/\(language.code).yaml)") }
        let instructions = Amendment.read(text, language: language)
        guard !instructions.instructions.isEmpty else { fail("\(amendment): no amendment instruction found") }
        let result: AmendmentApplier.Result
        do { result = try AmendmentApplier.apply(instructions, to: draft.document) } catch { fail("\(amendment): \(error)") }
        for i in result.unread {
            FileHandle.standardError.write(Data("resolint: \(amendment): \(i) not applied: no phrase of the language data reads it\n".utf8))
        }
        if let output, output != "-" {
            do { try AtomicFileWriter.write(result.text, to: output, overwrite: force) } catch { fail("\(error)") }
        }
        if diff {
            do {
                let amended = try ComparedVersion.text(result.text, path: output ?? "amended", languages: languages, language: language.code)
                print(DiffRenderer.text(RevisionDiff.compare(draft, amended), color: false), terminator: "")
            } catch { fail("\(error)") }
        } else if output == nil || output == "-" {
            print(result.text, terminator: "")
        }
        if !result.unread.isEmpty { throw ExitCode(1) }
    }
}
