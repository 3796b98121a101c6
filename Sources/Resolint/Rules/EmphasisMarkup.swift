/// Rule examples are text, but a rule on run formatting needs some: in them, `*word*` stands for
/// italics and `**word**` for bold, as Markdown writes them. The marks are taken out and their
/// spans become the text's `Emphasis`.
enum EmphasisMarkup {
    static func strip(_ text: String) -> (text: String, emphasis: Emphasis) {
        var out: [UInt8] = []
        var emphasis = Emphasis()
        var open: [Emphasis.Style: Int] = [:]
        let b = Array(text.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "*") {
                let style: Emphasis.Style = i + 1 < b.count && b[i + 1] == UInt8(ascii: "*") ? .bold : .italic
                if let start = open.removeValue(forKey: style) { emphasis.append(start..<out.count, style) } else { open[style] = out.count }
                i += style == .bold ? 2 : 1
                continue
            }
            out.append(b[i])
            i += 1
        }
        return (String(decoding: out, as: UTF8.self), emphasis)
    }
}
