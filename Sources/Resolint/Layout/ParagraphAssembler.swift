import Foundation

/// A paragraph of running text as laid out in the file: its wrapped lines joined into one text.
struct RawParagraph: Sendable {
    var text: MappedText
    var firstLine: SourceLine
    /// A heading inside the body ("II", "Capacity-building", "Section 2 / Political affairs"), told
    /// by its place between paragraphs: it ends no paragraph and is none.
    var isHeading = false
    var range: ByteRange { text.sourceStart..<text.sourceEnd }
}

/// Joins the lines of running text into paragraphs according to the file's layout.
struct ParagraphAssembler {
    let source: SourceFile
    let layout: Layout
    let joiner: String
    let marks: MarkSet
    let vocabulary: Vocabulary
    /// Openers by their grammatical form (`opener-forms`), asked in printed text only where the form
    /// is capitalised as an opener is: a line a full line wraps to the head of may open with one.
    let forms: OpenerFormMatcher
    /// After a comma or semicolon a new paragraph must open like one (a preambular phrase or an
    /// operative verb); after a period or colon any capital will do. This keeps "…resolutions 2046
    /// (2012),⏎IGAD …" together in pdftotext output.
    let sentenceEnds: MarkSet
    let labels: LabelForms
    let labelSyntax: LabelSyntax
    /// The language writes its openers in lower case (Russian "напоминая", "постановляет").
    let lowercaseOpeners: Bool
    let latinScript: Bool
    /// The language's colon, full and narrow.
    let colonMark: MarkSet?
    /// The organs' opening formulas: a part of a text ("B" / "The General Assembly,") opens with one.
    let openings: [String]
    /// The language's comma, full and narrow: it ends a preambular paragraph, never a numbered one.
    let commaMark: MarkSet?
    /// The script has no capitals (Arabic, Chinese): a heading is told by its short line instead.
    let caseless: Bool
    /// The language also quotes ”…“ (Arabic): a closing mark may open a quotation.
    let reversedQuotes: Bool
    /// The language's abbreviations, as bytes.
    let abbreviations: [[UInt8]]

    init(source: SourceFile, layout: Layout, language: LanguageProfile) {
        self.source = source
        self.layout = layout
        self.joiner = language.lineJoiner
        let markSets = MarkSets.shared(language)
        self.marks = markSets.paragraphEnds
        self.vocabulary = Vocabulary.shared(language)
        self.forms = OpenerFormMatcher.shared(language)
        self.sentenceEnds = markSets.sentenceEnds
        self.labels = LabelForms.shared(language)
        self.labelSyntax = language.labelSyntax
        self.colonMark = markSets.colon
        self.commaMark = markSets.comma
        self.caseless = ["arabic", "han"].contains(language.script)
        self.reversedQuotes = language.quotes.alternatives?.contains("”“") ?? false
        self.abbreviations = (language.abbreviations ?? []).map { Array($0.utf8) }
        self.openings = language.openings.map(\.text).filter { !$0.isEmpty }
        self.latinScript = language.script == "latin"
        // Counted once per language: Character.isLowercase is slow.
        self.lowercaseOpeners = vocabulary.lowercaseOpeners
    }

    private func startsLowercase(_ line: SourceLine) -> Bool {
        guard line.content.lowerBound < source.bytes.count else { return false }
        // ASCII has no lower-case letters but a…z.
        let b = source.bytes[line.content.lowerBound]
        if b < 0x80 { return Bytes.isLower(b) }
        return Bytes.scalar(source.bytes, at: line.content.lowerBound)?.properties.isLowercase ?? false
    }

