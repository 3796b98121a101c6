/// From decoded text to the document model: layout, page debris, header, body, footnotes.
public struct DocumentParser: Sendable {
    public init() {}

    public func parse(_ source: SourceFile, language: LanguageProfile) -> Document {
        // Nothing but spaces and line breaks: no draft to read, and none to report on but its absence.
        guard !Self.isBlank(source) else {
            var document = Document(source: source, language: language, layout: .blankSeparated)
            document.kind = .empty
            return document
        }
        let lines = LineScanner.lines(of: source)
        let layout = LayoutDetector.detect(source, lines: lines)
        let symbol = Self.documentSymbol(source, lines: lines)
        let page = PageCleaner.clean(source, lines: lines, layout: layout, symbol: symbol, months: language.citations?.months ?? [],
                                     abbreviations: language.abbreviations ?? [],
                                     ranges: language.rangeWords)
        var document = Document(source: source, language: language, layout: layout)
        if let symbol, let line = lines.first(where: { PlainText.hasSuffix(source, $0.content, symbol) }) {
            document.header.symbol = TextElement(text: MappedText(source: source, range: line.content), range: line.content)
        }

        let builder = DraftBuilder(source: source, language: language)
        // "2020年12月31日大会决议" / "Resolution adopted by the General Assembly on …": an adopted text, whose
        // title may end as a report's heading does ("…以及审计委员会的报告", the UN's Chinese A/RES/75/242).
        let adopted = page.body.prefix(16).contains { b in
            language.header.adopted.contains { PlainText.hasPrefix(source, b.line.content, $0) || PlainText.hasSuffix(source, b.line.content, $0) }
        }
        let isReport = !adopted && page.body.prefix(16).indices.contains { k in
            let r = page.body[k].line.content
            // "第一委员会的报告" / "Report of the First Committee" on a line of its own, not inside "[…]",
            // nor an agenda item's title right under it ("议程项目53 / 调查以色列…特别委员会的报告", the
            // UN's Chinese A/RES/75/98).
            let underAgendaItem = k > 0 && language.header.agendaItem.contains { PlainText.hasPrefix(source, page.body[k - 1].line.content, $0) }
            return !PlainText.hasPrefix(source, r, "[") && !underAgendaItem
                && language.header.report.contains { PlainText.hasPrefix(source, r, $0) || PlainText.hasSuffix(source, r, $0) }
                && PlainText.count(source, r, atMost: 39)
        }
        let opening = isReport ? nil : firstOpening(page.body, source: source, builder: builder, language: language)
        // A note by the Secretariat or the Chair, headed so before any opening formula (its prose may
        // quote one: "The General Assembly, in rule 99, …"): not a draft; nothing more to read.
        if !isReport, let note = noteLine(page.body, source: source, language: language), note < (opening ?? page.body.count) {
            let range = page.body[note].line.content
            document.kind = .note
            document.header.noteLine = TextElement(text: MappedText(source: source, range: range), range: range)
            return document
        }
        let headerEnd = isReport
            ? page.body.firstIndex { builder.labels.startsWithLabel(source.bytes, $0.line.content) || Self.isChapterHeading(source.string($0.line.content)) } ?? page.body.count
            : opening ?? misspeltOpening(before: firstParagraphLike(page.body, source: source, language: language, layout: layout, labels: builder.labels),
                                         page.body, source: source, builder: builder)
        let head = HeaderParser(source: source, language: language, layout: layout).parse(Array(page.body[..<headerEnd]))
        var header = head.header
        header.symbol = document.header.symbol
        document.header = header
        document.kind = head.kind
        // A resolution's symbol ("A/RES/75/296") where the line "Resolution adopted by …" is missing (the
        // UN's Chinese AKN4UN of that resolution): adopted, not a draft that lacks its sponsors.
        if head.kind == .draftResolution, head.header.sponsors == nil, head.header.submittedBy == nil, symbol?.contains("/RES/") == true {
            document.kind = .adoptedResolution
        }
        document.organ = head.organ
        // An amendment holds instructions to change another draft, not a resolution: its header is
        // read and checked, its numbered instructions are not operative paragraphs.
        if head.kind == .amendment { return document }

        let assembler = ParagraphAssembler(source: source, layout: layout, language: language)
        var bodyEnd = page.body.count
        let endPhrases = language.endOfText.map { (text: $0, bytes: Array($0.utf8), endsWithSpace: $0.hasSuffix(" ")) }
        func endsText(_ b: BodyLine) -> Bool {
            let r = b.line.content
            // "26th plenary meeting" closes an adopted resolution; "Adopted at the 3082nd meeting …" too.
            // The phrases first: counting the characters of every line was a visible cost. Bytes, not a
            // String per line: every line of the body is asked.
            // A line that goes on a sentence ("plenary meeting of the General Assembly on 16 September
            // 2005 …", A/C.1/80/L.22) starts in lower case: it closes nothing.
            // "48a sesión plenaria (continuación)": the phrase before a bracketed word.
            let head = Self.beforeTrailingBracket(source, r)
            // The line's bytes read in place, and each phrase's as made once: every line of the body is
            // asked about every phrase.
            return source.bytes.withUnsafeBufferPointer { all in
                let line = UnsafeBufferPointer(rebasing: all[r]), headBytes = UnsafeBufferPointer(rebasing: all[head])
                return endPhrases.contains { phrase in
                    phrase.bytes.withUnsafeBufferPointer { p in
                        // "48-е (возобновленное) пленарное заседание": a meeting's number first, a longer line.
                        (PlainText.hasSuffix(headBytes, p) ?? source.string(head).hasSuffix(phrase.text))
                            && (PlainText.count(source, r, atMost: 30) || Self.startsWithDigit(source, r) && PlainText.count(source, r, atMost: 50))
                            || (PlainText.hasPrefix(line, p) ?? source.string(r).hasPrefix(phrase.text))
                            && PlainText.count(source, r, atMost: 140) && !Self.startsLowercase(source, r)
                            // "الجلسة العامة 41", "الجلسة العامة (المستأنفة) 48": the meeting's number follows the
                            // phrase; a line of running text may open with it ("الجلسة العامة الافتتاحية أن تقدم …",
                            // the UN's Arabic A/RES/75/320, whose last paragraphs were lost there).
                            && (phrase.endsWithSpace || Self.numberAfter(source, r, skipping: p.count))
                            // "37-e пленарное заседание 7 декабря 2020 года": the meeting and its date on one line
                            // (the UN's Russian AKN of 75/57 and others).
                            || Self.startsWithOrdinal(source, r) && PlainText.count(source, r, atMost: 60) && (p.isEmpty || Bytes.contains(line, p))
                    }
                }
            }
        }
        // A collection of resolutions (the UN's 75/101 A-B): after part A's "41st plenary meeting" and
        // its date, part B's heading, title and formula. Each part's text is read up to its own end.
        var segments: [Range<Int>] = []
        var from = headerEnd
        while !isReport, let end = page.body[from...].firstIndex(where: endsText) {
            segments.append(from..<end)
            bodyEnd = end
            guard let next = Self.nextPart(page.body, after: end, source: source, builder: builder) else { break }
            from = next
        }
        if segments.isEmpty { segments = [headerEnd..<bodyEnd] }
        var paragraphs: [RawParagraph] = []
        // Where each later part's paragraphs begin: a part that begins with its formula starts there.
        var partStarts: Set<Int> = []
        for (i, segment) in segments.enumerated() {
            if i > 0 { partStarts.insert(paragraphs.count) }
            paragraphs += assembler.assemble(Array(page.body[segment]))
        }
        let end = source.bytes.count
        if isReport {
            document.kind = .committeeReport
            let report = ReportParser(source: source, language: language, builder: builder).parse(paragraphs, end: end)
            document.reportParagraphs = report.paragraphs
            document.votes = VoteParser(language: language).parse(report.paragraphs)
            document.drafts = report.drafts
            let split = report.recommendationsStart ?? end
            document.footnoteScopes = [
                FootnoteScope(name: "report", range: 0..<split),
                FootnoteScope(name: "recommended texts", range: split..<end),
            ]
            for i in document.drafts.indices { document.drafts[i].footnoteScope = 1 }
        } else {
            let parts = builder.buildParts(paragraphs, kind: head.draftKind, range: 0..<end, partStarts: partStarts)
            var (draft, organ) = parts[0]
            if let organ, organ != .generalAssembly { document.organ = organ }
            if document.organ == .securityCouncil {
                document.kind = head.header.sponsors != nil ? .securityCouncilDraft : .securityCouncilResolution
            } else {
                draft.title = head.title
            }
            document.drafts = [draft] + parts.dropFirst().map(\.0)
            // Annexes are not part of the resolution's text: their footnotes are not checked with it.
            let last = document.drafts[document.drafts.count - 1]
            // A text the resolution adopts after its last paragraph is its own, notes and all.
            var scopeEnd = last.adoptedText.isEmpty ? last.range.upperBound : end
            // A printed resolution whose text ends ("74th plenary meeting") before an annexed text: the
            // notes on the pages after the one where it ends are the annex's.
            if layout.isPrinted, bodyEnd < page.body.count, let next = page.body[bodyEnd...].first(where: \.afterBreak) {
                scopeEnd = min(scopeEnd, next.line.range.lowerBound)
            }
            document.footnoteScopes = [FootnoteScope(name: "document", range: draft.range.lowerBound..<max(draft.range.lowerBound, scopeEnd))]
        }
        let pageStarts = layout.isPrinted ? page.body.filter(\.afterBreak).map(\.line.range.lowerBound) : []
        FootnoteLinker(language: language).link(&document, texts: page.footnotes, pageStarts: pageStarts)
        document.footnoteAreas = page.footnoteAreas
        // After the line that ends a printed resolution ("74th plenary meeting") an annexed text may follow on
        // the same page, its notes numbered on: the notes after that line that no marker of the
        // resolution reaches are the annex's (the UN's Chinese A/RES/75/284, a declaration whose fifteen
        // notes begin on the resolution's last page).
        if !isReport, layout.isPrinted, bodyEnd < page.body.count, document.footnoteScopes.count == 1 {
            let end = page.body[bodyEnd].line.range.lowerBound
            let highest = document.footnoteScopes[0].references.map(\.number).max() ?? 0
            document.footnoteScopes[0].texts.removeAll { $0.numberRange.lowerBound > end && $0.number > highest }
        }
        return document
    }

