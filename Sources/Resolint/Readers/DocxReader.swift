/// Reads a Word document (.docx) into a `DocxDocument`, with no conversion tool: the package is
/// opened with ZIPFoundation and its XML parts are read with the project's own XMLTree. XMLTree is
/// used rather than Foundation's XMLParser because it is bounded (depth, size, element count), never
/// reads a DOCTYPE or expands an entity, and is the same reader the AKN4UN path is tested and fuzzed
/// with: a hostile package ends in a one-line error, never a crash or a blow-up.
///
/// What is read: paragraphs of the body (table cells too) with the labels of Word's automatic
/// numbering; tracked changes accepted (insertions kept, deletions and moved-from text dropped, a
/// deleted paragraph mark joining two paragraphs), or on request rejected (the other way round); fields, hyperlinks, smart tags and content
/// controls as their shown text; footnotes at their references. Comments, field codes, drawings and
/// text boxes are not text of the draft and are left out.
public enum DocxReader {
    /// Tracked changes accepted (the document as it will be), or rejected (as it was: `resolint diff
    /// --format docx` is checked both ways).
    public enum TrackedChanges: Sendable { case accepted, rejected }

    public static func read(path: String, changes: TrackedChanges = .accepted) throws -> DocxDocument {
        try read(DocxPackage(path: path), changes: changes)
    }

    public static func read(_ package: DocxPackage, changes: TrackedChanges = .accepted) throws -> DocxDocument {
        func tree(_ part: String?) throws -> XMLTree? {
            guard let part, let source = try package.source(part) else { return nil }
            do { return try XMLTree(source: source) } catch {
                throw DocxPackage.ReadError(path: package.path, reason: "not a Word document: the part \(part) is not well-formed XML (line \(error.line): \(error.message))")
            }
        }
        guard let main = try tree(package.documentPart) else {
            throw DocxPackage.ReadError(path: package.path, reason: "not a Word document: no main document part")
        }
        guard main.root.name == "document", let body = main.root.first("body") else {
            throw DocxPackage.ReadError(path: package.path, reason: "not a Word document: the main part is <\(main.root.name)>, not a WordprocessingML <document> with a <body>")
        }
        let styleTree = try tree(try package.related("styles"))
        var reader = Reader(
            styles: styleTree.map(DocxStyles.init) ?? DocxStyles(),
            numbering: DocxNumbering.Counter(try tree(try package.related("numbering")).map(DocxNumbering.init) ?? DocxNumbering()))
        reader.rejecting = changes == .rejected
        var notes: [String: XMLElement] = [:]
        if let footnotes = try tree(try package.related("footnotes")) {
            for n in footnotes.root.elements where n.name == "footnote" {
                let type = n.attribute("type") ?? "normal"
                if type == "normal", let id = n.attribute("id") { notes[id] = n }
            }
        }
        var document = DocxDocument(path: package.path)
        reader.part = package.documentPart
        reader.readBlocks(body)
        document.paragraphs = Reader.accept(reader.paragraphs)
        // Footnotes in the order of their references, as Word numbers them.
        var noteReader = Reader(styles: reader.styles, numbering: DocxNumbering.Counter(DocxNumbering()))
        noteReader.inFootnote = true
        noteReader.rejecting = reader.rejecting
        noteReader.part = try package.related("footnotes") ?? ""
        for (k, id) in reader.noteOrder.enumerated() {
            guard let note = notes[id] else { continue }
            noteReader.paragraphs = []
            noteReader.footnote = k + 1
            noteReader.readBlocks(note)
            document.footnotes.append(DocxFootnote(number: k + 1, paragraphs: Reader.accept(noteReader.paragraphs)))
        }
        document.textSources = reader.textSources + noteReader.textSources
        document.insertions = reader.insertions + noteReader.insertions
        document.deletions = reader.deletions + noteReader.deletions
        return document
    }