    func assemble(_ input: [BodyLine]) -> [RawParagraph] {
        // Each line's label read once, before the order is restored (which asks about it too): the
        // loop asks about a line up to three times.
        let inputLabels = input.map { labels.line(source.bytes, $0.line.content) }
        let (lines, labelled) = layout == .pdftotext ? restoreOrder(input, inputLabels) : (input, inputLabels)
        var out: [RawParagraph] = []
        // The paragraph being assembled: its lines and the joiners before them. Its text is made once,
        // when it is complete (a String per line, appended to the paragraph's, was a visible cost);
        // what the loop asks of it meanwhile is read from the source bytes. No lines: none yet.
        var parts: [(joiner: String, range: ByteRange)] = []
        var firstLine: SourceLine?
        func flush() {
            if let first = firstLine { out.append(RawParagraph(text: MappedText(source: source, parts: parts), firstLine: first)) }
            parts.removeAll(keepingCapacity: true)
            firstLine = nil
        }
        var pendingLabelOnly = false
        var headingEnd = 0
        // The paragraph being assembled opens with a number ("6.", "11 -"), or in printed text is an
        // item of the operative part: an operative paragraph, which a comma never ends. "6. вновь призывает …, принять," / "руководствуясь …" goes on: the
        // participle opens a preambular paragraph only after one (Russian openers are lower case).
        var numbered = false
        // The paragraph is one line that opens with an item's label ("c) …", "(ii) …").
        var itemHeading = false
        // A numbered paragraph has been read since the text or its last heading began: the operative part.
        var operativeBegun = false
        // The widest line: the measure the text is set to, against which a caseless heading is short.
        // Each line's width, measured once for both measures.
        let caselessMeasure = caseless && layout != .blankSeparated
        let widths = caselessMeasure || layout == .pdftotext ? lines.map { PlainText.displayWidth(source, $0.line.content) } : []
        let measure = caselessMeasure ? widths.max() ?? 0 : 0
        // The measure of a printed text, whatever its script: a line that ends well before it broke by choice.
        let printedMeasure = layout == .pdftotext ? typicalFullWidth(lines, widths) : 0
        for (index, body) in lines.enumerated() {
            if index < headingEnd { continue }
            let line = body.line
            // "*" or "* * *" alone on a line separates; it belongs to no paragraph (the UN's AKN of
            // S/RES/2568 (2021) opens the operative part with one).
            if isAsteriskSeparator(line) { flush(); continue }
            // The mark the paragraph so far ends with, asked up to three times below.
            let last = firstLine != nil ? lastMark(parts) : .none
            // Heading lines ("Travel ban"; "II" / "Capacity-building") between paragraphs stand alone.
            // A subheading numbered under its part ("1a: …") stands alone even after a paragraph that
            // lacks its final mark, where the next paragraph follows it at once: the slip is reported
            // on the paragraph's own last line.
            let numberedSubheading = !marks.contains(last) && opensWithSectionNumber(line)
            // So does a heading over an item heading's list, where the item's last line broke by choice
            // ("ii) Поддержка … и судебных органов" / "Стабилизация" / "a) обеспечивать …", the UN's
            // Russian S/RES/2612 (2021) as printed): one capitalised line, a label right after it.
            let headingAfterItem = !marks.contains(last) && itemHeading && layout == .pdftotext
                && index + 1 < lines.count && labelled[index + 1].startsWithLabel && startsUppercase(line)
                && shortLine(line, measure: printedMeasure) && brokeByChoice(index, lines, measure: printedMeasure, withSlack: false)
            // Where the heading block may end: after no mark, one line (two for a wrapped subheading).
            let blockLimit = marks.contains(last) ? Int.max : headingAfterItem ? index + 1 : numberedSubheading ? index + 2 : nil
            if layout == .pdftotext || layout == .linePerParagraph, firstLine != nil, let blockLimit,
               let end = headingBlock(lines, from: index, labelled: labelled, measure: measure, printedMeasure: printedMeasure,
                                     inNumberedSentence: layout == .pdftotext && numbered && commaMark?.contains(last) == true),
               end <= blockLimit, !openQuote(parts) {
                flush()
                for heading in headingParagraphs(lines[index..<end]) { out.append(heading) }
                pendingLabelOnly = false
                // A part or section may open with a preamble of its own (A/RES/75/245 B); a heading
                // between the items of a numbered paragraph's list ("e) …;" / "Реформа сектора
                // безопасности (РСБ)" / "f) …", the UN's Russian S/RES/2612 (2021) as printed) leaves
                // the operative part where it was: no part opens with an item.
                operativeBegun = operativeBegun && numbered && end < lines.count && labelled[end].startsWithLabel
                    && !lines[end].line.content.isEmpty && !Bytes.isDigit(source.bytes[lines[end].line.content.lowerBound])
                headingEnd = end
                continue
            }
            let starts: Bool
            if firstLine != nil {
                // A label on its own line takes the next line as its text, unless that line has its own
                // label: "11." / "(a) Expresses concern …" is a paragraph whose text is its items (the
                // UN's AKN of S/RES/2592 (2021)).
                let ended = marks.contains(last)
                // "… بمقتضى المادة 73" / "(ه) من الميثاق؛" (A/RES/75/102 in Arabic): a letter's label
                // after a number with no mark between is the article's point, not an item; so is
                // "… в пункте 29" / "i) e) настоящей резолюции;" (the UN's Russian S/RES/2612 (2021) as printed).
                let label = labelled[index].startsWithLabel
                    && !(layout != .interleaved && !ended && !Bytes.isDigit(source.bytes[line.content.lowerBound]) && endsWithDigit(parts))
                    // "… الاجتماعية" / "- الاقتصادية …": the spaced hyphen of a compound wrapped to the head
                    // of a line after a full line with no mark (A/RES/75/278 in Arabic as printed) is no bullet.
                    && !(layout.isPrinted && !ended && measure > 0 && source.bytes[line.content.lowerBound] == 0x2D
                         && index > 0 && !shortLine(lines[index - 1].line, measure: measure))
                    // "… государств" / "— членов федерации …": an em dash wrapped to the head of a line
                    // after no mark is the sentence's dash (the UN's Russian texts as printed).
                    && !(layout.isPrinted && !ended && startsWithDash(line, Self.emDash))
                    // "… sport for development and peace" / "– reopening, recovery …": an en dash wrapped to
                    // the head of a line after a full line with no mark (A/RES/75/18 as printed) likewise.
                    && !(layout.isPrinted && !ended && startsWithDash(line, Self.enDash) && index > 0
                         && PlainText.displayWidth(source, lines[index - 1].line.content) >= Self.fullLineWidth)
                    // "… in (a) preventing …; and" / "(b) preventing …": a list that the sentence runs
                    // inline, its later label wrapped to the head of a printed line (A/RES/75/10); "…
                    // the achievement of target" / "(d) of the Sendai Framework" (A/RES/75/216): a label
                    // that starts no list, after no mark, refers to an item.
                    && !(layout.isPrinted && firstLine != nil && labelGoesOnSentence(line, parts, ended: ended))
                    // "a." / "iv." opens an item only after a mark or under an item that heads it ("(i) Assist
                    // … sustainable peace" / "a. Assist …", the UN's S/RES/2524 (2020) as printed): after no
                    // mark, "… to the" / "v. Russian Federation" is a case's "versus" wrapped to a line head.
                    && !(layout != .blankSeparated && !ended && !itemHeading && labelEndsWithPeriod(line))
                switch layout {
                case .interleaved:
                    starts = label || !pendingLabelOnly && line.indent > 0 && !(body.afterBreak && !ended)
                case .blankSeparated:
                    // A blank line inside a sentence (a lower-case line after no mark) does not end it;
                    // in a language whose paragraphs open in lower case, a line that opens as one does
                    // ("II Смета …" / "рассмотрев доклад …", the UN's AKN of A/RES/75/253).
                    // An item that is a heading ("c) содействие … гуманитарной помощи" / "улучшать координацию …",
                    // the UN's Russian AKN of S/RES/2605 (2021)) has its text in the next paragraph.
                    let carriesOn = !ended && (body.afterBreak || startsLowercase(line)
                        && !(lowercaseOpeners && vocabulary.opensParagraph(source, line.content))
                        && !(itemHeading && parts.count == 1))
                    starts = label || !pendingLabelOnly && body.blankBefore && !carriesOn
                case .pdftotext, .linePerParagraph:
                    starts = label || !pendingLabelOnly && (ended && bareNumber(line) && !openQuote(parts)
                        || ended && commaMark?.contains(last) != true && headsItems(index, lines, labelled)
                        // In a language whose paragraphs open in lower case, an item that is a heading, one
                        // line broken by choice with no mark, has its text in the paragraph under it: "c)
                        // Выборы 2020/2021 годов" / "оказывать помощь …" (the UN's Russian S/RES/2552 (2020)
                        // as printed), as in the authored layout.
                        || layout == .pdftotext && lowercaseOpeners && itemHeading && parts.count == 1 && !ended && startsLowercase(line)
                        && brokeByChoice(index, lines, measure: printedMeasure, withSlack: false)
                        || layout == .pdftotext && !numbered && commaMark?.contains(last) == true && !openQuote(parts)
                        && brokeByChoice(index, lines, measure: printedMeasure)
                        && (startsLikeParagraph(line) || lowercaseOpeners && startsLowercase(line))
                        || (ended && startsLikeParagraph(line) && !openQuote(parts)
                        && (sentenceEnds.contains(last) && !colonInPreamble(last, firstLine) && !endsWithAbbreviation(parts)
                            && !(layout == .pdftotext && runInTitleWrapped(last, index, lines, measure: printedMeasure, itemFirstLine: itemHeading && parts.count == 1))
                            || vocabulary.opensParagraph(source, line.content) && !(numbered && commaMark?.contains(last) == true)
                            && !(layout == .pdftotext && numbered && clauseGoesOn(index, lines, measure: printedMeasure))
                            || layout == .pdftotext && !numbered && opensPreambleByForm(line)
                            || layout == .linePerParagraph && startsInOtherScript(line))))
                }
            } else {
                starts = true
            }
            if starts {
                flush()
                firstLine = line
                let number = labelled[index].startsWithLabel && !line.content.isEmpty && Bytes.isDigit(source.bytes[line.content.lowerBound])
                if number { operativeBegun = true }
                // An item of the operative part is no preamble either: "e) … которые могут участвовать в
                // специальной сессии," / "принимая во внимание принципы …" (the UN's Russian 75/4 as printed).
                numbered = number || layout == .pdftotext && operativeBegun && labelled[index].startsWithLabel
                itemHeading = labelled[index].startsWithLabel && !labelled[index].isLabelOnly && !number
                parts.append(("", line.content))
            } else {
                parts.append((joinerBetween(parts, line), line.content))
            }
            pendingLabelOnly = labelled[index].isLabelOnly && starts
        }
        flush()
        return out
    }

