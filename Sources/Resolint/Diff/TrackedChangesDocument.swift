import Foundation

/// The new revision as a Word document in the UN's layout (DocxWriter's), with every change against
/// the old one as a tracked change: what the General Assembly's Secretariat asks of a draft based on
/// an earlier text. Accepting all changes gives the new revision, rejecting all the old.
///
/// The paragraphs `diff` pairs are paired here too (a renumbered paragraph is no change: Word's
/// automatic numbering renumbers it); what the diff does not see (the header, the formula) is
/// paired by content between them, and header lines in the same place line by line. A modified paragraph shows its word-level changes (character-level
/// in Chinese); a moved one is deleted where it stood and inserted where it stands.
public enum TrackedChangesDocument {
    public static func document(old: ComparedVersion, new: ComparedVersion, diff: RevisionDiff, author: String, date: Date) throws -> Data {
        let language = new.document.language
        let a = DocxWriter.paragraphs(String(decoding: old.document.source.bytes, as: UTF8.self), language: old.document.language)
        let b = DocxWriter.paragraphs(String(decoding: new.document.source.bytes, as: UTF8.self), language: language)
        let stamp = ISO8601DateFormatter().string(from: date)
        var id = 0
        func revision(_ kind: DocxWriter.Revision.Kind) -> DocxWriter.Revision {
            id += 1
            return DocxWriter.Revision(kind: kind, id: id, author: author, date: stamp)
        }
        var body = ""
        func whole(_ p: DocxWriter.Laid, _ kind: DocxWriter.Revision.Kind) {
            body += DocxWriter.paragraph(runs: p.runs.map { ($0.text, $0.style, revision(kind)) }, level: p.level, mark: revision(kind), language: language)
        }
        for step in alignment(a, b, anchors: anchors(old: old, new: new, diff: diff, a, b), language: language.code) {
            switch step {
            case .deleted(let i): whole(a[i], .del)
            case .inserted(let j): whole(b[j], .ins)
            case .paired(let i, let j):
                var runs: [(String, DocxWriter.RunStyle, DocxWriter.Revision?)] = []
                for (text, style, kind) in changes(a[i], b[j], language: language.code) {
                    runs.append((text, style, kind == .equal ? nil : revision(kind == .insert ? .ins : .del)))
                }
                body += DocxWriter.paragraph(runs: runs, level: b[j].level, language: language)
            }
        }
        return try DocxWriter.package(body: body, language: language)
    }

    enum Step: Equatable { case deleted(Int), inserted(Int), paired(Int, Int) }

    /// The Word paragraphs of the two revisions that hold paragraphs `diff` pairs in place (not moved).
    static func anchors(old: ComparedVersion, new: ComparedVersion, diff: RevisionDiff, _ a: [DocxWriter.Laid], _ b: [DocxWriter.Laid]) -> [(Int, Int)] {
        func starts(_ v: ComparedVersion) -> [String: Int] {
            var out: [String: Int] = [:]
            func add(_ u: DiffUnit) { if out[u.name] == nil { out[u.name] = u.range.lowerBound }; u.items.forEach(add) }
            let units = DiffUnit.units(of: v.document)
            (units.preamble + units.operative).forEach(add)
            return out
        }
        func laid(_ offset: Int?, _ paragraphs: [DocxWriter.Laid]) -> Int? {
            offset.flatMap { o in paragraphs.lastIndex { $0.source.contains(o) || $0.source.lowerBound == o } }
        }
        let (oldStarts, newStarts) = (starts(old), starts(new))
        var out: [(Int, Int)] = []
        for c in DiffRenderer.flatten(diff.paragraphs) where c.status != .moved {
            guard let o = c.old, let n = c.new, let i = laid(oldStarts[o], a), let j = laid(newStarts[n], b) else { continue }
            // In order only, and one Word paragraph a pair.
            if let last = out.last, i <= last.0 || j <= last.1 { continue }
            out.append((i, j))
        }
        return out
    }

