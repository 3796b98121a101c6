/// Puts each footnote text into its scope (by position) and finds the references to it in the
/// paragraphs of the same scope, in reading order.
struct FootnoteLinker {
    let language: LanguageProfile

    /// `pageStarts`: where each page's body begins in a printed text (after a page's foot and furniture).
    func link(_ document: inout Document, texts: [FootnoteText], pageStarts: [Int] = []) {
        // Texts in no scope: an annexed text may stand between a resolution and its notes' texts.
        var outside: [FootnoteText] = []
        for text in texts {
            if let s = document.footnoteScopes.lastIndex(where: { $0.range.contains(text.numberRange.lowerBound) }) {
                document.footnoteScopes[s].texts.append(text)
            } else {
                outside.append(text)
            }
        }
        let finder = FootnoteReferenceFinder.shared(language)
        // Paragraphs in file order: report paragraphs first, then each draft's parts.
        var order: [(kind: Int, draft: Int, part: Int, index: Int, start: Int)] = []
        for (i, p) in document.reportParagraphs.enumerated() { order.append((0, 0, 0, i, p.range.lowerBound)) }
        for (d, draft) in document.drafts.enumerated() {
            for (i, p) in draft.preamble.enumerated() { order.append((1, d, 0, i, p.range.lowerBound)) }
            for (i, p) in draft.operative.enumerated() { order.append((1, d, 1, i, p.range.lowerBound)) }
            for (i, p) in draft.stray.enumerated() { order.append((1, d, 2, i, p.range.lowerBound)) }
            for (i, p) in draft.adoptedText.enumerated() { order.append((1, d, 3, i, p.range.lowerBound)) }
        }
        order.sort { $0.start < $1.start }
        func forEachParagraph(_ body: (inout Paragraph) -> Void) {
            func visit(_ p: inout Paragraph) {
                body(&p)
                for c in p.children.indices { visit(&p.children[c]) }
            }
            for o in order {
                if o.kind == 0 { visit(&document.reportParagraphs[o.index]); continue }
                switch o.part {
                case 0: visit(&document.drafts[o.draft].preamble[o.index])
                case 1: visit(&document.drafts[o.draft].operative[o.index])
                case 2: visit(&document.drafts[o.draft].stray[o.index])
                default: visit(&document.drafts[o.draft].adoptedText[o.index])
                }
            }
        }
        // A title may carry a marker ("75/245. United Nations common system 1", its part letter's note
        // in the UN's AKN of 75/245 B): it comes before the paragraphs of its draft.
        let titles = document.drafts.compactMap(\.title).sorted { $0.range.lowerBound < $1.range.lowerBound }
        for s in document.footnoteScopes.indices {
            let scope = document.footnoteScopes[s]
            // The range alone is read for each paragraph: the closures below hold it, not a copy of the scope.
            let scopeRange = scope.range
            // The candidates of the scope's paragraphs, in reading order, and how many each paragraph has.
            var candidates: [FootnoteReferenceFinder.Candidate] = []
            var counts: [Int] = []
            var titleCandidates: [Int: [FootnoteReferenceFinder.Candidate]] = [:]
            var nextTitle = 0
            func titlesBefore(_ position: Int) {
                while nextTitle < titles.count, titles[nextTitle].range.lowerBound < position {
                    let title = titles[nextTitle]
                    if scopeRange.contains(title.range.lowerBound) {
                        let found = finder.candidates(in: title.text)
                        titleCandidates[candidates.count] = found
                        candidates += found
                    }
                    nextTitle += 1
                }
            }
            forEachParagraph { p in
                titlesBefore(p.range.lowerBound)
                guard scopeRange.contains(p.range.lowerBound) else { return }
                let found = finder.candidates(in: p.content)
                candidates += found
                counts.append(found.count)
            }
            // The texts after the scope (past an annexed text) that its markers may refer to: authored text
            // keeps every note at the file's end, and the UN's Arabic AKN4UN sets the meeting line, which
            // would end the resolution before its annexes, after them (A/RES/75/326).
            let defined = Set(scope.texts.map(\.number))
            let later = outside.filter { $0.numberRange.lowerBound >= scope.range.upperBound && !defined.contains($0.number) }
            Self.weakenSeries(&candidates, document.source.bytes)
            let chosen = Self.select(candidates, defined: defined.union(later.map(\.number)),
                                     pages: Self.pages(of: scope.texts, pageStarts: pageStarts))
            // Explicit markers count wherever they stand in the scope: in a title, a heading, an annex's
            // text or a paragraph the parser could not place (the markup of resolution 75/284 of the
            // United Nations sets every marker in the annexed declaration).
            let everywhere = explicitMarkers(in: document.source, scope.range)
            var k = 0, paragraph = 0
            var found: [FootnoteReference] = []
            func skipTitle() {
                while let inTitle = titleCandidates[k] {
                    found += (k..<(k + inTitle.count)).filter { chosen[$0] }.map { candidates[$0].reference }
                    titleCandidates[k] = nil
                    k += inTitle.count
                }
            }
            forEachParagraph { p in
                guard scopeRange.contains(p.range.lowerBound) else { return }
                skipTitle()
                let n = counts[paragraph]
                paragraph += 1
                p.footnoteReferences = (k..<(k + n)).filter { chosen[$0] }.map { candidates[$0].reference }
                found += p.footnoteReferences
                k += n
            }
            let references = everywhere.isEmpty ? Self.placingDisplaced(found, document.source.bytes, pageStarts: pageStarts) : everywhere
            document.footnoteScopes[s].references = references
            let referred = Set(references.map(\.number))
            var taken: Set<Int> = []
            for text in later where referred.contains(text.number) && taken.insert(text.number).inserted {
                document.footnoteScopes[s].texts.append(text)
                outside.removeAll { $0.numberRange == text.numberRange }
            }
        }
    }