    /// `lastMarkReading` of the text of a paragraph's parts: from its last line where the mark stands
    /// there (scalars that stand alone, the one before the mark too), from the whole text otherwise.
    private func lastMark(_ parts: [(joiner: String, range: ByteRange)]) -> LastMark {
        let r = parts[parts.count - 1].range
        let b = source.bytes
        var end = r.upperBound
        while end - 1 > r.lowerBound {
            let s: Unicode.Scalar, i: Int
            // ASCII after ASCII, the common end of a line, without decoding.
            if b[end - 1] < 0x80, b[end - 2] < 0x80 {
                s = Unicode.Scalar(b[end - 1]); i = end - 1
                if s == "\n", b[i - 1] == 0x0D { break }
            } else {
                guard let (scalar, start) = Bytes.scalar(b, before: end), start > r.lowerBound,
                      let (previous, _) = Bytes.scalar(b, before: start),
                      Self.standsAlone(scalar), Self.standsAlone(previous), !(previous == "\r" && scalar == "\n") else { break }
                s = scalar; i = start
            }
            if s == " " || (s.isASCII && Bytes.isDigit(UInt8(s.value))) { end = i; continue }
            if s == ".", end < r.upperBound, Self.dottedNumber(b, period: i, lowerBound: r.lowerBound) { return .scalar(Unicode.Scalar(b[end])) }
            return .scalar(s)
        }
        return Self.lastMarkReading(MappedText(source: source, parts: parts).text)
    }

    /// The line before `index` ended although the first word of the line at `index` would have fitted
    /// on it, with room to spare for justified type and a first line's indent: the printer broke it
    /// by choice, at a paragraph's end. "…le rôle joué par les autorités nationales en la" / "matière," /
    /// "Préconisant l’intensification …" (A/RES/75/100 in French, printed): an opener the vocabulary
    /// lacks still opens a paragraph there.
    private func brokeByChoice(_ index: Int, _ lines: [BodyLine], measure: Int, withSlack: Bool = true) -> Bool {
        guard index > 0, measure > 0 else { return false }
        let line = lines[index].line.content, b = source.bytes
        let space = b[line].firstIndex(of: 0x20) ?? line.upperBound
        let word = PlainText.displayWidth(source, line.lowerBound..<space)
        let before = PlainText.displayWidth(source, lines[index - 1].line.content)
        return before + 1 + word <= measure - (withSlack ? measure / Self.printSlack : 0)
    }

    /// The width most full lines reach: the ninth tenth of the lines' widths, not the widest, which a
    /// table row or a long address may pass by far (a line of 171 columns in A/80/L.17 as extracted).
    private func typicalFullWidth(_ lines: [BodyLine], _ lineWidths: [Int]) -> Int {
        let widths = zip(lines, lineWidths).compactMap { $0.line.content.isEmpty ? nil : $1 }.sorted()
        return widths.isEmpty ? 0 : widths[widths.count * 9 / 10]
    }

    /// In a script whose openers look like any word (Arabic without case, Russian in lower case), an
    /// operative paragraph may go on after its semicolon with a preambular clause: "… لابتكار منتجات صحية
    /// جديدة؛" / "وإذ يدرك دور التحصين …؛" is paragraph 1 of the UN's Arabic AKN of S/RES/2565 (2021). Where
    /// the line before is full, the clause goes on the paragraph; a preambular paragraph after the
    /// operative ones would be out of order anyway.
    private func clauseGoesOn(_ index: Int, _ lines: [BodyLine], measure: Int) -> Bool {
        guard caseless || lowercaseOpeners else { return false }
        let text = source.string(lines[index].line.content)
        return vocabulary.opens(text, as: .preamble) && !vocabulary.opens(text, as: .operative)
            && !brokeByChoice(index, lines, measure: measure, withSlack: false)
    }

    /// A capitalised line head of a preambular opener's form, in a language whose openers are written
    /// so ("Alentada por el hecho de que …", "Siguiendo profundamente preocupada …": the UN's Spanish
    /// AKN of A/RES/75/87 and 75/235 as printed), opens a paragraph after a comma as a listed opener
    /// does. Not where openers are in lower case or the script has no case: there a clause inside a
    /// paragraph looks the same.
    private func opensPreambleByForm(_ line: SourceLine) -> Bool {
        guard !caseless, !lowercaseOpeners, let s = Bytes.scalar(source.bytes, at: line.content.lowerBound), s.properties.isUppercase else { return false }
        let head = source.string(line.content.lowerBound..<min(line.content.upperBound, line.content.lowerBound + 160))
        return forms.opens(Substring(head), as: .preamble, vocabulary)
    }

    /// A fifth of the measure: the most a full printed line falls short of it (justified type in a
    /// proportional font, an indented first line), as pdftotext extracts show it.
    private static let printSlack = 5

