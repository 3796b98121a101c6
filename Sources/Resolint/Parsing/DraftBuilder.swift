/// Turns the paragraphs of one draft's body into its parts: opening formula, preambular paragraphs,
/// numbered operative paragraphs, and their (a)/(b) and (i)/(ii) items.
struct DraftBuilder {
    let source: SourceFile
    let language: LanguageProfile
    let labels: LabelForms
    /// Made ready once per document, not per paragraph or line.
    private let marks: [Character]
    private let vocabulary: Vocabulary
    private let openings: [Opening]

    init(source: SourceFile, language: LanguageProfile) {
        self.source = source
        self.language = language
        labels = LabelForms.shared(language)
        marks = [language.terminators.comma, language.terminators.semicolon, language.terminators.colon, language.terminators.period]
            .compactMap(LanguageProfile.character(of:)) + language.narrowForms.values.compactMap(\.last)
        vocabulary = Vocabulary.shared(language)
        openings = language.derived { $0.openings.map(Opening.init) }
    }

    func build(_ paragraphs: [RawParagraph], kind: Draft.Kind, range: ByteRange, embedded: Bool) -> (Draft, Organ?) {
        var draft = Draft(kind: kind, range: range, embedded: embedded)
        var organ: Organ?
        var pending: [Paragraph] = []
        var seenOperative = false
        // Headings divide the body into sections; the next operative paragraph opens one.
        var inSections = false, sectionPending = false
        // The title after "II" may be long ("Revised estimates resulting from resolutions and decisions …").
        var afterDesignator = false
        let hasOpening = paragraphs.contains { openingMatch($0.text.text) != nil }
        // Prose that happens to begin with the organ's name ("Le Conseil de sécurité réuni cet
        // après-midi …", a press release before the draft) is no formula when the formula with its
        // comma stands elsewhere.
        let hasFullOpening = paragraphs.contains { openingMatch($0.text.text)?.withComma == true }

        let tableRows = tableRows(paragraphs)

        for (index, raw) in paragraphs.enumerated() {
            var text = raw.text
            if tableRows.contains(index) {
                // A table the paragraph above introduces with its colon: no paragraphs, no headings.
                if !draft.operative.isEmpty { Self.markIntroducesTable(&draft.operative[draft.operative.count - 1]) }
                continue
            }
            let opens = openingMatch(text.text)
                ?? (hasOpening || draft.opening != nil || !draft.preamble.isEmpty || !draft.operative.isEmpty ? nil : misspeltOpening(text.text))
            if let match = opens, match.withComma || !(match.runsOn && hasFullOpening) {
                let element = TextElement(text: text.slice(0..<match.length), range: text.sourceRange(0..<match.length))
                if draft.opening == nil {
                    draft.opening = element
                    organ = match.organ
                    draft.beforeOpening = pending
                    pending = []
                } else {
                    draft.extraOpenings.append(element)
                }
                // A run-in decision: "大会，回顾其…" goes on after the formula.
                var rest = match.length
                let bytes = Array(text.text.utf8)
                while rest < bytes.count, bytes[rest] == 0x20 { rest += 1 }
                guard rest < bytes.count else { continue }
                text = text.slice(rest..<bytes.count)
            }
            if isAnnex(raw.firstLine.content) { draft.range = draft.range.lowerBound..<raw.range.lowerBound; break }
            // An operative paragraph that ends with a colon and is followed by plain text adopts an
            // annexed text ("Adopts the following political declaration: …"): the draft ends there,
            // unless the next paragraph number comes later: then the plain text is quoted in the
            // paragraph ("50. … to amend rule 1 … to read: / The General Assembly shall meet … / 51. …",
            // the UN's AKN of A/RES/75/325).
            if let last = draft.operative.last, last.children.isEmpty, draft.opening != nil,
               endsWithColon(last),
               labels.read(text.text) == nil, !headsLetteredItems(index, in: paragraphs) {
                if !numbered(last.label.map { $0.value + 1 }, after: index, in: paragraphs) {
                    draft.range = draft.range.lowerBound..<raw.range.lowerBound
                    draft.adoptsText = true
                    draft.adoptedText = paragraphs[index...].map {
                        var p = makeParagraph($0.text)
                        p.isQuotation = true
                        return p
                    }
                    break
                }
                if !raw.isHeading, !isHeading(text.text) {
                    var quoted = makeParagraph(text)
                    quoted.role = .operative
                    quoted.isQuotation = true
                    draft.operative[draft.operative.count - 1].introducesQuotation = true
                    draft.stray.append(quoted)
                    continue
                }
            }
            // Unnumbered text after the last numbered paragraph has closed the resolution with its period,
            // and no numbered paragraph after it, is an annexed text whose heading is not in the text
            // ("16. Decides to remain actively seized of the matter." / "Sultan Saleh Aida Aida Zabin" /
            // "… has engaged in acts …", the annex of S/RES/2564 (2021) in the UN's AKN): no paragraphs of
            // the draft. Its range stays: the notes' texts that follow are the resolution's.
            if draft.opening != nil, let last = draft.operative.last, last.children.isEmpty, last.label?.style == .arabic,
               let mark = last.finalMark?.mark, language.accepts(mark, as: language.terminators.period),
               !raw.isHeading, labels.readHead(text.text) == nil,
               BareParagraphNumber.read(text.text, vocabulary: vocabulary) == nil,
               !paragraphs[index...].contains(where: { labels.readHead($0.text.text)?.arabic != nil }) {
                break
            }
            var paragraph = makeParagraph(text)
            if paragraph.label == nil, let last = draft.operative.last?.label, last.style == .arabic,
               let bare = BareParagraphNumber.read(text.text, vocabulary: vocabulary), bare.value == last.value + 1 {
                paragraph.label = Label(style: .arabic, value: bare.value, raw: String(text.text.prefix(bare.length)),
                                        range: text.sourceRange(0..<bare.length))
                paragraph.content = text.slice(bare.contentStart..<text.text.utf8.count)
            }
            let designator = isSectionHeading(text.text) || designatesSectionWithTitle(text.text)
            // A printed heading line stands apart as any other, but one over the items of an item that
            // ends with a comma introduces them, as in the authored layout.
            let printedHeading = raw.isHeading && !(seenOperative && paragraph.label == nil
                && headsItemsUnderCommaItem(text.text, before: index, in: paragraphs, draft: draft))
            if printedHeading || designator || labelledHeading(paragraph, before: index + 1, in: paragraphs, draft: draft)
                || paragraph.label == nil && seenOperative && (colonHeading(text.text, before: index, in: paragraphs, draft: draft)
                                                               || unmarkedHeading(text.text, before: index, in: paragraphs, draft: draft))
                || paragraph.label == nil && !seenOperative && headsOperativePart(text.text, before: index, in: paragraphs, draft: draft)
                || paragraph.label == nil && !(seenOperative && (openItemAwaitsText(draft) || headsItemsUnderCommaItem(text.text, before: index, in: paragraphs, draft: draft))) && !(!seenOperative && preambleRunsIntoItems(text.text, index, in: paragraphs)) && (isHeading(text.text) || afterDesignator && isHeading(text.text, long: true, titlesSection: true) || isHeading(text.text, long: true) && opensSection(after: index, in: paragraphs)) {
                // A part or section (A, B …; "II / Capacity-building") may bring its own preamble, and
                // number its paragraphs on or from 1 again.
                if draft.opening != nil || !hasOpening { seenOperative = false; inSections = true; sectionPending = true }
                afterDesignator = designator
                continue
            }
            afterDesignator = false
            if !hasOpening || draft.opening != nil || seenOperative {
                // Body proper.
            } else {
                pending.append(paragraph)
                continue
            }
            guard let label = paragraph.label else {
                // Text under an item's introduction ("(d) Supporting …: / To carry out …:").
                if seenOperative, adoptAsUnlabeledItem(paragraph, beforeItem: startsItem(index + 1, in: paragraphs),
                                                       beforeFirstLetter: headsLetteredItems(index, in: paragraphs), in: &draft) { continue }
                // A section's own preamble opens with preambular phrases; other text there is astray.
                let astray = inSections && !draft.operative.isEmpty && !opensOperative(paragraph)
                    && !vocabulary.opens(paragraph.content.text, as: .preamble)
                if seenOperative || astray {
                    if kind == .decision { paragraph.role = .operative; draft.operative.append(paragraph) } else {
                        paragraph.role = .operative
                        draft.stray.append(paragraph)
                    }
                } else if kind == .decision, draft.operative.isEmpty, vocabulary.opens(paragraph.content.text, as: .preamble),
                          let mark = paragraph.finalMark?.mark, !language.accepts(mark, as: language.terminators.colon),
                          !language.accepts(mark, as: language.terminators.period) {
                    // A decision's considerations laid out as preambular paragraphs ("The General Assembly,"
                    // / "Recalling …," / "Recalling further …:" / "(a) Expresses …", A/80/L.1): the one
                    // that introduces the decision's items is its operative text, as is a run-in text
                    // that ends the decision ("…, recalling …, decides ….").
                    paragraph.role = .preamble
                    draft.preamble.append(paragraph)
                } else if kind == .decision || adoptsAnnexedText(paragraph, after: draft)
                            || inSections && opensSectionOperative(paragraph, at: index, in: paragraphs) {
                    // A section's single operative paragraph goes unnumbered ("I / Conditions of
                    // service … / Approves, with effect from …;").
                    if inSections { paragraph.startsSection = sectionPending; sectionPending = false; seenOperative = true }
                    // A decision's body, or "The General Assembly / Adopts the following …:".
                    paragraph.role = .operative
                    draft.operative.append(paragraph)
                } else {
                    paragraph.role = .preamble
                    draft.preamble.append(paragraph)
                }
                continue
            }
            switch label.style {
            case .arabic:
                if let last = draft.operative.indices.last, !sectionPending, continuesInnerList(label, under: draft.operative[last]) {
                    paragraph.role = .subitem
                    paragraph.depth = 1
                    draft.operative[last].children.append(paragraph)
                    continue
                }
                paragraph.role = .operative
                paragraph.startsSection = sectionPending
                sectionPending = false
                seenOperative = true
                draft.operative.append(paragraph)
            case .latin, .roman, .dash:
                paragraph.role = .subitem
                if let last = draft.operative.indices.last, let inner = draft.operative[last].children.indices.last,
                   draft.operative[last].children[inner].label?.style == .arabic {
                    // An item of a numbered provision ("3. There shall be set off …: (a) …").
                    attach(paragraph, to: &draft.operative[last].children[inner])
                } else if !draft.operative.isEmpty {
                    attach(paragraph, to: &draft.operative[draft.operative.count - 1])
                } else if !draft.preamble.isEmpty {
                    attach(paragraph, to: &draft.preamble[draft.preamble.count - 1])
                } else {
                    draft.stray.append(paragraph)
                }
            }
        }
        if draft.opening == nil { draft.preamble.insert(contentsOf: pending, at: 0) }
        // A single operative paragraph is left unnumbered (UN Editorial Manual): the last unnumbered
        // paragraph that closes with the period is it, or one that opens as operative paragraphs do and
        // whose items close with the period ("Urges all countries …: / (a) … / (f) … .", 75/101 A).
        if kind == .resolution, draft.operative.isEmpty, let last = draft.preamble.last, closesText(last) {
            var p = draft.preamble.removeLast()
            p.role = .operative
            draft.operative.append(p)
        }
        return (draft, organ)
    }

