import Foundation
import PropertyBased
import Testing
@testable import Resolint

/// The property of issue 13 over real texts: in a copy of a resolution from the UN's AKN markup (six
/// languages), delete, insert or swap random operative paragraphs or items, run `resolint fix`; every
/// internal reference of the result then points at the paragraph or item it pointed at before, or is
/// reported (reference.ambiguous, reference.dangling); and nothing but labels and references changes.
struct ReferencePropertyTests {
    /// Only numbering, lettering and references: other rules' fixes are theirs to test.
    static let linter = ReferenceFixTests.linter

    /// Resolutions of 2021 with internal references, rendered as authored text: one block a line.
    static let documents: [(text: String, lang: String)] = {
        guard Fixtures.hasCorpus else { return [] }
        var out: [(String, String)] = []
        for folder in ReferenceFixTests.languages {
            let dir = Fixtures.corpus.appendingPathComponent("akn/sc/2021/\(folder)")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
            let lang = ReferenceFixTests.code(folder)
            for name in names {
                guard let text = try? AKNReader.read(path: dir.appendingPathComponent(name).path).render(.authored).text,
                      let shape = Shape(text, lang), !shape.references.isEmpty,
                      let report = try? linter.lint(text: text, path: "d.txt", language: lang), report.diagnostics.isEmpty else { continue }
                out.append((text, lang))
            }
        }
        return out
    }()

    /// What a text's operative part is made of, line by line (the authored layout puts each
    /// paragraph and item on a line of its own), and its internal references.
    struct Shape {
        var draft: Draft
        var source: SourceFile
        var lines: [String]
        /// Line index of each operative paragraph, and of each of its items.
        var starts: [Int]
        var itemStarts: [[Int]]
        /// Each reference: where it stands (operative paragraph index, or nil in the preamble, and its
        /// place among the references there), what it names, and its byte range.
        var references: [Reference]

        struct Reference {
            var container: Int?
            var preamble: Int?
            var ordinal: Int
            var paragraph: Int?
            var item: Int?
            var range: ByteRange
            var isItem: Bool
        }

        init?(_ text: String, _ lang: String) {
            guard let profile = Fixtures.linter.languages.profile(lang) else { return nil }
            source = SourceFile(path: "d.txt", text: text)
            let document = DocumentParser().parse(source, language: profile)
            guard document.drafts.count == 1, document.drafts[0].operative.count >= 3 else { return nil }
            let d = document.drafts[0]
            draft = d
            lines = text.components(separatedBy: "\n")
            let line = { [source] (p: Paragraph) in source.position(of: p.range.lowerBound).line - 1 }
            let s = d.operative.map(line)
            starts = s
            let items = d.operative.map { $0.children.map(line) }
            itemStarts = items
            // Each paragraph and item on a line of its own, in order.
            let all = zip(s, items).flatMap { [$0] + $1 }
            guard zip(all, all.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
            let found = InternalReferences.find(in: d, language: profile)
            let targets = ReferenceTargets(d)
            guard targets.singleRun else { return nil }
            var ordinals: [String: Int] = [:]
            var refs: [Reference] = []
            let syntax = profile.labelSyntax
            func place(_ r: ByteRange) -> (Int?, Int?) {
                if let k = d.operative.lastIndex(where: { $0.range.lowerBound <= r.lowerBound }), r.lowerBound >= d.operative[0].range.lowerBound { return (k, nil) }
                return (nil, d.preamble.lastIndex { $0.range.lowerBound <= r.lowerBound } ?? -1)
            }
            for r in found.paragraphs {
                let (c, p) = place(r.range)
                let key = "p\(c ?? -1)/\(p ?? -1)"
                var target: Int?
                if case .one(let j) = targets.paragraph(r.number) { target = j }
                refs.append(Reference(container: c, preamble: p, ordinal: ordinals[key, default: 0], paragraph: target, item: nil, range: r.range, isItem: false))
                ordinals[key, default: 0] += 1
            }
            for r in found.items {
                let (c, p) = place(r.range)
                let key = "i\(c ?? -1)/\(p ?? -1)"
                var paragraph: Int?
                if let n = r.paragraph { if case .one(let j) = targets.paragraph(n) { paragraph = j } } else { paragraph = r.container }
                var item: Int?
                if let paragraph, let value = syntax.letterValue(r.item), case .one(let j) = ReferenceTargets.item(value, of: d.operative[paragraph]) { item = j }
                refs.append(Reference(container: c, preamble: p, ordinal: ordinals[key, default: 0], paragraph: item == nil ? nil : paragraph, item: item, range: r.range, isItem: true))
                ordinals[key, default: 0] += 1
            }
            references = refs
        }

        /// Byte ranges that a fix may change: labels and references.
        var changeable: [ByteRange] {
            var out = references.map(\.range)
            func walk(_ p: Paragraph) { if let l = p.label { out.append(l.range) }; p.children.forEach(walk) }
            draft.operative.forEach(walk)
            return out.sorted { $0.lowerBound < $1.lowerBound }
        }

        /// The text between the changeable ranges.
        var fixedParts: [String] {
            var parts: [String] = [], at = 0
            for r in changeable where r.lowerBound >= at {
                parts.append(source.string(at..<r.lowerBound))
                at = r.upperBound
            }
            parts.append(source.string(at..<source.bytes.count))
            return parts
        }
    }