    /// An item's run-in title ends its first line with a colon and its text goes on the next: "(1) دوريات
    /// القوة الأمنية المؤقتة … منها:" / "كفالة الإذن الدائم …،" (the UN's Arabic S/RES/2550 (2020) as
    /// printed), where the colon fell at the end of a full line by chance. A line that fills the
    /// measure broke for want of room, not because the item's text was done.
    private func runInTitleWrapped(_ last: LastMark, _ index: Int, _ lines: [BodyLine], measure: Int, itemFirstLine: Bool) -> Bool {
        itemFirstLine && colonMark?.contains(last) == true && index > 0 && !brokeByChoice(index, lines, measure: measure)
            // Only where the script has no capitals: in a cased one the capital after the colon tells the
            // text the title introduces ("c) Apoyo a la implementación …:" / "Realizar … las siguientes
            // tareas …:", S/RES/2514 (2020) in Spanish, an unlabelled item of its own).
            && caseless
    }

    private func endsWithDigit(_ parts: [(joiner: String, range: ByteRange)]) -> Bool {
        guard let r = parts.last?.range, !r.isEmpty else { return false }
        return Bytes.isDigit(source.bytes[r.upperBound - 1])
    }

    /// A colon inside a preambular paragraph introduces its items or goes on in a title ("…, Securing
    /// Our Common Future:" / "An Agenda for Disarmament,", A/C.1/80/L.25): what follows it without a
    /// label opens a paragraph only as after a comma, with an opening phrase.
    private func colonInPreamble(_ last: LastMark, _ first: SourceLine?) -> Bool {
        guard let first, marks.contains(last), let colon = colonMark, colon.contains(last) else { return false }
        let text = source.string(first.content)
        return vocabulary.opens(text, as: .preamble) && !vocabulary.opens(text, as: .operative)
    }

    /// The text so far ends with one of the language's abbreviations ("… 19 млн долл."), a word of its own.
    private func endsWithAbbreviation(_ parts: [(joiner: String, range: ByteRange)]) -> Bool {
        guard let r = parts.last?.range else { return false }
        return abbreviations.contains { Bytes.endsWithWord(source.bytes, r, $0) }
    }

    /// A short line that ends with a colon right over an item's label heads the items after it
    /// ("(ii) …;" / "Urgent temporary measures:" / "(iii) …", S/RES/2552 (2020) as printed).
    private func headsItems(_ index: Int, _ lines: [BodyLine], _ labelled: [(startsWithLabel: Bool, isLabelOnly: Bool)]) -> Bool {
        guard index + 1 < lines.count, labelled[index + 1].startsWithLabel, let colonMark else { return false }
        let line = lines[index].line.content
        return colonMark.contains(lastMark([("", line)])) && PlainText.count(source, line, atMost: 80)
    }

    /// The last UTF-8 byte of an em dash (E2 80 94) and of an en dash (E2 80 93).
    private static let emDash: UInt8 = 0x94, enDash: UInt8 = 0x93

    /// The line opens with the dash whose last UTF-8 byte is `last`.
    private func startsWithDash(_ line: SourceLine, _ last: UInt8) -> Bool {
        let b = source.bytes, k = line.content.lowerBound
        return k + 2 < line.content.upperBound && b[k] == 0xE2 && b[k + 1] == 0x80 && b[k + 2] == last
    }

