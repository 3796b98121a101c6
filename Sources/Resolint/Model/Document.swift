/// The structure of a UN draft as resolint understands it (spec/structure.md). Every element keeps
/// the byte range of its source text, so diagnostics point at the exact characters of the file.
public enum DocumentKind: String, Codable, Sendable {
    case draftResolution = "draft-resolution"
    case draftDecision = "draft-decision"
    case committeeReport = "committee-report"
    case adoptedResolution = "adopted-resolution"
    case securityCouncilDraft = "security-council-draft"
    case securityCouncilResolution = "security-council-resolution"
    /// A note by the Secretariat, the Chair or the President (the organization of work, the status of
    /// documentation): not a draft; only rules that name this kind run on it.
    case note
    /// An amendment to a draft ("Ukraine: amendment to draft resolution A/80/L.3"): a header and
    /// numbered instructions ("After operative paragraph 3, insert …"), no resolution of its own.
    case amendment
    /// A file with no text but spaces and line breaks.
    case empty
    case unknown
}

public enum Organ: String, Codable, Sendable {
    case generalAssembly = "general-assembly"
    case securityCouncil = "security-council"
    case other
}

/// A piece of text with its place in the file.
public struct TextElement: Sendable {
    public var text: MappedText
    public var range: ByteRange
    public var string: String { text.text }
}

