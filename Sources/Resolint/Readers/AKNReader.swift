import Foundation

/// Reads an AKN4UN file (the United Nations' Akoma Ntoso markup of its resolutions, as published by
/// its Department for General Assembly and Conference Management) into an `AKNDocument`: cover page,
/// preface, preamble, main body, footnotes and conclusions, each with its offset in the file.
public enum AKNReader {
    /// Why a file could not be read as AKN4UN.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// Reads and decodes the file, then reads its markup.
    public static func read(path: String) throws -> AKNDocument {
        let text = try FileCollector.read(path)
        return try read(SourceFile(path: path, text: text))
    }

    public static func read(_ source: SourceFile) throws -> AKNDocument {
        let tree: XMLTree
        do { tree = try XMLTree(source: source) } catch { throw ReadError(message: error.description) }
        guard tree.root.name == "akomaNtoso" else {
            let p = source.position(of: tree.root.offset)
            throw ReadError(message: "\(source.path):\(p.line):\(p.column): not an AKN4UN document: the root element is <\(tree.root.name)>, not <akomaNtoso>")
        }
        var document = AKNDocument(source: source)
        document.language = descendants(tree.root, "FRBRlanguage").first?.attribute("language").flatMap { languageCodes[$0] }
        let tops = tree.root.elements
        // A single resolution is a <statement>; 75/101 A and B are a <documentCollection> whose
        // <components> hold one <statement> each.
        let top = tops.first { $0.name == "statement" || $0.name == "documentCollection" }
        if let cover = top?.first("coverPage") { document.cover = readCover(cover) }
        if top?.name == "documentCollection", let preface = top?.first("preface") {
            document.preface = preface.elements.flatMap(prefaceLines)
        }
        let found = tops.flatMap { statements(in: $0) }
        guard !found.isEmpty else {
            throw ReadError(message: "\(source.path): not an AKN4UN resolution: no <statement> element")
        }
        document.statements = found.map(readStatement)
        document.language = scriptChecked(document.language, document.statements)
        document.settleRepeatedReferences()
        return document
    }

    /// The declared language where the text is written in its script. The markup sometimes declares
    /// another (the UN's Chinese A/RES/75/274 declares "spa"): then the script's language, or, in Latin
    /// script, none, so that the text's words decide.
    static func scriptChecked(_ declared: String?, _ statements: [AKNStatement]) -> String? {
        let text = statements.flatMap { s in (s.preamble + s.body).prefix(20).map(\.text.plain) }.joined(separator: " ")
        guard let script = LanguageCatalog.scriptScores(text).max(by: { $0.value < $1.value }), script.value > 0 else { return declared }
        // The one language of each script other than Latin.
        let languages = ["han": "zh", "cyrillic": "ru", "arabic": "ar"]
        let declaredScript = declared.map { code in languages.first { $0.value == code }?.key ?? "latin" }
        if declaredScript == script.key { return declared }
        return languages[script.key]
    }

    /// ISO 639-2 codes of <FRBRlanguage> to resolint's language codes ("ar" too: one Arabic text of the UN's markup gives the two-letter code).
    static let languageCodes = ["eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "rus": "ru", "ara": "ar", "chi": "zh", "zho": "zh",
                                "en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh"]

    /// <statement> elements outside annexes, in document order (iteratively: no recursion on input depth beyond the tree's bound).
    static func statements(in element: XMLElement) -> [XMLElement] {
        if element.name == "statement" { return [element] }
        if element.name == "attachments" || element.name == "meta" { return [] }
        return element.elements.flatMap(statements)
    }

    static func descendants(_ element: XMLElement, _ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack = [element]
        while let e = stack.popLast() {
            if e.name == name { out.append(e) }
            stack += e.elements.reversed()
        }
        return out
    }

    // MARK: Inline text

    /// The mixed content of an element: text runs, footnotes (their text read without further notes), line breaks.
    static func inline(_ element: XMLElement, notes: Bool = true) -> AKNInline {
        var out = AKNInline()
        appendInline(element, notes: notes, to: &out)
        return out
    }

