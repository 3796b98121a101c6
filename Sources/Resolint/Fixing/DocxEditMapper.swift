/// Moves the edits of a fix, made on the rendered text of a Word document (`DocxRendering`), back
/// into the characters of the `w:t` elements they came from. An edit over several runs puts its new
/// text in the first run, so the text keeps that run's formatting, and shrinks the others; an
/// insertion goes at the end of the run before it (a final mark takes the formatting of the words it
/// ends), or at the start of the first run where nothing comes before. An edit that touches what no
/// `w:t` holds (Word's automatic numbers, tabs, line breaks, footnote references, symbols) is refused
/// with the reason: those are not text that can be rewritten in place.
struct DocxEditMapper {
    let rendered: DocxRendering
    let sources: [DocxTextSource]

    /// Characters `range` (0-based, in the element's text) of `sources[source]` replaced.
    struct TextEdit: Equatable {
        var source: Int
        var range: Range<Int>
        var replacement: String
    }

    struct Refusal: Error {
        var reason: String
        /// It changes an automatic number: `DocxNumberingRepair` may fix it through the numbering.
        var automaticNumber = false
    }

    func map(_ edits: [Edit]) -> Result<[TextEdit], Refusal> {
        var out: [TextEdit] = []
        for edit in edits {
            switch map(edit) {
            case .success(let mapped): out += mapped
            case .failure(let refusal): return .failure(refusal)
            }
        }
        return .success(out)
    }

    /// One edit: the characters of one paragraph it covers, then the runs that hold them.
    func map(_ edit: Edit) -> Result<[TextEdit], Refusal> {
        let a = edit.range.lowerBound, b = edit.range.upperBound
        let places = rendered.places
        guard a >= 0, b <= places.count else { return .failure(Refusal(reason: "the fix lies outside the text")) }
        if rendered.labels.contains(where: { a < b ? $0.overlaps(a..<b) : $0.lowerBound < a && a < $0.upperBound }) {
            return .failure(Refusal(reason: Self.automaticNumberReason, automaticNumber: true))
        }
        func isLabel(_ i: Int) -> Bool { rendered.labels.contains { $0.contains(i) } }
        let first: DocxPlace, from: Int, to: Int
        if a < b {
            guard let start = places[a], let last = places[b - 1], Self.sameParagraph(start, last) else {
                return .failure(Refusal(reason: "the fix spans more than one paragraph"))
            }
            first = start
            from = start.character
            // Up to the next character shown, so white space the rendering folded into one goes too.
            if b < places.count, let next = places[b], !isLabel(b), Self.sameParagraph(next, last), next.character > last.character {
                to = next.character
            } else {
                to = last.character + 1
            }
        } else if a > 0, let before = places[a - 1], !isLabel(a - 1) {
            first = before
            from = before.character + 1
            to = from
        } else if a < places.count, let after = places[a] {
            first = after
            from = after.character
            to = from
        } else {
            return .failure(Refusal(reason: "the fix lies outside the text"))
        }
        let runs = sources.indices.filter { Self.sameParagraph(sources[$0].place, first) && sources[$0].length > 0 }
        if from == to {
            let at = runs.first { sources[$0].place.character < from && from <= sources[$0].place.character + sources[$0].length }
                ?? runs.first { sources[$0].place.character == from }
            guard let at else { return .failure(Refusal(reason: "nothing of the runs' text stands where it inserts (after a tab, a break or a footnote reference)")) }
            let k = from - sources[at].place.character
            return .success([TextEdit(source: at, range: k..<k, replacement: edit.replacement)])
        }
        var out: [TextEdit] = []
        var covered = 0
        for s in runs {
            let start = sources[s].place.character, end = start + sources[s].length
            let lower = max(start, from), upper = min(end, to)
            guard lower < upper else { continue }
            covered += upper - lower
            out.append(TextEdit(source: s, range: (lower - start)..<(upper - start), replacement: out.isEmpty ? edit.replacement : ""))
        }
        guard covered == to - from else {
            return .failure(Refusal(reason: "it covers a tab, a line break, a footnote reference or a symbol, which are not text of the runs"))
        }
        return .success(out)
    }

    static let automaticNumberReason = "it changes a number of Word's automatic numbering, which is not text of the runs; renumber in Word (Restart or Continue Numbering)"

    static func sameParagraph(_ x: DocxPlace, _ y: DocxPlace) -> Bool { x.paragraph == y.paragraph && x.footnote == y.footnote }
}
