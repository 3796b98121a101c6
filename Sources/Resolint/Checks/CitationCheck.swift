/// `kind: citation` — the General Assembly resolutions and decisions a text cites, read with the
/// language's forms (Rules/languages/*.yaml, `citations`). `check: date` wants resolution N/x dated
/// within session N, from September 1945 + N to September 1946 + N (research.md §3.6, C2);
/// `check: order` wants the items of one list in chronological order, then by number (C3).
public struct CitationCheck: Check {
    public static let kind = "citation"
    /// date | order
    public var check: String

    public func validate(_ common: RuleCommon) throws {
        guard ["date", "order"].contains(check) else { throw RuleError("unknown citation check '\(check)'; use date or order") }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // Read once for the document, for the date rule and the order rule alike.
        for list in context.citationLists {
            check == "date" ? dates(list, &out) : order(list, &out)
        }
        return out
    }

    private func dates(_ list: CitationList, _ out: inout [Finding]) {
        for c in list.items {
            // A shared date is checked once, with the item that carries it.
            guard let date = c.date, let text = c.dateText, let at = c.dateRange, !c.dateShared else { continue }
            let opening = GeneralAssembly.opening(of: c.session), closing = GeneralAssembly.closing(of: c.session)
            let span = "\(Self.month(opening.month)) \(opening.year) to \(Self.month(closing.month)) \(closing.year)"
            if !(1...12).contains(date.month) || !(1...31).contains(date.day) {
                out.append(Finding(range: at, ["found": text, "symbol": c.symbol, "expected": "a real date",
                                               "detail": "there is no such day"]))
                continue
            }
            let month = YearMonth(year: date.year, month: date.month)
            // Years away from the Assembly's session of that number, the resolution is another body's,
            // its organ named earlier in the sentence ("Human Rights Council resolutions …, 11
            // resolution 53/9 of 12 July 2023", A/C.3/80/L.4; "Environment Assembly resolution 5/1 of
            // 2 March 2022"): not the Assembly's to check. A slip of a year or two is still caught.
            if date.year > closing.year + 3 || date.year < opening.year - 3 { continue }
            if month < opening || month > closing {
                out.append(Finding(range: at, ["found": text, "symbol": c.symbol, "expected": span,
                                               "detail": "session \(c.session) ran from \(span)"]))
            }
        }
    }

    private func order(_ list: CitationList, _ out: inout [Finding]) {
        func key(_ c: Citation) -> (Int, Int, Int, Int, Int)? {
            c.date.map { ($0.year, $0.month, $0.day, c.session, c.number) }
        }
        // Three or more, each earlier than the one before: the newest first throughout, an order of its own
        // ("74/246 of 27 December 2019, 73/264 of 22 December 2018 and 72/248 of 24 December 2017", A/RES/75/238).
        let keys = list.items.compactMap(key)
        if keys.count >= 3, zip(keys, keys.dropFirst()).allSatisfy({ $1 < $0 }) { return }
        var previous: Citation?
        for c in list.items {
            guard let date = c.date else { continue }
            if let p = previous, let pd = p.date,
               (date.year, date.month, date.day, c.session, c.number) < (pd.year, pd.month, pd.day, p.session, p.number) {
                out.append(Finding(range: c.range, ["found": c.symbol, "expected": p.symbol,
                                                    "detail": "cited after \(p.symbol)\(p.dateText.map { " of \($0)" } ?? ""), which is later"]))
            }
            previous = c
        }
    }

    private static func month(_ m: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
    }
}