public struct Document: Sendable {
    public let source: SourceFile
    public let language: LanguageProfile
    public let layout: Layout
    public var kind: DocumentKind = .unknown
    public var organ: Organ = .generalAssembly
    public var header = Header()
    /// The drafts: one for a draft or a resolution; each recommended text for a committee report.
    public var drafts: [Draft] = []
    /// Committee reports only: the numbered paragraphs of the report itself.
    public var reportParagraphs: [Paragraph] = []
    public var footnoteScopes: [FootnoteScope] = []
    /// A printed text's page feet: each block of notes from its separator line on, where the notes'
    /// own lines may be scrambled (pdftotext) and a note's text is not told line by line.
    public var footnoteAreas: [ByteRange] = []
    public var votes: [RecordedVote] = []
    /// What the parser had to skip to recover ("stray line"), for the user to see.
    public var notes: [ParseNote] = []
    /// Italics and bold, when the file carries formatting (a Word document); nil for plain text.
    public var emphasis: Emphasis?
    /// Every body paragraph in file order (report paragraphs and drafts alike), for text rules.
    public var allParagraphs: [Paragraph] {
        var out: [Paragraph] = []
        func walk(_ p: Paragraph) { out.append(p); p.children.forEach(walk) }
        reportParagraphs.forEach(walk)
        for d in drafts { (d.preamble + d.operative + d.stray).forEach(walk) }
        // Mostly in file order already: where every start is after the one before, sorting moves nothing.
        if zip(out, out.dropFirst()).allSatisfy({ $0.range.lowerBound < $1.range.lowerBound }) { return out }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

public struct ParseNote: Sendable {
    public var range: ByteRange
    public var message: String
}

public struct Header: Sendable {
    public var symbol: TextElement?
    /// The session line as written, and its number when the ordinal could be read.
    public var sessionLine: TextElement?
    public var session: Int?
    /// A special or emergency special session's number, where the session line names one
    /// ("Thirty-second special session"); `session` is then nil.
    public var specialSession: Int?
    public var committeeLine: TextElement?
    public var committee: Int?
    public var agendaItemLine: TextElement?
    public var agendaItems: [String] = []
    public var agendaTitle: TextElement?
    public var sponsors: SponsorList?
    /// "Draft resolution submitted by the Chair …" (or "Draft resolution" alone): a draft without
    /// sponsors, presented by an officer of the Assembly or a Committee.
    public var submittedBy: TextElement?
    public var reportLine: TextElement?
    /// "Note by the Secretariat" and the like: the document is a note, not a draft.
    public var noteLine: TextElement?
    /// Header lines the parser could not place (where a missing sponsor line most likely stands).
    public var unplacedLines: [ByteRange] = []
    public init() {}
}

public struct SponsorList: Sendable {
    public var element: TextElement
    /// The names as separated in the text, each with its range; an empty name marks a doubled separator.
    public var names: [(name: String, range: ByteRange)]
    /// The separators between names, in order, with their ranges.
    public var separators: [(text: String, range: ByteRange)]
    public var kindWord: TextElement?
}

public struct Draft: Sendable {
    public enum Kind: String, Sendable { case resolution, decision }
    public var kind: Kind
    public var heading: TextElement?
    public var title: TextElement?
    public var opening: TextElement?
    /// Further occurrences of the opening formula (it must appear once).
    public var extraOpenings: [TextElement] = []
    /// Paragraphs that stand before the opening formula inside the body.
    public var beforeOpening: [Paragraph] = []
    public var preamble: [Paragraph] = []
    public var operative: [Paragraph] = []
    /// Unnumbered paragraphs found after operative paragraph 1.
    public var stray: [Paragraph] = []
    public var footnoteScope: Int = 0
    /// Where the draft's text ends (exclusive), for scoping.
    public var range: ByteRange
    /// True when this draft was found inside a committee report.
    public var embedded: Bool = false
    /// The last operative paragraph adopts a text that follows it ("Adopts the following declaration:").
    public var adoptsText: Bool = false
    /// The paragraphs of that text, up to the resolution's end: the adopted text's own, not the draft's
    /// (no rule checks them as preambular or operative paragraphs), but their footnote markers are read
    /// with the draft's (the UN's A/RES/75/1 numbers its notes through the declaration it adopts).
    public var adoptedText: [Paragraph] = []

    /// The paragraph that carries the last mark of the draft: the deepest last item.
    public var lastItem: Paragraph? {
        guard var p = operative.last else { return nil }
        while let c = p.children.last { p = c }
        return p
    }
}

public enum LabelStyle: String, Codable, Sendable {
    case arabic, latin, roman
    /// "- " or "• " items, which UN texts use unnumbered.
    case dash
}

public struct Label: Sendable {
    public var style: LabelStyle
    public var value: Int
    public var raw: String
    public var range: ByteRange
}

public enum ParagraphRole: String, Sendable {
    case preamble, operative, subitem, report, heading
}

public struct Paragraph: Sendable {
    public var role: ParagraphRole
    public var label: Label?
    /// The text after the label.
    public var content: MappedText
    public var range: ByteRange
    public var children: [Paragraph] = []
    public var footnoteReferences: [FootnoteReference] = []
    /// Nesting depth: 0 for preambular/operative paragraphs, 1 for (a), 2 for (i).
    public var depth: Int = 0
    /// The first operative paragraph after a heading ("II", "Section 3 / Political affairs"): a
    /// section may number its paragraphs from 1 again, or hold a single unnumbered one (the Fifth
    /// Committee's resolutions, marked as <section>s in the UN's AKN).
    public var startsSection = false
    /// An unnumbered line among items that heads the items after it ("(ii) …; / Urgent temporary
    /// measures: / (iii) …"): it takes no place in their list and ends with its colon.
    public var isListHeading = false
    /// Unnumbered text that an operative paragraph's colon introduces and quotes before the next
    /// paragraph number ("50. … to amend rule 1 … to read: / The General Assembly shall meet … / 51.",
    /// the UN's AKN of A/RES/75/325): part of that paragraph, kept with the draft's unnumbered ones.
    public var isQuotation = false
    /// The operative paragraph that introduces such a quotation, and so ends with its colon.
    public var introducesQuotation = false
    /// The paragraph or item whose colon introduces a table ("… approved for the following purposes:" /
    /// "Section Amount" / …, A/RES/75/254 A): it ends with the colon; the rows are no paragraphs.
    public var introducesTable = false
    /// How the label could be read before context decided between letter and numeral.
    var labelCandidate: LabelCandidate?

    static let footnoteMarkHosts: Set<Unicode.Scalar> = ["，", "；", "：", "。", ",", ";", ":", ".", "、", "”"]

    /// An item that is a heading: ending without a mark, and not as long as a sentence that runs into
    /// its items ("(a) Support to the implementation of the Agreement on Peace and Reconciliation in
    /// Mali", "(b) Good offices and support to the peace process, including … at national and local
    /// levels" (27 words), the UN's AKN of S/RES/2531 (2020) and S/RES/2552 (2020)). It introduces the
    /// items under it as a colon would.
    public var isHeadingLikeItem: Bool {
        // "Security Sector Reform (SSR)" ends with its bracket; "… in Darfur and the “Two Areas”" with its
        // quotation mark (S/RES/2579 (2021) in the UN's AKN).
        guard depth >= 1, let mark = finalMark?.mark, mark.isLetter || mark.isNumber || ")）”»」』".contains(mark) else { return false }
        return Self.wordCount(content.text, atMost: 40) <= 40
    }

    /// `text.split(whereSeparator: \.isWhitespace).count`, counted no further than `limit + 1`: the
    /// runs of characters that are not whitespace, without making a Substring of each.
    static func wordCount(_ text: String, atMost limit: Int) -> Int {
        var words = 0, inWord = false
        for c in text {
            if c.isWhitespace { inWord = false; continue }
            if inWord { continue }
            inWord = true
            words += 1
            if words > limit { break }
        }
        return words
    }

    /// The final mark of the text once trailing footnote markers and spaces are set aside.
    public var finalMark: (mark: Character, range: ByteRange)? {
        // Read in place: a copy of the text's bytes cost more than the few at its end that are read.
        var text = content.text
        return text.withUTF8 { finalMark(in: $0) }
    }

    private func finalMark(in bytes: UnsafeBufferPointer<UInt8>) -> (mark: Character, range: ByteRange)? {
        var end = bytes.count
        while end > 0 {
            // Trailing whitespace.
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1; continue }
            // No-break spaces (U+00A0, U+202F).
            if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 { end -= 2; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0xAF { end -= 3; continue }
            if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 { end -= 3; continue }
            // Invisible direction marks and embedding controls (U+200E, U+200F, U+202A…U+202E, U+061C),
            // which Arabic texts carry after their last mark.
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x8E || bytes[end - 1] == 0x8F || (0xAA...0xAE).contains(bytes[end - 1]) { end -= 3; continue }
            if end >= 2, bytes[end - 2] == 0xD8, bytes[end - 1] == 0x9C { end -= 2; continue }
            // A trailing footnote marker.
            if let ref = footnoteReferences.first(where: { $0.logicalRange?.upperBound == end })?.logicalRange { end = ref.lowerBound; continue }
            // A footnote number whose text is not in the file ("…of 10 April 1972, 61"): digits after a mark.
            var d = end
            while d > 0, bytes[d - 1] >= 0x30, bytes[d - 1] <= 0x39, end - d < 3 { d -= 1 }
            if d < end, d > 0 {
                var m = d
                while m > 0, bytes[m - 1] == 0x20 { m -= 1 }
                if m > 0, Self.footnoteMarkHosts.contains(UTF8Text.scalar(endingAt: m, in: bytes)) { end = m; continue }
            }
            break
        }
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let ch = Character(String(decoding: bytes[start..<end], as: UTF8.self))
        return (ch, content.sourceRange(start..<end))
    }
}

public struct FootnoteReference: Sendable {
    public var number: Int
    public var range: ByteRange
    /// Byte range of the marker in its paragraph's content text.
    public var logicalRange: Range<Int>?
}

public struct FootnoteText: Sendable {
    public var number: Int
    public var numberRange: ByteRange
    public var text: String
    /// The lines the note stands on, from its number to the end of its text, where they are its own
    /// and in one piece ("[^3]: …", a note of a page's foot and its wrapped lines); nil where the text
    /// was gathered from elsewhere (pdftotext's scrambled feet, a number whose text follows the furniture).
    public var range: ByteRange? = nil
}

public struct FootnoteScope: Sendable {
    public var name: String
    public var range: ByteRange
    public var references: [FootnoteReference] = []
    public var texts: [FootnoteText] = []
}

/// A recorded vote of a committee report (spec/structure.md, "Recorded votes"): the numbers the
/// sentence states and the states listed under "赞成：" / "In favour:" and the other labels, each
/// with its place in the file.
public struct RecordedVote: Sendable {
    public enum Side: String, Sendable, CaseIterable {
        case inFavour = "in-favour", against, abstaining
    }

    public enum Outcome: String, Sendable {
        case adopted, retained, rejected
    }

    public struct Tally: Sendable {
        /// The number the sentence states, and where (nil when the sentence gives none for this side).
        public var stated: Int?
        public var statedRange: ByteRange?
        /// The states listed under the label, in order, each with its range.
        public var states: [(name: String, range: ByteRange)] = []
        /// The list label ("赞成：") and the list after it, when found.
        public var labelRange: ByteRange?
        public var listRange: ByteRange?

        public init(stated: Int? = nil, statedRange: ByteRange? = nil) {
            self.stated = stated
            self.statedRange = statedRange
        }
    }

    public var inFavour: Tally?
    public var against: Tally?
    public var abstaining: Tally?
    /// The tally phrase ("以 103 票赞成、53 票反对、8 票弃权" / "recorded vote of 103 to 53, with 8 abstentions").
    public var range: ByteRange
    /// What the sentence says came of the vote ("获得通过" / "adopted"), and where.
    public var outcome: Outcome?
    public var outcomeRange: ByteRange?

    public init(range: ByteRange) { self.range = range }

    public subscript(side: Side) -> Tally? {
        get {
            switch side {
            case .inFavour: return inFavour
            case .against: return against
            case .abstaining: return abstaining
            }
        }
        set {
            switch side {
            case .inFavour: inFavour = newValue
            case .against: against = newValue
            case .abstaining: abstaining = newValue
            }
        }
    }

    /// The sides that have a number or a list, in order.
    public var tallies: [(side: Side, tally: Tally)] {
        Side.allCases.compactMap { side in self[side].map { (side, $0) } }
    }
}