    /// "III Совершенствование …": a section's Roman number and a space open the line.
    private func startsWithRomanNumber(_ line: SourceLine) -> Bool {
        let b = source.bytes, r = line.content
        guard let space = b[r].firstIndex(of: 0x20), space > r.lowerBound, space - r.lowerBound <= 6 else { return false }
        return b[r.lowerBound..<space].allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43].contains($0) }
    }

    /// A line of asterisks and spaces only.
    private func isAsteriskSeparator(_ line: SourceLine) -> Bool {
        let r = line.content
        return !r.isEmpty && source.bytes[r.lowerBound] == 0x2A && source.bytes[r].allSatisfy { $0 == 0x2A || $0 == 0x20 }
    }

    /// A printed line at least this wide (display columns) is running text, not a short list entry.
    private static let fullLineWidth = 60

    /// Whether the item label at the head of the line goes on the sentence of the paragraph being
    /// assembled, which is no item itself: the label before it ("(a)" for "(b)") stands inside that
    /// paragraph's text after a space (a list run inline), or, after no mark, the label starts no list
    /// ("(d)" can only go on one; "(i)" may be a first numeral).
    private func labelGoesOnSentence(_ line: SourceLine, _ parts: [(joiner: String, range: ByteRange)], ended: Bool) -> Bool {
        let head = line.content.prefix(LabelReader.longestLabel)
        guard let label = readLabel(head), label.arabic == nil, !label.dash, let first = parts.first?.range else { return false }
        let firstHead = first.prefix(LabelReader.longestLabel)
        let values = [label.latin, label.roman].compactMap { $0 }
        if let own = readLabel(firstHead), own.arabic == nil {
            // An item may name items to come ("in line with subparagraphs (d) and" / "(e) below",
            // A/RES/75/4): after no mark, a label that does not follow the item's own, whose
            // predecessor stands in the item's text, goes on the sentence.
            let follows = label.latin.map { $0 == (own.latin ?? 0) + 1 } ?? false || label.roman.map { $0 == (own.roman ?? 0) + 1 } ?? false
            guard !ended, !follows else { return false }
        } else if !ended, !values.isEmpty, values.allSatisfy({ $0 > 1 }) {
            return true
        }
        var previous: [String] = []
        if let n = label.latin, n >= 2 { previous.append(labelSyntax.write(n - 1, .latin, like: label.raw)) }
        if let n = label.roman, n >= 2 { previous.append(labelSyntax.write(n - 1, .roman, like: label.raw)) }
        return previous.contains { p in
            // After a space, or after the mark that closed the item before it in a list run inline
            // ("；(5) 装备审查结果…；" / "(6) 文职构成部分…", the UN's Chinese S/RES/2520 (2020) as printed);
            // a no-break space may follow it ("وهي: (أ)\u{A0}الحصول …؛", the UN's Arabic A/RES/75/253 B).
            parts.contains { part in standsAsLabel(p, in: part.range) ?? standsAsLabelByCharacters(p, in: source.string(part.range)) }
        }
    }

    /// Whether `label` stands in the text of `range` after a space or a punctuation mark and before a
    /// space, read on the bytes where the text and the label are plain (each Character one scalar,
    /// equal only to itself); nil where they are not. Foundation's search cost more than the rest.
    private func standsAsLabel(_ label: String, in range: ByteRange) -> Bool? {
        var label = label
        return label.withUTF8 { l -> Bool? in
            source.bytes.withUnsafeBufferPointer { b -> Bool? in
                let t = UnsafeBufferPointer(rebasing: b[range])
                guard let first = l.first, PlainText.isPlain(l), PlainText.isPlain(t) else { return nil }
                var i = 0
                while i + l.count <= t.count {
                    if t[i] == first, memcmp(t.baseAddress! + i, l.baseAddress!, l.count) == 0 {
                        let end = i + l.count
                        let before = i == 0 || { let c = Character(UTF8Text.scalar(endingAt: i, in: t)); return c.isWhitespace || c.isPunctuation }()
                        if before, end < t.count, Character(UTF8Text.scalar(at: end, in: t).scalar).isWhitespace { return true }
                        // The search goes on after the match, as Foundation's did.
                        i = end
                        continue
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `standsAsLabel` by Characters: exact for any text.
    private func standsAsLabelByCharacters(_ label: String, in text: String) -> Bool {
        var from = text.startIndex
        while let r = text.range(of: label, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)].isWhitespace
                || text[text.index(before: r.lowerBound)].isPunctuation
            if before, r.upperBound < text.endIndex, text[r.upperBound].isWhitespace { return true }
            from = r.upperBound
        }
        return false
    }

    /// The line opens with an item's label written with a period ("a.", "iv."), not brackets.
    private func labelEndsWithPeriod(_ line: SourceLine) -> Bool {
        let head = line.content.prefix(LabelReader.longestLabel)
        guard let label = readLabel(head), label.arabic == nil, !label.dash else { return false }
        return label.raw.hasSuffix(".")
    }

    /// The label at the head of the source bytes of `range`, read in place (no copy of them).
    private func readLabel(_ range: ByteRange) -> LabelCandidate? {
        source.bytes.withUnsafeBufferPointer { labels.read(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A line that opens with a paragraph number that lost its period ("3 Calls upon …").
    private func bareNumber(_ line: SourceLine) -> Bool {
        guard !line.content.isEmpty, Bytes.isDigit(source.bytes[line.content.lowerBound]) else { return false }
        return source.bytes.withUnsafeBufferPointer {
            BareParagraphNumber.read(UnsafeBufferPointer(rebasing: $0[line.content]), vocabulary: vocabulary) != nil
        }
    }

    /// An opening quotation mark still waits for its closing one: the line cannot end the paragraph.
    /// “ is E2 80 9C and ” E2 80 9D: found in the bytes, where no other scalar holds them.
    private func openQuote(_ parts: [(joiner: String, range: ByteRange)]) -> Bool {
        // Arabic texts quote the other way round too (”…“, A/RES/75/103): there the first mark opens,
        // and its mirror closes.
        var depth = 0
        var closer: UInt8 = 0x9D
        func read(_ b: UnsafeBufferPointer<UInt8>) {
            guard let base = b.baseAddress else { return }
            var i = 0
            while i + 2 < b.count {
                // memchr finds the next E2: every other byte is passed over.
                guard let hit = memchr(base + i, 0xE2, b.count - i) else { return }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard i + 2 < b.count else { return }
                if b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x9D {
                    let m = b[i + 2]
                    if depth == 0 {
                        // Elsewhere a closing mark with nothing open is a stray (an item's line that
                        // ends a quotation opened on the paragraph's line above).
                        guard m == 0x9C || reversedQuotes else { i += 1; continue }
                        closer = m == 0x9C ? 0x9D : 0x9C; depth = 1
                    } else if m == closer { depth -= 1 } else { depth += 1 }
                }
                i += 1
            }
        }
        source.bytes.withUnsafeBufferPointer { b in
            for (joiner, range) in parts {
                // A joiner of fewer than three bytes holds no quotation mark.
                if joiner.utf8.count >= 3 { var j = joiner; j.withUTF8(read) }
                read(UnsafeBufferPointer(rebasing: b[range]))
            }
        }
        return depth > 0
    }

    /// In a language not written in Latin letters, a line that starts with a Latin capital after a
    /// finished line is another paragraph: each line of a bilingual alignment (the EN–AR bitext of
    /// A/AC.109/2019/L.18) starts with its English segment.
    private func startsInOtherScript(_ line: SourceLine) -> Bool {
        guard !latinScript, let s = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return false }
        return s.isASCII && s.properties.isUppercase
    }

    /// Headings stand between a finished paragraph and the next one, which opens with its number or
    /// its opening phrase: lines that neither end with a mark nor open like a paragraph, the first
    /// starting with a capital ("IV" / "Illegal, unreported and unregulated fishing" / "92. …"; "Part I"
    /// / "Overall policymaking, direction and coordination" / "Section 1" / …; a heading may wrap onto a
    /// lower-case line). The end of the block (where the next paragraph starts), or nil.
    private func headingBlock(_ lines: [BodyLine], from start: Int, labelled: [(startsWithLabel: Bool, isLabelOnly: Bool)], measure: Int, printedMeasure: Int, inNumberedSentence: Bool) -> Int? {
        let limit = min(lines.count, start + Self.headingLines + 1)
        var i = start
        // A long heading in a script without capitals fills its first line like running text: it is
        // one only where a numbered paragraph follows ("دور إدارة التواصل العالمي في عمليات الأمم المتحدة
        // لحفظ السلام والبعثات السياسية" / "الخاصة وبناء السلام" / "70 - تطلب …", A/RES/75/101).
        var needsNumber = false
        while i < limit {
            let line = lines[i].line
            if line.content.isEmpty { return nil }
            // Most lines after a mark start no heading: a lower-case continuation or a paragraph's number.
            if i == start {
                if labelled[i].startsWithLabel { return nil }
                if !(startsUppercase(line) || isSectionDesignator(line) || opensWithSectionNumber(line)) {
                    guard caselessLetter(line) else { return nil }
                    needsNumber = !shortLine(line, measure: measure)
                }
            }
            // A long line is a heading only over a paragraph's number, not over an item's label: "ويشير …
            // الفقرة 7 (د) و" / "(ه) من قراره …" (the UN's Arabic S/RES/2556 (2020) as printed) goes on.
            if labelled[i].startsWithLabel {
                return i > start && (!needsNumber || Bytes.isDigit(source.bytes[line.content.lowerBound])) ? i : nil
            }
            if sectionTitle(lines, at: i, after: start, labelled: labelled, measure: printedMeasure) { i += 1; continue }
            if startsLikeParagraph(line) && vocabulary.opensParagraph(source, line.content)
                || openings.contains(where: { PlainText.hasPrefix(source, line.content, $0) }) {
                // After a numbered paragraph's comma, which ends none, lines whose last could not have
                // held the next line's first word wrapped its sentence: "3. подтверждает … в Рио-де-Жанейро,"
                // / "Бразилия, итоговый документ …, и" / "подтверждает также, …" (the UN's Russian 75/213 as
                // printed). Measured without slack; a heading that fills its line after a paragraph's end
                // stays one ("B" / "Evolution of the margin … midpoint" / "Recalling …", A/RES/75/245).
                guard !inNumberedSentence || brokeByChoice(i, lines, measure: printedMeasure, withSlack: false) else { return nil }
                return i > start && !needsNumber ? i : nil
            }
            if !isSectionDesignator(line) {
                guard PlainText.count(source, line.content, atMost: Self.headingWidth) else { return nil }
                // A heading may wrap after a comma: "III Совершенствование комплексного глобального
                // управления," / "использование технологии …" (the UN's Russian AKN of 75/244, printed).
                // Only a numbered heading's first line: text that merely looks like one runs on.
                // So may its title before its subtitle: "VIII Prévisions révisées … pour 2021 :" /
                // "Mécanisme de surveillance …" (the UN's French AKN of 75/253, printed).
                let text = source.string(line.content)
                if endsWithMark(text) {
                    let wrapsAfterComma = i == start && source.bytes[line.content.upperBound - 1] == 0x2C
                        && i + 1 < limit && !lines[i + 1].line.content.isEmpty && startsLowercase(lines[i + 1].line)
                    let titleBeforeSubtitle = text.last.map { colonMark?.contains($0) == true } == true
                        && i + 1 < limit && !lines[i + 1].line.content.isEmpty && !labelled[i + 1].startsWithLabel
                        && startsUppercase(lines[i + 1].line)
                    guard startsWithRomanNumber(lines[start].line), wrapsAfterComma || titleBeforeSubtitle else { return nil }
                }
            }
            i += 1
        }
        return nil
    }

    /// The line under a section's numeral is its title, though it opens with an operative verb, where it
    /// ends with no mark and broke before a paragraph's opening: "IV" / "Demande de subvention pour le
    /// Tribunal spécial pour le Liban" / "Ayant examiné …" (the UN's French AKN of A/RES/75/253 B, printed).
    private func sectionTitle(_ lines: [BodyLine], at i: Int, after start: Int, labelled: [(startsWithLabel: Bool, isLabelOnly: Bool)], measure: Int) -> Bool {
        guard i == start + 1, i + 1 < lines.count, isSectionDesignator(lines[start].line), !endsWithMark(source.string(lines[i].line.content)) else { return false }
        let next = lines[i + 1].line
        guard !next.content.isEmpty, labelled[i + 1].startsWithLabel || startsLikeParagraph(next) && vocabulary.opensParagraph(source, next.content) else { return false }
        return measure == 0 || brokeByChoice(i + 1, lines, measure: measure, withSlack: false)
    }

    /// A subheading numbered under its part: "1a: Targeting illicit finances", "1a : Ciblage …",
    /// "1a. Борьба …", "1 أ: استهداف …" (the UN's AKN of S/RES/2607 (2021) in each language): a
    /// number, one letter, a colon or period and a space. A paragraph's number has no letter after it.
    private func opensWithSectionNumber(_ line: SourceLine) -> Bool {
        let bytes = source.bytes
        var k = line.content.lowerBound
        let end = line.content.upperBound
        let digitsStart = k
        while k < end, Bytes.isDigit(bytes[k]) { k += 1 }
        guard k > digitsStart, k - digitsStart <= 3, k < end else { return false }
        if bytes[k] == 0x20 { k += 1 }
        guard k < end, let letter = Bytes.scalar(bytes, at: k), letter.properties.isAlphabetic else { return false }
        k += String(letter).utf8.count
        if k < end, bytes[k] == 0x20 { k += 1 }
        guard k + 1 < end, bytes[k] == 0x3A || bytes[k] == 0x2E else { return false }
        return bytes[k + 1] == 0x20 || bytes[k + 1] == 0x09
    }

    /// In a script without capitals a heading's first line is told by its shortness: "ثانيا" / "الأنشطة
    /// العامة لإدارة التواصل العالمي" (A/RES/75/101 in Arabic), "承付款的筹措", "十六 海洋事务和海洋法司的活动":
    /// at most about half the measure, where a line that goes on a paragraph fills it.
    private func caselessLetter(_ line: SourceLine) -> Bool {
        guard caseless, let s = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return false }
        return s.properties.isAlphabetic && !s.properties.isLowercase && !s.properties.isUppercase
    }

    private func shortLine(_ line: SourceLine, measure: Int) -> Bool {
        measure > 0 && PlainText.displayWidth(source, line.content) * 5 <= measure * 3
    }

    /// At most this many lines make a heading block, each of at most this many characters.
    private static let headingLines = 6
    private static let headingWidth = 100
    /// The most pieces a printed line comes apart into.
    private static let wordsOfALine = 14

    /// "A", "B.", "IV", "II." alone on a line: a part or section of the text (its period ends nothing).
    private func isSectionDesignator(_ line: SourceLine) -> Bool {
        // Trailing spaces aside: "IV " (the UN's French AKN of A/RES/75/253 B, as printed).
        let r = Bytes.trimmingTrailingSpaces(source.bytes, line.content)
        guard !r.isEmpty, r.count <= 5 else { return false }
        var letters = 0
        for (k, b) in source.bytes[r].enumerated() {
            if Bytes.isUpper(b) { letters += 1; continue }
            if b == 0x2E, k == r.count - 1, letters > 0 { continue }
            return false
        }
        return letters > 0
    }

    /// The lines of a heading block as headings: a line starting in lower case goes on the one above.
    private func headingParagraphs(_ block: ArraySlice<BodyLine>) -> [RawParagraph] {
        var out: [RawParagraph] = []
        var parts: [(joiner: String, range: ByteRange)] = []
        var first: SourceLine?
        func flush() {
            if let f = first { out.append(RawParagraph(text: MappedText(source: source, parts: parts), firstLine: f, isHeading: true)) }
            parts = []
        }
        for b in block {
            if first != nil, startsLowercase(b.line) {
                parts.append((joinerBetween(parts, b.line), b.line.content))
                continue
            }
            flush()
            first = b.line
            parts = [("", b.line.content)]
        }
        flush()
        return out
    }

    private func startsUppercase(_ line: SourceLine) -> Bool {
        let b = source.bytes[line.content.lowerBound]
        // ASCII has no capitals but A…Z.
        if b < 0x80 { return Bytes.isUpper(b) }
        return Bytes.scalar(source.bytes, at: line.content.lowerBound)?.properties.isUppercase ?? false
    }

    /// pdftotext sometimes prints an item's second line before its first: "(b)", "process;", "",
    /// "Where entry or transit is necessary for the fulfilment of a judicial" (S/2017/77). Put them back.
    private func restoreOrder(_ lines: [BodyLine], _ labelled: [(startsWithLabel: Bool, isLabelOnly: Bool)])
        -> ([BodyLine], [(startsWithLabel: Bool, isLabelOnly: Bool)]) {
        // The lines' labels, read once by the caller and moved with their lines.
        var out = lines, flags = labelled
        var i = 0
        while i + 2 < out.count {
            let tail = out[i + 1], head = out[i + 2]
            if flags[i].isLabelOnly,
               startsLowercase(tail.line), endsWithMark(source.string(tail.line.content)),
               head.blankBefore, !startsLowercase(head.line), !flags[i + 2].startsWithLabel,
               !endsWithMark(source.string(head.line.content)) {
                out.swapAt(i + 1, i + 2)
                flags.swapAt(i + 1, i + 2)
                i += 3
                continue
            }
            if flags[i].startsWithLabel, let (tail, end) = displacedLastLine(out, flags, after: i) {
                let moved = out[tail], movedFlags = flags[tail]
                out.remove(at: tail)
                out.insert(moved, at: end - 1)
                flags.remove(at: tail)
                flags.insert(movedFlags, at: end - 1)
                i = end
                continue
            }
            i += 1
        }
        return (out, flags)
    }

    /// The paragraph numbered by the label-only line at `label` printed with its last line too early:
    /// "3." / "2026;" / "" / "Welcomes the upcoming entry … on 17 January" / "" / "4." (A/80/L.13); "5." /
    /// "Fund:" / "" / "The Secretary-General is authorized to advance from the Working Capital" / "" /
    /// "(a) …" (A/C.5/80/L.8); a justified line may even come apart into words after it: "1." / "Takes
    /// note of the report" / "recommendations contained therein;" / "" / "of" / "" / "the" / "" /
    /// "Secretary-General 5 and" / "" / "the" / "" / "2." (A/C.2/80/L.32). The early line ends with a
    /// mark and the lines printed after it, each after an empty line, end with none and run to the next
    /// label; the label may head the first line ("55. Notes the significant" / "environmental threshold
    /// values; 33" / "" / "progress" / … , A/80/L.22). Returns the early line and the end of those lines.
    private func displacedLastLine(_ lines: [BodyLine], _ flags: [(startsWithLabel: Bool, isLabelOnly: Bool)], after label: Int) -> (Int, Int)? {
        func marked(_ k: Int) -> Bool { endsWithMark(source.string(lines[k].line.content)) }
        func labelled(_ k: Int) -> Bool { flags[k].startsWithLabel }
        var tail = label + 1
        if !flags[label].isLabelOnly {
            guard !marked(label) else { return nil }
        } else if tail < lines.count, !marked(tail), !labelled(tail), !lines[tail].blankBefore {
            // At most one line of the paragraph's head before it.
            tail += 1
        }
        guard tail < lines.count, marked(tail), !labelled(tail), !lines[tail].blankBefore || tail == label + 1 else { return nil }
        var end = tail + 1
        while end < lines.count, end - tail <= Self.wordsOfALine, lines[end].blankBefore, !labelled(end), !marked(end) { end += 1 }
        guard end > tail + 1, end < lines.count, labelled(end) else { return nil }
        let fragments = tail > label + 1 || !flags[label].isLabelOnly
        // Words of a line come apart: several short pieces.
        if fragments, end - tail < 3 || !(tail + 1..<end).allSatisfy({ PlainText.count(source, lines[$0].line.content, atMost: 30) }) { return nil }
        if startsUppercase(lines[tail].line) {
            // A capitalised early line is short, and what follows it a full line ("Fund:" / "The
            // Secretary-General is authorized … Capital"); a heading between paragraphs is neither.
            guard !fragments, end == tail + 2, PlainText.count(source, lines[tail].line.content, atMost: 30),
                  !PlainText.count(source, lines[tail + 1].line.content, atMost: 60) else { return nil }
        }
        return (tail, end)
    }

    /// Latin text joins with a space; Chinese with nothing, except next to Latin letters and digits.
    private func joinerBetween(_ parts: [(joiner: String, range: ByteRange)], _ line: SourceLine) -> String {
        if !joiner.isEmpty { return joiner }
        // The last scalar of the paragraph's text: that of its last line, unless the line is empty.
        let r = parts[parts.count - 1].range
        let lastScalar = r.isEmpty ? MappedText(source: source, parts: parts).text.unicodeScalars.last : Bytes.scalar(source.bytes, before: r.upperBound)?.0
        guard let last = lastScalar, let next = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return "" }
        return last.isASCII && last.properties.isAlphabetic && next.isASCII && next.properties.isAlphabetic ? " " : ""
    }

    /// The text ends with a paragraph-final mark, possibly followed by a flattened footnote number.
    func endsWithMark(_ text: String) -> Bool {
        marks.contains(Self.lastMarkReading(text))
    }

    /// The last mark of a text as a scalar where it stands alone, else as a Character.
    enum LastMark: Equatable {
        case none
        case scalar(Unicode.Scalar)
        case character(Character)
    }

    static func lastMark(_ text: String) -> Character? {
        switch lastMarkReading(text) {
        case .none: return nil
        case .scalar(let s): return Character(s)
        case .character(let c): return c
        }
    }

    /// The last character of the text before trailing spaces and ASCII digits (a flattened footnote
    /// number). Read from the bytes while each scalar is a character of its own, which is the common
    /// end of a line; Character by Character (grapheme breaking, slow) only where it may not be.
    static func lastMarkReading(_ text: String) -> LastMark {
        var text = text
        var fallbackEnd: Int?
        let found: Unicode.Scalar? = text.withUTF8 { b in
            var end = b.count
            while end > 0 {
                var i = end - 1
                while b[i] & 0xC0 == 0x80 { i -= 1 }
                let s = UTF8Text.scalar(at: i, in: b).scalar
                let previous = i > 0 ? UTF8Text.scalar(endingAt: i, in: b) : nil
                guard standsAlone(s), previous.map(standsAlone) ?? true, !(previous == "\r" && s == "\n") else {
                    fallbackEnd = end
                    return nil
                }
                if s == " " || (s.isASCII && Bytes.isDigit(UInt8(s.value))) { end = i; continue }
                if s == ".", end < b.count, dottedNumber(b, period: i, lowerBound: 0) { return Unicode.Scalar(b[end]) }
                return s
            }
            return nil
        }
        if let found { return .scalar(found) }
        guard let fallbackEnd else { return .none }
        var chars = text[..<text.utf8.index(text.startIndex, offsetBy: fallbackEnd)]
        while let c = chars.last, c == " " || c.isNumber && c.isASCII { chars = chars.dropLast() }
        return chars.last.map(LastMark.character) ?? .none
    }

    /// The period at `period`, digits right after it, is inside a number ("статей 3.2 и 3.4",
    /// "статье 6.3.3": the UN's Russian S/RES/2545 (2020) as printed), not a final mark with a footnote
    /// marker after it ("Agenda.3"): one or two digits stand before it, not a year ("in 2015.3").
    static func dottedNumber<C: Collection<UInt8>>(_ b: C, period: Int, lowerBound: Int) -> Bool where C.Index == Int {
        guard period + 1 < b.endIndex, Bytes.isDigit(b[period + 1]) else { return false }
        var k = period
        while k > lowerBound, Bytes.isDigit(b[k - 1]) { k -= 1 }
        return (1...2).contains(period - k)
    }

    /// A scalar that neither joins the one before it nor the one after it into one character:
    /// Latin-1, general punctuation, CJK punctuation and ideographs, full-width ASCII forms.
    private static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x2FF, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
        default: return false
        }
    }

    /// A new paragraph in pdftotext output starts with a capital, a CJK character or a quote.
    private func startsLikeParagraph(_ line: SourceLine) -> Bool {
        guard let s = Bytes.scalar(source.bytes, at: line.content.lowerBound) else { return false }
        if s.properties.isUppercase { return true }
        if Bytes.isHan(s) { return true }
        // A script without case (Arabic) starts paragraphs with any letter; a language with lower-case
        // openers (Russian) with one of them.
        if s.properties.isAlphabetic, !s.properties.isLowercase, !s.properties.isUppercase { return true }
        if lowercaseOpeners, vocabulary.opensParagraph(source, line.content) { return true }
        return s == "“" || s == "\"" || s == "«"
    }
}

