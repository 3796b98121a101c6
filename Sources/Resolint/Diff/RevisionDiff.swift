import Foundation

/// What changed between two revisions of one draft, paragraph by paragraph.
public struct RevisionDiff: Codable, Sendable {
    /// `split`: one old paragraph is now two or more consecutive ones (`parts`); `merged`: two or
    /// more consecutive old paragraphs (`parts`) are now one.
    public enum Status: String, Codable, Sendable { case unchanged, renumbered, modified, inserted, deleted, moved, split, merged }

    /// One paragraph or item, in both revisions where it is in both.
    public struct Change: Codable, Sendable {
        public var part: DiffUnit.Part
        public var status: Status
        /// Its name in the old revision ("OP4"), nil when inserted.
        public var old: String?
        /// Its name in the new revision ("OP5"), nil when deleted.
        public var new: String?
        /// Word-level (character-level in Chinese) changes of its own text, for a modified one.
        public var changes: [TokenDiff.Run]?
        /// The text (the new one, or the old one when deleted).
        public var text: String
        public var items: [Change]
        /// For a split, the new paragraphs it became; for a merge, the old paragraphs it joins.
        public var parts: [String]? = nil
    }

    /// A reference to one of the draft's own paragraphs whose target now goes by another number.
    public struct StaleReference: Codable, Sendable {
        /// The paragraph holding the reference, in the new revision.
        public var paragraph: String
        /// The number the reference gives.
        public var number: Int
        /// What became of the paragraph that number named: "OP6", or nil when deleted.
        public var target: String?
    }

    public var old: String
    public var new: String
    public var language: String
    public var paragraphs: [Change]
    public var references: [StaleReference]

    /// True when the revisions say the same, numbered the same.
    public var isUnchanged: Bool { paragraphs.allSatisfy { $0.status == .unchanged } && references.isEmpty }

    public static func compare(_ old: ComparedVersion, _ new: ComparedVersion) -> RevisionDiff {
        let language = new.language
        let a = DiffUnit.units(of: old.document), b = DiffUnit.units(of: new.document)
        let preamble = changes(a.preamble, b.preamble, language: language)
        let operative = changes(a.operative, b.operative, language: language)
        var diff = RevisionDiff(old: old.path, new: new.path, language: language, paragraphs: preamble + operative, references: [])
        diff.references = staleReferences(old: old.document, new: new.document, oldUnits: a.preamble + a.operative,
                                          newUnits: b.preamble + b.operative, changes: preamble + operative)
        return diff
    }

    /// The changes of two lists of siblings (paragraphs, or the items of one paragraph), in the new
    /// revision's order with the deleted ones where they stood.
    static func changes(_ a: [DiffUnit], _ b: [DiffUnit], language: String) -> [Change] {
        var pairing = ParagraphMatcher.match(a, b, language: language)
        var byNew: [Int: Change] = [:]
        for r in ParagraphMatcher.regroup(a, b, &pairing, language: language) {
            let (x, y) = (r.old.map { a[$0] }, r.new.map { b[$0] })
            let space = TokenDiff.unspaced(language) ? "" : " "
            let (before, after) = (x.map(\.fullText).joined(separator: space), y.map(\.fullText).joined(separator: space))
            let split = r.new.count > 1
            byNew[r.new[0]] = Change(part: y[0].part, status: split ? .split : .merged, old: x[0].name, new: y[0].name,
                                     changes: before == after ? nil : TokenDiff.diff(before, after, language: language), text: after, items: [],
                                     parts: split ? y.map(\.name) : x.map(\.name))
        }
        func paired(_ i: Int, _ j: Int, moved: Bool) -> Change {
            let x = a[i], y = b[j]
            let items = changes(x.items, y.items, language: language)
            let textChanged = x.text != y.text
            let itemsChanged = items.contains { $0.status != .unchanged && $0.status != .renumbered }
            let status: Status = moved ? .moved
                : (textChanged || itemsChanged) ? .modified
                : (x.name != y.name || items.contains { $0.status == .renumbered }) ? .renumbered : .unchanged
            return Change(part: y.part, status: status, old: x.name, new: y.name,
                          changes: textChanged ? TokenDiff.diff(x.text, y.text, language: language) : nil, text: y.text, items: items)
        }
        for (i, j) in pairing.kept { byNew[j] = paired(i, j, moved: false) }
        for (i, j) in pairing.moved { byNew[j] = paired(i, j, moved: true) }
        for j in pairing.inserted {
            byNew[j] = Change(part: b[j].part, status: .inserted, old: nil, new: b[j].name, changes: nil, text: b[j].text,
                              items: changes([], b[j].items, language: language))
        }
        var out: [Change] = []
        // A deleted paragraph is shown after the new paragraph that follows its last kept predecessor.
        let deletedAfter = Dictionary(grouping: pairing.deleted) { i in
            pairing.kept.last { $0.0 < i }.map(\.1) ?? -1
        }
        func flushDeleted(after j: Int) {
            for i in deletedAfter[j] ?? [] {
                out.append(Change(part: a[i].part, status: .deleted, old: a[i].name, new: nil, changes: nil, text: a[i].text,
                                  items: changes(a[i].items, [], language: language)))
            }
        }
        flushDeleted(after: -1)
        for j in b.indices {
            if let c = byNew[j] { out.append(c) }
            flushDeleted(after: j)
        }
        return out
    }

    /// References of the new revision ("paragraph 5 above") whose number named, in the old revision,
    /// a paragraph that now goes by another number or is gone, and which the old revision's same
    /// paragraph already made (a reference written for the new numbering is left alone).
    static func staleReferences(old: Document, new: Document, oldUnits: [DiffUnit], newUnits: [DiffUnit], changes: [Change]) -> [StaleReference] {
        var fate: [Int: String?] = [:]
        for c in changes where c.part == .operative {
            guard let name = c.old, let n = Int(name.dropFirst(2)) else { continue }
            if c.new != name { fate[n] = .some(c.new) }
        }
        guard !fate.isEmpty else { return [] }
        func references(_ d: Document, _ units: [DiffUnit]) -> [(holder: String, number: Int)] {
            d.drafts.flatMap { ParagraphReferences.find(in: $0, language: d.language) }.compactMap { r in
                units.first { $0.range.contains(r.range.lowerBound) }.map { ($0.name, r.number) }
            }
        }
        let before = Set(references(old, oldUnits).map { "\($0.holder) \($0.number)" })
        let oldName = Dictionary(changes.compactMap { c in c.new.flatMap { n in c.old.map { (n, $0) } } }, uniquingKeysWith: { a, _ in a })
        var out: [StaleReference] = []
        for r in references(new, newUnits) {
            guard let target = fate[r.number], let was = oldName[r.holder], before.contains("\(was) \(r.number)") else { continue }
            out.append(StaleReference(paragraph: r.holder, number: r.number, target: target))
        }
        return out
    }
}