    /// Numbers that name the members of a series, the same word before 1, 2 and so on ("Leadership
    /// dialogue 1: …" / "Leadership dialogue 2: …", "Interactive panel discussion 1, to be held …", the UN's
    /// A/RES/75/326 and 75/283): markers only where the order needs them, not repeated references. Notes
    /// cited again together share words too ("Программу действий 9" … "Пекинской платформой действий 10"
    /// and later both again, Russian 75/167): a series starts at one.
    static func weakenSeries(_ candidates: inout [FootnoteReferenceFinder.Candidate], _ b: [UInt8]) {
        var keys = [ArraySlice<UInt8>?](repeating: nil, count: candidates.count)
        var numbers: [ArraySlice<UInt8>: Set<Int>] = [:]
        for (i, c) in candidates.enumerated() where c.strength == .spaced {
            let start = c.reference.range.lowerBound
            guard start >= 2, b[start - 1] == 0x20 || b[start - 1] == 0x0A else { continue }
            // The word before: ASCII letters, or letters of two bytes (Latin, Cyrillic, Arabic).
            var k = start - 1
            while k > 0 {
                if Bytes.isLower(b[k - 1]) || Bytes.isUpper(b[k - 1]) { k -= 1; continue }
                if k >= 2, (0xC3...0xDB).contains(b[k - 2]), (0x80...0xBF).contains(b[k - 1]) { k -= 2; continue }
                break
            }
            guard start - 1 - k >= 3 else { continue }
            keys[i] = b[k..<(start - 1)]
            numbers[b[k..<(start - 1)], default: []].insert(c.number)
        }
        for i in candidates.indices {
            guard let key = keys[i], let series = numbers[key] else { continue }
            if series.contains(1), series.contains(2) { candidates[i].strength = .weak }
        }
    }

    /// pdftotext sets a superscript it could not place in its line on a line of its own at the end of the
    /// page's body, over the page's foot ("…Development Programme," / "5" / "_____", the issued
    /// A/C.2/80/L.29, whose marker 5 belongs after "Agenda 21" above "…, 6"). Such a marker, cited first
    /// after a later note of its page, stands where the order of notes needs it: before the first
    /// reference of its page with a higher number. The reference keeps its range; only the order moves.
    /// `pageStarts`: where each page's body begins after the first (none for a text of one page).
    static func placingDisplaced(_ references: [FootnoteReference], _ b: [UInt8], pageStarts: [Int]) -> [FootnoteReference] {
        var out = references
        var seen = Set<Int>()
        var j = 0
        while j < out.count {
            let r = out[j]
            defer { j += 1 }
            guard seen.insert(r.number).inserted, standsAloneOverPageFoot(b, r.range) else { continue }
            let pageStart = pageStarts.last { $0 <= r.range.lowerBound } ?? 0
            guard let i = out[..<j].firstIndex(where: { $0.number > r.number && $0.range.lowerBound >= pageStart }) else { continue }
            out.remove(at: j)
            out.insert(r, at: i)
        }
        return out
    }