    struct Reader {
        let styles: DocxStyles
        var numbering: DocxNumbering.Counter
        var paragraphs: [DocxParagraph] = []
        /// Footnote ids in the order of their first numbered reference.
        var noteOrder: [String] = []
        var insertions = 0, deletions = 0
        var inFootnote = false
        /// Tracked changes rejected: inserted text and paragraph marks dropped, deleted ones kept.
        var rejecting = false
        var dropped: Set<String> { rejecting ? ["ins", "moveTo"] : ["del", "moveFrom"] }
        var footnote: Int?
        /// The part being read and where each of its `w:t` elements is in it (for `resolint fix`).
        var part = ""
        var textSources: [DocxTextSource] = []

        // The paragraph being read.
        var current = DocxParagraph(number: 0)
        var character = 1
        var paragraphStyle: String?

        init(styles: DocxStyles, numbering: DocxNumbering.Counter) {
            self.styles = styles
            self.numbering = numbering
        }

        /// Block-level content: paragraphs, tables, content controls, custom XML; section properties skipped.
        mutating func readBlocks(_ element: XMLElement) {
            // Iteratively over containers; paragraphs are read as they come.
            var stack: [XMLElement] = [element]
            var order: [XMLElement] = []
            while let e = stack.popLast() {
                switch e.name {
                case "p": order.append(e)
                case _ where dropped.contains(e.name):
                    if e.name == "del" || e.name == "moveFrom" { deletions += 1 } else { insertions += 1 }
                case "sectPr", "tblPr", "tblGrid", "trPr", "tcPr", "sdtPr", "sdtEndPr",
                     "customXmlPr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd":
                    continue
                default: stack += e.elements.reversed()
                }
            }
            for p in order { readParagraph(p) }
        }

