/// `kind: emphasis` — the opening phrase of each preambular and operative paragraph is set in the
/// style its language uses (italics in English, French, Spanish and Russian, bold in Chinese, as the
/// UN's texts set them). It reads run formatting, so it speaks only where the file has some (a Word
/// document); plain text, which has none, is never checked.
public struct EmphasisCheck: Check {
    public static let kind = "emphasis"
    /// The style of the opening phrase, by language code (a language not named is not checked).
    public var styles: [String: Emphasis.Style]

    public func run(_ context: CheckContext) -> [Finding] {
        guard let emphasis = context.document.emphasis, let style = styles[context.language.code] else { return [] }
        let source = context.document.source
        let scopes: [Scope] = context.common.scope.map { [$0] } ?? [.preamble, .operative]
        var out: [Finding] = []
        for draft in context.document.drafts {
            for scope in scopes {
                for p in context.paragraphs(scope, in: draft) {
                    guard let word = Self.firstWord(p.content.text, han: context.language.script == "han") else { continue }
                    let range = p.content.sourceRange(word)
                    if !emphasis.covers(range, style, in: source) {
                        out.append(Finding(range: range, ["found": source.string(range), "expected": style == .italic ? "italics" : "bold"]))
                    }
                }
            }
        }
        return out
    }

    /// The byte range of the first word: up to a space or a comma in alphabetic scripts, the first
    /// character in Chinese (the UN sets "请" alone in bold as well as "回顾"); nil when the paragraph
    /// opens with no letter (a quotation).
    static func firstWord(_ text: String, han: Bool) -> Range<Int>? {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic else { return nil }
        var bytes = 0, count = 0
        for scalar in text.unicodeScalars {
            if han ? count == 1 : !(scalar.properties.isAlphabetic || scalar == "-" || scalar == "\u{2019}" || scalar == "'") { break }
            bytes += String(scalar).utf8.count
            count += 1
        }
        return 0..<bytes
    }
}
