import Foundation
import Resolint

let path = CommandLine.arguments[1]
let data = FileManager.default.contents(atPath: path)!
let text = try TextDecoding.decode(data, path: path)
let source = SourceFile(path: path, text: text)
let catalog = try LanguageCatalog.builtIn()
let lang = catalog.detect(text)!
let doc = DocumentParser().parse(source, language: lang)
func pos(_ r: Range<Int>) -> String { let p = source.position(of: r.lowerBound); return "\(p.line):\(p.column)" }
print("lang=\(lang.code) layout=\(doc.layout) kind=\(doc.kind) organ=\(doc.organ)")
let h = doc.header
print("session=\(h.session.map(String.init) ?? "nil") line=\(h.sessionLine?.string ?? "-") committee=\(h.committee.map(String.init) ?? "-") items=\(h.agendaItems) title=\(h.agendaTitle?.string ?? "-")")
if let s = h.sponsors { print("sponsors(\(s.names.count)): \(s.names.map(\.name).joined(separator: "|")) kind=\(s.kindWord?.string ?? "-")") }
for p in doc.reportParagraphs { print("R \(pos(p.range)) [\(p.label?.raw ?? "")] \(p.content.text.prefix(40)) refs=\(p.footnoteReferences.map(\.number))") }
for d in doc.drafts {
  print("DRAFT \(d.kind) heading=\(d.heading?.string ?? "-") title=\(d.title?.string ?? "-") opening=\(d.opening?.string ?? "NONE") extra=\(d.extraOpenings.count) before=\(d.beforeOpening.count)")
  func show(_ p: Paragraph, _ tag: String) {
    let m = p.finalMark.map { String($0.mark) } ?? "∅"
    print(String(repeating: "  ", count: p.depth) + "\(tag) \(pos(p.range)) [\(p.label?.style.rawValue ?? "")\(p.label?.value ?? 0)] «\(p.content.text.prefix(30))…\(p.content.text.suffix(12))» end=\(m) refs=\(p.footnoteReferences.map(\.number))")
    for c in p.children { show(c, "S") }
  }
  for p in d.preamble { show(p, "P") }
  for p in d.operative { show(p, "O") }
  for p in d.stray { show(p, "X") }
}
for s in doc.footnoteScopes { print("SCOPE \(s.name): texts=\(s.texts.map(\.number)) refs=\(s.references.map(\.number))") }