/// The marks that end a paragraph or a sentence. A mark that is one plain scalar (all of the marks of
/// the built-in languages) equals a scalar that stands alone only where the scalars are equal: the
/// test needs no Character, nor its hash.
struct MarkSet {
    private let characters: Set<Character>
    /// The marks as scalars, when each is a single plain scalar.
    private let scalars: [Unicode.Scalar]?
    /// Those of them below U+0080 as bits (U+0000…U+003F, U+0040…U+007F): a line's last scalar is
    /// mostly ASCII, answered without going through the list.
    private let asciiBits: (low: UInt64, high: UInt64)

    init(_ marks: Set<Character>) {
        characters = marks
        let singles = marks.compactMap { m -> Unicode.Scalar? in
            let s = m.unicodeScalars
            guard let first = s.first, s.count == 1, PlainText.isPlain(first) else { return nil }
            return first
        }
        scalars = singles.count == marks.count ? singles : nil
        var bits: (low: UInt64, high: UInt64) = (0, 0)
        for s in singles where s.value < 0x80 {
            if s.value < 64 { bits.low |= 1 << UInt64(s.value) } else { bits.high |= 1 << UInt64(s.value - 64) }
        }
        asciiBits = bits
    }

    func contains(_ c: Character) -> Bool { characters.contains(c) }

