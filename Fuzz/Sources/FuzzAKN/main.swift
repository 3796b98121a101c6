import CFuzzer
import Foundation
import Resolint

/// Any bytes, as an .xml file: the AKN4UN reader either refuses them with a one-line error or yields
/// a document whose renderings (both layouts) map every byte back inside the XML file, and whose
/// authored text lints with every diagnostic inside the XML file.
let linter: Linter = {
    do { return try Linter.standard() } catch { fatalError("built-in rules must load: \(error)") }
}()

func check(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let text: String
    do { text = try TextDecoding.decode(bytes, path: "fuzz.xml") } catch is InputError { return 0 } catch {
        fatalError("decoding threw something else than InputError: \(error)")
    }
    let source = SourceFile(path: "fuzz.xml", text: text)
    let document: AKNDocument
    do { document = try AKNReader.read(source) } catch {
        precondition(!"\(error)".contains("\n"), "a read error of more than one line: \(error)")
        return 0
    }
    for layout in AKNTextLayout.allCases {
        let rendered = document.render(layout)
        for offset in stride(from: 0, to: rendered.count, by: max(1, rendered.count / 64)) {
            if let xml = rendered.xmlOffset(offset) { precondition(xml >= 0 && xml <= source.bytes.count, "map outside the file") }
        }
    }
    let report: FileReport
    do { report = try linter.lint(akn: document) } catch { fatalError("lint threw: \(error)") }
    for d in report.diagnostics {
        precondition(d.byteRange.lowerBound >= 0 && d.byteRange.upperBound <= source.bytes.count, "diagnostic outside the file: \(d)")
        precondition(d.start.line >= 1 && d.start.line <= max(1, source.lineCount), "line outside the file: \(d)")
        precondition(d.start <= d.end, "diagnostic ends before it starts: \(d)")
    }
    _ = TextReporter(color: false).render([report])
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in check(data, size) })
