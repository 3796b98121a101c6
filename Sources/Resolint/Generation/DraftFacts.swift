/// The facts a new draft is generated from, checked: everything else in the skeleton follows from
/// them and from the language data.
public struct DraftFacts: Equatable, Sendable {
    public enum Committee: Equatable, Sendable {
        /// A Main Committee, 1…6.
        case main(Int)
        /// A plenary draft (A/NN/L.x): no committee line.
        case plenary
    }

    public var kind: Draft.Kind
    /// A language code with skeleton data ("zh", "en").
    public var language: String
    /// The session the draft is for, 1…199, so that the closing clause can name session + 1.
    public var session: Int
    public var committee: Committee
    /// "96" or "96 (a)".
    public var agendaItem: String
    public var agendaTitle: String
    /// In the order they are to be listed.
    public var sponsors: [String]
    public var title: String

    public init(kind: Draft.Kind, language: String, session: Int, committee: Committee, agendaItem: String,
                agendaTitle: String, sponsors: [String], title: String) {
        self.kind = kind; self.language = language; self.session = session; self.committee = committee
        self.agendaItem = agendaItem; self.agendaTitle = agendaTitle; self.sponsors = sponsors; self.title = title
    }

    /// The six Main Committees, First to Sixth.
    public static let mainCommittees = 1...6

    /// The highest session a draft can be for: its closing clause names the next one, and session
    /// ordinals are known up to OrdinalWords.supportedRange.upperBound.
    public static let sessions = 1...(OrdinalWords.supportedRange.upperBound - 1)
}

extension Draft.Kind {
    /// The key of `header.kinds` in the language data ("draft-resolution").
    var headerKey: String { "draft-" + rawValue }
}