    /// Whether the number at `r` is alone on its line and only blank lines part it from a separator line
    /// ("_____") under it.
    static func standsAloneOverPageFoot(_ b: [UInt8], _ r: ByteRange) -> Bool {
        guard opensLine(b, at: r.lowerBound) else { return false }
        var i = r.upperBound
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D || b[i] == 0x0A { i += 1 }
        guard i > r.upperBound, b[r.upperBound..<i].contains(0x0A) else { return false }
        var k = i
        while k < b.count, b[k] == 0x5F { k += 1 }
        return k - i >= 5 && (k == b.count || b[k] == 0x0A || b[k] == 0x0D)
    }

    /// Where each note's marker may stand in a printed text: on the page whose foot holds its text, from
    /// the page's first line to the note's text. `pageStarts`: where each page's body begins, in order;
    /// none in authored text, which keeps its notes at the file's end.
    static func pages(of texts: [FootnoteText], pageStarts: [Int]) -> [Int: Range<Int>] {
        guard !pageStarts.isEmpty else { return [:] }
        var out: [Int: Range<Int>] = [:]
        for text in texts where out[text.number] == nil {
            let start = text.numberRange.lowerBound
            var lo = 0, hi = pageStarts.count
            while lo < hi { let mid = (lo + hi) / 2; if pageStarts[mid] <= start { lo = mid + 1 } else { hi = mid } }
            out[text.number] = (lo > 0 ? pageStarts[lo - 1] : 0)..<start
        }
        return out
    }

    /// Whether only white space (spaces, tabs, ideographic and no-break spaces) stands before `i` on its line.
    static func opensLine(_ b: [UInt8], at i: Int) -> Bool {
        var k = i
        while k > 0 {
            if b[k - 1] == 0x0A { return true }
            if b[k - 1] == 0x20 || b[k - 1] == 0x09 { k -= 1; continue }
            if k >= 3, b[k - 3] == 0xE3, b[k - 2] == 0x80, b[k - 1] == 0x80 { k -= 3; continue }
            if k >= 2, b[k - 2] == 0xC2, b[k - 1] == 0xA0 { k -= 2; continue }
            return false
        }
        return true
    }

    /// The "[^3]" markers of a range of the file, in file order; not the "[^3]:" that starts a note's text
    /// at the head of its line.
    private func explicitMarkers(in source: SourceFile, _ range: ByteRange) -> [FootnoteReference] {
        let b = source.bytes
        let upper = min(range.upperBound, b.count)
        guard range.lowerBound < upper else { return [] }
        var out: [FootnoteReference] = []
        var i = range.lowerBound
        while i + 3 < upper {
            // The next "[" found by memchr: most texts have none, and a loop over every byte of the
            // scope was a visible cost.
            guard let open = Bytes.firstIndex(of: 0x5B, in: b, i..<(upper - 3)) else { break }
            i = open
            guard b[i + 1] == 0x5E, Bytes.isDigit(b[i + 2]) else { i += 1; continue }
            var j = i + 2, n = 0
            while j < upper, Bytes.isDigit(b[j]), j - i < 8 { n = n * 10 + Int(b[j] - 0x30); j += 1 }
            guard j < upper, b[j] == 0x5D else { i = j; continue }
            // A note's text opens its line; a marker before a colon in the text does not ("… órganos
            // humanos[^10]:", the UN's Spanish AKN of A/RES/75/195).
            let definition = j + 1 < upper && b[j + 1] == 0x3A && Self.opensLine(b, at: i)
            if !definition { out.append(FootnoteReference(number: n, range: i..<(j + 1), logicalRange: nil)) }
            i = j + 1
        }
        return out
    }