    static func appendInline(_ element: XMLElement, notes: Bool, to out: inout AKNInline) {
        let children = element.children
        for (k, child) in children.enumerated() {
            switch child {
            case .text(let run):
                // A line break and indentation between two elements lays out the XML, not the text:
                // "<span>إن الجمعية العامة</span>⏎␣␣<span>،</span>" is "إن الجمعية العامة،" (the UN's AKN
                // of the Arabic 75/122 and 286 other texts).
                if k > 0, k + 1 < children.count, case .element = children[k - 1], case .element = children[k + 1],
                   run.text.contains("\n"), run.text.allSatisfy(\.isWhitespace) { continue }
                out.pieces.append(.text(run))
                out.orderMarkerBrackets()
            case .element(let e):
                switch e.name {
                case "authorialNote":
                    guard notes else { continue }
                    out.pieces.append(.footnote(AKNFootnote(marker: e.attribute("marker") ?? "", text: inline(e, notes: false), offset: e.offset)))
                case "sup" where notes && isNoteNumber(e):
                    let written = inline(e, notes: false)
                    let offset = written.pieces.first.flatMap { if case .text(let run) = $0 { run.offset } else { nil } } ?? e.offset
                    out.pieces.append(.footnote(AKNFootnote(marker: written.plain, text: written, offset: offset, repeats: true)))
                case "eol", "eop": out.pieces.append(.lineBreak(offset: e.offset))
                case "img", "meta": continue
                default: appendInline(e, notes: notes, to: &out)
                }
            }
        }
    }

