import ArgumentParser
import Foundation
import Resolint

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a skeleton draft resolution or decision that lints clean.",
        discussion: """
            You give the facts; resolint words the rest from the language data: the session in ordinal words, the committee line (none in plenary), the agenda item line, the sponsors joined with the kind word, the opening formula, placeholder paragraphs (【……】 / [...], which lint reports as warnings until you replace them) and the closing clause that puts the item on the agenda of the next session.

            Example:
              resolint new --lang zh --session 79 --committee 1 --agenda-item 96 \\
                --agenda-title "从国际安全角度看信息和电信领域的发展" \\
                --sponsor 法国 --sponsor 日本 --title "国家负责任行为" --output draft.txt

            The same facts can come from a YAML file (keys kind, lang, session, committee, agenda-item, agenda-title, sponsors as a list, title): resolint new --from facts.yaml --lang en. Flags take the place of the file's values; --sponsor replaces the whole list.

            Every missing or wrong fact is reported at once, one line each.

            --templates FOLDER uses your own Mustache templates, laid out like the built-in ones (<lang>/resolution.mustache, <lang>/decision.mustache, partials beside them such as header.mustache for {{> header}}). A variable or partial that does not exist is an error naming file, line and column. The variables:
            \(TemplateVariables.help)

            Exit status: 0 written; 2 a missing or wrong fact, an existing output file without --force, or a template or output problem.
            """
    )

    @Option(help: ArgumentHelp("resolution or decision (default: resolution).", valueName: "kind"))
    var kind: String?

    @Option(help: "Language of the draft: ar, en, es, fr, ru or zh.")
    var lang: String?

    @Option(help: "The session number, such as 79 (1 to 199).")
    var session: String?

    @Option(help: "1 to 6 for a Main Committee, or plenary (no committee line).")
    var committee: String?

    @Option(name: .customLong("agenda-item"), help: "The agenda item number, such as 96 or \"96 (a)\".")
    var agendaItem: String?

    @Option(name: .customLong("agenda-title"), help: "The title of the agenda item, as on the session's agenda.")
    var agendaTitle: String?

    @Option(name: .customLong("sponsor"), help: "A sponsor as named in the draft's language; repeat it, in list order.")
    var sponsors: [String] = []

    @Option(help: "The title of the draft.")
    var title: String?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The file to write; standard output when absent or '-'.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Option(help: ArgumentHelp("text, or docx: a Word document in the UN's layout (A4, Times New Roman, opening phrases in italics or bold, Word numbering), written to --output.", valueName: "format"))
    var format: String = "text"

    @Option(name: .customLong("from"), help: ArgumentHelp("A YAML file of facts; flags override its values.", valueName: "facts.yaml"))
    var factsFile: String?

    @Option(help: ArgumentHelp("A folder of templates laid out like the built-in ones: <lang>/resolution.mustache, <lang>/decision.mustache.", valueName: "folder"))
    var templates: String?

    func run() throws {
        let languages: LanguageCatalog
        do { languages = try LanguageCatalog.builtIn() } catch { fail("\(error)") }

        var input = FactsInput()
        if let factsFile {
            do { input = try FactsInput.load(yaml: try FileCollector.read(factsFile), path: factsFile) } catch { fail("\(error)") }
        }
        input = input.overridden(by: FactsInput(
            kind: kind, lang: lang, session: session, committee: committee, agendaItem: agendaItem,
            agendaTitle: agendaTitle, sponsors: sponsors.isEmpty ? nil : sponsors, title: title))

        let text: String
        do {
            let facts = try input.validated(languages: languages)
            text = try SkeletonRenderer(languages: languages, templates: templates.map { .folder($0) } ?? .builtIn).render(facts)
        } catch { fail("\(error)") }

        if format == "docx" {
            guard let output, output != "-" else { fail("--format docx writes a Word document: name it with --output FILE.docx") }
            do {
                let code = try input.validated(languages: languages).language
                guard let language = languages.profile(code) else { fail("unknown language '\(code)'") }
                try AtomicFileWriter.write(data: try DocxWriter.document(text: text, language: language), to: output, overwrite: force)
            } catch { fail("\(error)") }
            return
        }
        guard format == "text" else { fail("unknown format '\(format)'; use text or docx") }
        guard let output, output != "-" else { print(text, terminator: ""); return }
        do { try AtomicFileWriter.write(text, to: output, overwrite: force) } catch { fail("\(error)") }
    }
}