    /// Which candidates are markers. Where the scope writes its markers explicitly ("[^3]",
    /// superscripts), only those. Otherwise footnotes are numbered in order of first reference, which
    /// tells a marker from a number: the next number expected is a marker unless a surer candidate for
    /// it comes before the one after it; a number seen before is a marker again where glued, or set apart
    /// where it closes a phrase ("personnel 4;", "Convention 8 or", not "1 was injured"), never against an
    /// ideograph ("附件2", annex 2: Chinese sets a note after a mark); a number that jumps ahead is a marker only where glued to the text (a real slip of
    /// order; against an ideograph, a jump of up to three) or where the numbers it skips do not come
    /// before the next footnote's marker (their markers were lost).
    /// In a printed text, where `pages` tells on which page each note's text stands, a new number on an
    /// earlier page gives way to one as sure on the note's own page ("Member States, 1 non-member observer
    /// State" before "the Convention on … Their Destruction, 1 expresses", note 1 at the foot of the
    /// latter's page: the UN's A/RES/75/90 as printed; "至23日" before "《准则》23", Chinese 75/89).
    static func select(_ candidates: [FootnoteReferenceFinder.Candidate], defined: Set<Int>, pages: [Int: Range<Int>] = [:]) -> [Bool] {
        if candidates.contains(where: { $0.strength == .explicit }) {
            return candidates.map { $0.strength == .explicit }
        }
        var chosen = [Bool](repeating: false, count: candidates.count)
        // Where each number stands among the candidates: every number of the text is one, so the
        // look-aheads below go by number, not over the whole scope.
        var at: [Int: [Int]] = [:]
        for (i, c) in candidates.enumerated() { at[c.number, default: []].append(i) }
        func after(_ i: Int, _ n: Int) -> ArraySlice<Int> {
            guard let list = at[n] else { return [] }
            var lo = 0, hi = list.count
            while lo < hi { let mid = (lo + hi) / 2; if list[mid] <= i { lo = mid + 1 } else { hi = mid } }
            return list[lo...]
        }
        var highest = 0
        var cited = Set<Int>()
        for (i, c) in candidates.enumerated() {
            let n = c.number
            let accept: Bool
            if n <= highest, cited.contains(n) {
                accept = defined.contains(n) && !c.againstIdeograph && (c.strength >= .glued || c.strength == .spaced && c.closesPhrase)
            } else if n <= highest {
                // A note first cited after a later one: a slip of order the rule reports.
                accept = defined.contains(n) && c.strength >= .spaced
            } else if n == highest + 1 {
                guard defined.contains(n) || c.strength >= .glued else { continue }
                // A surer candidate for n before any candidate for n + 1 is the marker, not this one.
                let next = after(i, n + 1).first { candidates[$0].strength >= .spaced } ?? Int.max
                accept = !after(i, n).contains { $0 < next && candidates[$0].strength > c.strength }
            } else {
                guard defined.contains(n), c.strength >= .spaced else { continue }
                // The numbers skipped: a lost marker if none of them comes before the next footnote's.
                let next = after(i, n + 1).first { candidates[$0].strength >= .spaced } ?? Int.max
                // Against an ideograph, glued says little: a slip of order swaps near notes, while a
                // number of the text ("目标14", goal 14) lands anywhere. (Near the note expected, order cannot
                // tell the two apart; the language's `not-after` words do: "目标14" after note 12, A/RES/75/288.)
                let gluedSlip = c.strength >= .glued && (!c.againstIdeograph || n <= highest + 3)
                accept = gluedSlip
                    || ((highest + 1)..<n).allSatisfy { m in !after(i, m).contains { $0 < next && candidates[$0].strength >= .spaced } }
            }
            if accept, n > highest, let page = pages[n], c.reference.range.lowerBound < page.lowerBound,
               after(i, n).contains(where: { page.contains(candidates[$0].reference.range.lowerBound) && candidates[$0].strength >= c.strength }) {
                continue
            }
            if accept {
                chosen[i] = true
                highest = max(highest, n)
                cited.insert(n)
            }
        }
        return chosen
    }
}