    /// A superscript of one to three digits: a reference to a note, if one of that number stands before
    /// it (`settleRepeatedReferences`); otherwise an exponent or the like, text again.
    static func isNoteNumber(_ e: XMLElement) -> Bool {
        let digits = inline(e, notes: false).plain
        return (1...3).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Several <p> of one element as one text, a line break between them.
    static func inline(paragraphsOf element: XMLElement) -> AKNInline {
        var out = AKNInline()
        for (k, p) in element.elements.enumerated() {
            if k > 0 { out.pieces.append(.lineBreak(offset: p.offset)) }
            appendInline(p, notes: true, to: &out)
        }
        return out
    }

    /// The first italic or bold span: the opening phrase as the UN sets it (italic in English, French,
    /// Spanish, Russian; bold in Chinese; bold italic in Arabic).
    static func openingPhrase(_ element: XMLElement) -> String? {
        var stack = [element]
        while let e = stack.popLast() {
            if e.name == "authorialNote" { continue }
            if e.name == "span", let c = e.attribute("class"), c.contains("italic") || c.contains("bold") {
                let text = inline(e, notes: false).plain
                if !text.isEmpty { return text }
            }
            stack += e.elements.reversed()
        }
        return nil
    }

    // MARK: Cover page, preface, conclusions

    static let coverRoles: [(name: String, role: AKNLine.Role)] = [
        ("docNumber", .symbol), ("docStatus", .status), ("docDate", .date), ("session", .session),
        ("docTitle", .docTitle), ("docProponent", .proponent),
    ]

    static func role(of p: XMLElement) -> AKNLine.Role {
        var stack = [p]
        while let e = stack.popLast() {
            if e.name == "docAuthority" { return e.attribute("refersTo") == "#publisher" ? .publisher : .organ }
            if e.name == "inline", let n = e.attribute("name") {
                if n == "agenda item" { return .agendaItem }
                if n == "agenda item name" { return .agendaTitle }
            }
            if let r = coverRoles.first(where: { $0.name == e.name }) { return r.role }
            stack += e.elements.reversed()
        }
        return .other
    }

    static func readCover(_ cover: XMLElement) -> AKNCover {
        var out = AKNCover()
        for p in cover.elements {
            let text = inline(p)
            guard !text.isBlank else { continue }
            let role = role(of: p)
            if role == .session { out.sessionValue = descendants(p, "session").first?.attribute("value") }
            out.lines.append(AKNLine(role: role, text: text, offset: p.offset))
        }
        return out
    }

    /// "<docNumber>75/118.</docNumber> <docTitle>Question of Tokelau</docTitle>": a number line and a title line.
    static func prefaceLines(_ p: XMLElement) -> [AKNLine] {
        var lines: [AKNLine] = []
        for e in p.elements {
            // A note on the line before ("<docNumber>B</docNumber><authorialNote …>", the part letter of
            // 75/245 B in the UN's AKN): its marker, not a line of its own.
            if e.name == "authorialNote", !lines.isEmpty {
                lines[lines.count - 1].text.pieces.append(.footnote(AKNFootnote(marker: e.attribute("marker") ?? "", text: inline(e, notes: false), offset: e.offset)))
                continue
            }
            let text = inline(e)
            guard !text.isBlank else { continue }
            lines.append(AKNLine(role: e.name == "docNumber" ? .number : e.name == "docTitle" ? .title : .other, text: text, offset: e.offset))
        }
        if lines.isEmpty, !inline(p).isBlank { lines.append(AKNLine(role: .other, text: inline(p), offset: p.offset)) }
        return lines
    }

    /// Each <p> of the conclusions split at <eol/>: "41st plenary meeting", "10 December 2020".
    static func conclusionLines(_ conclusions: XMLElement) -> [AKNLine] {
        var lines: [AKNLine] = []
        for p in conclusions.elements {
            var current = AKNInline()
            var role = AKNLine.Role.other
            var offset = p.offset
            func flush() {
                if !current.isBlank { lines.append(AKNLine(role: role, text: current, offset: offset)) }
                current = AKNInline()
                role = .other
            }
            for child in p.children {
                switch child {
                case .text(let run): current.pieces.append(.text(run))
                case .element(let e):
                    if e.name == "eol" { flush(); offset = e.end; continue }
                    if current.isBlank { offset = e.offset }
                    if e.name == "docDate" { role = .date }
                    if e.name == "inline", e.attribute("name") == "adoptionMeeting" { role = .meeting }
                    appendInline(e, notes: true, to: &current)
                }
            }
            flush()
        }
        return lines
    }

    // MARK: Statement

    /// A body whose operative paragraphs are numbered: a paragraph the markup leaves unnumbered is not
    /// one of them but a heading ("Measures": short, without a final mark) or the continuation of the
    /// text before it ("and its request that …"). A body with no number at all keeps its single paragraph.
    /// A section's single paragraph right after its own preamble stays operative though unnumbered
    /// ("XV / Global service delivery model … / Recalling …, / Having considered …, / Decides to keep
    /// the question … under review …;", the UN's AKN of 75/253): there is no paragraph for it to go on.
    /// Text under an item that is a heading ("(a) Quick impact projects" / "To contribute to …;", the
    /// UN's AKN of S/RES/2584 (2021)) is an unlabelled item under it, as its points are where the markup
    /// makes them points ("(c) Facilitate …" / "<point><content>To improve …", S/RES/2605 (2021)); so is
    /// more such text after it.
    static func unlabelled(_ body: [AKNBlock]) -> [AKNBlock] {
        guard body.contains(where: { $0.kind == .operative && $0.num != nil }) else { return body }
        var out: [AKNBlock] = []
        for k in body.indices {
            var b = body[k]
            defer { out.append(b) }
            guard b.kind == .operative, b.num == nil else { continue }
            let text = b.text.plain
            let ends = endsWithMark(text)
            if ends, k > 0, body[k - 1].kind == .preambular { continue }
            // So is a section's only paragraph, between its headings and the next section's ("C / Danger
            // pay: review of level / Expresses appreciation …; / D", the UN's AKN of A/RES/75/245), though
            // its final mark is lost ("… 1 كانون الثاني/يناير 2021", Arabic 75/245) if too long for a heading.
            if ends || text.count > 120, out.last?.kind == .heading, k + 1 == body.count || becomesHeading(body[k + 1]) { continue }
            if ends, let previous = out.last, previous.kind == .item,
               previous.num != nil && !endsWithMark(previous.text.plain) || previous.num == nil {
                b.kind = .item
                b.depth = previous.num == nil ? previous.depth : previous.depth + 1
                continue
            }
            b.kind = !ends && text.count <= 120 ? .heading : .text
        }
        return out
    }

    /// A heading, or an unnumbered paragraph `unlabelled` makes one: short, without a final mark.
    static func becomesHeading(_ b: AKNBlock) -> Bool {
        b.kind == .heading || b.kind == .operative && b.num == nil && !endsWithMark(b.text.plain) && b.text.plain.count <= 120
    }

    /// The text ends with a mark of the six languages (the Arabic semicolon and comma too: "توافق، … ؛", A/RES/75/245).
    static func endsWithMark(_ text: String) -> Bool {
        text.unicodeScalars.last.map { ".;:,。；：，؛،".unicodeScalars.contains($0) } ?? false
    }

    static func readStatement(_ statement: XMLElement) -> AKNStatement {
        var out = AKNStatement()
        var body: [AKNBlock] = []
        var sawBody = false
        for part in statement.elements {
            switch part.name {
            case "preface":
                for line in part.elements.flatMap(prefaceLines) {
                    switch line.role {
                    case .number where out.number == nil: out.number = line
                    case .title where out.title == nil: out.title = line
                    // "75/245. United Nations common system" / "B" with a note: the part letter is not
                    // written out, its note goes on the title, where the reference stands in order.
                    default: out.title?.text.pieces += line.text.footnotes.map { .footnote($0) }
                    }
                }
            // The markup of one language may split a text into several <preamble> and <mainBody>
            // elements (the Chinese 75/234: preamble, one paragraph, preamble, 1–3, preamble, 5–6): read
            // in order, a preamble element after numbered paragraphs goes on the body, and unnumbered body
            // paragraphs before a preamble element are of the preamble.
            case "preamble":
                var blocks = BlockList()
                blocks.preamble(part)
                out.formula = out.formula ?? blocks.items.first { $0.kind == .formula }
                let own = blocks.items.filter { $0.kind != .formula }
                if !sawBody {
                    out.preamble += own
                } else if body.contains(where: { $0.kind == .operative && $0.num != nil }) {
                    // Its paragraph keeps the number printed in its text ("<preamble><container><p>10.\t期待…",
                    // between paragraphs 9 and 11 of the UN's Chinese AKN of 75/161 and 75/237).
                    body += own.map { b in
                        var b = b
                        guard b.kind == .preambular else { return b }
                        b.kind = .operative
                        if let (label, offset, rest) = BlockList.leadingLabel(b.text) {
                            (b.num, b.numOffset, b.text) = (label, offset, rest)
                        }
                        return b
                    }
                } else {
                    out.preamble += body.map { b in var b = b; if b.kind == .operative { b.kind = .preambular }; return b } + own
                    body = []
                }
            case "mainBody":
                var blocks = BlockList()
                blocks.body(part, depth: 0)
                body += blocks.items
                sawBody = true
            case "conclusions":
                out.conclusions = conclusionLines(part)
            case "attachments":
                for attachment in descendants(part, "doc") {
                    var blocks = BlockList()
                    blocks.annex(attachment)
                    out.annexes.append(blocks.items)
                }
            default: continue
            }
        }
        out.body = unlabelled(body)
        return out
    }
}

/// Blocks collected in reading order while walking the preamble, main body or an annex.
struct BlockList {
    var items: [AKNBlock] = []

