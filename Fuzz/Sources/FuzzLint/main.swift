import CFuzzer
import Foundation
import Resolint

/// Any bytes, as a file: decoding either refuses them with an InputError or yields text that parses,
/// lints with every built-in rule and renders, with every diagnostic inside the file.
let linter: Linter = {
    do { return try Linter.standard() } catch { fatalError("built-in rules must load: \(error)") }
}()

func check(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let text: String
    do { text = try TextDecoding.decode(bytes, path: "fuzz.txt") } catch is InputError { return 0 } catch {
        fatalError("decoding threw something else than InputError: \(error)")
    }
    // The first byte also picks a forced language, so both profiles see every input.
    let forced: [String?] = [nil, ["zh", "en"][Int(bytes.first ?? 0) % 2]]
    for language in forced {
        let report: FileReport
        do { report = try linter.lint(text: text, path: "fuzz.txt", language: language) } catch {
            fatalError("lint threw: \(error)")
        }
        let source = report.source
        for d in report.diagnostics {
            precondition(d.byteRange.lowerBound >= 0 && d.byteRange.upperBound <= source.bytes.count, "diagnostic outside the file: \(d)")
            precondition(d.start.line >= 1 && d.start.line <= max(1, source.lineCount), "line outside the file: \(d)")
            precondition(d.start <= d.end, "diagnostic ends before it starts: \(d)")
        }
        _ = TextReporter(color: false).render([report])
        _ = JSONReporter().render([report])
    }
    _ = DocumentOutline.render(DocumentParser().parse(SourceFile(path: "fuzz.txt", text: text),
                                                      language: linter.languages.profile("zh")!))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in check(data, size) })
