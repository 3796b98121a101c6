// The fidelity benchmark (a script, not a test): how well resolint reads the United Nations' own
// resolutions. Each AKN4UN file of ../shared/corpus/akn (markup by the United Nations) is rendered in
// both text layouts, linted, and its parse compared with the markup; the issued drafts of
// ../shared/corpus/en-drafts are linted too. Scripts/fidelity.sh builds it in release and runs it.
//
//   Fidelity [--corpus DIR] [--details DIR] [--layout authored|pdftotext]
import Foundation
import Resolint

var corpus = "../shared/corpus"
var detailsFolder: String?
var layouts = AKNTextLayout.allCases
var arguments = CommandLine.arguments.dropFirst()
while let a = arguments.popFirst() {
    switch a {
    case "--corpus": corpus = arguments.popFirst() ?? corpus
    case "--details": detailsFolder = arguments.popFirst()
    case "--layout": layouts = [arguments.popFirst().flatMap(AKNTextLayout.init(rawValue:)) ?? .authored]
    default:
        FileHandle.standardError.write(Data("usage: Fidelity [--corpus DIR] [--details DIR] [--layout authored|pdftotext]\n".utf8))
        exit(2)
    }
}

let linter: Linter
do { linter = try Linter.standard() } catch { print("cannot load the rules: \(error)"); exit(2) }
let fm = FileManager.default
if let detailsFolder { try? fm.createDirectory(atPath: detailsFolder, withIntermediateDirectories: true) }

func files(_ folder: String, ext: String) -> [String] {
    guard let walker = fm.enumerator(atPath: folder) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(ext) }.sorted().map { folder + "/" + $0 }
}

/// One file's outcome in one layout.
struct Outcome: Sendable {
    var readError: String?
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var fidelity = AKNFidelity()
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    var items: [Int: Outcome] = [:]
    func set(_ i: Int, _ o: Outcome) { lock.lock(); items[i] = o; lock.unlock() }
}

func pad(_ s: Any, _ n: Int) -> String {
    let t = "\(s)"
    return String(repeating: " ", count: max(0, n - t.count)) + t
}

func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : String(format: "%.1f", 100 * Double(a) / Double(b)) }

func topRules(_ diagnostics: [Diagnostic], _ n: Int = 4) -> String {
    var counts: [String: Int] = [:]
    for d in diagnostics { counts[d.rule, default: 0] += 1 }
    return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(n).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
}

let akn = corpus + "/akn"
let languages = ["English", "French", "Spanish", "Russian", "Arabic", "Chinese"]
print("""
    resolint fidelity benchmark
    Markup: AKN4UN XML of the General Assembly resolutions of the 75th session and the Security Council
    resolutions of 2020-2021, by the United Nations (Department for General Assembly and Conference
    Management; unofficial copies for informational purposes), from \(akn).
    Per language and layout: files read; texts with at least one error; paragraphs (preambular,
    operative, items) whose parse agrees with the markup (paired in order by their beginnings, so that
    a boundary read otherwise costs the paragraphs around it); documents whose parse agrees in full
    (counts, labels, nesting, footnotes, opening phrases, title, session, agenda item); top error rules.
    "misread": texts with an error outside the ground where the parse agrees with the markup (a
    paragraph read alike; footnotes read alike): errors that may come from a misreading. The others
    are on text read as the UN marked it up: the UN's own slips, or a rule stricter than its practice.
    "not-own-slip": texts with an error that is not the version's own slip, where an own slip is an
    error on a paragraph read as marked up that at least two other language versions of the
    resolution read alike without that error: misreadings, shared slips and rules stricter than practice.
    Warnings: texts with at least one warning and the top warning rules, per language.

    """)

/// How each error of a text stands against the other language versions of its resolution
/// (VersionStanding), in the order of its errors.
func standings(of path: String, _ outcomes: [String: Outcome], _ versions: [String: [String]]) -> [VersionStanding] {
    guard let own = outcomes[path] else { return [] }
    let others = (VersionSets.key(path).flatMap { versions[$0] } ?? []).filter { $0 != path }.compactMap { outcomes[$0] }
        .filter { $0.readError == nil }.map { VersionStanding.Reading(fidelity: $0.fidelity, errors: $0.errors) }
    let reading = VersionStanding.Reading(fidelity: own.fidelity, errors: own.errors)
    return own.errors.map { VersionStanding(of: $0, in: reading, others: others) }
}