    mutating func add(_ kind: AKNBlock.Kind, _ text: AKNInline, depth: Int, offset: Int, num: XMLElement? = nil, opening: String? = nil) {
        let label = num.map { AKNReader.inline($0, notes: false).plain }
        guard !text.isBlank || !(label ?? "").isEmpty else { return }
        items.append(AKNBlock(kind: kind, num: label, numOffset: num.map(Self.labelOffset), text: text, depth: depth, opening: opening, offset: offset))
    }

    /// Where the label's first character is (after the tab that often precedes it in <num>).
    static func labelOffset(_ num: XMLElement) -> Int {
        for case .text(let run) in num.children where !run.text.allSatisfy(\.isWhitespace) {
            guard run.verbatim else { return run.offset }
            return run.offset + run.text.utf8.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.count
        }
        return num.offset
    }

    mutating func preamble(_ preamble: XMLElement) {
        for e in preamble.elements {
            switch e.name {
            case "formula": add(.formula, AKNReader.inline(paragraphsOf: e), depth: 0, offset: e.offset)
            case "container": container(e, kind: .preambular)
            case "blockList": list(e, depth: 1, owner: nil)
            case "p": add(.preambular, AKNReader.inline(e), depth: 0, offset: e.offset, opening: AKNReader.openingPhrase(e))
            default: body(e, depth: 0)
            }
        }
    }

    /// A preambular <container>: its paragraphs make one paragraph; a list inside it gives items.
    mutating func container(_ e: XMLElement, kind: AKNBlock.Kind) {
        let ps = e.elements.filter { $0.name == "p" }
        var owner: AKNBlock? = AKNBlock(kind: kind, num: nil, numOffset: nil, text: AKNInline(), depth: 0,
                                        opening: AKNReader.openingPhrase(e), offset: e.offset)
        var text = AKNInline()
        for (k, p) in ps.enumerated() {
            if k > 0 { text.pieces.append(.lineBreak(offset: p.offset)) }
            AKNReader.appendInline(p, notes: true, to: &text)
        }
        owner?.text = text
        let start = items.count
        for child in e.elements where child.name != "p" {
            switch child.name {
            case "blockList", "list": list(child, depth: 1, owner: &owner)
            case "table": table(child)
            default: body(child, depth: 0)
            }
        }
        if let owner, !owner.text.isBlank { items.insert(owner, at: start) }
    }

    /// The children of <mainBody>, a <section>, a <container> and the like.
    mutating func body(_ element: XMLElement, depth: Int) {
        for e in element.elements { bodyElement(e, depth: depth) }
    }