    /// The heading of a note ("Note by the Secretariat"), on a line of its own near the top.
    private func noteLine(_ body: [BodyLine], source: SourceFile, language: LanguageProfile) -> Int? {
        guard let forms = language.header.notes, !forms.isEmpty else { return nil }
        // On the line's bytes (every file is asked): the form, then the line's end or a space.
        return body.prefix(40).firstIndex { b in
            let r = b.line.content
            return forms.contains { form in
                guard PlainText.hasPrefix(source, r, form) else { return false }
                let after = r.lowerBound + form.utf8.count
                return after >= r.upperBound || source.bytes[after] == 0x20
            }
        }
    }

    /// The line of the opening formula: the first that holds it, but prose that begins with the organ's
    /// name and runs on without the comma gives way to the formula written with its comma.
    /// The organ's name alone on a masthead line ("Генеральная Ассамблея", "大会": the formula without
    /// its comma, in the UN's Russian and Chinese texts) is no opening when the formula follows.
    private func firstOpening(_ body: [BodyLine], source: SourceFile, builder: DraftBuilder, language: LanguageProfile) -> Int? {
        let matches = body.indices.compactMap { i in builder.openingMatch(source, body[i].line.content).map { (i, $0) } }
        let masthead = Set(language.header.masthead?.lines ?? [])
        func isMasthead(_ i: Int) -> Bool { masthead.contains(source.string(body[i].line.content).trimmingCharacters(in: .whitespaces)) }
        if matches.contains(where: { $0.1.withComma }) {
            return matches.first { $0.1.withComma || !$0.1.runsOn && !isMasthead($0.0) }?.0
        }
        // Without a comma the formula may read as the masthead's organ does: "Генеральная Ассамблея" / … /
        // "Генеральная Ассамблея" / "принимает следующую декларацию:" (the UN's Russian 75/1), "大会" /
        // "正式决定，对于2021年：" (A/RES/75/254 A). The masthead's comes first, the formula is the next one.
        if matches.count > 1, isMasthead(matches[0].0) { return matches[1].0 }
        return matches.first?.0
    }