    /// The whole order of the tracked document: the anchors, and between them the other paragraphs
    /// paired by content where they say nearly the same and of the same level, deleted before inserted.
    static func alignment(_ a: [DocxWriter.Laid], _ b: [DocxWriter.Laid], anchors: [(Int, Int)], language: String) -> [Step] {
        var steps: [Step] = []
        var (i0, j0) = (0, 0)
        for (i1, j1) in anchors + [(a.count, b.count)] {
            let gapA = Array(i0..<i1), gapB = Array(j0..<j1)
            let pairing = ParagraphMatcher.match(tokens: gapA.map { TokenDiff.tokens(a[$0].text, language: language) },
                                                 gapB.map { TokenDiff.tokens(b[$0].text, language: language) })
            var (i, j) = (0, 0)
            for (x, y) in pairing.kept + [(gapA.count, gapB.count)] {
                // Header lines in the same place, as many on both sides, are the same lines rewritten
                // ("S/RES/2530 (2020)" → "S/RES/2581 (2021)"): shown word by word.
                if x - i == y - j, (i..<x).allSatisfy({ a[gapA[$0]].header }), (j..<y).allSatisfy({ b[gapB[$0]].header }) {
                    while i < x { steps.append(.paired(gapA[i], gapB[j])); i += 1; j += 1 }
                }
                while i < x { steps.append(.deleted(gapA[i])); i += 1 }
                while j < y { steps.append(.inserted(gapB[j])); j += 1 }
                guard x < gapA.count, y < gapB.count else { break }
                steps.append(.paired(gapA[x], gapB[y]))
                (i, j) = (x + 1, y + 1)
            }
            if i1 < a.count, j1 < b.count { steps.append(.paired(i1, j1)) }
            (i0, j0) = (i1 + 1, j1 + 1)
        }
        // A paragraph whose numbering level changed cannot be one tracked paragraph (its number would
        // be wrong once the changes are rejected): it is deleted and inserted.
        return steps.flatMap { s -> [Step] in
            if case .paired(let i, let j) = s, a[i].level != b[j].level { return [.deleted(i), .inserted(j)] }
            return [s]
        }
    }

    /// The runs of a paired paragraph: its exact changes, each piece in the emphasis of the revision
    /// it belongs to (an opening phrase stays in italics in both).
    static func changes(_ old: DocxWriter.Laid, _ new: DocxWriter.Laid, language: String) -> [(String, DocxWriter.RunStyle, TokenDiff.Kind)] {
        func styles(_ p: DocxWriter.Laid) -> [DocxWriter.RunStyle] { p.runs.flatMap { r in Array(repeating: r.style, count: r.text.count) } }
        let (oldStyles, newStyles) = (styles(old), styles(new))
        // Characters counted apart and together can differ where pieces join (a combining mark after a
        // change): the last style holds then.
        func at(_ s: [DocxWriter.RunStyle], _ k: Int) -> DocxWriter.RunStyle { s.isEmpty ? .none : s[min(k, s.count - 1)] }
        var (i, j) = (0, 0)
        var out: [(String, DocxWriter.RunStyle, TokenDiff.Kind)] = []
        func add(_ c: Character, _ style: DocxWriter.RunStyle, _ kind: TokenDiff.Kind) {
            if let last = out.last, last.1 == style, last.2 == kind { out[out.count - 1].0.append(c) } else { out.append((String(c), style, kind)) }
        }
        // Words both say in another emphasis (an opening phrase one revision sets apart and the other
        // not) are deleted in the old emphasis and inserted in the new, after the deletion.
        var restyled: [(Character, DocxWriter.RunStyle)] = []
        for run in TokenDiff.exact(old.text, new.text, language: language) {
            for c in run.text {
                switch run.kind {
                case .equal:
                    let (was, now) = (at(oldStyles, i), at(newStyles, j))
                    i += 1; j += 1
                    if was != now { add(c, was, .delete); restyled.append((c, now)); continue }
                    restyled.forEach { add($0.0, $0.1, .insert) }
                    restyled = []
                    add(c, now, .equal)
                case .delete: add(c, at(oldStyles, i), .delete); i += 1
                case .insert:
                    restyled.forEach { add($0.0, $0.1, .insert) }
                    restyled = []
                    add(c, at(newStyles, j), .insert); j += 1
                }
            }
        }
        restyled.forEach { add($0.0, $0.1, .insert) }
        return out
    }
}
