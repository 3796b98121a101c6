/// The language data `resolint new` needs beyond what the parser reads: the agenda item line and the
/// placeholder paragraphs of each kind of draft (the `skeleton:` key of Rules/languages/<code>.yaml).
/// Optional in a profile: a language without it can be linted but not generated.
public struct SkeletonData: Codable, Sendable {
    public struct Resolution: Codable, Sendable {
        /// Preambular paragraphs, each with its comma.
        public var preamble: [String]
        /// Numbered operative paragraphs before the closing clause, each with its semicolon.
        public var operative: [String]
        /// The closing clause without its period: one of `closing.templates`, with {title} and {session}.
        public var closing: String
    }

    public struct Decision: Codable, Sendable {
        /// What runs on after the opening formula, ending with the colon that introduces the items.
        public var considerations: String
        /// Lettered items before the closing clause, each with its semicolon.
        public var items: [String]
        /// The closing clause (the last item) without its period, as for resolutions.
        public var closing: String
    }

    /// The agenda item line, with {item}.
    public var agendaItem: String
    public var resolution: Resolution
    public var decision: Decision

    enum CodingKeys: String, CodingKey {
        case resolution, decision
        case agendaItem = "agenda-item"
    }
}
