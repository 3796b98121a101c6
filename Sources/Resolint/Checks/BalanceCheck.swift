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
        let anyPairScalar = Set(pairScalars.flatMap { [$0.open, $0.close] })
        var out: [Finding] = []
        for element in context.elements(context.common.scope ?? .paragraph) {
            let text = element.text.text
            // Most paragraphs hold no bracket or quote at all.
            guard text.unicodeScalars.contains(where: anyPairScalar.contains) else { continue }
            var stack: [(Unicode.Scalar, Int)] = []
            var offset = 0
            for ch in text {
                let width = ch.utf8.count
                defer { offset += width }
                // A character with a combining mark is not the bare bracket.
                guard ch.unicodeScalars.count == 1, let s = ch.unicodeScalars.first, anyPairScalar.contains(s) else { continue }
                let asOpen = pairScalars.last { $0.open == s }
                if let asOpen, !(asOpen.close == s && stack.last?.0 == s) {
                    stack.append((s, offset))
                } else if let asClose = pairScalars.last(where: { $0.close == s }) {
                    if let top = stack.last, top.0 == asClose.open { stack.removeLast(); continue }
                    out.append(Finding(range: element.text.sourceRange(offset..<(offset + width)),
                                       ["found": String(ch), "expected": String(asClose.open)]))
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
}
