/// `kind: balance` — paired delimiters open and close in order within each element of the scope.
public struct BalanceCheck: Check {
    public static let kind = "balance"
    /// Each pair as a two-character string: "“”", "《》", "()".
    public var pairs: [String]

    public func validate(_ common: RuleCommon) throws {
        for p in pairs where p.count != 2 { throw RuleError("a pair is two characters, like \"()\"; got '\(p)'") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        // The pairs as scalars: comparing them is cheap, hashing Characters for every character is not.
        // A pair character is one scalar (validate allows two Characters; a longer one never matches).
        var pairScalars: [(open: Unicode.Scalar, close: Unicode.Scalar)] = []
        // The rule's pairs, and the language's quotation marks (Arabic texts open with ” and close with “).
        let quotes = context.language.quotes
        let languagePairs = ([quotes.open + quotes.close] + (quotes.alternatives ?? [])).filter { $0.count == 2 && !pairs.contains($0) }
        for p in pairs + languagePairs {
            guard let a = p.first, let b = p.last, a.unicodeScalars.count == 1, b.unicodeScalars.count == 1 else { continue }
            pairScalars.append((a.unicodeScalars.first!, b.unicodeScalars.first!))
        }
        let anyPairScalar = PairSet(pairScalars.flatMap { [$0.open, $0.close] })
        var out: [Finding] = []
        for element in context.elements(context.common.scope ?? .paragraph) {
            let text = element.text.text
            // Bytes first; characters where a mark may be joined to a neighbour.
            let inBytes = text.utf8.withContiguousStorageIfAvailable { anyPairScalar.marks(inBytes: $0) } ?? nil
            let marks = inBytes ?? anyPairScalar.marks(inCharacters: text)
            var stack: [(Unicode.Scalar, Int)] = []
            for (s, offset) in marks {
                let width = UTF8.width(s)
                // A mark that closes the innermost open one closes it, even where it can also open
                // ("“…”" and "”…“" alike; the same mark for both: '"…"').
                if let top = stack.last, pairScalars.contains(where: { $0.open == top.0 && $0.close == s }) {
                    stack.removeLast()
                } else if pairScalars.contains(where: { $0.open == s }) {
                    stack.append((s, offset))
                } else if let asClose = pairScalars.last(where: { $0.close == s }) {
                    // An item label written in the running text: "… ce qui est : a) de prévenir …",
                    // "б)", "ii)", "1)" (French, Spanish and Russian labels close only).
                    if s == ")", Self.closesInlineLabel(text, at: offset) { continue }
                    out.append(Finding(range: element.text.sourceRange(offset..<(offset + width)),
                                       ["found": String(s), "expected": String(asClose.open)]))
                }
            }
            for (s, at) in stack {
                let close = pairScalars.last { $0.open == s }!.close
                out.append(Finding(range: element.text.sourceRange(at..<(at + String(s).utf8.count)),
                                   ["found": String(s), "expected": String(close)]))
            }
        }
        return out
    }

    /// Whether the ")" at byte `offset` ends a short label (one to four letters or digits) that stands
    /// after a space, a colon or the start of the text, or glued to a comma or semicolon ("in his regular
    /// reports,1) progress achieved …", the UN's AKN of S/RES/2520 (2020) in English), or ends a range
    /// of them after a dash.
    static func closesInlineLabel(_ text: String, at offset: Int) -> Bool {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        let before = text[..<end]
        let label = before.reversed().prefix { $0.isLetter || $0.isNumber }
        guard (1...4).contains(label.count) else { return false }
        let rest = before.dropLast(label.count)
        guard let previous = rest.last else { return true }
        // The end of a range of labels: "подпунктами a)–d)" (the UN's AKN of S/RES/2607 (2021) in Russian).
        if previous == "–" || previous == "-" { return rest.dropLast().last == ")" }
        return previous.isWhitespace || previous == ":" || previous == "," || previous == ";" || previous == "\u{A0}" || previous == "«" || previous == "“"
    }

    /// A handful of scalars, tested by a linear scan (cheaper than hashing for a dozen).
    struct PairSet {
        let values: [UInt32]
        let highest: UInt32
        /// The first UTF-8 bytes of the scalars: most bytes of a text are passed over with one test.
        let leadBytes: [Bool]

        init(_ scalars: [Unicode.Scalar]) {
            values = scalars.map(\.value)
            highest = values.max() ?? 0
            var lead = [Bool](repeating: false, count: 256)
            for s in scalars { lead[Int(String(s).utf8.first!)] = true }
            leadBytes = lead
        }

        func contains(_ s: Unicode.Scalar) -> Bool { s.value <= highest && values.contains(s.value) }

        /// The characters of the set in UTF-8 text, with their byte offsets; nil when one of them stands
        /// next to a scalar that might join it into a larger character (a combining mark): then
        /// `marks(inCharacters:)` decides. Beside scalars that never join (CR LF is no bracket),
        /// each scalar is a character.
        func marks(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [(Unicode.Scalar, Int)]? {
            var out: [(Unicode.Scalar, Int)] = []
            var i = 0
            while i < bytes.count {
                // A continuation byte is never a lead byte: skipping byte by byte stays on scalar starts.
                guard leadBytes[Int(bytes[i])] else { i += 1; continue }
                let (s, width) = UTF8Text.scalar(at: i, in: bytes)
                if contains(s) {
                    if i > 0, !Graphemes.neverJoins(UTF8Text.scalar(endingAt: i, in: bytes)) { return nil }
                    if i + width < bytes.count, !Graphemes.neverJoins(UTF8Text.scalar(at: i + width, in: bytes).scalar) { return nil }
                    out.append((s, i))
                }
                i += width
            }
            return out
        }

        /// The same, walking Characters: a character with a combining mark is not the bare bracket.
        func marks(inCharacters text: String) -> [(Unicode.Scalar, Int)] {
            var out: [(Unicode.Scalar, Int)] = []
            var offset = 0
            for ch in text {
                if ch.unicodeScalars.count == 1, contains(ch.unicodeScalars.first!) { out.append((ch.unicodeScalars.first!, offset)) }
                offset += ch.utf8.count
            }
            return out
        }
    }
}