        mutating func readParagraph(_ p: XMLElement) {
            current = DocxParagraph(number: paragraphs.count + 1)
            character = 1
            let pPr = p.first("pPr")
            paragraphStyle = pPr?.first("pStyle")?.attribute("val")
            // Numbering: the paragraph's own w:numPr, else its style's; numId 0 turns numbering off.
            var num: (numId: String, ilvl: Int)? = styles.numbering(paragraphStyle)
            var numIdElement: Range<Int>?
            if let n = pPr?.first("numPr") {
                let style = num
                let id = n.first("numId")?.attribute("val") ?? style?.numId
                let level = n.first("ilvl")?.attribute("val").flatMap { Int($0) } ?? style?.ilvl ?? 0
                num = id.map { ($0, level) }
                numIdElement = n.first("numId").map { $0.offset..<$0.end }
            }
            current.element = p.offset..<p.end
            current.properties = pPr.map { $0.offset..<$0.end }
            current.numPrSlot = pPr?.elements.last { ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"].contains($0.name) }?.end
            if let mark = pPr?.first("rPr") {
                if mark.first("del") != nil { deletions += 1 }
                if mark.first("ins") != nil { insertions += 1 }
                if mark.first(rejecting ? "ins" : "del") != nil { current.markDeleted = true }
            }
            // A paragraph whose mark is deleted joins the next once accepted, which keeps its own number.
            readInline(p)
            if let num, num.numId != "0", !current.markDeleted,
               let (label, suffix) = numbering.next(num.numId, min(max(num.ilvl, 0), 8)) {
                current.label = label
                current.labelSuffix = suffix
                current.list = DocxListUse(numId: num.numId, level: min(max(num.ilvl, 0), 8), numIdElement: numIdElement)
            }
            paragraphs.append(current)
        }

        /// Paragraph content: runs and the elements that wrap them.
        mutating func readInline(_ element: XMLElement) {
            for child in element.children {
                guard case .element(let e) = child else { continue }
                switch e.name {
                case _ where dropped.contains(e.name):
                    if e.name == "del" || e.name == "moveFrom" { deletions += 1 } else { insertions += 1 }
                case "pPr", "rPr", "commentRangeStart", "commentRangeEnd", "bookmarkStart",
                     "bookmarkEnd", "proofErr", "permStart", "permEnd", "sdtPr", "sdtEndPr", "customXmlPr":
                    continue
                case "r": readRun(e)
                case "ins", "moveTo", "del", "moveFrom":
                    if e.name == "del" || e.name == "moveFrom" { deletions += 1 } else { insertions += 1 }
                    readInline(e)
                // Fields, hyperlinks, smart tags, content controls, custom XML, bidirectional spans: their text.
                default: readInline(e)
                }
            }
        }

        mutating func readRun(_ r: XMLElement) {
            let rPr = r.first("rPr")
            let characterStyle = rPr?.first("rStyle")?.attribute("val")
            let italic = rPr?.first("i").map(DocxFormatting.on) ?? styles.italic(characterStyle) ?? styles.italic(paragraphStyle) ?? styles.defaultItalic
            let bold = rPr?.first("b").map(DocxFormatting.on) ?? styles.bold(characterStyle) ?? styles.bold(paragraphStyle) ?? styles.defaultBold
            for child in r.children {
                guard case .element(let e) = child else { continue }
                switch e.name {
                case "t", "delText":
                    // Deleted text is text only when the deletions are rejected.
                    guard e.name == "t" || rejecting else { continue }
                    var text = ""
                    var runs: [XMLTextRun] = []
                    for c in e.children { if case .text(let run) = c { text += run.text; runs.append(run) } }
                    textSources.append(DocxTextSource(part: part, place: place(), length: text.unicodeScalars.count,
                                                      element: e.offset..<e.end, runs: runs))
                    append(text, italic: italic, bold: bold)
                case "tab", "ptab": append("\t", italic: italic, bold: bold)
                case "br", "cr":
                    // A page or column break inside a paragraph separates words; a line break is one.
                    if let type = e.attribute("type"), type != "textWrapping" { append(" ", italic: italic, bold: bold) } else {
                        current.pieces.append(.lineBreak(place: place()))
                        character += 1
                    }
                case "noBreakHyphen": append("-", italic: italic, bold: bold)
                case "sym":
                    if let code = e.attribute("char").flatMap({ UInt32($0, radix: 16) }), let s = Unicode.Scalar(code) {
                        append(String(Character(s)), italic: italic, bold: bold)
                    }
                case "footnoteReference":
                    // A custom mark ("*" on the sponsor line) is typed in the runs that follow; the note is
                    // not numbered and its text is not read.
                    let custom = e.attribute("customMarkFollows").map { !["0", "false", "off"].contains($0) } ?? false
                    guard !custom, let id = e.attribute("id") else { continue }
                    if !noteOrder.contains(id) { noteOrder.append(id) }
                    let number = noteOrder.firstIndex(of: id)! + 1
                    current.pieces.append(.footnote(number: number, place: place()))
                    // Shown as its number in superscript digits: one character a digit.
                    character += String(number).count
                // The mark inside a footnote's own text, the separator lines, comment marks, field codes,
                // deleted text, drawings: nothing of the draft's text.
                default: continue
                }
            }
        }

        func place() -> DocxPlace { DocxPlace(paragraph: current.number, character: character, footnote: footnote) }

        mutating func append(_ text: String, italic: Bool, bold: Bool) {
            guard !text.isEmpty else { return }
            let at = place()
            // Runs of the same formatting that follow each other are one piece.
            if case .text(var last, let lastPlace) = current.pieces.last, last.italic == italic, last.bold == bold,
               lastPlace.paragraph == at.paragraph, lastPlace.character + last.text.unicodeScalars.count == at.character {
                last.text += text
                current.pieces[current.pieces.count - 1] = .text(last, place: lastPlace)
            } else {
                current.pieces.append(.text(DocxRun(text: text, italic: italic, bold: bold), place: at))
            }
            character += text.unicodeScalars.count
        }

        /// Tracked deletions of paragraph marks accepted: such a paragraph's text joins the next
        /// paragraph, which keeps its own number and formatting (Word keeps the surviving mark's).
        static func accept(_ paragraphs: [DocxParagraph]) -> [DocxParagraph] {
            var out: [DocxParagraph] = []
            var carried: [DocxPiece] = []
            for var p in paragraphs {
                if p.markDeleted {
                    carried += p.pieces
                    continue
                }
                if !carried.isEmpty {
                    p.pieces = carried + p.pieces
                    carried = []
                }
                out.append(p)
            }
            if !carried.isEmpty, var last = out.popLast() {
                last.pieces += carried
                out.append(last)
            } else if !carried.isEmpty, let first = paragraphs.first {
                var p = first
                p.pieces = carried
                p.markDeleted = false
                out.append(p)
            }
            return out
        }
    }
}