    mutating func bodyElement(_ e: XMLElement, depth: Int) {
        switch e.name {
        case "paragraph": paragraph(e, kind: depth == 0 ? .operative : .item, depth: depth)
        case "point", "item", "alinea": paragraph(e, kind: .item, depth: max(1, depth))
        case "section", "part", "chapter", "title", "division", "hcontainer":
            // Parts A and B: "A" and their titles are headings.
            if let num = e.first("num") { add(.heading, AKNInline(), depth: 0, offset: num.offset, num: num) }
            body(e, depth: depth)
        case "num": break
        case "subheading", "heading":
            add(.heading, AKNReader.inline(e), depth: 0, offset: e.offset)
        case "crossHeading":
            // The markup refers some cross-headings to the preamble: the preambular paragraphs of a part.
            if e.attribute("refersTo") == "#preamble" {
                add(.preambular, AKNReader.inline(e), depth: 0, offset: e.offset, opening: AKNReader.openingPhrase(e))
            } else {
                add(.heading, AKNReader.inline(e), depth: 0, offset: e.offset)
            }
        case "list", "blockList", "sublist":
            var none: AKNBlock? = nil
            list(e, depth: depth + 1, owner: &none)
        case "table": table(e)
        case "container", "tblock", "blockContainer", "content", "mainBody", "doc", "attachments", "attachment":
            body(e, depth: depth)
        case "p", "intro", "wrapUp", "listIntroduction", "listWrapUp":
            add(.text, AKNReader.inline(e), depth: depth, offset: e.offset)
        case "meta", "authorialNote": break
        default:
            add(.text, AKNReader.inline(e), depth: depth, offset: e.offset)
        }
    }

    static func isHeadingClass(_ c: String?) -> Bool {
        guard let c else { return false }
        return (c.hasPrefix("H") && c.count <= 4) || c.contains("Title")
    }

    /// A <paragraph> or <point>: its number, its content or list introduction, then its items.
    mutating func paragraph(_ e: XMLElement, kind: AKNBlock.Kind, depth: Int) {
        let num = e.first("num")
        let heading = Self.isHeadingClass(e.attribute("class"))
        var owner: AKNBlock? = AKNBlock(kind: heading ? .heading : kind, num: num.map { AKNReader.inline($0, notes: false).plain },
                                        numOffset: num.map(Self.labelOffset), text: AKNInline(), depth: heading ? 0 : depth, opening: nil, offset: e.offset)
        var start = items.count
        for child in e.elements {
            switch child.name {
            case "num": continue
            case "content", "intro":
                if var o = owner, o.text.isBlank {
                    let ps = child.elements.filter { $0.name == "p" }
                    o.text = ps.count > 1 || ps.isEmpty ? AKNReader.inline(child) : AKNReader.inline(ps[0])
                    o.opening = AKNReader.openingPhrase(child)
                    owner = o
                    // Further <p> of one content: paragraphs of their own.
                    for p in ps.dropFirst() { add(.text, AKNReader.inline(p), depth: depth, offset: p.offset) }
                } else {
                    add(.text, AKNReader.inline(paragraphsOf: child), depth: depth, offset: child.offset)
                }
            case "list", "blockList": list(child, depth: depth + 1, owner: &owner)
            case "sublist":
                var none: AKNBlock? = nil
                list(child, depth: depth + 1, owner: &none)
            case "subheading", "heading":
                if var o = owner, o.text.isBlank, o.num == nil || heading {
                    o.kind = .heading
                    o.depth = 0
                    o.text = AKNReader.inline(child)
                    owner = o
                } else {
                    // A heading above a point ("Asset Freeze" over "(a)") stands before it.
                    let before = owner?.text.isBlank ?? false
                    add(.heading, AKNReader.inline(child), depth: 0, offset: child.offset)
                    if before, items.count == start + 1 { start += 1 }
                }
            case "paragraph":
                // A wrapper paragraph around paragraphs: its children stand at its level.
                paragraph(child, kind: kind, depth: depth)
            default: bodyElement(child, depth: depth)
            }
        }
        if var owner, !owner.text.isBlank || !(owner.num ?? "").isEmpty {
            if owner.kind == .item, depth > 0, isNextParagraphNumber(owner.num) {
                // A point numbered as the next operative paragraph is that paragraph ("<num>–</num> … <list>
                // <point><num>16.</num>", the UN's French AKN of S/RES/2584 (2021)).
                owner.kind = .operative
                owner.depth = 0
            }
            if owner.kind == .operative { settleLabel(&owner) }
            if owner.kind == .item, owner.num == nil {
                // A point without a number is an item without a label (the text under "(b) Cooperation
                // with Sanctions Committees", S/RES/2531 (2020)), unless its label is in its text.
                if let (label, offset, rest) = Self.leadingLabel(owner.text) {
                    owner.num = label
                    owner.numOffset = offset
                    owner.text = rest
                }
            }
            items.insert(owner, at: start)
        }
    }

