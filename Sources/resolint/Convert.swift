import ArgumentParser
import Foundation
import Resolint

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Render an AKN4UN XML resolution (the UN's Akoma Ntoso markup) as the text resolint reads.",
        discussion: """
            authored: cover lines, a blank line, one paragraph per block, footnotes as [^1] and "[^1]: text" at the end.
            pdftotext: as poppler's pdftotext extracts the printed document (wrapped lines, pages, footnotes at page bottoms).
            """
    )

    @Argument(help: "The AKN4UN .xml file.")
    var path: String

    @Option(help: "Text layout: authored or pdftotext.")
    var layout: AKNTextLayout = .authored

    @Option(name: [.short, .long], help: "Write the text to this file (standard output by default).")
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        let document: AKNDocument
        do { document = try AKNReader.read(path: path) } catch { fail("\(error)") }
        let text = document.render(layout).text
        guard let output else { print(text, terminator: ""); return }
        do { try AtomicFileWriter.write(text, to: output, overwrite: force) } catch { fail("\(error)") }
    }
}

extension AKNTextLayout: ExpressibleByArgument {}
