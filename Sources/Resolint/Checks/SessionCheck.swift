import Foundation

/// `kind: session` — the General Assembly session a document belongs to, as its parts name it.
/// `check: symbols` wants every symbol of the text that belongs to a session (`symbols`, an expression
/// with the named group `session`: proposals "A/C.1/77/L.23/Rev.1", meeting records "A/C.1/77/PV.30")
/// to name the header's session. `check: consistency` wants the header's session, the session of the
/// document's own symbol (the masthead: A/C.1/73/L.37, A/RES/73/6) and the session its closing
/// clauses imply to agree; when they do not, the closing clauses decide which of the other two is wrong
/// (a closing clause alone against the header is closing.session's finding).
public struct SessionCheck: Check {
    public static let kind = "session"
    /// symbols | consistency
    public var check: String
    /// A regular expression for the symbols to read, with the named group `session`.
    public var symbols: String
    /// consistency: how many sessions after its own a closing clause may name (biennial, triennial items).
    public var allowedOffsets: [Int]?

    enum CodingKeys: String, CodingKey { case check, symbols, allowedOffsets = "allowed-offsets" }

    public func validate(_ common: RuleCommon) throws {
        guard ["symbols", "consistency"].contains(check) else { throw RuleError("unknown session check '\(check)'; use symbols or consistency") }
        let expression = try RegexCache.compile(symbols, ignoreCase: false)
        guard expression.pattern.contains("(?<session>") else { throw RuleError("'symbols' needs the named group (?<session>…)") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let compiled = try? RegexCache.compiled(symbols, ignoreCase: false) else { return [] }
        return check == "symbols" ? symbolFindings(context, compiled) : consistency(context, compiled.expression)
    }

    /// Every line of the file but link lines and the masthead symbol (and its repetitions as running head).
    private func symbolFindings(_ context: CheckContext, _ compiled: RegexCache.Compiled) -> [Finding] {
        let document = context.document
        guard let session = document.header.session else { return [] }
        let source = document.source
        let masthead = document.header.symbol.flatMap { HeaderParser.symbol(in: $0.string) }
        // A note's text cites the records of past sessions ("See A/62/PV.117, … A/72/PV.103.", the UN's
        // A/RES/75/145, in a page's foot as printed too): it is not read.
        let notes = document.footnoteScopes.flatMap(\.texts).compactMap(\.range) + document.footnoteAreas
        var out: [Finding] = []
        for line in LineScanner.lines(of: source) where !line.isBlank && !PageCleaner.isLink(source.bytes, line.content)
            && !notes.contains(where: { $0.contains(line.content.lowerBound) }) {
            // Most lines hold no symbol: their bytes lack the literal every symbol has ("A/").
            guard compiled.prefilter.mayMatch(source.bytes[line.content]) else { continue }
            let text = MappedText(source: source, range: line.content)
            if let masthead, text.text.trimmingCharacters(in: .whitespaces).hasSuffix(masthead) { continue }
            for m in Self.matches(compiled.expression, in: text) where m.session != session {
                out.append(Finding(range: m.range, ["found": m.text, "named": "\(m.session)", "expected": "\(session)",
                                                    "detail": "the header is of session \(session)"]))
            }
        }
        return out
    }

    private func consistency(_ context: CheckContext, _ expression: NSRegularExpression) -> [Finding] {
        let document = context.document
        let language = context.language
        let offsets = context.options.allowedOffsets ?? allowedOffsets ?? [1]
        let header = document.header.session
        var own: (text: String, session: Int, range: ByteRange)?
        if let line = document.header.symbol, let m = Self.matches(expression, in: line.text).first {
            // The whole symbol, to the end of its line.
            own = (HeaderParser.symbol(in: line.string) ?? m.text, m.session, m.range.lowerBound..<line.range.upperBound)
        }
        let clauses: [(named: Int, range: ByteRange, text: String)] = context.closingClauses.compactMap { clause in
            guard let c = clause, let n = language.ordinals.number(for: c.session.text) else { return nil }
            return (n, c.session.range, c.session.text)
        }
        func clausesAgree(with session: Int, strictly: Bool = false) -> Bool {
            let allowed = strictly ? Array(offsets.prefix(1)) : offsets
            return !clauses.isEmpty && clauses.allSatisfy { allowed.contains($0.named - session) }
        }
        func clauseWords() -> String { clauses.map { "“\($0.text)”" }.joined(separator: ", ") }

        switch (header, own) {
        case let (h?, o?) where h != o.session:
            let headerLine = document.header.sessionLine
            // The clauses side with the symbol: naming its next session, or at least a session they may name.
            let symbolSide = clausesAgree(with: o.session, strictly: true) && !clausesAgree(with: h, strictly: true)
                || clausesAgree(with: o.session) && !clausesAgree(with: h)
            if symbolSide, let line = headerLine {
                return [Finding(range: line.range, ["found": line.string, "named": "\(h)", "expected": "\(o.session)",
                    "detail": "the symbol \(o.text) and the closing clause (\(clauseWords())) are of session \(o.session)"])]
            }
            let why = clausesAgree(with: h) ? " and the closing clause (\(clauseWords())) are" : " is"
            return [Finding(range: o.range, ["found": o.text, "named": "\(o.session)", "expected": "\(h)",
                "detail": "the header (“\(headerLine?.string ?? "")”)\(why) of session \(h)"])]
        case let (nil, o?):
            return clauses.filter { !offsets.contains($0.named - o.session) }.map { c in
                Finding(range: c.range, ["found": c.text, "named": "\(c.named)", "expected": "\(o.session + (offsets.first ?? 1))",
                    "detail": "the symbol \(o.text) is of session \(o.session)"])
            }
        default:
            return []
        }
    }

    struct SymbolMatch { var text: String; var session: Int; var range: ByteRange }

    static func matches(_ expression: NSRegularExpression, in text: MappedText) -> [SymbolMatch] {
        let string = text.text
        let ns = string as NSString
        return expression.matches(in: string, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let g = m.range(withName: "session")
            guard g.location != NSNotFound, let session = Int(ns.substring(with: g)), let range = text.sourceRange(of: m.range) else { return nil }
            return SymbolMatch(text: ns.substring(with: m.range), session: session, range: range)
        }
    }
}