    /// Some paragraphs carry their label in their text ("\t(a)\tEnvironmental problems…", no <num>),
    /// and some items are marked as top-level paragraphs with a <num> "(iii)": the label is read from
    /// the text, and a label in parentheses makes the paragraph an item of the operative paragraph
    /// before it, one level down for (i) after (a).
    mutating func settleLabel(_ block: inout AKNBlock) {
        if block.num == nil, let (label, offset, rest) = Self.leadingLabel(block.text) ?? bareNumber(block.text) {
            block.num = label
            block.numOffset = offset
            block.text = rest
            block.opening = nil
        }
        // A dash or bullet numbers no operative paragraph: it is an item of the paragraph before ("15 Exhorte
        // … suivantes : / <paragraph><num>–</num>", the UN's French AKN of S/RES/2584 (2021)).
        let dashes = ["–", "-", "—", "•"]
        if let num = block.num, dashes.contains(num), let previous = items.last(where: { $0.kind == .item || $0.kind == .operative }) {
            block.kind = .item
            // One level below an item whose colon introduces the dashes; beside the items before otherwise.
            let introduced = previous.kind == .item && !dashes.contains(previous.num ?? "") && previous.text.plain.hasSuffix(":")
            block.depth = introduced ? previous.depth + 1 : previous.kind == .item ? max(1, previous.depth) : 1
            return
        }
        // "1." and the Arabic "1 -" number operative paragraphs; "(a)", "a)", "(iii)" label items.
        guard let num = block.num, let inner = Self.labelInner(num), !inner.isEmpty,
              !((num.hasSuffix(".") || num.hasSuffix("-") || num.hasSuffix("–")) && inner.allSatisfy(\.isNumber)) else { return }
        let previous = items.last { $0.kind == .item || $0.kind == .operative }
        guard previous != nil else { return }
        var depth = 1
        // Arabic writes the numeral level as ’1‘, Chinese as ㈠.
        if inner.allSatisfy({ "ivxlc".contains($0) }) || num.hasPrefix("’") || Self.isEnclosedNumeral(num) {
            // (i) after (h) is a letter; (i) after (a)…(e) is a numeral one level down.
            let prior = items.last { $0.kind == .item && $0.depth == 1 }?.num.flatMap(Self.labelInner)
            let follows = prior.map { p in p.count == 1 && inner.count == 1 && p.unicodeScalars.first!.value + 1 == inner.unicodeScalars.first!.value } ?? false
            let sinceOperative = items.reversed().prefix { $0.kind != .operative }
            if !follows, sinceOperative.contains(where: { $0.kind == .item && $0.depth == 1 && !(($0.num.flatMap(Self.labelInner) ?? "").allSatisfy { "ivxlc".contains($0) }) }) {
                depth = 2
            }
        }
        block.kind = .item
        block.depth = depth
    }

    /// "16." or the Arabic "16 -" after operative paragraph 15.
    func isNextParagraphNumber(_ num: String?) -> Bool {
        guard let num, let inner = Self.labelInner(num), !num.hasSuffix(")"), let n = Int(inner),
              let previous = items.last(where: { $0.kind == .operative && $0.num != nil })?.num,
              let before = Int(previous.filter(\.isNumber)) else { return false }
        return n == before + 1
    }

