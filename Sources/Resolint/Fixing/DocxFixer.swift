import Foundation

/// `resolint fix` on a Word document. The draft is linted as `resolint lint` reads it; each fix is
/// moved back into the `w:t` elements its text came from (`DocxEditMapper`) and written there by byte
/// ranges (`DocxRunEditor`), so the runs keep their formatting and the part changes only where a fix
/// is; the package is written again with that part replaced and every other entry copied byte for
/// byte (`ZipEntryReplacer`). Passes repeat as for text (a renumbering moves references). A wrong
/// automatic number is fixed through the numbering when its list restarted or it lost its w:numPr
/// (`DocxNumberingRepair`), one a pass, and kept only when the document read again shows the number
/// expected. A fix that cannot be written in place (any other change of Word's automatic numbering,
/// or one that covers a tab or a footnote reference) is not applied and is named with the reason. A
/// document with tracked changes is not fixed at all: its text as linted is the text with the
/// changes accepted, which is not what the runs hold until they are accepted or rejected in Word.
public struct DocxFixer: Sendable {
    public var fixer: Fixer
    public init(fixer: Fixer) { self.fixer = fixer }

    public struct Result: Sendable {
        public var fixed: [String: Int]
        /// The fixes not written, one line each: where, which rule, why.
        public var refused: [String]
        public var remaining: FileReport
        /// A unified diff of the document as Word shows it, one paragraph a line.
        public var diff: String
        /// The fixed package, or nil when nothing changed.
        public var data: Data?
    }

