import CFuzzer
import Foundation
import Resolint

/// Any bytes, as a user's rule file: loading either fails with a ConfigurationError (file:line:column)
/// or yields rules that run on a draft without crashing or hanging (Yams.load would abort the process
/// on a non-string key; this path must not).
let base: Linter = {
    do { return try Linter.standard() } catch { fatalError("built-in rules must load: \(error)") }
}()

let drafts = [
    "第七十三届会议\n议程项目96\n\n法国：决议草案\n\n标题\n\n大会，\n\n回顾其决议（第一条），\n\n1. 决定将题为“项目”的项目列入大会第七十四届会议临时议程。\n",
    "Seventieth session\nAgenda item 1\nItem\n\nFrance: draft resolution\n\nTitle\n\nThe General Assembly,\n\nNoting the report [...] TODO,\n\n1. Decides that States shall act;\n\n2. Decides to include in the provisional agenda of its seventy-first session the item entitled “Item”.\n",
]

func check(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    let rules: [Rule]
    do { rules = try RuleLoader.load(text, path: "fuzz.yaml") } catch is ConfigurationError { return 0 } catch {
        fatalError("rule loading threw something else than ConfigurationError: \(error)")
    }
    var catalog = base.rules
    do { try catalog.add(rules) } catch is ConfigurationError { return 0 } catch { fatalError("\(error)") }
    var linter = base
    linter.rules = catalog
    for draft in drafts {
        _ = try? linter.lint(text: draft, path: "fuzz.txt")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in check(data, size) })