    /// A paragraph number that lost its period and its <num>: "\t10\t<span>Rappelle</span> …" (the UN's
    /// French AKN of 75/197), "\t102 <span>вновь выражает</span>" (Russian 75/239). One to three digits,
    /// a tab or one space, then a letter, and only the number after the last operative paragraph's, so
    /// that text that begins with a figure ("2254 (2015)", "2 Affaires …" in a table) stays text.
    func bareNumber(_ text: AKNInline) -> (String, Int, AKNInline)? {
        guard let previous = items.last(where: { $0.kind == .operative && $0.num != nil })?.num,
              let before = Int(previous.filter(\.isNumber)) else { return nil }
        guard let (run, bytes, start) = Self.leadingRun(text) else { return nil }
        var i = start
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        // The gap after it in this run, or opening the next piece ("\t28<span>\tConstate", A/RES/75/291 F).
        guard (1...3).contains(i - start), i == bytes.count || bytes[i] == 0x09 || bytes[i] == 0x20,
              Int(String(decoding: bytes[start..<i], as: UTF8.self)) == before + 1 else { return nil }
        let label = String(decoding: bytes[start..<i], as: UTF8.self)
        if i == bytes.count {
            guard let k = text.pieces.firstIndex(where: { if case .text(let r) = $0 { return r.offset == run.offset } else { return false } }),
                  k + 1 < text.pieces.count, case .text(let next) = text.pieces[k + 1],
                  next.text.utf8.first == 0x09 || next.text.utf8.first == 0x20 else { return nil }
        }
        // After the gap a letter, in this run or in the next piece (the opening phrase's span).
        var j = min(i + 1, bytes.count)
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        var rest = text
        guard let k = rest.pieces.firstIndex(where: { if case .text(let r) = $0 { return r.offset == run.offset } else { return false } }) else { return nil }
        rest.pieces.removeFirst(k)
        let tail = String(decoding: bytes[j...], as: UTF8.self)
        let next = tail.isEmpty ? rest.pieces.dropFirst().first.flatMap { if case .text(let r) = $0 { return r.text } else { return nil } } : tail
        guard let first = next?.trimmingCharacters(in: .whitespaces).first, first.isLetter else { return nil }
        if tail.isEmpty { rest.pieces.removeFirst() } else { rest.pieces[0] = .text(XMLTextRun(text: tail, offset: run.offset + j, verbatim: true)) }
        return (label, run.offset + start, rest)
    }

    /// The letters or digits of a label: "(a)", "a)", "1.", "1 -" (or "2 –" with the en dash, Arabic
    /// 75/166); a numeral the Chinese texts write
    /// as one character ("㈠") is its own.
    static func labelInner(_ label: String) -> Substring? {
        isEnclosedNumeral(label) ? Substring(label)
            : label.hasPrefix("(") && label.hasSuffix(")") || label.hasPrefix("’") && label.hasSuffix("‘") ? label.dropFirst().dropLast()
            : label.hasSuffix(" -") || label.hasSuffix(" –") ? label.dropLast(2)
            : label.hasSuffix(".") || label.hasSuffix(")") || label.hasSuffix("-") || label.hasSuffix("–") ? label.dropLast() : nil
    }

    /// "㈠" … "㈩": the second-level numerals of the UN's Chinese texts, one character each (75/101 A).
    static func isEnclosedNumeral(_ label: String) -> Bool {
        label.unicodeScalars.count == 1 && (0x3220...0x3229).contains(label.unicodeScalars.first!.value)
    }

    /// The first piece of a text that is not white space, where it is verbatim text: the run, its bytes,
    /// and where its first character stands after the white space it opens with.
    static func leadingRun(_ text: AKNInline) -> (XMLTextRun, [UInt8], Int)? {
        guard case .text(let run)? = text.pieces.first(where: {
            if case .text(let r) = $0 { return !r.text.allSatisfy { $0.isWhitespace } } else { return true }
        }), run.verbatim else { return nil }
        let bytes = Array(run.text.utf8)
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return (run, bytes, i)
    }

