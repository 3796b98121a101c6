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
        for p in pairs {
            guard let a = p.first, let b = p.last, a.unicodeScalars.count == 1, b.unicodeScalars.count == 1 else { continue }
            pairScalars.append((a.unicodeScalars.first!, b.unicodeScalars.first!))
        }
        let anyPairScalar = PairSet(pairScalars.flatMap { [$0.open, $0.close] })
        var out: [Finding] = []
        for element in context.elements(context.common.scope ?? .paragraph) {
            let text = element.text.text
            // Most paragraphs hold no bracket or quote at all.
            guard text.unicodeScalars.contains(where: anyPairScalar.contains) else { continue }
            var stack: [(Unicode.Scalar, Int)] = []
            var offset = 0
            // Where no scalar of the text can join its neighbour into one character, scalars are
            // characters: walk them (cheap) instead of the characters (grapheme breaking).
            let scalarsAreCharacters = text.unicodeScalars.allSatisfy(Self.neverJoins)
            var scalars = text.unicodeScalars.makeIterator()
            var characters = text.makeIterator()
            while true {
                let s: Unicode.Scalar, width: Int
                if scalarsAreCharacters {
                    guard let next = scalars.next() else { break }
                    s = next
                    width = UTF8.width(next)
                } else {
                    guard let ch = characters.next() else { break }
                    width = ch.utf8.count
                    // A character with a combining mark is not the bare bracket.
                    guard ch.unicodeScalars.count == 1 else { offset += width; continue }
                    s = ch.unicodeScalars.first!
                }
                defer { offset += width }
                guard anyPairScalar.contains(s) else { continue }
                let asOpen = pairScalars.last { $0.open == s }
                if let asOpen, !(asOpen.close == s && stack.last?.0 == s) {
                    stack.append((s, offset))
                } else if let asClose = pairScalars.last(where: { $0.close == s }) {
                    if let top = stack.last, top.0 == asClose.open { stack.removeLast(); continue }
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

    /// A handful of scalars, tested by a linear scan (cheaper than hashing for a dozen).
    struct PairSet {
        let values: [UInt32]
        let highest: UInt32
        init(_ scalars: [Unicode.Scalar]) { values = scalars.map(\.value); highest = values.max() ?? 0 }
        func contains(_ s: Unicode.Scalar) -> Bool { s.value <= highest && values.contains(s.value) }
    }

    /// Scalars that never form one character with a neighbour (no combining marks, joiners or
    /// prepended signs): ASCII and Latin-1, general punctuation, CJK punctuation and ideographs,
    /// full-width forms: the text of UN drafts.
    static func neverJoins(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2E80...0x2FFF, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFE0...0xFFEE:
            return true
        default:
            return false
        }
    }
}
