import ArgumentParser
import Foundation
import Resolint

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how resolint reads a draft: its parts, labels, final marks and footnotes.",
        discussion: "Useful when a diagnostic surprises you: it shows the structure the rules ran on."
    )

    @Argument(help: "The draft to read.")
    var path: String

    @Option(help: "Language: auto, or a code such as zh or en.")
    var lang: String = "auto"

    func run() throws {
        let languages: LanguageCatalog
        do { languages = try LanguageCatalog.builtIn() } catch { fail("\(error)") }
        let text: String
        do { text = try FileCollector.read(path) } catch { fail("\(error)") }
        guard let language = lang == "auto" ? languages.detect(text) : languages.profile(lang) else {
            fail("unknown language '\(lang)'; available: auto, \(languages.codes.joined(separator: ", "))")
        }
        let document = DocumentParser().parse(SourceFile(path: path, text: text), language: language)
        print(DocumentOutline.render(document), terminator: "")
    }
}