    /// The rows of tables that a paragraph introduces with its colon ("1. Appropriations … are hereby
    /// approved for the following purposes:" / "Section Amount" / "Part I. Overall policymaking …" /
    /// "1 Overall policymaking, direction and coordination 78 809 400" …, the UN's AKN of A/RES/75/254 A):
    /// the unlabelled paragraphs after it up to the next label, none ending with a mark, two or more
    /// ending with a figure.
    func tableRows(_ paragraphs: [RawParagraph]) -> Set<Int> {
        var rows = Set<Int>()
        let colon = language.terminators.colon
        for (i, p) in paragraphs.enumerated() where !rows.contains(i) {
            guard let last = PlainText.last(p.text.text), language.accepts(last, as: colon) else { continue }
            var j = i + 1, figures = 0
            while j < paragraphs.count, let end = PlainText.last(paragraphs[j].text.text) {
                let lines = figureLines(paragraphs[j].text)
                if Self.isPrintedTable(lines) {
                    figures += lines.endingWithNumber
                    j += 1
                    continue
                }
                guard !marks.contains(end) else { break }
                // A row may be numbered as its income section is: "1. Income from staff assessment
                // 283 437 900", "3. Services to the public (180 400)" (A/RES/75/254 B as printed); a
                // section's heading heads its part of a table ("A. Administration des pensions").
                let labelled = labels.readHead(paragraphs[j].text.text) != nil
                guard !labelled || Self.endsWithAmount(paragraphs[j].text.text)
                        || j + 1 < paragraphs.count && Self.isPrintedTable(figureLines(paragraphs[j + 1].text)) else { break }
                figures += max(end.isNumber ? 1 : 0, lines.endingWithAmount)
                j += 1
            }
            if figures >= 2 { rows.formUnion((i + 1)..<j) }
        }
        return rows
    }