    /// A paragraph's or item's identity: its index in the original (nil for one inserted).
    struct Identity: Equatable {
        var paragraph: Int?
        var item: Int?
    }

    enum Operation: CaseIterable { case deleteParagraph, insertParagraph, swapParagraphs, deleteItem, insertItem, swapItems }

    /// Applies one operation to the original's lines: the new text, and the original identity of each
    /// operative paragraph and item of the result, in order.
    static func mutate(_ o: Shape, _ op: Operation, _ a: Int, _ b: Int) -> (String, [Int?], [[Int?]])? {
        let count = o.starts.count
        // Blocks run from a paragraph's line to the next one's; the last paragraph is left alone (what
        // follows it is not the operative part).
        var blocks = (0..<(count - 1)).map { Array(o.lines[o.starts[$0]..<o.starts[$0 + 1]]) }
        var ids: [Int?] = Array(0..<(count - 1))
        var items: [[Int?]] = o.itemStarts.dropLast().map { $0.indices.map { Optional($0) } }
        let k = a % (count - 1)
        switch op {
        case .deleteParagraph:
            blocks.remove(at: k); ids.remove(at: k); items.remove(at: k)
        case .insertParagraph:
            // A copy of a paragraph without items or references, numbered as paragraph k, put before it or
            // after it: a late insertion.
            guard let j = (0..<(count - 1)).first(where: { j in o.itemStarts[j].isEmpty && !o.references.contains { $0.container == j } }),
                  let label = o.draft.operative[j].label, let newLabel = o.draft.operative[k].label else { return nil }
            var copy = blocks[j]
            copy[0] = newLabel.raw + copy[0].dropFirst(label.raw.count)
            let at = k + b % 2
            blocks.insert(copy, at: at); ids.insert(nil, at: at); items.insert([], at: at)
        case .swapParagraphs:
            guard k + 1 < count - 1 else { return nil }
            blocks.swapAt(k, k + 1); ids.swapAt(k, k + 1); items.swapAt(k, k + 1)
        case .deleteItem, .insertItem, .swapItems:
            let withItems = (0..<(count - 1)).filter { o.itemStarts[$0].count >= 2 }
            guard !withItems.isEmpty else { return nil }
            let p = withItems[b % withItems.count]
            let starts = o.itemStarts[p], base = o.starts[p]
            var itemBlocks = (0..<starts.count).map { c in Array(o.lines[starts[c]..<(c + 1 < starts.count ? starts[c + 1] : o.starts[p + 1])]) }
            let head = Array(o.lines[base..<starts[0]])
            let c = a % starts.count
            if op == .deleteItem {
                itemBlocks.remove(at: c); items[p].remove(at: c)
            } else if op == .insertItem {
                // A copy of an item without references or items of its own, lettered as item c, put before
                // or after it: a late insertion.
                let line = { (i: Int) in o.draft.operative[p].children[i] }
                guard let j = starts.indices.first(where: { i in line(i).children.isEmpty && !o.references.contains { $0.range.lowerBound >= line(i).range.lowerBound && $0.range.upperBound <= line(i).range.upperBound } }),
                      let label = line(j).label, let newLabel = line(c).label else { return nil }
                var copy = itemBlocks[j]
                guard copy[0].hasPrefix(label.raw) || copy[0].trimmingCharacters(in: .whitespaces).hasPrefix(label.raw) else { return nil }
                let indent = copy[0].prefix { $0 == " " || $0 == "\t" }
                copy[0] = indent + newLabel.raw + copy[0].dropFirst(indent.count + label.raw.count)
                let at = c + b % 2
                itemBlocks.insert(copy, at: at); items[p].insert(nil, at: at)
            } else {
                guard c + 1 < starts.count else { return nil }
                itemBlocks.swapAt(c, c + 1); items[p].swapAt(c, c + 1)
            }
            // The block's last item keeps the lines after it (a blank line) where they were.
            blocks[p] = head + itemBlocks.flatMap { $0 }
        }
        let tail = Array(o.lines[o.starts[count - 1]...])
        let text = (Array(o.lines[..<o.starts[0]]) + blocks.flatMap { $0 } + tail).joined(separator: "\n")
        return (text, ids + [count - 1], items + [o.itemStarts[count - 1].indices.map { Optional($0) }])
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func fixKeepsEveryReferenceOnItsTargetOrReportsIt() async throws {
        let documents = Self.documents
        #expect(documents.count >= 30, "too few resolutions with internal references: \(documents.count)")
        #expect(Set(documents.map(\.lang)).count == 6)
        let applied = Applied()
        await propertyCheck(count: 120, input: Gen.int(in: 0...9999), Gen.element(of: Operation.allCases), Gen.int(in: 0...999), Gen.int(in: 0...999)) { d, op, a, b in
            let (text, lang) = documents[d % documents.count]
            let op = op ?? .deleteParagraph
            guard let o = Shape(text, lang), let (mutated, ids, items) = Self.mutate(o, op, a, b) else { return }
            guard let m = Shape(mutated, lang), m.starts.count == ids.count, m.itemStarts.map(\.count) == items.map(\.count) else { return }
            applied.insert(op)
            let result = try Fixer(linter: Self.linter, includeUnsafe: false).fix(text: mutated, path: "d.txt", language: lang)
            let f = try #require(Shape(result.text, lang), "the fixed text no longer parses alike")
            #expect(f.starts.count == m.starts.count && f.itemStarts.map(\.count) == m.itemStarts.map(\.count))
            // Nothing but labels and references changes.
            #expect(f.fixedParts == m.fixedParts, "\(op) changed more than labels and references (\(lang))")
            let reported = Set(result.remaining.diagnostics.filter { $0.rule == "reference.ambiguous" || $0.rule == "reference.dangling" }.map(\.byteRange.lowerBound))
            // Each reference of the original, found again by where it stands: still on its target, or reported.
            func identity(_ r: Shape.Reference, in shape: Shape) -> Identity? {
                guard let p = r.paragraph else { return nil }
                return Identity(paragraph: p < ids.count ? ids[p] : nil, item: r.item.flatMap { i in p < items.count && i < items[p].count ? items[p][i] : nil })
            }
            for r in o.references where r.paragraph != nil {
                // Where the reference now stands in the result.
                let container = r.container.flatMap { c in ids.firstIndex(of: c) }
                if r.container != nil && container == nil { continue } // its paragraph was deleted
                // Its items deleted or swapped: the references in it are read in another order.
                if let c = r.container, let now = container, items[now] != o.itemStarts[c].indices.map({ Optional($0) }) { continue }
                guard let now = f.references.first(where: { $0.isItem == r.isItem && $0.container == container && $0.preamble == r.preamble && $0.ordinal == r.ordinal }) else {
                    Issue.record("a reference of the original is gone (\(op), \(lang)): \(o.source.string(r.range))")
                    continue
                }
                let before = Identity(paragraph: r.paragraph, item: r.item)
                let after = identity(now, in: f)
                if after != before {
                    #expect(reported.contains(now.range.lowerBound),
                            "\(op) (\(lang)): a reference now names \(String(describing: after)), not \(before), unreported: …\(f.source.string(max(0, now.range.lowerBound - 60)..<now.range.upperBound))…")
                }
            }
        }
        // Every kind of change was made and checked at least once.
        #expect(applied.all == Set(Operation.allCases), "operations never applied: \(Set(Operation.allCases).subtracting(applied.all))")
    }

    /// The operations applied, from the property's concurrent runs.
    final class Applied: @unchecked Sendable {
        private let lock = NSLock()
        private var seen = Set<Operation>()
        func insert(_ op: Operation) { lock.lock(); seen.insert(op); lock.unlock() }
        var all: Set<Operation> { lock.lock(); defer { lock.unlock() }; return seen }
    }
}
