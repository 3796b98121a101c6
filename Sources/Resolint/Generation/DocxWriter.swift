import Foundation
import ZIPFoundation

/// Writes a draft's text as a Word document in the UN's layout: A4, Times New Roman (SimSun for
/// Chinese, right to left for Arabic), one Word paragraph a paragraph, the formula and the opening
/// phrases in italics (bold in Chinese, bold italics in Arabic, as the UN's texts set them), and the
/// operative paragraphs and their items numbered by Word's automatic numbering in the language's
/// label forms. `resolint new --format docx` writes its skeleton with it; `resolint lint` reads it
/// back to the same text.
public enum DocxWriter {
    public static func document(text: String, language: LanguageProfile) throws -> Data {
        try package(body: paragraphs(text, language: language).map { paragraph(runs: $0.runs.map { ($0.text, $0.style, nil) }, level: $0.level, language: language) }.joined(),
                    language: language)
    }

    /// One Word paragraph as the writer lays it out: its runs, its level of automatic numbering, and
    /// the bytes of the text it comes from (so that a diff's paragraphs can be found in it).
    struct Laid {
        var runs: [(text: String, style: RunStyle)]
        var level: Int?
        var source: Range<Int>
        /// A line of the header (before the formula).
        var header = false
        var text: String { runs.map(\.text).joined() }
    }

    /// The text's paragraphs as the UN lays them out: the header one line a paragraph, the formula and
    /// opening phrases emphasized, labelled paragraphs on Word's numbering.
    static func paragraphs(_ text: String, language: LanguageProfile) -> [Laid] {
        let vocabulary = Vocabulary.shared(language)
        let formulas = Set(language.openings.map(\.text))
        var out: [Laid] = []
        // Opening phrases are set apart after the formula only: the header and title have none.
        var afterFormula = false
        var offset = 0
        for (k, block) in text.components(separatedBy: "\n\n").enumerated() {
            let source = offset..<(offset + block.utf8.count)
            offset = source.upperBound + 2
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard !lines.isEmpty else { continue }
            if k == 0 {
                // The header: one Word paragraph a line.
                for line in lines { out.append(Laid(runs: [(line, .none)], source: source, header: true)) }
                continue
            }
            let line = lines.joined(separator: language.lineJoiner)
            if let formula = formulas.first(where: { line.hasPrefix($0) }), let mark = formula.last, mark.isPunctuation {
                // "The General Assembly," in italics, its comma not; a decision's run-in words after it
                // ("The General Assembly, recalling …") open as a paragraph does.
                afterFormula = true
                let rest = String(line.dropFirst(formula.count))
                let space = String(rest.prefix { $0 == " " })
                out.append(Laid(runs: [(String(formula.dropLast()), style(language)), (String(mark) + space, .none)]
                                + emphasized(String(rest.dropFirst(space.count)), vocabulary, language), source: source))
            } else if !afterFormula {
                out.append(Laid(runs: [(line, .none)], source: source, header: true))
            } else if let (level, rest) = numbered(line) {
                out.append(Laid(runs: emphasized(rest, vocabulary, language), level: level, source: source))
            } else {
                out.append(Laid(runs: emphasized(line, vocabulary, language), source: source))
            }
        }
        return out.map { p in var p = p; p.runs = p.runs.filter { !$0.text.isEmpty }; return p }
    }