    /// "(a)", "1.", "(iii)" or the Arabic "1 -" at the start of the text, and the text after it. The
    /// label ends at a tab, or at a space where a span begins or ends ("\t189 -<span> تحث", "\t19 - <span>",
    /// the UN's Arabic AKN of 75/89 and 75/15), or at a space after a number's mark or a bracketed label.
    /// It may run across spans ("\t27 <span>-\t</span>", "\t8<span> -\t</span>", Arabic 75/194 and
    /// 75/303); invisible direction marks in it are not part of it ("6.\u{200E}\t", English 75/248).
    static func leadingLabel(_ text: AKNInline) -> (String, Int, AKNInline)? {
        guard let (run, _, start) = leadingRun(text),
              let k0 = text.pieces.firstIndex(where: { if case .text(let r) = $0 { return r.offset == run.offset } else { return false } })
        else { return nil }
        // The first scalars of the text, across the text runs that follow each other: each with its run,
        // its byte place in the run, and whether it is the run's first or last.
        var scalars: [(piece: Int, at: Int, scalar: Unicode.Scalar, first: Bool, last: Bool)] = []
        var k = k0
        gather: while k < text.pieces.count, case .text(let r) = text.pieces[k] {
            let bytes = Array(r.text.utf8)
            var at = k == k0 ? start : 0
            for scalar in String(decoding: bytes[at...], as: UTF8.self).unicodeScalars {
                if scalars.count > 14 { break gather }
                scalars.append((k, at, scalar, at == 0, at + scalar.utf8.count == bytes.count))
                at += scalar.utf8.count
            }
            k += 1
        }
        func label(_ n: Int) -> String {
            var out = ""
            for s in scalars[..<n] where s.scalar.properties.generalCategory != .format { out.unicodeScalars.append(s.scalar) }
            return out.trimmingCharacters(in: .whitespaces)
        }
        var end: Int?
        for (j, s) in scalars.enumerated() where j > 0 {
            if s.scalar == "\t" || s.scalar == "\n" { end = j; break }
            guard s.scalar == " " else { continue }
            let candidate = label(j)
            guard isLabel(candidate) else { continue }
            let boundary = s.first || s.last && s.piece + 1 < text.pieces.count
            let marked = candidate.hasPrefix("(") || candidate.last.map { ".-–".contains($0) && candidate.dropLast().trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) } ?? false
            if boundary || marked { end = j; break }
        }
        guard let end, isLabel(label(end)) else { return nil }
        // The text after the gap: the run the gap is in, cut after it.
        let gap = scalars[end]
        guard case .text(let cut) = text.pieces[gap.piece] else { return nil }
        let from = gap.at + gap.scalar.utf8.count
        var rest = AKNInline(pieces: Array(text.pieces[gap.piece...]))
        if from >= cut.text.utf8.count {
            rest.pieces.removeFirst()
        } else {
            guard cut.verbatim else { return nil }
            rest.pieces[0] = .text(XMLTextRun(text: String(decoding: cut.text.utf8.dropFirst(from), as: UTF8.self), offset: cut.offset + from, verbatim: true))
        }
        return (label(end), run.offset + start, rest)
    }

    /// "(a)", "1.", "a)", and the Arabic "1 -" / "(أ)": letters of any script or digits, then the mark;
    /// the Arabic texts' 27th item doubles its letter with a space between ("(أ أ)", 75/192).
    static func isLabel(_ label: String) -> Bool {
        guard let inner = labelInner(label), !inner.isEmpty, inner.count <= 6 else { return false }
        return inner.split(separator: " ", omittingEmptySubsequences: false).count <= 2
            && (inner.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " }) || isEnclosedNumeral(label)) && inner.first != " " && inner.last != " "
    }

    /// A <list>: its introduction completes the owner's text; points are items at `depth`; a
    /// <sublist> holds the items of the point before it, one level down.
    mutating func list(_ e: XMLElement, depth: Int, owner: inout AKNBlock?) {
        for child in e.elements {
            switch child.name {
            case "intro", "listIntroduction":
                if var o = owner, o.text.isBlank {
                    o.text = child.elements.isEmpty ? AKNReader.inline(child) : AKNReader.inline(paragraphsOf: child)
                    o.opening = AKNReader.openingPhrase(child)
                    owner = o
                } else {
                    add(.text, AKNReader.inline(child), depth: max(0, depth - 1), offset: child.offset)
                }
            case "point", "item": paragraph(child, kind: .item, depth: depth)
            case "sublist", "list", "blockList":
                var none: AKNBlock? = nil
                list(child, depth: depth + 1, owner: &none)
            case "wrapUp", "listWrapUp": add(.text, AKNReader.inline(child), depth: max(0, depth - 1), offset: child.offset)
            default: bodyElement(child, depth: depth)
            }
        }
    }

    mutating func list(_ e: XMLElement, depth: Int, owner: AKNBlock?) {
        var o = owner
        list(e, depth: depth, owner: &o)
    }

    /// Each row of a table as one text: its cells separated by a space.
    mutating func table(_ e: XMLElement) {
        for row in AKNReader.descendants(e, "tr") {
            var text = AKNInline()
            for cell in row.elements {
                if !text.pieces.isEmpty { text.pieces.append(.text(XMLTextRun(text: " ", offset: cell.offset, verbatim: false))) }
                text.pieces += AKNReader.inline(paragraphsOf: cell).pieces
                if cell.elements.isEmpty { text.pieces += AKNReader.inline(cell).pieces }
            }
            add(.text, text, depth: 0, offset: row.offset)
        }
    }

    /// An annex (<attachment><doc>): its cover and preface lines as headings, its body as blocks.
    mutating func annex(_ doc: XMLElement) {
        for part in doc.elements {
            switch part.name {
            case "meta": continue
            case "coverPage", "preface":
                for p in part.elements { add(.heading, AKNReader.inline(p), depth: 0, offset: p.offset) }
            case "preamble": preamble(part)
            default: body(part, depth: 0)
            }
        }
    }
}