    /// Without a formula written right, the header ends at one misspelt on the lines above the first that
    /// opens like a paragraph (`DraftBuilder.misspeltOpening`), or at that line.
    private func misspeltOpening(before end: Int, _ body: [BodyLine], source: SourceFile, builder: DraftBuilder) -> Int {
        body[..<end].indices.last { !body[$0].line.isBlank }
            .flatMap { k in builder.misspeltOpening(source.string(body[k].line.content)) == nil ? nil : k } ?? end
    }

    /// Without an opening formula the header ends where the first line opens like a paragraph
    /// (a preambular phrase, an operative verb, a number), after the sponsors line (or an amendment's
    /// kind line) if there is one.
    private func firstParagraphLike(_ body: [BodyLine], source: SourceFile, language: LanguageProfile, layout: Layout, labels: LabelForms) -> Int {
        let vocabulary = Vocabulary.shared(language)
        let kinds = Array(language.header.kinds.values)
        let header = language.header.amendments == nil ? nil : HeaderParser(source: source, language: language, layout: layout)
        // Only a line holding the kind separator can be an amendment's kind line: most are passed over on their bytes.
        let separator = Array(language.header.kindSeparator.trimmingCharacters(in: .whitespaces).utf8)
        let afterSponsors = (body.firstIndex { b in
            kinds.contains { PlainText.hasSuffix(source, b.line.content, $0) }
                || header != nil && !separator.isEmpty && Bytes.contains(Array(source.bytes[b.line.content]), separator)
                && header!.amendmentWord(source.string(b.line.content)) != nil
        }).map { $0 + 1 } ?? 0
        return body[afterSponsors...].firstIndex { b in
            labels.startsWithLabel(source.bytes, b.line.content) || vocabulary.opensParagraph(source, b.line.content)
        } ?? afterSponsors
    }

