import CFuzzer
import Foundation
import Resolint

/// Any bytes, as a .docx file: the Word reader either refuses them with a one-line error (not a ZIP,
/// a broken ZIP, an encrypted file, a bomb past the caps) or yields a document whose rendering maps
/// every byte to a paragraph of it, and whose diagnostics all name a line of the paragraph view.
let linter: Linter = {
    do { return try Linter.standard() } catch { fatalError("built-in rules must load: \(error)") }
}()

func check(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let document: DocxDocument
    do { document = try DocxReader.read(try DocxPackage(data: bytes, path: "fuzz.docx")) } catch {
        precondition(!"\(error)".contains("\n"), "a read error of more than one line: \(error)")
        return 0
    }
    let rendered = DocxRendering(document)
    for offset in stride(from: 0, to: rendered.bytes.count, by: max(1, rendered.bytes.count / 64)) {
        if let place = rendered.place(of: offset) {
            precondition(rendered.viewLine(place) >= 0 && rendered.viewLine(place) < max(1, rendered.view.lineCount), "place outside the view")
        }
    }
    let report: FileReport
    do { report = try linter.lint(docx: document) } catch { fatalError("lint threw: \(error)") }
    for d in report.diagnostics {
        precondition(d.byteRange.lowerBound >= 0 && d.byteRange.upperBound <= report.source.bytes.count, "diagnostic outside the view: \(d)")
        precondition(d.start <= d.end, "diagnostic ends before it starts: \(d)")
    }
    _ = TextReporter(color: false).render([report])
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in check(data, size) })