    /// Why a Word document is not fixed at all (exit status 2, as for unreadable input).
    public struct Refused: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason); nothing written" }
    }

    public func fix(path: String, language: String?, write: Bool) throws -> Result {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= DocxPackage.maxFileBytes, let data = FileManager.default.contents(atPath: path) else {
            _ = try DocxPackage(path: path)  // says why: too large, unreadable, missing
            throw InputError.unreadable(path: path, reason: "cannot read file")
        }
        let result = try fix(data: data, path: path, language: language)
        if write, let fixed = result.data {
            guard FileManager.default.contents(atPath: path) == data else { throw FileFixer.ChangedMeanwhile(path: path) }
            try AtomicFileWriter.write(data: fixed, to: path, overwrite: true)
        }
        return result
    }

    /// The main part as it stands in this pass, without a byte-order mark (as XMLTree's offsets count).
    private func documentBytes(_ parts: [String: Data], _ package: DocxPackage) throws -> [UInt8] {
        let bytes = [UInt8](try parts[package.documentPart] ?? package.data(package.documentPart) ?? Data())
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    public func fix(data: Data, path: String, language: String?) throws -> Result {
        let package = try DocxPackage(data: data, path: path)
        let original = try DocxReader.read(package)
        guard !original.hasTrackedChanges else {
            func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            throw Refused(path: path, reason: "holds tracked changes (\(count(original.insertions, "insertion")), \(count(original.deletions, "deletion"))): resolint lints their accepted text but does not write into it; accept or reject them in Word, then run resolint fix again")
        }
        var current = data, document = original
        var parts: [String: Data] = [:]
        var fixed: [String: Int] = [:]
        var refused: [String] = []
        /// Paragraphs whose numbering repair did not give the number expected: not tried again.
        var unverified = Set<Int>()
        func refuse(_ d: Diagnostic, _ reason: String, _ rendered: DocxRendering, _ parsed: Document) {
            let place = rendered.place(of: d.byteRange.lowerBound).map {
                Linter.placeName($0, ParagraphDescriber(parsed).describe(offset: d.byteRange.lowerBound))
            } ?? "?"
            let line = "\(place): \(d.rule) not fixed: \(reason)"
            if !refused.contains(line) { refused.append(line) }
        }
        for _ in 0..<fixer.maxPasses {
            let (report, parsed, rendered) = try fixer.linter.lintRendered(docx: document, language: language)
            let mapper = DocxEditMapper(rendered: rendered, sources: document.textSources)
            var candidates: [Diagnostic] = [], mapped: [[DocxEditMapper.TextEdit]] = []
            var repairs: [Int: DocxNumberingRepair.Repair] = [:], deferred: [Diagnostic] = []
            var firstRepair: (diagnostic: Diagnostic, repair: DocxNumberingRepair.Repair)?
            let mainPart = try documentBytes(parts, package)
            // One repair a pass, the first in the document: a restart puts the numbers after it wrong too.
            func offer(_ d: Diagnostic, _ r: DocxNumberingRepair.Repair, failing reason: String) {
                if unverified.contains(r.paragraph) {
                    refuse(d, reason, rendered, parsed)
                } else if firstRepair.map({ r.paragraph < $0.repair.paragraph }) ?? true {
                    if let earlier = firstRepair { deferred.append(earlier.diagnostic) }
                    firstRepair = (d, r)
                } else {
                    deferred.append(d)
                }
            }
            for d in report.diagnostics {
                if d.fix == nil, DocxNumberingRepair.lostNumberRules.contains(d.rule), let place = rendered.place(of: d.byteRange.lowerBound), place.footnote == nil,
                   let r = DocxNumberingRepair.restoring(place.paragraph, document: document, part: mainPart) {
                    offer(d, r, failing: "giving it the numbering of the paragraphs around it does not give it the number expected; number it in Word")
                    continue
                }
                guard let edits = fixer.applicableEdits(d), !edits.isEmpty else { continue }
                switch mapper.map(edits) {
                case .success(let e): candidates.append(d); mapped.append(e)
                case .failure(let refusal) where refusal.automaticNumber:
                    switch DocxNumberingRepair.repair(edits, rendered: rendered, document: document, part: mainPart) {
                    case .repair(let r): offer(d, r, failing: "pointing it back at the list before it does not give it the number expected; renumber in Word (Restart or Continue Numbering)")
                    case .refused(let reason): refuse(d, reason, rendered, parsed)
                    }
                case .failure(let refusal): refuse(d, refusal.reason, rendered, parsed)
                }
            }
            // A repair edits a w:pPr, no text: it goes in with whatever text fixes are chosen.
            var chosen = fixer.chosen(candidates).compactMap { c in candidates.firstIndex(of: c.diagnostic) }
            if let (d, r) = firstRepair { repairs[candidates.count] = r; chosen.append(candidates.count); candidates.append(d); mapped.append([]) }
            let repairing = chosen.filter { repairs[$0] != nil }
            // Numbers after a restart may be right once it is repaired: refused only when nothing is.
            if repairing.isEmpty { for d in deferred { refuse(d, "its number follows a wrong number before it in the same list, which is not repaired; renumber in Word (Continue Numbering)", rendered, parsed) } }
            guard !chosen.isEmpty else { break }
            var byPart: [String: (edits: [DocxEditMapper.TextEdit], raw: [(range: Range<Int>, bytes: [UInt8])], diagnostics: [Int])] = [:]
            for k in chosen {
                for e in mapped[k] { byPart[document.textSources[e.source].part, default: ([], [], [])].edits.append(e) }
                for part in Set(mapped[k].map { document.textSources[$0.source].part }) { byPart[part, default: ([], [], [])].diagnostics.append(k) }
                if let r = repairs[k] {
                    byPart[package.documentPart, default: ([], [], [])].raw += r.replacements
                    byPart[package.documentPart, default: ([], [], [])].diagnostics.append(k)
                }
            }
            let before = parts
            var applied = Set<Int>()
            for (part, group) in byPart {
                do {
                    guard let base = try parts[part] ?? package.data(part) else { continue }
                    parts[part] = try DocxRunEditor.apply(group.edits, sources: document.textSources, to: base, raw: group.raw)
                    applied.formUnion(group.diagnostics)
                } catch let failure as DocxRunEditor.Failure {
                    for k in group.diagnostics { refuse(candidates[k], "\(part): \(failure.reason)", rendered, parsed) }
                }
            }
            guard !applied.isEmpty else { break }
            do { current = try ZipEntryReplacer.replacing(parts, in: data) } catch {
                throw Refused(path: path, reason: "the ZIP package cannot be written again (\(error))")
            }
            let next = try DocxReader.read(DocxPackage(data: current, path: path))
            // Read again: a repaired paragraph must show the number asked for, or the pass is undone
            // and done again without that repair.
            let wrong = applied.compactMap { repairs[$0] }.filter { r in next.paragraphs.first { $0.number == r.paragraph }?.label != r.expected }
            if !wrong.isEmpty {
                unverified.formUnion(wrong.map(\.paragraph))
                parts = before
                current = parts.isEmpty ? data : try ZipEntryReplacer.replacing(parts, in: data)
                continue
            }
            for k in applied { fixed[candidates[k].rule, default: 0] += 1 }
            if DocxRendering(next).text == rendered.text { document = next; break }
            document = next
        }
        let remaining = try fixer.linter.lint(docx: document, language: language)
        let diff = UnifiedDiff.render(old: String(decoding: DocxRendering(original).view.bytes, as: UTF8.self), new: String(decoding: DocxRendering(document).view.bytes, as: UTF8.self), path: path)
        return Result(fixed: fixed, refused: refused, remaining: remaining, diff: diff, data: current == data ? nil : current)
    }
}