    /// The line without a bracketed word at its end ("… plenaria (continuación)"), or the line.
    private static func beforeTrailingBracket(_ source: SourceFile, _ r: ByteRange) -> ByteRange {
        let b = source.bytes
        let end = Bytes.trimmingTrailingSpaces(b, r).upperBound
        guard end > r.lowerBound, b[end - 1] == 0x29, let open = b[r.lowerBound..<end].lastIndex(of: 0x28) else { return r }
        return Bytes.trimmingTrailingSpaces(b, r.lowerBound..<open)
    }

    private static func startsWithDigit(_ source: SourceFile, _ r: ByteRange) -> Bool {
        guard let k = source.bytes[r].firstIndex(where: { $0 != 0x20 }) else { return false }
        return Bytes.isDigit(source.bytes[k])
    }

    /// After the first `count` bytes of the line, spaces and a bracketed word aside, a number.
    private static func numberAfter(_ source: SourceFile, _ r: ByteRange, skipping count: Int) -> Bool {
        let b = source.bytes
        var k = r.lowerBound + count
        func spaces() { while k < r.upperBound, b[k] == 0x20 { k += 1 } }
        spaces()
        if k < r.upperBound, b[k] == 0x28, let close = b[k..<r.upperBound].firstIndex(of: 0x29) { k = close + 1; spaces() }
        return k < r.upperBound && Bytes.isDigit(b[k])
    }

    /// "37th", "37e", "37-e", "48-е": digits that a letter or a hyphen goes on, as a meeting's number
    /// begins; not a paragraph's "5." nor a figure.
    private static func startsWithOrdinal(_ source: SourceFile, _ r: ByteRange) -> Bool {
        let b = source.bytes
        guard let k = b[r].firstIndex(where: { $0 != 0x20 }), Bytes.isDigit(b[k]),
              let after = b[k..<r.upperBound].firstIndex(where: { !Bytes.isDigit($0) }) else { return false }
        return b[after] == 0x2D || Bytes.isLower(b[after]) || b[after] >= 0xC0
    }

    private static func startsLowercase(_ source: SourceFile, _ r: ByteRange) -> Bool {
        guard let s = Bytes.scalar(source.bytes, at: r.lowerBound) else { return false }
        return s.properties.isLowercase
    }

    /// True when the text holds only white space (ideographic and no-break spaces included). The
    /// first byte that is not ASCII white space answers for almost every file.
    static func isBlank(_ source: SourceFile) -> Bool {
        guard let first = source.bytes.firstIndex(where: { !($0 == 0x20 || (0x09...0x0D).contains($0)) }) else { return true }
        guard source.bytes[first] >= 0x80 else { return false }
        return String(decoding: source.bytes, as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }

    /// Where another part of a collection starts after the lines that end a part: at the organ's
    /// formula, when it opens one of the next few lines (the meeting's date, "B", its title, "The
    /// General Assembly,"; in printed text a page's foot and head may stand between, and the title runs
    /// on into the formula). The part's letter and title are not read as its text. A formula alone on
    /// its line without its comma opens a part too: "The General Assembly" / "Resolves that, for 2021:"
    /// (the UN's A/RES/75/254 B and C, whose parts were lost after A's meeting line).
    static func nextPart(_ body: [BodyLine], after end: Int, source: SourceFile, builder: DraftBuilder) -> Int? {
        let window = (end + 1)..<min(body.count, end + 1 + Self.partHeadLines)
        return window.first { k in
            guard let match = builder.openingMatch(source, body[k].line.content) else { return false }
            return match.withComma || !match.runsOn && match.length == Bytes.trimmingTrailingSpaces(source.bytes, body[k].line.content).count
        }
    }

    /// Lines between a part's meeting line and the next part's formula, at most: the date, the letter
    /// and a title of up to six printed lines.
    static let partHeadLines = 9

    /// "一. 导言" / "I. Introduction": chapter headings of a committee report.
    static func isChapterHeading(_ text: String) -> Bool {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }), dot > text.startIndex else { return false }
        let numeral = text[..<dot]
        return numeral.count <= 4 && numeral.allSatisfy { "一二三四五六七八九十IVX".contains($0) }
    }

    /// The symbol printed at the top (and as running head): "S/2016/1061", "A/RES/73/6", "S/RES/1454 (2002)".
    static func documentSymbol(_ source: SourceFile, lines: [SourceLine]) -> String? {
        for line in lines.prefix(12) where !line.isBlank {
            if let s = HeaderParser.symbol(in: source.string(line.content)) { return s }
        }
        return nil
    }
}
