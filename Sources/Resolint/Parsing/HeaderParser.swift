import Foundation

/// Reads the lines before the opening formula: session, committee, agenda item and title, sponsors
/// with the kind word, the title, and the masthead that tells the organ and the kind of document.
struct HeaderParser {
    /// A session line's form split at its ordinal, and the last scalar of the suffix's lower case
    /// decomposed (`endsOtherwise`), nil for no suffix.
    typealias SessionForm = (prefix: String, suffix: String, end: Unicode.Scalar?)
    let source: SourceFile
    let language: LanguageProfile
    let layout: Layout
    /// The text before and after the ordinal of the session line ("第" … "届会议"), nil if the
    /// language's form has not exactly one ordinal.
    private let sessionForm: SessionForm?
    /// The same for the special sessions' lines.
    private let specialSessionForms: [SessionForm]
    /// Each with the literals its matches need: most header lines hold none, and ICU does not run.
    private let mastheadPatterns: [RegexCache.Compiled]
    /// The agenda item words and their suffixes, longest first.
    private let agendaItemPrefixes: [String]
    private let agendaItemSuffixes: [String]
    /// Every name of a Main Committee without its spaces, with its number, squeezed once per document
    /// and not once per header line.
    private let committeeNames: [(squeezed: String, number: Int)]
    /// The most scalars a line squeezed may have and still equal one of them: String's == is canonical
    /// equivalence, and a text equivalent to a name has at most the scalars of the name's canonical
    /// decomposition, at most `maxDecomposition` for each of the name's scalars.
    private let committeeScalarLimit: Int
    /// The same names as bytes, where all are plain: a plain line is compared on its bytes.
    private let plainCommitteeNames: PlainCommitteeNames?
    /// The kind separator's first Character once trimmed (":" of " : "), trimmed once per document, not
    /// for each line `amendmentWord` reads.
    private let kindSeparatorMark: Character?
    /// The amendment forms as bytes, where they and the separator are plain.
    private let amendmentForms: AmendmentForms?
    /// The most scalars one scalar decomposes into canonically (U+1F82 ᾂ: four; a test checks every scalar).
    static let maxDecomposition = 4

    init(source: SourceFile, language: LanguageProfile, layout: Layout) {
        self.source = source
        self.language = language
        self.layout = layout
        let forms = Forms.shared(language)
        sessionForm = forms.sessionForm
        specialSessionForms = forms.specialSessionForms
        mastheadPatterns = forms.mastheadPatterns
        agendaItemPrefixes = forms.agendaItemPrefixes
        agendaItemSuffixes = forms.agendaItemSuffixes
        committeeNames = forms.committeeNames
        committeeScalarLimit = forms.committeeScalarLimit
        plainCommitteeNames = forms.plainCommitteeNames
        kindSeparatorMark = forms.kindSeparatorMark
        amendmentForms = forms.amendmentForms
    }

    /// What the parser reads a header with, derived from the language's header words once per profile
    /// (`LanguageProfile.derived`): a parser is made for every document (and more), and deriving them
    /// was a tenth of reading a header.
    struct Forms {
        let sessionForm: SessionForm?
        let specialSessionForms: [SessionForm]
        let mastheadPatterns: [RegexCache.Compiled]
        let agendaItemPrefixes: [String]
        let agendaItemSuffixes: [String]
        let committeeNames: [(squeezed: String, number: Int)]
        let committeeScalarLimit: Int
        let plainCommitteeNames: PlainCommitteeNames?
        let kindSeparatorMark: Character?
        let amendmentForms: AmendmentForms?

        init(_ header: LanguageProfile.Header) {
            sessionForm = HeaderParser.sessionForm(header.session)
            specialSessionForms = (header.specialSessions ?? []).compactMap(HeaderParser.sessionForm)
            mastheadPatterns = (header.masthead?.patterns ?? []).compactMap { try? RegexCache.compiled($0, ignoreCase: false) }
            agendaItemPrefixes = header.agendaItem.sorted(by: { $0.count > $1.count })
            agendaItemSuffixes = (header.agendaItemSuffix ?? []).sorted(by: { $0.count > $1.count })
            committeeNames = header.committeeForms.map { (HeaderParser.squeezed($0.name), $0.number) }
            committeeScalarLimit = HeaderParser.maxDecomposition * (committeeNames.map { $0.squeezed.unicodeScalars.count }.max() ?? 0)
            plainCommitteeNames = PlainCommitteeNames(committeeNames)
            kindSeparatorMark = header.kindSeparator.trimmingCharacters(in: .whitespaces).first
            amendmentForms = kindSeparatorMark.flatMap { mark in header.amendments.flatMap { AmendmentForms(forms: $0, separator: mark) } }
        }

        static func shared(_ language: LanguageProfile) -> Forms { language.derived { Forms($0.header) } }
    }

    struct Result {
        var header = Header()
        var title: TextElement?
        var kind: DocumentKind = .unknown
        var organ: Organ = .generalAssembly
        var draftKind: Draft.Kind = .resolution
    }