    /// For a scalar that is a character of its own.
    func contains(_ s: Unicode.Scalar) -> Bool {
        guard let scalars else { return characters.contains(Character(s)) }
        let v = s.value
        if v < 64 { return asciiBits.low >> UInt64(v) & 1 == 1 }
        if v < 0x80 { return asciiBits.high >> UInt64(v - 64) & 1 == 1 }
        return scalars.contains(s)
    }

    func contains(_ mark: ParagraphAssembler.LastMark) -> Bool {
        switch mark {
        case .none: return false
        case .scalar(let s): return contains(s)
        case .character(let c): return contains(c)
        }
    }
}

extension ParagraphAssembler {
    /// The language's marks as the assembler asks about them, made once per language: a Set of
    /// Characters hashed for every document was a visible part of making an assembler.
    struct MarkSets {
        /// The marks that end a paragraph: comma, semicolon, colon and period, full and narrow.
        let paragraphEnds: MarkSet
        /// Colon and period, full and narrow.
        let sentenceEnds: MarkSet
        let colon: MarkSet?
        let comma: MarkSet?

        init(terminators: LanguageProfile.Terminators, narrowForms: [String: String]) {
            var marks: Set<Character> = []
            for m in [terminators.comma, terminators.semicolon, terminators.colon, terminators.period] {
                if let c = LanguageProfile.character(of: m) { marks.insert(c) }
            }
            for n in narrowForms.values { if let c = n.last { marks.insert(c) } }
            paragraphEnds = MarkSet(marks)
            var ends: Set<Character> = []
            for m in [terminators.colon, terminators.period] { if let c = LanguageProfile.character(of: m) { ends.insert(c) } }
            for m in [terminators.colon, terminators.period] { if let n = narrowForms[m]?.last { ends.insert(n) } }
            sentenceEnds = MarkSet(ends)
            var colons: Set<Character> = []
            if let c = LanguageProfile.character(of: terminators.colon) { colons.insert(c) }
            if let n = narrowForms[terminators.colon]?.last { colons.insert(n) }
            colon = colons.isEmpty ? nil : MarkSet(colons)
            var commas: Set<Character> = []
            if let c = LanguageProfile.character(of: terminators.comma) { commas.insert(c) }
            if let n = narrowForms[terminators.comma]?.last { commas.insert(n) }
            comma = commas.isEmpty ? nil : MarkSet(commas)
        }

        static func shared(_ language: LanguageProfile) -> MarkSets {
            language.derived { MarkSets(terminators: $0.terminators, narrowForms: $0.narrowForms) }
        }
    }
}