    /// A printed table wrapped into one paragraph, most of its lines ending with a count ("New post Chief
    /// of … Unit P-5 1", "Total net changes (2)", the UN's A/RES/75/246 as printed), whatever its first and
    /// last lines are (a note "Abbreviations: … (Principal level).").
    private static func isPrintedTable(_ lines: (count: Int, endingWithAmount: Int, endingWithNumber: Int)) -> Bool {
        lines.endingWithNumber >= 3 && lines.endingWithNumber * 2 >= lines.count
    }

    /// The text ends with an amount in groups of digits, a negative one in brackets ("(180 400)").
    static func endsWithAmount(_ text: String) -> Bool {
        // Most texts end with a mark or a letter: told by their last byte.
        guard let last = text.utf8.last, Bytes.isDigit(last) || last == 0x29 else { return false }
        var text = text
        return text.withUTF8 { b in
            // The last two groups, each set apart by a space (a no-break one in French figures), brackets
            // aside: groups of thousands, one to three digits each, one of them three ("283 437 900";
            // Arabic texts keep the groups in reverse order, "300 157 7"); not a resolution's number and
            // year ("2254 (2015)").
            var end = b.count, three = false
            for _ in 0..<2 {
                var k = end
                while k > 0, b[k - 1] == 0x28 || b[k - 1] == 0x29 { k -= 1 }
                let digitsEnd = k
                while k > 0, Bytes.isDigit(b[k - 1]) { k -= 1 }
                guard (1...3).contains(digitsEnd - k) else { return false }
                three = three || digitsEnd - k == 3
                while k > 0, b[k - 1] == 0x28 || b[k - 1] == 0x29 { k -= 1 }
                end = k
                while case let w = Bytes.spaceWidth(before: end, in: b), w > 0 { end -= w }
                guard end < k || k == 0 else { return false }
            }
            return three
        }
    }

    /// The lines of a paragraph, those that end with an amount in groups of digits and those that end
    /// with a number (an amount's last group, or a count alone or in brackets: "P-5 1", "(2)").
    /// A printed table comes as one paragraph, its rows wrapped together (pdftotext of A/RES/75/254 A:
    /// "Section Amount" / "(United States dollars)" / "1 Overall policymaking, direction and coordination
    /// 78 809 400" / … with no blank between). A year ("… to postpone the 2020") or a footnote's marker
    /// ("conference; 13", A/RES/75/288) that ends a line of prose is one group.
    /// Counts the lines the paragraph is made of, not those of the page between them (a page's foot,
    /// a footnote, where a table runs on to the next page).
    private func figureLines(_ text: MappedText) -> (count: Int, endingWithAmount: Int, endingWithNumber: Int) {
        var result = (count: 0, endingWithAmount: 0, endingWithNumber: 0)
        let b = source.bytes
        for line in text.sourceRanges(0..<text.byteCount) where !line.isEmpty {
            let lower = line.lowerBound
            var k = Bytes.trimmingTrailingSpaces(b, line).upperBound
            result.count += 1
            // The last group, in brackets or not, set apart by a space (a no-break one in French figures).
            if k > lower, b[k - 1] == 0x29 { k -= 1 }
            let digitsEnd = k
            while k > lower, Bytes.isDigit(b[k - 1]) { k -= 1 }
            guard k < digitsEnd else { continue }
            if k > lower, b[k - 1] == 0x28 { k -= 1 }
            let space = Bytes.spaceWidth(before: k, in: b)
            guard k == lower || space > 0 else { continue }
            result.endingWithNumber += 1
            // The group before it, in the same line.
            k -= space
            let groupEnd = k
            while k > lower, Bytes.isDigit(b[k - 1]) { k -= 1 }
            if k < groupEnd, k == lower || Bytes.spaceWidth(before: k, in: b) > 0 { result.endingWithAmount += 1 }
        }
        return result
    }

    /// The deepest last paragraph of `p` introduces a table.
    private static func markIntroducesTable(_ p: inout Paragraph) {
        if p.children.isEmpty { p.introducesTable = true } else { markIntroducesTable(&p.children[p.children.count - 1]) }
    }

