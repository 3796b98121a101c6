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
        var text: String
        var position: ((Int) -> SourcePosition)?
        do {
            if Linter.isAKN(path) {
                // AKN4UN XML: parsed as its authored rendering (`resolint convert` prints it); positions are the XML file's.
                let document = try AKNReader.read(path: path)
                let rendered = document.render(.authored)
                text = rendered.text
                position = { offset in document.source.position(of: rendered.xmlRange(offset..<(offset + 1), in: document.source).lowerBound) }
                print("AKN4UN (United Nations markup) read as its authored rendering; positions are in the XML file")
            } else {
                text = try FileCollector.read(path)
            }
        } catch { fail("\(error)") }
        let xmlLanguage = Linter.isAKN(path) && lang == "auto" ? (try? AKNReader.read(path: path))?.language : nil
        guard let language = lang == "auto" ? xmlLanguage.flatMap(languages.profile) ?? languages.detect(text) : languages.profile(lang) else {
            fail("unknown language '\(lang)'; available: auto, \(languages.codes.joined(separator: ", "))")
        }
        let document = DocumentParser().parse(SourceFile(path: path, text: text), language: language)
        print(DocumentOutline.render(document, position: position), terminator: "")
    }
}
