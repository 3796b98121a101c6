/// `kind: balance` — paired delimiters open and close in order within each element of the scope.
public struct BalanceCheck: Check {
    public static let kind = "balance"
    /// Each pair as a two-character string: "“”", "《》", "()".
    public var pairs: [String]

    public func validate(_ common: RuleCommon) throws {
        for p in pairs where p.count != 2 { throw RuleError("a pair is two characters, like \"()\"; got '\(p)'") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var openers: [Character: Character] = [:], closers: [Character: Character] = [:]
        for p in pairs { let a = p.first!, b = p.last!; openers[a] = b; closers[b] = a }
        var out: [Finding] = []
        for element in context.elements(context.common.scope ?? .paragraph) {
            var stack: [(Character, Int)] = []
            var offset = 0
            for ch in element.text.text {
                let width = String(ch).utf8.count
                defer { offset += width }
                if let close = openers[ch], !(close == ch && stack.last?.0 == ch) {
                    stack.append((ch, offset))
                } else if let open = closers[ch] {
                    if let top = stack.last, top.0 == open { stack.removeLast(); continue }
                    out.append(Finding(range: element.text.sourceRange(offset..<(offset + width)),
                                       ["found": String(ch), "expected": String(open)]))
                }
            }
            for (ch, at) in stack {
                out.append(Finding(range: element.text.sourceRange(at..<(at + String(ch).utf8.count)),
                                   ["found": String(ch), "expected": String(openers[ch]!)]))
            }
        }
        return out
    }
}