    /// The parts of a text adopted as one ("A" / "The General Assembly, …" / "B" / "The General
    /// Assembly, …", A/C.5/80/L.17): each opens with the organ's formula right after its heading, and
    /// is a draft of its own, built as any other.
    /// `partStarts`: paragraphs where the text of a later part of a collection begins (after the
    /// lines that end the part before).
    func buildParts(_ paragraphs: [RawParagraph], kind: Draft.Kind, range: ByteRange, partStarts: Set<Int> = []) -> [(Draft, Organ?)] {
        var starts = [0]
        var seenOpening = false
        for (k, raw) in paragraphs.enumerated() {
            // A part found after a meeting line may open with its formula alone, without a comma ("The
            // General Assembly" / "Resolves that, for 2021:", A/RES/75/254 B).
            guard let match = openingMatch(raw.text.text),
                  match.withComma || partStarts.contains(k) else { continue }
            // A part's heading ("B"), with or without its title between it and the formula (the UN's AKN
            // of 75/101 A–B in Arabic: "B" / "سياسات الأمم المتحدة …" / "إن الجمعية العامة،").
            func heading(_ j: Int) -> Bool { j >= 0 && (paragraphs[j].isHeading || isSectionHeading(paragraphs[j].text.text)) }
            // A part found after a meeting line is one though the first part's formula was read with the
            // header (it is no paragraph then).
            if k > 0, partStarts.contains(k) || seenOpening && (heading(k - 1) || heading(k - 2)) { starts.append(k) }
            seenOpening = true
        }
        guard starts.count > 1 else { return [build(paragraphs, kind: kind, range: range, embedded: false)] }
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : paragraphs.count
            let lower = i == 0 ? range.lowerBound : paragraphs[starts[i]].range.lowerBound
            let upper = i + 1 < starts.count ? paragraphs[starts[i + 1]].range.lowerBound : range.upperBound
            return build(Array(paragraphs[starts[i]..<end]), kind: kind, range: lower..<upper, embedded: false)
        }
    }

    /// A numbered list inside an operative paragraph: "Resolves that:" / "1. The Working Capital Fund
    /// shall …", or "4. Decides the following:" / "1. …" (a number that starts again at 1 after a colon
    /// cannot be the next paragraph). The list goes on while its numbers do and the paragraph's own
    /// next number does not come, or comes after an item that does not end the list with a period.
    private func continuesInnerList(_ label: Label, under parent: Paragraph) -> Bool {
        let next = (parent.label?.value ?? 0) + 1
        if let child = parent.children.last {
            guard child.label?.style == .arabic, label.value == (child.label?.value ?? 0) + 1 else { return false }
            if label.value != next { return true }
            let ended = child.children.last?.finalMark ?? child.finalMark
            return !(ended.map { language.accepts($0.mark, as: language.terminators.period) } ?? false)
        }
        guard label.value == 1, let mark = parent.finalMark, language.accepts(mark.mark, as: language.terminators.colon) else { return false }
        return true
    }

    /// The paragraph after `index` opens a section: it is numbered, or opens like a preambular paragraph
    /// ("Addressing the deteriorating conditions … at Nairobi" / "Recalling its resolution 73/270 …,",
    /// a long heading in the UN's AKN of resolution 75/253 B).
    private func opensSection(after index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard index + 1 < paragraphs.count else { return false }
        let next = paragraphs[index + 1].text.text
        return labels.readHead(next)?.arabic != nil || vocabulary.opens(next, as: .preamble)
    }

    /// Whether a paragraph ends the text: with the period, or with a colon whose last item ends with it.
    private func closesText(_ p: Paragraph) -> Bool {
        func period(_ q: Paragraph) -> Bool {
            if q.finalMark.map({ language.accepts($0.mark, as: language.terminators.period) }) ?? false { return true }
            // No footnote is linked while the draft is built: an authored marker may follow the period
            // ("Approves the report of the Credentials Committee.[^1]", the UN's AKN of A/RES/75/19).
            var body = Substring(q.content.text)
            while let last = body.last, last.isWhitespace { body = body.dropLast() }
            guard body.hasSuffix("]") else { return false }
            while body.hasSuffix("]"), let open = body.range(of: "[^", options: .backwards) { body = body[..<open.lowerBound] }
            return body.last.map { language.accepts($0, as: language.terminators.period) } ?? false
        }
        if period(p) { return true }
        guard !p.children.isEmpty, endsWithColon(p), vocabulary.opens(p.content.text, as: .operative) else { return false }
        var last = p
        while let c = last.children.last { last = c }
        return period(last)
    }

    /// An unnumbered paragraph that opens with an operative verb and no preambular phrase, or with a
    /// word that is both (Chinese 核可, 欢迎) and closes as an operative paragraph does.
    private func opensOperative(_ p: Paragraph) -> Bool {
        guard vocabulary.opens(p.content.text, as: .operative) else { return false }
        if !vocabulary.opens(p.content.text, as: .preamble) { return true }
        guard let mark = p.finalMark?.mark else { return false }
        return language.accepts(mark, as: language.terminators.semicolon) || language.accepts(mark, as: language.terminators.period)
    }

    /// A section's unnumbered operative paragraph: it opens with an operative verb; where that is also a
    /// preambular phrase, it is the last of the section's paragraphs and ends as operative text does,
    /// its colon introducing items ("核可…细目如下：" / "(a) …", A/RES/75/253, section XXIV, in the UN's
    /// Chinese AKN).
    private func opensSectionOperative(_ p: Paragraph, at index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard vocabulary.opens(p.content.text, as: .operative) else { return false }
        guard vocabulary.opens(p.content.text, as: .preamble) else { return true }
        return (opensOperative(p) || endsWithColon(p)) && !operativeFollows(index, in: paragraphs)
    }

    /// The paragraph after `index` may be operative: numbered, or opening with an operative verb. A
    /// phrase that opens a paragraph of either part where verbs do not inflect ("回顾", recalls or
    /// recalling, in the UN's Chinese A/RES/75/253, section XVII: "回顾…；" / "核可…。") is then the
    /// section's preamble, and its last paragraph the operative one.
    private func operativeFollows(_ index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard index + 1 < paragraphs.count else { return false }
        let next = paragraphs[index + 1].text
        if labels.readHead(next.text)?.arabic != nil { return true }
        return vocabulary.opens(next.text, as: .operative)
    }

    /// Right after the formula, a paragraph that ends with a colon adopts a text that follows
    /// (A/RES/73/3: "The General Assembly / Adopts the following political declaration …:"). After a
    /// formula with its comma it opens with an operative verb ("大会， / 通过以下宣言：", the UN's
    /// Chinese A/RES/75/1).
    private func adoptsAnnexedText(_ p: Paragraph, after draft: Draft) -> Bool {
        guard let opening = draft.opening, draft.preamble.isEmpty, draft.operative.isEmpty,
              let mark = p.finalMark, language.accepts(mark.mark, as: language.terminators.colon) else { return false }
        return !opening.string.hasSuffix(language.terminators.comma) || opensOperative(p)
    }

    /// An unnumbered paragraph under an item that introduces text is an item without a label ("(c) …
    /// the Peace Process:" / "To carry out … the following tasks:" / "(i) …", "(b) Cooperation with
    /// Sanctions Committees" / "To assist …;" / "To assist …;": the UN's AKN of S/RES/2514 (2020) and
    /// S/RES/2531 (2020)); the next unnumbered paragraph after such an item that ends with a semicolon
    /// is the next of them; a short one with a colon right before the next item heads the items after it.
    private func adoptAsUnlabeledItem(_ paragraph: Paragraph, beforeItem: Bool, beforeFirstLetter: Bool, in draft: inout Draft) -> Bool {
        guard let last = draft.operative.last else { return false }
        let chain = Self.lastItems(of: last)
        let deepest = chain.count - 1
        let level: Int
        var heading = false
        if deepest > 0, awaitsText(chain[deepest])
            || beforeItem && headingHeadsList(under: chain[deepest], firstLetterNext: beforeFirstLetter) && isHeading(paragraph.content.text) {
            level = deepest
            // A heading over the list that follows ("(ii) Support to stabilisation … / Stabilisation /
            // (a) Provide coordination …", the UN's AKN of S/RES/2612 (2021), where it is the <subheading>
            // of point (a)): no item, and the list goes beside it.
            heading = beforeItem && !chain[deepest].isListHeading && isHeading(paragraph.content.text)
        } else if deepest > 1, chain[deepest].label == nil,
                  let mark = chain[deepest].finalMark?.mark, language.accepts(mark, as: language.terminators.semicolon) {
            level = deepest - 1
        } else if deepest > 1, beforeItem, endsWithColon(paragraph),
                  PlainText.count(paragraph.content.text, atMost: 100) {
            // A heading among the items, the list going on after it ("(ii) …; / Urgent temporary
            // measures: / (iii) …", the UN's AKN of S/RES/2552 (2020)).
            level = deepest - 1
            heading = true
        } else {
            return false
        }
        var item = paragraph
        item.isListHeading = heading
        item.role = .subitem
        item.depth = chain[level].depth + 1
        Self.append(item, at: level, in: &draft.operative[draft.operative.count - 1])
        return true
    }

    /// A heading with an item's label between operative paragraphs: short, with no final mark, after a
    /// paragraph that has no items and introduces none, and the next paragraph is the next operative
    /// paragraph ("18. Notes …;" / "(ii) Exceptions" / "19. Reaffirms …", the UN's AKN of S/RES/2551
    /// (2020), which marks it as a heading). An item of a list that lost its final mark is no heading.
    private func labelledHeading(_ p: Paragraph, before next: Int, in paragraphs: [RawParagraph], draft: Draft) -> Bool {
        guard let label = p.label, label.style != .arabic, let previous = draft.operative.last, previous.children.isEmpty,
              previous.finalMark != nil, !endsWithColon(previous),
              let last = previous.label, last.style == .arabic,
              next < paragraphs.count, let mark = PlainText.last(p.content.text), mark.isLetter || mark.isNumber,
              PlainText.count(p.content.text, atMost: 160),
              let c = labels.readHead(paragraphs[next].text.text), c.arabic == last.value + 1 else { return false }
        return true
    }

    /// The next numbered paragraph after `index` carries the number `value` ("51."), not a number of
    /// its own list ("1." of an adopted declaration's paragraphs).
    private func numbered(_ value: Int?, after index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard let value else { return false }
        let next = paragraphs[(index + 1)...].lazy.compactMap { self.labels.readHead($0.text.text)?.arabic }.first
        return next == value
    }

    /// A short line that ends with a colon between two numbered paragraphs that follow on ("26. Stresses
    /// …; / Reports: / 27. Requests …", S/RES/2567 (2021) in the UN's AKN, English and Spanish): a heading,
    /// as a line without a mark is; its colon introduces nothing.
    private func colonHeading(_ text: String, before index: Int, in paragraphs: [RawParagraph], draft: Draft) -> Bool {
        guard PlainText.count(text, atMost: 100), let mark = PlainText.last(text), language.accepts(mark, as: language.terminators.colon),
              !vocabulary.opensParagraph(text), let last = draft.operative.last?.label, last.style == .arabic else { return false }
        guard index + 1 < paragraphs.count else { return false }
        return labels.readHead(paragraphs[index + 1].text.text)?.arabic == last.value + 1
    }

    /// A short line without a final mark between two numbered paragraphs that follow on, the first ended
    /// with its mark and without items, is a heading though it opens as a paragraph may ("50. …；" /
    /// "根据国际法、人权法承担的义务及相关方面" / "51. …", S/RES/2531 (2020) in the UN's Chinese AKN).
    private func unmarkedHeading(_ text: String, before index: Int, in paragraphs: [RawParagraph], draft: Draft) -> Bool {
        guard PlainText.count(text, atMost: 100), let end = ParagraphAssembler.lastMark(text), !marks.contains(end),
              let previous = draft.operative.last, previous.children.isEmpty, let last = previous.label, last.style == .arabic,
              let mark = previous.finalMark?.mark, marks.contains(mark), index + 1 < paragraphs.count else { return false }
        return labels.readHead(paragraphs[index + 1].text.text)?.arabic == last.value + 1
    }

    /// A short line without a final mark between the preamble, its last paragraph ended with its mark,
    /// and paragraph 1 is a heading over the operative part, though it opens as an operative paragraph
    /// may, unless it opens as a preambular one ("…报告(S/2020/105)，" / "延长联几建和办任务期限" / "1. 决定…",
    /// S/RES/2512 (2020) in the UN's Chinese AKN, where the verb is not inflected).
    private func headsOperativePart(_ text: String, before index: Int, in paragraphs: [RawParagraph], draft: Draft) -> Bool {
        guard PlainText.count(text, atMost: 100), let end = ParagraphAssembler.lastMark(text), !marks.contains(end),
              let previous = draft.preamble.last, let mark = previous.finalMark?.mark, marks.contains(mark),
              index + 1 < paragraphs.count, !vocabulary.opens(text, as: .preamble) else { return false }
        return labels.readHead(paragraphs[index + 1].text.text)?.arabic == 1
    }

    /// The paragraph at `index` starts with an item's label ("(iii)", "(b)", "–"), not a paragraph number.
    private func startsItem(_ index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard index < paragraphs.count, let c = labels.readHead(paragraphs[index].text.text) else { return false }
        return c.arabic == nil
    }

    /// An item that introduces text with its colon, or a heading ("(c) 2020/2021 elections" / "To
    /// assist the CAR authorities …;", the UN's AKN of S/RES/2552 (2020)).
    private func awaitsText(_ p: Paragraph) -> Bool {
        p.depth > 0 && introducesList(p)
    }

    /// A heading between an item that ends with a comma and the items under it: "㈡ 支持稳定…机构，" /
    /// "实现稳定" / "(a) …" (the UN's Chinese, French and Arabic AKN of S/RES/2556 (2020), where the
    /// English item ends without a mark). The heading introduces the items.
    private func headsItemsUnderCommaItem(_ text: String, before index: Int, in paragraphs: [RawParagraph], draft: Draft) -> Bool {
        guard let last = draft.operative.last, startsItem(index + 1, in: paragraphs) else { return false }
        let chain = Self.lastItems(of: last)
        return chain.count > 1 && headingHeadsList(under: chain[chain.count - 1], firstLetterNext: headsLetteredItems(index, in: paragraphs))
            && isHeading(text)
    }

    /// A heading after `item` heads a list under it where the item ends with a comma, or is a numeral
    /// that ends with its semicolon and the heading stands over a new lettered list ("’2‘ دعم الاستقرار …؛"
    /// / "تحقيق الاستقرار" / "(أ) توفير التنسيق …", the UN's Arabic S/RES/2556 (2020), where the other
    /// versions end the numeral with a comma).
    private func headingHeadsList(under item: Paragraph, firstLetterNext: Bool) -> Bool {
        endsWithComma(item) || firstLetterNext && item.label?.style == .roman && endsWithSemicolon(item)
    }

    private func endsWithComma(_ p: Paragraph) -> Bool {
        p.finalMark.map { language.accepts($0.mark, as: language.terminators.comma) } ?? false
    }

    private func endsWithSemicolon(_ p: Paragraph) -> Bool {
        p.finalMark.map { language.accepts($0.mark, as: language.terminators.semicolon) } ?? false
    }

    /// The deepest last item of the operative part waits for its text.
    private func openItemAwaitsText(_ draft: Draft) -> Bool {
        guard var p = draft.lastItem else { return false }
        while let c = p.children.last { p = c }
        return awaitsText(p)
    }

    /// A short unnumbered line with no final mark that does not open like a paragraph: a heading
    /// ("Travel ban", "Asset freeze" in S/2017/77).
    /// A heading over the lettered items a colon introduced: "… entities:" / "Asset Freeze" / "(a) Freeze
    /// without delay …" (S/RES/2610 (2021)). The list goes on; no adopted text follows.
    private func headsLetteredItems(_ index: Int, in paragraphs: [RawParagraph]) -> Bool {
        guard index + 1 < paragraphs.count, paragraphs[index].isHeading || isHeading(paragraphs[index].text.text) else { return false }
        return labels.read(paragraphs[index + 1].text.text)?.latin == 1
    }

    /// "Recognising" / "(a) the UN mandated Independent Assessment …;" (S/RES/2568 (2021)): a preambular
    /// phrase whose sentence runs on into its items is a paragraph, though one word with no mark.
    private func preambleRunsIntoItems(_ text: String, _ index: Int, in paragraphs: [RawParagraph]) -> Bool {
        // The next paragraph's label first: reading the opening is the dearer test.
        guard index + 1 < paragraphs.count, labels.read(paragraphs[index + 1].text.text)?.latin == 1 else { return false }
        return vocabulary.opens(text, as: .preamble)
    }

    /// `titlesSection`: the line after a section's designator ("IV") is its title however it opens
    /// ("Demande de subvention …", a request, not "Demande", requests: the UN's French A/RES/75/253 B).
    private func isHeading(_ text: String, long: Bool = false, titlesSection: Bool = false) -> Bool {
        // A section's title may be long: "Financing of the support account for peacekeeping operations for
        // the period from 1 July 2021 to 30 June 2022" (247 characters in the Spanish A/RES/75/293, 286 in
        // the English 75/253 VII).
        guard PlainText.count(text, atMost: long ? 400 : 100), PlainText.last(text) != nil else { return false }
        // A number ends a heading ("Section 1"), not a paragraph: a footnote number follows its mark,
        // as does an authored marker ("…，[^3]").
        var body = Substring(text)
        while body.hasSuffix("]"), let open = body.range(of: "[^", options: .backwards) { body = body[..<open.lowerBound] }
        guard let last = ParagraphAssembler.lastMark(String(body)), !marks.contains(last), !last.isNumber else { return false }
        // One word without a mark is a heading even where it is an operative verb: "Reviews" over
        // paragraph 107 of S/RES/2610 (2021). Chinese writes no spaces: there a word cannot be told.
        if titlesSection || language.script != "han" && !text.contains(" ") { return true }
        return !vocabulary.opensParagraph(text)
    }

    /// Reads the label of a paragraph and keeps the rest as its content.
    func makeParagraph(_ text: MappedText) -> Paragraph {
        let range = text.sourceStart..<text.sourceEnd
        guard let c = labels.read(text.text) else {
            return Paragraph(role: .preamble, label: nil, content: text, range: range)
        }
        let style: LabelStyle
        let value: Int
        if c.dash { style = .dash; value = 0 }
        else if let a = c.arabic { style = .arabic; value = a }
        else if let l = c.latin { style = .latin; value = l }  // refined by `attach` from context
        else { style = .roman; value = c.roman! }
        let label = Label(style: style, value: value, raw: c.raw, range: text.sourceRange(0..<c.length))
        var p = Paragraph(role: .subitem, label: label, content: text.slice(c.contentStart..<text.text.utf8.count), range: range)
        p.labelCandidate = c
        return p
    }

    /// Places an item in the list it goes on, or in a new list under the last item. The open lists are
    /// those along the last items ("2." → "(a)" → "(iii)" → "–"). An item opens a list under the last
    /// item when that item introduces one (a colon, or a heading-like item) and the item can start one
    /// ("(i)", "(a)", "–"); otherwise it goes on the deepest list whose next label it carries ("(iv)"
    /// after the dashes under "(iii)", the UN's AKN of S/RES/2531 (2020)); failing that, the list whose
    /// next label is nearest ("(c)" after "(a) … (vii)" is a letter), so that a slip is reported there.
    private func attach(_ item: Paragraph, to root: inout Paragraph) {
        guard let c = item.labelCandidate else { return }
        let chain = Self.lastItems(of: root)
        let deepest = chain.count - 1
        func reading(_ style: LabelStyle) -> Int? {
            switch style {
            case .latin: c.dash ? nil : c.latin
            case .roman: c.dash ? nil : c.roman
            case .dash: c.dash ? 0 : nil
            case .arabic: nil
            }
        }
        /// The style of the list under `level` and the label it expects next.
        func expected(_ level: Int) -> (style: LabelStyle, value: Int)? {
            // A heading among the items ("Urgent temporary measures:") takes no place in their list.
            guard let label = chain[level].children.last(where: { $0.label != nil })?.label, label.style != .arabic else { return nil }
            return (label.style, label.style == .dash ? 0 : label.value + 1)
        }
        let opensList = c.dash || c.roman == 1 || c.latin == 1
        func continues(_ level: Int) -> Bool { expected(level).map { reading($0.style) == $0.value } ?? false }
        // A colon opens a list; an item without a final mark does unless the label goes on its own list
        // ("(h) …；或" / "(i) …" is the next letter, the UN's Chinese S/RES/2536 (2020)).
        let last = chain[deepest]
        // A heading among the items heads no list of its own: one that starts after it goes beside it.
        let underHeading = deepest > 0 && last.isListHeading
        let opensUnderLast = !underHeading && (endsWithColon(last)
            || deepest > 0 && last.isHeadingLikeItem && !continues(deepest - 1))
            // "(i)" that is no open list's next label is the first numeral under the last item, though
            // that item ends with a comma ("(a) the structure … of its security forces, / (i) including …,
            // and / (ii) incorporating …;", S/RES/2607 (2021) in the UN's AKN, four languages).
            || c.roman == 1 && deepest > 0 && !(0..<deepest).contains(where: continues)
        var level = deepest
        var style: LabelStyle
        if deepest == 0 || opensList && opensUnderLast {
            // A list that starts "(i)" right under its paragraph runs in numerals (S/2018/221, paragraph 9);
            // under a letter, "(i)" is the first numeral.
            style = c.dash ? .dash : c.roman == 1 || c.latin == nil ? .roman : .latin
        } else if let l = (0..<deepest).reversed().first(where: continues) {
            level = l
            style = expected(l)!.style
        } else if underHeading, opensList {
            level = deepest - 1
            style = c.dash ? .dash : c.roman == 1 || c.latin == nil ? .roman : .latin
        } else {
            let near = (0..<deepest).compactMap { l -> (level: Int, style: LabelStyle, gap: Int)? in
                guard let e = expected(l), e.style != .dash, let r = reading(e.style) else { return nil }
                return (l, e.style, abs(r - e.value))
            }.min { $0.gap < $1.gap }
            if let near {
                level = near.level
                style = near.style
            } else {
                // No list of its kind is open: a new one under the last item, beside a bullet rather than under it.
                style = c.dash ? .dash : c.latin == nil ? .roman : .latin
                if chain[deepest].label?.style == .dash, !c.dash { level = deepest - 1 }
            }
        }
        var item = item
        item.label?.style = style
        item.label?.value = style == .dash ? 0 : reading(style) ?? c.latin ?? c.roman ?? 0
        item.depth = chain[level].depth + 1
        Self.append(item, at: level, in: &root)
    }

    /// An item introduces a list when it ends with a colon, or ends without a mark as a heading does
    /// ("(a) Support to the implementation of the Agreement …" over its (i), (ii): the UN's AKN of
    /// S/RES/2531 (2020)).
    private func introducesList(_ p: Paragraph) -> Bool {
        p.isHeadingLikeItem || endsWithColon(p)
    }

    /// `p` and its last item, that item's last item, and so on: the lists still open under `p`.
    private static func lastItems(of p: Paragraph) -> [Paragraph] {
        var chain = [p]
        while let last = chain[chain.count - 1].children.last { chain.append(last) }
        return chain
    }

    private func endsWithColon(_ p: Paragraph) -> Bool {
        p.finalMark.map { language.accepts($0.mark, as: language.terminators.colon) } ?? false
    }

    /// Appends `item` to the children of the node `level` steps down the last items of `node`.
    private static func append(_ item: Paragraph, at level: Int, in node: inout Paragraph) {
        if level == 0 { node.children.append(item) } else { append(item, at: level - 1, in: &node.children[node.children.count - 1]) }
    }

    struct OpeningMatch {
        var length: Int
        var organ: Organ
        /// The formula as the language writes it, with its comma.
        var withComma = true
        /// Without its comma, text follows on the same paragraph.
        var runsOn = false
    }

    /// The organ's formula at the start of a paragraph: "大会，", or without its comma.
    func openingMatch(_ text: String) -> OpeningMatch? {
        var text = text
        return text.withUTF8 { openingMatch($0) }
    }

    /// `openingMatch` of a line of the source, without making a String of it.
    func openingMatch(_ source: SourceFile, _ range: ByteRange) -> OpeningMatch? {
        source.bytes.withUnsafeBufferPointer { openingMatch(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private func openingMatch(_ utf8: UnsafeBufferPointer<UInt8>) -> OpeningMatch? {
        // Most texts differ from every formula in their first byte.
        guard let first = utf8.first, openings.contains(where: { $0.full.first == first || $0.bare.first == first }) else {
            return openings.contains { $0.bare.isEmpty } ? openingMatchAll(utf8) : nil
        }
        return openingMatchAll(utf8)
    }

    private func openingMatchAll(_ utf8: UnsafeBufferPointer<UInt8>) -> OpeningMatch? {
        for o in openings {
            if utf8.starts(with: o.full) { return OpeningMatch(length: o.full.count, organ: o.organ) }
            // Without its comma when no preamble follows ("The General Assembly" / "Adopts …").
            guard utf8.starts(with: o.bare) else { continue }
            let rest = utf8.dropFirst(o.bare.count)
            guard let next = rest.first else { return OpeningMatch(length: o.bare.count, organ: o.organ, withComma: false, runsOn: false) }
            if next == 0x20 { return OpeningMatch(length: o.bare.count, organ: o.organ, withComma: false, runsOn: true) }
            if next == 0x2C { return OpeningMatch(length: o.bare.count + 1, organ: o.organ, withComma: false, runsOn: false) }
            if rest.starts(with: Self.fullWidthComma) {
                return OpeningMatch(length: o.bare.count + Self.fullWidthComma.count, organ: o.organ, withComma: false, runsOn: false)
            }
        }
        return nil
    }

    private static let fullWidthComma = Array("，".utf8)

    /// A paragraph or line that is the organ's formula misspelt ("The Genral Assembly,",
    /// "L’Assembléegénérale," in the UN's French A/RES/75/112): the whole of it within a letter in five
    /// of a formula (`NearMiss`). Asked only where no formula is written right, so that the formula's
    /// line is read as the opening (and reported as misspelt) rather than as the title's last line.
    func misspeltOpening(_ text: String) -> OpeningMatch? {
        // Most paragraphs are far longer than any formula: told by their bytes before any String work.
        let formulas = language.openings.map(\.text)
        guard let longest = formulas.map(\.utf8.count).max(), text.utf8.count <= longest + 16 else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let i = NearMiss.nearest(trimmed, among: formulas) else { return nil }
        let comma = trimmed.hasSuffix(",") || trimmed.hasSuffix(language.terminators.comma)
        return OpeningMatch(length: text.utf8.count, organ: Organ(rawValue: language.openings[i].organ) ?? .other, withComma: comma)
    }

    /// An opening formula of the language as bytes, with and without its final comma: kept with the
    /// profile (`LanguageProfile.derived`), as every document's builder reads every paragraph with them.
    private struct Opening {
        let full: [UInt8], bare: [UInt8], organ: Organ

        init(_ formula: LanguageProfile.Opening) {
            full = Array(formula.text.utf8)
            bare = Array(String(formula.text.dropLast()).utf8)
            organ = Organ(rawValue: formula.organ) ?? .other
        }
    }

    /// "Annex", "Annex I", "附件二" alone on the first line of a paragraph.
    /// `isAnnex` of a line of the source, made a String only where an annex heading begins it (the
    /// String's `==` and `hasPrefix` both need that).
    private func isAnnex(_ line: ByteRange) -> Bool {
        guard language.annexHeadings.contains(where: { PlainText.hasPrefix(source, line, $0) }) else { return false }
        return isAnnex(source.string(line))
    }

    private func isAnnex(_ firstLine: String) -> Bool {
        language.annexHeadings.contains { h in
            firstLine == h || PlainText.hasPrefix(firstLine, h) && firstLine.count <= h.count + 6 && !firstLine.contains(language.terminators.comma)
        }
    }

    /// Whether the text holds more than `limit` characters that are not white space, read from the
    /// scalars while each is plain (a character of its own); nil where a Character walk must decide.
    private static func plainVisible(_ text: String, moreThan limit: Int) -> Bool? {
        var text = text
        return text.withUTF8 { b in
            var i = 0, visible = 0
            while i < b.count {
                let (s, width) = UTF8Text.scalar(at: i, in: b)
                guard PlainText.isPlain(s) else { return nil }
                // Character.isWhitespace reads the first scalar of a character.
                if !Graphemes.isWhitespace(s) { visible += 1; if visible > limit { return true } }
                i += width
            }
            return nil
        }
    }

    /// Lettered sections of a resolution ("A", "B", "I."), standing alone.
    /// A section's Roman numeral and its title on one line, the title however long but with no final
    /// mark ("VII Смета, пересмотренная с учетом резолюций …", the UN's AKN of A/RES/75/253).
    private func designatesSectionWithTitle(_ text: String) -> Bool {
        // Most paragraphs are passed over on their first byte: a Chinese one has no white space to
        // stop the Character walk below before its end.
        guard Self.mayOpenWithRomanNumeral(text) else { return false }
        guard let space = text.firstIndex(where: \.isWhitespace) else { return false }
        let token = text[..<space]
        let numeral = token.hasSuffix(".") ? token.dropLast() : token
        guard !numeral.isEmpty, numeral.count <= 7, numeral.allSatisfy({ "IVXL".contains($0) }) else { return false }
        let title = text[space...].trimmingCharacters(in: .whitespaces)
        guard let first = title.first, first.isUppercase, title.count <= 400, let last = PlainText.last(title) else { return false }
        return !marks.contains(last)
    }

    /// False where the text's first character cannot be I, V, X or L: its first byte is another.
    static func mayOpenWithRomanNumeral(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        return b == 0x49 || b == 0x56 || b == 0x58 || b == 0x4C
    }

    private func isSectionHeading(_ text: String) -> Bool {
        // Eight characters that are not white space cannot trim to seven: most paragraphs stop here,
        // before the whole text is trimmed. A part's Roman numeral runs to five or more ("XXIII", "XVIII" in the UN's AKN of 75/253).
        if Self.plainVisible(text, moreThan: 7) == true { return false }
        var visible = 0
        for c in text where !c.isWhitespace { visible += 1; if visible > 7 { return false } }
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count > 4 { return t.count <= 7 && t.allSatisfy { "IVXLC.".contains($0) } }
        guard let first = t.first else { return false }
        // Chinese numbers its sections 一, 二 … where the others write I, II (the UN's AKN of A/RES/75/244).
        if t.count <= 3, t.allSatisfy({ "一二三四五六七八九十".contains($0) }) { return true }
        // A single letter in either case (OCR reads "C" as "c", S/RES/820), or capitals like "IV.".
        if t.count == 1 { return first.isLetter && first.isASCII }
        return first.isUppercase && t.allSatisfy { $0.isUppercase || $0 == "." }
    }
}

import Foundation
