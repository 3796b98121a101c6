/// What styles.xml says that the reader needs: the numbering a paragraph style carries (UN templates
/// number operative paragraphs through their style), and whether a style sets runs in italics or bold.
/// Both follow a style's w:basedOn chain, as Word resolves them.
public struct DocxStyles: Sendable {
    struct Style: Sendable {
        var basedOn: String?
        var numId: String?
        var ilvl: Int?
        var italic: Bool?
        var bold: Bool?
    }
    var styles: [String: Style] = [:]
    /// The default paragraph style (w:default="1"), used where a paragraph names none.
    var defaultParagraphStyle: String?
    /// docDefaults' run properties.
    var defaultItalic = false, defaultBold = false

    public init() {}

    public init(_ tree: XMLTree) {
        for e in tree.root.elements {
            if e.name == "docDefaults", let r = e.first("rPrDefault")?.first("rPr") {
                defaultItalic = r.first("i").map(DocxFormatting.on) ?? false
                defaultBold = r.first("b").map(DocxFormatting.on) ?? false
            }
            guard e.name == "style", let id = e.attribute("styleId") else { continue }
            var s = Style()
            s.basedOn = e.first("basedOn")?.attribute("val")
            if let n = e.first("pPr")?.first("numPr") {
                s.numId = n.first("numId")?.attribute("val")
                s.ilvl = n.first("ilvl")?.attribute("val").flatMap { Int($0) }
            }
            if let r = e.first("rPr") {
                s.italic = r.first("i").map(DocxFormatting.on)
                s.bold = r.first("b").map(DocxFormatting.on)
            }
            styles[id] = s
            if e.attribute("type") == "paragraph", e.attribute("default").map({ $0 == "1" || $0 == "true" }) == true {
                defaultParagraphStyle = id
            }
        }
    }

    /// The first value a style or one it is based on sets (chains are cut at 16 steps: a loop ends).
    func resolve<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var id = id, steps = 0
        while let current = id, let s = styles[current], steps < 16 {
            if let v = value(s) { return v }
            id = s.basedOn
            steps += 1
        }
        return nil
    }

    /// The numbering (numId, ilvl) a paragraph style gives.
    func numbering(_ style: String?) -> (numId: String, ilvl: Int)? {
        guard let numId = resolve(style ?? defaultParagraphStyle, { $0.numId }) else { return nil }
        return (numId, resolve(style ?? defaultParagraphStyle, { $0.ilvl }) ?? 0)
    }

    func italic(_ style: String?) -> Bool? { resolve(style, { $0.italic }) }
    func bold(_ style: String?) -> Bool? { resolve(style, { $0.bold }) }
}

enum DocxFormatting {
    /// A toggle property (<w:i/>, <w:b w:val="0"/>): on unless its value says off.
    static func on(_ e: XMLElement) -> Bool {
        guard let v = e.attribute("val") else { return true }
        return !(v == "0" || v == "false" || v == "off" || v == "none")
    }
}