for layout in layouts {
    print("layout: \(layout.rawValue)")
    print("language   files  unreadable  with-error     misread    not-own-slip   paragraphs-agree  docs-agree  top error rules")
    var outcomes: [String: Outcome] = [:]
    let pathsByLanguage = languages.map { language in
        ["ga/75session", "sc/2020", "sc/2021"].flatMap { files("\(akn)/\($0)/\(language)", ext: ".xml") }
    }
    let versions = Dictionary(grouping: pathsByLanguage.joined(), by: { VersionSets.key($0) ?? $0 })
    for paths in pathsByLanguage {
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: paths.count) { i in
            var o = Outcome()
            do {
                let document = try AKNReader.read(path: paths[i])
                let rendered = document.render(layout).text
                let code = document.language
                let report = try linter.lint(text: rendered, path: paths[i], language: code)
                o.errors = report.diagnostics.filter { $0.severity == .error }
                o.warnings = report.diagnostics.filter { $0.severity == .warning }
                let profile = code.flatMap(linter.languages.profile) ?? linter.languages.detect(rendered)!
                let parsed = DocumentParser().parse(SourceFile(path: paths[i], text: rendered), language: profile)
                o.fidelity = AKNFidelity.compare(document, parsed)
            } catch {
                o.readError = "\(error)"
            }
            results.set(i, o)
        }
        for (i, path) in paths.enumerated() { outcomes[path] = results.items[i] }
    }
    for (language, paths) in zip(languages, pathsByLanguage) {
        let all = paths.compactMap { outcomes[$0] }
        let read = all.filter { $0.readError == nil }
        let withError = read.filter { !$0.errors.isEmpty }.count
        let misread = read.filter { o in o.errors.contains { !o.fidelity.isOnAgreedGround($0) } }.count
        // Each text's errors are classified once, for the column and for the details.
        let classified = Dictionary(uniqueKeysWithValues: paths.map { ($0, standings(of: $0, outcomes, versions)) })
        let notOwnSlip = paths.filter { classified[$0]?.contains { $0 != .ownSlip } ?? false }.count
        let paragraphs = read.map(\.fidelity.paragraphs).reduce(0, +)
        let agreeing = read.map(\.fidelity.agreeing).reduce(0, +)
        let full = read.filter { $0.fidelity.fullyAgrees }.count
        let name = language.padding(toLength: 10, withPad: " ", startingAt: 0)
        let columns = [pad(all.count, 5), pad(all.count - read.count, 10), pad(withError, 6) + " " + pad(percent(withError, read.count) + "%", 6),
                       pad(misread, 4) + " " + pad(percent(misread, read.count) + "%", 6),
                       pad(notOwnSlip, 6) + " " + pad(percent(notOwnSlip, read.count) + "%", 6),
                       pad(percent(agreeing, paragraphs) + "%", 12), pad(percent(full, read.count) + "%", 11)]
        print("\(name) " + columns.joined(separator: "  ") + "   " + topRules(read.flatMap(\.errors)))
        if let detailsFolder {
            var out = ""
            for path in paths {
                guard let o = outcomes[path] else { continue }
                if let e = o.readError { out += "\(path): unreadable: \(e)\n"; continue }
                for d in o.fidelity.disagreements { out += "\(path): \(d)\n" }
                for (e, standing) in zip(o.errors, classified[path] ?? []) {
                    out += "\(path):\(e.start.line):\(e.start.column): error[\(e.rule)] \(e.message) (\(standing.note))\n"
                }
                for w in o.warnings { out += "\(path):\(w.start.line):\(w.start.column): warning[\(w.rule)] \(w.message)\n" }
            }
            try? out.write(toFile: "\(detailsFolder)/\(layout.rawValue)-\(language).txt", atomically: false, encoding: .utf8)
        }
    }
    print("warnings   texts with one   top warning rules")
    for (language, paths) in zip(languages, pathsByLanguage) {
        let read = paths.compactMap { outcomes[$0] }.filter { $0.readError == nil }
        let withWarning = read.filter { !$0.warnings.isEmpty }.count
        print(language.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + pad(withWarning, 6) + " " + pad(percent(withWarning, read.count) + "%", 6)
              + "    " + topRules(read.flatMap(\.warnings), 5))
    }
    print("")
}

// The issued drafts of the 80th session, linted as they are.
let drafts = files(corpus + "/en-drafts", ext: ".txt")
if !drafts.isEmpty {
    let outcomes = LintRun(linter: linter).lint(paths: drafts)
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var withError = 0
    var details = ""
    for (i, o) in outcomes.enumerated() {
        guard case .report(let r) = o else { details += "\(drafts[i]): unreadable\n"; continue }
        let e = r.diagnostics.filter { $0.severity == .error }
        if !e.isEmpty { withError += 1 }
        errors += e
        warnings += r.diagnostics.filter { $0.severity == .warning }
        for d in e { details += "\(drafts[i]):\(d.start.line):\(d.start.column): error[\(d.rule)] \(d.message)\n" }
    }
    print("en-drafts: \(drafts.count) issued drafts, \(withError) with an error (\(percent(withError, drafts.count))%), \(errors.count) errors: \(topRules(errors, 8))")
    print("en-drafts: \(warnings.count) warnings: \(topRules(warnings, 8))")
    if let detailsFolder { try? details.write(toFile: "\(detailsFolder)/en-drafts.txt", atomically: false, encoding: .utf8) }
}