    /// The package around a body of Word paragraphs.
    static func package(body: String, language: LanguageProfile) throws -> Data {
        let syntax = language.labels ?? .standard
        let rtl = language.code == "ar"
        let section = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>\(rtl ? "<w:bidi/>" : "")</w:sectPr>"
        let document = xmlHead + "<w:document \(ns)><w:body>\(body)\(section)</w:body></w:document>"
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, xml) in [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("word/document.xml", document), ("word/styles.xml", styles(language)),
            ("word/numbering.xml", numbering(syntax, language)), ("word/_rels/document.xml.rels", documentRelationships),
        ] {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw DocxPackage.ReadError(path: "new", reason: "the package could not be written") }
        return data
    }

    enum RunStyle { case none, italic, bold, boldItalic }

    static func style(_ language: LanguageProfile) -> RunStyle {
        switch language.code {
        case "zh": return .bold
        case "ar": return .boldItalic
        default: return .italic
        }
    }

    /// "1. Requests …" → (0, "Requests …"); "(a) …", "a) …" → (1, …); "(i) …", "i) …", "’1‘ …" → (2, …).
    static func numbered(_ line: String) -> (Int, String)? {
        let patterns: [(Int, String)] = [
            (0, #"^[0-9٠-٩]+(\.| -) "#),
            (2, #"^(\(?(i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|['’‘][0-9]+['’‘]) "#),
            (1, #"^(\([^)\s]{1,3}\)|[^\s()]{1,2}\)) "#),
        ]
        for (level, pattern) in patterns {
            if let r = line.range(of: pattern, options: .regularExpression) { return (level, String(line[r.upperBound...])) }
        }
        return nil
    }

    /// The opening phrase (the shortest head the vocabulary reads as an opener) in the language's style.
    static func emphasized(_ text: String, _ vocabulary: Vocabulary, _ language: LanguageProfile) -> [(String, RunStyle)] {
        let latin = language.script != "han"
        let heads: [String.Index]
        if latin {
            heads = text.indices.filter { text[$0] == " " || text[$0] == "," } + [text.endIndex]
        } else {
            heads = Array(text.indices.dropFirst().prefix(6))
        }
        for end in heads {
            let head = String(text[..<end])
            if !head.isEmpty, vocabulary.opens(head, as: .preamble) || vocabulary.opens(head, as: .operative) {
                return [(head, style(language)), (String(text[end...]), .none)]
            }
        }
        return [(text, .none)]
    }

    /// A tracked change as Word records it (w:ins, w:del): which, its id, who and when.
    struct Revision {
        enum Kind: String { case ins, del }
        var kind: Kind
        var id: Int
        var author: String
        var date: String
        var attributes: String { "w:id=\"\(id)\" w:author=\"\(escape(author))\" w:date=\"\(date)\"" }
    }

    /// `mark`: the paragraph mark itself inserted or deleted, so that accepting or rejecting all
    /// changes removes the whole paragraph, not only its text.
    static func paragraph(runs: [(String, RunStyle, Revision?)], level: Int? = nil, mark: Revision? = nil, language: LanguageProfile) -> String {
        let rtl = language.code == "ar"
        var pPr = ""
        if let level { pPr += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>" }
        if rtl { pPr += "<w:bidi/>" }
        pPr += "<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>"
        if let mark { pPr += "<w:rPr><w:\(mark.kind.rawValue) \(mark.attributes)/></w:rPr>" }
        var out = "<w:p><w:pPr>\(pPr)</w:pPr>"
        for (text, style, revision) in runs where !text.isEmpty {
            var rPr = ""
            if style == .bold || style == .boldItalic { rPr += "<w:b/><w:bCs/>" }
            if style == .italic || style == .boldItalic { rPr += "<w:i/><w:iCs/>" }
            if rtl { rPr += "<w:rtl/>" }
            let t = revision?.kind == .del ? "w:delText" : "w:t"
            let run = "<w:r><w:rPr>\(rPr)</w:rPr><\(t) xml:space=\"preserve\">\(escape(text))</\(t)></w:r>"
            out += revision.map { "<w:\($0.kind.rawValue) \($0.attributes)>\(run)</w:\($0.kind.rawValue)>" } ?? run
        }
        return out + "</w:p>"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Word's numbering of the language's label forms: "{n}." → "%1.", "({letter})" → "(%2)".
    static func numbering(_ syntax: LabelSyntax, _ language: LanguageProfile) -> String {
        func level(_ k: Int, _ form: String?, _ format: String) -> String {
            let text = (form ?? "{n}.").replacingOccurrences(of: "{n}", with: "%\(k + 1)").replacingOccurrences(of: "{letter}", with: "%\(k + 1)")
                .replacingOccurrences(of: "{roman}", with: "%\(k + 1)").replacingOccurrences(of: "{numeral}", with: "%\(k + 1)")
            let indent = 567 * (k + 1)
            return "<w:lvl w:ilvl=\"\(k)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(escape(text))\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(indent + 567)\" w:hanging=\"567\"/></w:pPr></w:lvl>"
        }
        let arabic = language.code == "ar"
        let subitem = syntax.subitem.first { !$0.contains("{numeral}") }
        let subitemFormat = subitem?.contains("{n}") == true ? "decimal" : "lowerRoman"
        let levels = level(0, syntax.paragraph.first, "decimal") + level(1, syntax.item.first, arabic ? "arabicAbjad" : "lowerLetter")
            + level(2, subitem, subitemFormat)
        return xmlHead + "<w:numbering \(ns)><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>\(levels)</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    }

    static func styles(_ language: LanguageProfile) -> String {
        let lang = ["en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "zh": "zh-CN", "ar": "ar-SA"][language.code] ?? "en-GB"
        let eastAsia = language.code == "zh" ? "SimSun" : "Times New Roman"
        return xmlHead + "<w:styles \(ns)><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"\(eastAsia)\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"\(lang)\" w:eastAsia=\"\(lang)\" w:bidi=\"\(lang)\"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"
    }

    static let xmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let contentTypes = xmlHead + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>
        """
    static let packageRelationships = xmlHead + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """
    static let documentRelationships = xmlHead + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
        """
}