    func parse(_ lines: [BodyLine]) -> Result {
        var result = Result()
        var used = Set<Int>()  // positions in `lines` already explained
        var agendaIndex: Int?
        let texts = lines.map { source.string($0.line.content) }
        // Below an adopted resolution's number ("75/127.") stands its title only, whatever its lines
        // look like: "… of the" / "United Nations" is no masthead (A/RES/75/127 as printed).
        let numberLine = texts.firstIndex(where: isAdoptionNumber) ?? texts.count

        for (i, text) in texts.enumerated() where i < numberLine {
            // A special session's line first: "Thirty-second special session" also ends as a regular one.
            if result.header.sessionLine == nil, let n = specialSessionNumber(text) {
                result.header.sessionLine = element(lines[i])
                result.header.specialSession = n.value
                used.insert(i)
            } else if result.header.sessionLine == nil, let n = sessionNumber(text) {
                result.header.sessionLine = element(lines[i])
                result.header.session = n.value
                used.insert(i)
            } else if result.header.committee == nil, let c = committee(text) {
                result.header.committeeLine = element(lines[i])
                result.header.committee = c
                used.insert(i)
            } else if result.header.committee == nil, i + 1 < texts.count, !used.contains(i + 1),
                      let c = committee(text, wrappedTo: texts[i + 1]) {
                // A long name wrapped over two lines ("Special Political and Decolonization Committee" /
                // "(Fourth Committee)").
                result.header.committeeLine = joined([lines[i], lines[i + 1]])
                result.header.committee = c
                used.insert(i); used.insert(i + 1)
            } else if result.header.agendaItemLine == nil, let items = agendaItems(text) {
                result.header.agendaItemLine = element(lines[i])
                result.header.agendaItems = items
                agendaIndex = i
                used.insert(i)
            } else if isMasthead(text) {
                if language.header.securityCouncil.contains(where: { text.hasPrefix($0) || text.hasSuffix($0) || PlainText.contains(text, $0 + " ") }) {
                    result.organ = .securityCouncil
                }
                // "Resolution adopted by the General Assembly on …"; "2020年12月10日大会决议", the date first.
                if language.header.adopted.contains(where: { text.hasPrefix($0) || text.hasSuffix($0) }) { result.kind = .adoptedResolution }
                used.insert(i)
            } else if !PlainText.hasPrefix(text, "["), PlainText.count(text, atMost: 39),
                      language.header.report.contains(where: { PlainText.hasPrefix(text, $0) || PlainText.hasSuffix(text, $0) }) {
                result.header.reportLine = element(lines[i])
                result.kind = .committeeReport
                used.insert(i)
            } else if result.header.symbol == nil, Self.symbol(in: text) != nil, i < 3 {
                used.insert(i)
            }
        }

        // Sponsors and the kind word: the block that ends with "：决议草案" / ": draft resolution".
        var kindLine: Int?
        for (i, text) in texts.enumerated() where !used.contains(i) {
            for (kind, word) in language.header.kinds where PlainText.hasSuffix(text, word) {
                kindLine = i
                result.draftKind = kind == "draft-decision" ? .decision : .resolution
                result.kind = kind == "draft-decision" ? .draftDecision : .draftResolution
            }
            if kindLine == nil, amendmentWord(text) != nil {
                kindLine = i
                result.kind = .amendment
            }
            if kindLine == nil, let kind = unsponsoredKind(text) {
                kindLine = i
                result.draftKind = kind
                result.kind = kind == .decision ? .draftDecision : .draftResolution
            }
            if kindLine != nil { break }
        }
        var titleFrom = 0
        if let k = kindLine, unsponsoredKind(texts[k]) != nil {
            // "Draft resolution submitted by the Chair of the Committee following / informal
            // consultations": no sponsors; the line may run on.
            var j = k + 1
            while j < lines.count, !used.contains(j), continues(lines, at: j), isSubmitterContinuation(texts[j]) { j += 1 }
            for u in k..<j { used.insert(u) }
            result.header.submittedBy = joined(Array(lines[k..<j]))
            titleFrom = j
            if let a = agendaIndex, a + 1 < k {
                result.header.agendaTitle = joined(((a + 1)..<k).filter { !used.contains($0) }.map { lines[$0] })
            }
        } else if let k = kindLine {
            var start = k
            while start > 0, !used.contains(start - 1), continues(lines, at: start) { start -= 1 }
            // An agenda title printed right above the sponsors (A/L.632) is not part of them: the list
            // begins at the first line that opens with a State name.
            if let a = agendaIndex, start == a + 1 {
                if let first = (start...k).first(where: { opensWithStateName(texts[$0]) }) {
                    start = first
                } else {
                    // No line opens with a name resolint knows (a misspelt sponsor): the list is the kind
                    // line and the lines above it that end on a separator, as a wrapped list does.
                    let marks = [language.sponsors.separator, language.sponsors.lastSeparator]
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    start = k
                    while start - 1 > a, marks.contains(where: { texts[start - 1].trimmingCharacters(in: .whitespaces).hasSuffix($0) }) { start -= 1 }
                }
            }
            for j in start...k { used.insert(j) }
            result.header.sponsors = sponsorList(Array(lines[start...k]))
            titleFrom = k + 1
            // The agenda title runs from the agenda item line to the sponsors.
            if let a = agendaIndex, a + 1 < start {
                result.header.agendaTitle = joined(((a + 1)..<start).filter { !used.contains($0) }.map { lines[$0] })
            }
        } else if let a = agendaIndex {
            // No sponsors (a report, an adopted resolution): the agenda title is the next unexplained block.
            var j = a + 1
            var block: [BodyLine] = []
            while j < lines.count, !used.contains(j), block.isEmpty || continues(lines, at: j) { block.append(lines[j]); used.insert(j); j += 1 }
            if !block.isEmpty { result.header.agendaTitle = joined(block) }
            titleFrom = j
        }
        // The title: the last block of unexplained lines before the opening.
        if result.organ != .securityCouncil {
            var block: [BodyLine] = []
            var j = lines.count - 1
            while j >= titleFrom, !used.contains(j), !isAdoptionNumber(texts[j]) {
                block.insert(lines[j], at: 0)
                if !continues(lines, at: j) { break }
                j -= 1
            }
            if !block.isEmpty { result.title = joined(block) }
        }
        if result.organ == .securityCouncil {
            result.kind = result.header.sponsors != nil ? .securityCouncilDraft : .securityCouncilResolution
        } else if result.kind == .unknown, result.header.sessionLine != nil || result.header.agendaItemLine != nil {
            // A General Assembly header without a kind word is still a draft: header.sponsors says what is missing.
            result.kind = .draftResolution
        }
        let titleLines = Set(result.title.map { t in lines.indices.filter { t.range.contains(lines[$0].line.content.lowerBound) } } ?? [])
        result.header.unplacedLines = lines.indices.filter { !used.contains($0) && !titleLines.contains($0) }.map { lines[$0].line.content }
        return result
    }

    /// Whether line `i` continues the block of the line before it, in this layout.
    private func continues(_ lines: [BodyLine], at i: Int) -> Bool {
        guard i > 0 else { return false }
        switch layout {
        case .interleaved: return lines[i].line.indent == 0
        case .pdftotext, .blankSeparated: return !lines[i].blankBefore
        case .linePerParagraph: return false
        }
    }

    /// The number of the Main Committee a line names, by any of its names (spaces aside: a name wrapped
    /// over two lines is joined with one, and Chinese writes none).
    /// A line longer than any name is given up before it is copied.
    func committee(_ text: String) -> Int? {
        if let plain = plainCommitteeNames, let answer = Self.committee(of: text, nil, plain) { return answer }
        guard let squeezed = Self.squeezed(text, atMost: committeeScalarLimit) else { return nil }
        return committeeNames.first { $0.squeezed == squeezed }?.number
    }

    /// `committee(text + " " + next)`, without joining the lines where they are plain.
    func committee(_ text: String, wrappedTo next: String) -> Int? {
        if let plain = plainCommitteeNames, let answer = Self.committee(of: text, next, plain) { return answer }
        return committee(text + " " + next)
    }

    /// The committee the texts name, one after the other, compared on the bytes of their plain
    /// scalars but White_Space: where the names are plain too, Strings are equal only where their
    /// bytes are. `.none` where a text holds a scalar that is not plain.
    static func committee(of text: String, _ next: String?, _ names: PlainCommitteeNames) -> Int?? {
        // Squeezed into a buffer one byte longer than the longest name: a text that fills it is longer
        // than every name, and the walk goes on only to tell whether it is plain.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: names.longest + 4) { buffer -> Int?? in
            let capacity = names.longest + 1
            var count = 0
            for part in [text, next] {
                guard var part else { continue }
                let plain = part.withUTF8 { b -> Bool in
                    var i = 0
                    while i < b.count {
                        let lead = b[i]
                        if lead < 0x80 {
                            if count < capacity, !isWhitespace(Unicode.Scalar(lead)) { buffer[count] = lead; count += 1 }
                            i += 1
                            continue
                        }
                        let (s, width) = UTF8Text.scalar(at: i, in: b)
                        if !isWhitespace(s) {
                            guard PlainText.isPlain(s) else { return false }
                            if count < capacity {
                                // A scalar that does not fit leaves the text longer than every name.
                                if count + width > capacity { count = capacity } else {
                                    for k in 0..<width { buffer[count + k] = b[i + k] }
                                    count += width
                                }
                            }
                        }
                        i += width
                    }
                    return true
                }
                guard plain else { return .none }
            }
            guard count <= names.longest else { return .some(nil) }
            let squeezed = UnsafeBufferPointer(rebasing: buffer[0..<count])
            return .some(names.names.first { $0.bytes.count == count && $0.bytes.elementsEqual(squeezed) }?.number)
        }
    }

    /// The committee names squeezed, as bytes, when every one is plain.
    struct PlainCommitteeNames {
        let names: [(bytes: [UInt8], number: Int)]
        let longest: Int

        init?(_ names: [(squeezed: String, number: Int)]) {
            var read: [(bytes: [UInt8], number: Int)] = []
            for (name, number) in names {
                var n = name
                guard n.withUTF8(PlainText.isPlain) else { return nil }
                read.append((Array(name.utf8), number))
            }
            self.names = read
            longest = read.map(\.bytes.count).max() ?? 0
        }
    }

    /// The text without its White_Space scalars, copied as bytes (most header lines are ASCII).
    static func squeezed(_ text: String) -> String {
        // Read in place and written straight into the new String's storage: no copy of the bytes either way.
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var i = 0, o = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b < 0x80 {
                        if !isWhitespace(Unicode.Scalar(b)) { out[o] = b; o += 1 }
                        i += 1
                        continue
                    }
                    // A String's bytes are valid UTF-8: the lead byte tells the length.
                    let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var value = UInt32(b) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
                    for k in 1..<n { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let u = Unicode.Scalar(value), isWhitespace(u) {} else {
                        for k in 0..<n { out[o + k] = bytes[i + k] }
                        o += n
                    }
                    i += n
                }
                return o
            }
        }
    }

    /// `squeezed(text)`, or nil when it would hold more than `limit` scalars (counted before any is copied).
    static func squeezed(_ text: String, atMost limit: Int) -> String? {
        // No more scalars than bytes: most lines need no count.
        if text.utf8.count > limit {
            var count = 0
            for u in text.unicodeScalars where !isWhitespace(u) {
                count += 1
                if count > limit { return nil }
            }
        }
        return squeezed(text)
    }

    /// Unicode's White_Space, answered without its tables: the property's scalars are fixed (tab to
    /// carriage return, space, U+0085, U+00A0, U+1680, U+2000…U+200A, U+2028, U+2029, U+202F, U+205F,
    /// U+3000), and the table look-up cost more than the rest of squeezing a header line.
    /// `ScalarPathTests` compares it with `properties.isWhitespace` for every scalar.
    static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private func element(_ line: BodyLine) -> TextElement {
        TextElement(text: MappedText(source: source, range: line.line.content), range: line.line.content)
    }

    private func joined(_ lines: [BodyLine]) -> TextElement? {
        guard let first = lines.first else { return nil }
        var text = MappedText(source: source, range: first.line.content)
        for l in lines.dropFirst() {
            text.appendJoiner(language.lineJoiner)
            text.append(source: source, range: l.line.content)
        }
        return TextElement(text: text, range: text.sourceStart..<text.sourceEnd)
    }

    /// The session line's form split at its ordinal (made once per profile, with `Forms`).
    fileprivate static func sessionForm(_ session: String) -> SessionForm? {
        // "{ordinal} session", or a case form: "{ordinal-genitive} …" (any case form is read).
        let template = ordinalPlaceholdersUnified(session)
        let parts = template.components(separatedBy: "{ordinal}")
        return parts.count == 2 ? (prefix: parts[0], suffix: parts[1], end: decomposedEnd(ofLowercased: parts[1])) : nil
    }

    /// The text with every "{ordinal-…}" written "{ordinal}": what replacing `\{ordinal(-[a-z]+)?\}`
    /// does, without compiling an expression for it.
    static func ordinalPlaceholdersUnified(_ text: String) -> String {
        let open = Array("{ordinal".utf8)
        let b = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            if b[i] == 0x7B, i + open.count <= b.count, b[i..<(i + open.count)].elementsEqual(open) {
                var j = i + open.count
                if j < b.count, b[j] == 0x2D {
                    var k = j + 1
                    while k < b.count, Bytes.isLower(b[k]) { k += 1 }
                    if k > j + 1 { j = k }
                }
                if j < b.count, b[j] == 0x7D {
                    out += Array("{ordinal}".utf8)
                    i = j + 1
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "第七十三届会议" / "Seventy-third session": the ordinal read back to a number (nil value if unreadable).
    /// The first special session's form whose number the line gives. A loop, not a lazy map: the
    /// closure that map takes copied the whole parser for every line of the header.
    private func specialSessionNumber(_ text: String) -> (value: Int?, words: String)? {
        for form in specialSessionForms {
            if let n = sessionNumber(text, form: form), n.value != nil { return n }
        }
        return nil
    }

    func sessionNumber(_ text: String) -> (value: Int?, words: String)? {
        sessionForm.flatMap { sessionNumber(text, form: $0) }
    }

    private func sessionNumber(_ text: String, form: SessionForm) -> (value: Int?, words: String)? {
        let (prefix, suffix, end) = form
        // Most lines fail on their last byte, before anything is lower-cased or counted.
        if Self.endsOtherwise(text, end) { return nil }
        guard text.hasPrefix(prefix), text.suffix(suffix.count).lowercased() == suffix.lowercased() else { return nil }
        guard text.count > prefix.count + suffix.count,
              text.lowercased().hasSuffix(suffix.lowercased()) else { return nil }
        let words = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        guard words.count <= 40 else { return nil }
        return (language.ordinals.number(for: words), words)
    }

    /// Whether the text's last Character lower-cased cannot end a text canonically equivalent to a
    /// suffix whose lower case, decomposed, ends with `end`: the text's last byte is ASCII, and `end` is
    /// not that byte lower-cased. String's lowercased() maps each scalar alone, so the lower case of
    /// the text's last Characters ends with that byte's; an ASCII scalar decomposes into itself and no
    /// mark is ordered after it, so their decomposition ends with it too, and equivalent texts have the
    /// same decomposition. What `sessionNumber` finds with `text.suffix(n).lowercased() == suffix.lowercased()`.
    /// So too where the last scalar is a Han ideograph (U+4E00…U+9FFF) or a CJK comma, full stop,
    /// colon, semicolon or closing parenthesis: no case, no canonical decomposition, no combining
    /// class, so that it ends the decomposed lower case as it is (Chinese header lines end so).
    static func endsOtherwise(_ text: String, _ end: Unicode.Scalar?) -> Bool {
        guard let end, let b = text.utf8.last else { return false }
        if b < 0x80 { return UInt32(Bytes.isUpper(b) ? b | 0x20 : b) != end.value }
        guard let last = text.unicodeScalars.last else { return false }
        switch last.value {
        case 0x4E00...0x9FFF, 0x3001, 0x3002, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B: return last != end
        default: return false
        }
    }

    /// The last scalar of the canonical decomposition of the text's lower case; nil for no text.
    static func decomposedEnd(ofLowercased text: String) -> Unicode.Scalar? {
        text.isEmpty ? nil : text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.last
    }

    private func agendaItems(_ text: String) -> [String]? {
        for prefix in agendaItemPrefixes where text.hasPrefix(prefix) {
            var rest = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard let first = rest.first, first.isNumber else { continue }
            // A footnote mark on the line ("Item 35 of the provisional agenda*": the agenda's symbol below).
            while rest.hasSuffix("*") { rest.removeLast() }
            // "Point 113 b) de l'ordre du jour": the words after the numbers.
            for suffix in agendaItemSuffixes where rest.hasSuffix(suffix) {
                rest = String(rest.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
            var list = rest
            for sep in language.header.agendaItemJoiners ?? [","] { list = list.replacingOccurrences(of: sep, with: "|") }
            return list.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return nil
    }

    /// Masthead lines: the organization and the organ (language data), "Distr.: General" and "Original:"
    /// (printed so in every language version), dates, "[without reference …]", the symbol.
    private func isMasthead(_ text: String) -> Bool {
        if let m = language.header.masthead {
            if m.lines.contains(text) { return true }
            if mastheadPatterns.contains(where: { $0.prefilter.mayMatch(text) && $0.firstMatch(in: text) != nil }) {
                return true
            }
        }
        if language.header.securityCouncil.contains(where: { PlainText.hasPrefix(text, $0) }) && PlainText.contains(text, "Distr") { return true }
        if PlainText.hasPrefix(text, "Distr") || PlainText.hasPrefix(text, "Original:") || PlainText.hasPrefix(text, "Original :") { return true }
        if PlainText.hasPrefix(text, "[") && PlainText.hasSuffix(text, "]") { return true }
        if language.header.adopted.contains(where: { PlainText.hasPrefix(text, $0) || PlainText.hasSuffix(text, $0) }) { return true }
        if Self.symbol(in: text) == text { return true }
        return false
    }

    /// "73/6." above the title of an adopted resolution.
    func isAdoptionNumber(_ text: String) -> Bool {
        Self.mayBeAdoptionNumber(text) && Self.adoptionNumber.matches(text)
    }

    /// False for a line that cannot match `adoptionNumber`: one that opens with an ASCII byte other
    /// than a digit (ICU's \d is any decimal digit, so a line opening outside ASCII may), or holds no "/".
    /// Every line above an adopted resolution's number was given to ICU.
    static func mayBeAdoptionNumber(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80, !Bytes.isDigit(first) { return false }
        return text.utf8.contains(0x2F)
    }

    // Compiled once: `range(of:options: .regularExpression)` compiles its pattern on every call.
    private static let adoptionNumber = Pattern(#"^\d+/\d+\.?$"#)
    /// A part of a resolution issued apart carries its letter: "A/RES/75/245 B".
    // "A/RES/75/101 A-B": a collection of resolutions names its parts after the number.
    private static let symbolPattern = Pattern(#"(?:^|\s)([AS]/[A-Z0-9.\-/]+(?: [A-Z](?:[-–][A-Z])?)?(?: \(\d{4}\))?)\s*$"#)

    /// A fixed regular expression, compiled once and shared by all threads.
    struct Pattern: @unchecked Sendable {
        let expression: NSRegularExpression
        init(_ pattern: String) { expression = try! NSRegularExpression(pattern: pattern) }
        func matches(_ text: String) -> Bool { firstMatch(text) != nil }
        func firstMatch(_ text: String) -> Range<String.Index>? {
            let ns = NSRange(text.startIndex..., in: text)
            return expression.firstMatch(in: text, range: ns).flatMap { Range($0.range, in: text) }
        }
    }

    /// A UN document symbol at a word start: "A/C.1/73/L.37", "S/2016/1061", "S/RES/1454 (2002)".
    static func symbol(in text: String) -> String? {
        // Cheap test first: a symbol holds "A/" or "S/".
        guard holdsSymbolStart(text) else { return nil }
        var text = text
        // The ASCII tail of the line is matched on its bytes, and trimmed of the spaces and tabs that
        // are all `.whitespaces` holds in ASCII. A match runs to the line's end: it takes in the scalar
        // before the tail only as a space, a dash or a digit; where that is something else (a Han
        // character, a full-width bracket), the match lies in the tail.
        let ascii: String?? = text.withUTF8 { b in
            var tail = b.count
            while tail > 0, b[tail - 1] < 0x80 { tail -= 1 }
            if tail > 0 {
                let before = UTF8Text.scalar(endingAt: tail, in: b)
                guard !isWhitespace(before), before != "\u{2013}", before.properties.generalCategory != .decimalNumber else { return .none }
            }
            guard let start = SymbolAtLineEnd.matchStart(UnsafeBufferPointer(rebasing: b[tail...]), atTextStart: tail == 0) else { return .some(nil) }
            var lo = tail + start
            var hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self))
        }
        if let ascii { return ascii }
        return symbolByExpression(in: text)
    }

    /// `symbol(in:)` by the expression: exact for any text.
    static func symbolByExpression(in text: String) -> String? {
        guard let r = symbolPattern.firstMatch(text) else { return nil }
        return String(text[r]).trimmingCharacters(in: .whitespaces)
    }

    /// Whether the text holds "A/" or "S/", which every match of `symbolPattern` does.
    private static func holdsSymbolStart(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 1
            while i < b.count {
                if b[i] == 0x2F, b[i - 1] == 0x41 || b[i - 1] == 0x53 { return true }
                i += 1
            }
            return false
        }
    }

    /// A draft without sponsors: "Draft resolution" alone (Sixth Committee), or "Draft resolution
    /// submitted by the President / the Chair / the Vice-Chair …" (A/80/L.41, A/C.5/80/L.11).
    func unsponsoredKind(_ text: String) -> Draft.Kind? {
        // Every form holds a heading: a line without one is passed over on its bytes (long lines
        // were trimmed, by Foundation, to learn no more).
        if PlainText.lacksAll(text, language.report.draftHeading) { return nil }
        return unsponsoredKindByCharacters(text)
    }

    /// `unsponsoredKind` by Strings: exact for any text.
    func unsponsoredKindByCharacters(_ text: String) -> Draft.Kind? {
        let line = text.trimmingCharacters(in: .whitespaces)
        for (i, heading) in language.report.draftHeading.enumerated() {
            let kind: Draft.Kind = i == 0 ? .resolution : .decision
            if line == heading { return kind }
            for by in language.header.submittedBy ?? [] {
                if line.hasPrefix(heading + " " + by) || line.hasPrefix(heading + ", " + by) { return kind }
                // Chinese: "主席提交的决议草案", the submitter first.
                if line.hasSuffix(heading), line.contains(by) { return kind }
            }
        }
        return nil
    }

    /// A line that goes on a "submitted by" line rather than starting the title: it starts in lower
    /// case ("informal consultations") or with a parenthesis, or ends one ("Economic and Social
    /// Council (resolution 2025/15)", A/C.3/80/L.7).
    private func isSubmitterContinuation(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let first = t.unicodeScalars.first else { return false }
        return first.properties.isLowercase || first == "(" || t.hasSuffix(")") && t.contains("(")
    }

    /// The amendment kind words the line ends with, once the symbol of the amended draft is set
    /// aside ("amendment to draft resolution A/80/L.3", "对决议草案 A/80/L.3 的修正案").
    /// The text after the last kind separator must hold one of the forms, or begin with its first
    /// word when the words wrap onto the next line ("…Sweden:* amendment to draft / resolution 6
    /// recommended by the Second Committee …", A/80/L.39).
    func amendmentWord(_ text: String) -> String? {
        guard language.header.amendments != nil, kindSeparatorMark != nil else { return nil }
        // A plain line (each Character one scalar, equal only to itself) is read on its bytes: the
        // sponsors' line holds the separator, and Foundation's `contains` cost more than the rest.
        if let plain = amendmentForms, let answer = Self.amendmentWord(text, plain) { return answer }
        return amendmentWordByCharacters(text)
    }

    /// The amendment forms as bytes, with the first word of each, and the kind separator's mark:
    /// nil where one is not plain (its bytes would not tell its Characters).
    struct AmendmentForms {
        let separator: [UInt8]
        let forms: [(form: String, bytes: [UInt8], firstWord: [UInt8]?)]

        init?(forms: [String], separator: Character) {
            let mark = Array(String(separator).utf8)
            var text = String(separator)
            guard text.unicodeScalars.count == 1, text.withUTF8(PlainText.isPlain) else { return nil }
            var read: [(String, [UInt8], [UInt8]?)] = []
            for form in forms {
                var f = form
                guard !form.isEmpty, f.withUTF8(PlainText.isPlain) else { return nil }
                read.append((form, Array(form.utf8), form.split(separator: " ").first.map { Array($0.utf8) }))
            }
            self.separator = mark
            self.forms = read
        }
    }

    /// `amendmentWordByCharacters` on the bytes of a plain text; `.none` where the text is not plain.
    static func amendmentWord(_ text: String, _ plain: AmendmentForms) -> String?? {
        var text = text
        return text.withUTF8 { t -> String?? in
            guard PlainText.isPlain(t) else { return .none }
            let mark = plain.separator
            // The last separator, and the text after it without spaces and footnote marks.
            var at = t.count - mark.count
            while at >= 0, !mark.indices.allSatisfy({ t[at + $0] == mark[$0] }) { at -= 1 }
            guard at >= 0 else { return .some(nil) }
            var from = at + mark.count
            while from < t.count {
                if t[from] == 0x20 || t[from] == 0x2A { from += 1 } else if t[from] == 0xC2, from + 1 < t.count, t[from + 1] == 0xA0 { from += 2 } else { break }
            }
            let rest = UnsafeBufferPointer(rebasing: t[from...])
            for (form, bytes, firstWord) in plain.forms {
                if bytes.withUnsafeBufferPointer({ Bytes.contains(rest, $0) }) { return .some(form) }
                guard let word = firstWord else { continue }
                if rest.count == word.count, rest.elementsEqual(word) { return .some(form) }
                if rest.count > word.count, rest[word.count] == 0x20, rest.prefix(word.count).elementsEqual(word) { return .some(form) }
            }
            return .some(nil)
        }
    }

    /// `amendmentWord` by Characters: exact for any text.
    func amendmentWordByCharacters(_ text: String) -> String? {
        guard let forms = language.header.amendments,
              let separator = language.header.kindSeparator.trimmingCharacters(in: .whitespaces).first,
              let at = text.lastIndex(of: separator) else { return nil }
        let rest = text[text.index(after: at)...].drop { $0 == " " || $0 == "*" || $0 == "\u{A0}" }
        return forms.first { form in
            rest.contains(form) || form.split(separator: " ").first.map { rest.hasPrefix($0 + " ") || rest == $0 } == true
        }
    }

    private func sponsorList(_ block: [BodyLine]) -> SponsorList? {
        guard let element = joined(block) else { return nil }
        let text = element.text.text
        let bytes = Array(text.utf8)
        var kindWord: TextElement?
        var end = bytes.count
        // An amendment: the kind words run from the last kind separator to the end (symbol included).
        if amendmentWord(text) != nil {
            let separator = Array(language.header.kindSeparator.trimmingCharacters(in: .whitespaces).utf8)
            if let at = Bytes.lastRange(of: separator, in: bytes) {
                var from = at.upperBound
                while from < bytes.count, bytes[from] == 0x20 || bytes[from] == 0x2A { from += 1 }
                kindWord = TextElement(text: element.text.slice(from..<bytes.count), range: element.text.sourceRange(from..<bytes.count))
                end = at.lowerBound
                // A sponsor footnote mark before the separator ("Ukraine*:").
                while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2A { end -= 1 }
            }
        }
        for (_, word) in language.header.kinds where kindWord == nil && text.hasSuffix(word) {
            let wordStart = bytes.count - word.utf8.count
            kindWord = TextElement(text: element.text.slice(wordStart..<bytes.count), range: element.text.sourceRange(wordStart..<bytes.count))
            end = wordStart
            let sep = Array(language.header.kindSeparator.utf8)
            let trimmed = Array(language.header.kindSeparator.trimmingCharacters(in: .whitespaces).utf8)
            // A sponsor footnote mark after the separator ("Iraq:* draft resolution") or before it.
            if let e = Self.skippingFootnoteMarks(bytes, before: end, separator: trimmed) { end = e }
            else if end >= sep.count, bytes[(end - sep.count)..<end].elementsEqual(sep) { end -= sep.count }
            else if end >= trimmed.count, bytes[(end - trimmed.count)..<end].elementsEqual(trimmed) { end -= trimmed.count }
            else if !trimmed.isEmpty {
                // The separator with other spaces around it ("Japon\u{A0}: projet de résolution").
                var e = end
                while let (s, at) = Bytes.scalar(bytes, before: e), s.properties.isWhitespace { e = at }
                if e >= trimmed.count, bytes[(e - trimmed.count)..<e].elementsEqual(trimmed) {
                    e -= trimmed.count
                    while let (s, at) = Bytes.scalar(bytes, before: e), s.properties.isWhitespace { e = at }
                    end = e
                }
            }
        }
        // Split on every separator the language uses, and on common wrong ones, keeping each with its range.
        let separators = [language.sponsors.separator, language.sponsors.lastSeparator, "，", ",", "、", ";", "；"]
            .map { Array($0.utf8) }.filter { !$0.isEmpty }
        var names: [(String, ByteRange)] = []
        var seps: [(String, ByteRange)] = []
        var nameStart = 0
        var i = 0
        let last = Array(language.sponsors.lastSeparator.utf8)
        let lastSeparatorAt = lastSeparator(last, in: bytes, before: end, regular: separators.filter { $0 != last })
        while i < end {
            var matched: [UInt8]?
            for s in separators where i + s.count <= end && bytes[i..<(i + s.count)].elementsEqual(s) {
                // The last separator word ("和" / " and ") separates only before the last name.
                if s == last && i != lastSeparatorAt { continue }
                if matched == nil || s.count > matched!.count { matched = s }
            }
            if let s = matched {
                names.append(trimmedName(bytes, nameStart..<i, element))
                var text = String(decoding: s, as: UTF8.self), upper = i + s.count
                // A footnote mark set after the separator belongs to the name before it ("Egypt,*
                // Equatorial Guinea"): the separator is read as if the mark were not there, and with
                // the last separator word right after it, as that word ("Nigeria,* and Thailand").
                var j = upper, marks = false
                while j < end, bytes[j] == 0x2A || bytes[j] == 0x20 { marks = marks || bytes[j] == 0x2A; j += 1 }
                if marks {
                    let word = Array(language.sponsors.lastSeparator.trimmingCharacters(in: .whitespaces).utf8)
                    if !word.isEmpty, j + word.count < end, bytes[j..<(j + word.count)].elementsEqual(word), bytes[j + word.count] == 0x20 {
                        text = language.sponsors.lastSeparator
                        upper = j + word.count + 1
                    } else if text.trimmingCharacters(in: .whitespaces) == language.sponsors.separator.trimmingCharacters(in: .whitespaces) {
                        text = language.sponsors.separator
                        upper = j
                    }
                }
                seps.append((text, element.text.sourceRange(i..<upper)))
                i = upper
                nameStart = i
            } else {
                i += 1
            }
        }
        names.append(trimmedName(bytes, nameStart..<end, element))
        if names.count == 1, names[0].0.isEmpty { names = [] }
        return SponsorList(element: element, names: names, separators: seps, kindWord: kindWord)
    }

    /// Where the last separator word ("和" / " and ") separates the last two names. Names may hold the
    /// word themselves (特立尼达和多巴哥, "Trinidad and Tobago"): among its occurrences after the last
    /// regular separator, the one that leaves a State name on both sides is taken; if none does and the
    /// whole tail is one State name, the word separates nothing. Otherwise, the last occurrence.
    private func lastSeparator(_ needle: [UInt8], in bytes: [UInt8], before end: Int, regular: [[UInt8]]) -> Int? {
        guard let fallback = lastIndex(of: needle, in: bytes, before: end) else { return nil }
        var tailStart = 0
        for r in regular {
            if let i = lastIndex(of: r, in: bytes, before: end), i + r.count > tailStart { tailStart = i + r.count }
        }
        var candidates: [Int] = []
        var i = fallback
        while i >= tailStart {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { candidates.append(i) }
            i -= 1
        }
        guard let names = StateNames.builtIn("member-states", language: language.code) else { return fallback }
        func text(_ r: Range<Int>) -> String {
            String(decoding: bytes[r], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // One occurrence: the separator, unless the last name holds the word itself ("United Kingdom of
        // Great Britain and Northern Ireland" alone, A/C.1/80/L.35; "特立尼达和多巴哥").
        if candidates.count == 1 { return names.isKnown(text(tailStart..<end)) ? nil : fallback }
        for c in candidates where names.isKnown(text(tailStart..<c)) && names.isKnown(text((c + needle.count)..<end)) {
            return c
        }
        if names.isKnown(text(tailStart..<end)) { return nil }
        return fallback
    }

    private func opensWithStateName(_ line: String) -> Bool {
        guard let names = StateNames.builtIn("member-states", language: language.code) else { return false }
        let separators = [language.sponsors.separator, language.sponsors.lastSeparator, language.header.kindSeparator]
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // The line up to any separator (or to its end) may be a name: "United Kingdom of Great Britain
        // and Northern Ireland: draft decision" holds the last separator word inside the name.
        var cuts = [line.endIndex]
        for s in separators {
            var from = line.startIndex
            while let r = line.range(of: s, range: from..<line.endIndex) { cuts.append(r.lowerBound); from = r.upperBound }
        }
        return cuts.contains { cut in
            names.isKnown(line[..<cut].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "*")))
        }
    }

    private func lastIndex(of needle: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
        guard !needle.isEmpty, end >= needle.count else { return nil }
        var i = end - needle.count
        while i >= 0 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// Where the names end when footnote marks ("*", "**") stand next to the kind separator, with
    /// spaces around: "Iraq:* draft resolution", "State of Palestine:** draft decision", "Peru*: …".
    /// nil when there is no mark (the plain separator is handled as before).
    static func skippingFootnoteMarks(_ bytes: [UInt8], before end: Int, separator: [UInt8]) -> Int? {
        guard !separator.isEmpty else { return nil }
        var e = end, marks = 0
        func skip() { while e > 0, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x2A { if bytes[e - 1] == 0x2A { marks += 1 }; e -= 1 } }
        skip()
        guard e >= separator.count, bytes[(e - separator.count)..<e].elementsEqual(separator) else { return nil }
        e -= separator.count
        skip()
        return marks > 0 ? e : nil
    }

    private func trimmedName(_ bytes: [UInt8], _ r: Range<Int>, _ element: TextElement) -> (String, ByteRange) {
        var lo = r.lowerBound, hi = r.upperBound
        // Spaces, and a footnote mark on a name ("* Equatorial Guinea" after a wrapped "Chad,*").
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x2A { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x2A { hi -= 1 }
        let name = String(decoding: bytes[lo..<hi], as: UTF8.self)
        if lo == hi { let at = element.text.sourceOffset(lo); return ("", at..<at) }
        return (name, element.text.sourceRange(lo..<hi))
    }
}

