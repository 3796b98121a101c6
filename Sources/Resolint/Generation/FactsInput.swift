import Foundation

/// The facts as the user gave them — flags or a YAML file — before they are checked. Every field is
/// optional and a string, so that a wrong value gets resolint's message rather than a decoder's.
public struct FactsInput: Codable, Equatable, Sendable {
    public var kind: String?
    public var lang: String?
    public var session: String?
    public var committee: String?
    public var agendaItem: String?
    public var agendaTitle: String?
    public var sponsors: [String]?
    public var title: String?
    /// The file each value was read from, so that an error can say where to fix it.
    public var origins: [FactField: String] = [:]

    enum CodingKeys: String, CodingKey {
        case kind, lang, session, committee, sponsors, title
        case agendaItem = "agenda-item", agendaTitle = "agenda-title"
    }

    public init(kind: String? = nil, lang: String? = nil, session: String? = nil, committee: String? = nil,
                agendaItem: String? = nil, agendaTitle: String? = nil, sponsors: [String]? = nil, title: String? = nil) {
        self.kind = kind; self.lang = lang; self.session = session; self.committee = committee
        self.agendaItem = agendaItem; self.agendaTitle = agendaTitle; self.sponsors = sponsors; self.title = title
    }

    /// Reads a facts file (the keys of `CodingKeys`); an unknown key or a wrong shape is an error that
    /// names the file, line and column.
    public static func load(yaml text: String, path: String) throws -> FactsInput {
        guard let node = try StrictYAML.compose(text, path: path) else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "facts: the file is empty")
        }
        var input = try StrictYAML.decode(FactsInput.self, from: node, path: path, what: "facts")
        for field in FactField.allCases where input.isGiven(field) { input.origins[field] = path }
        return input
    }

    /// These facts, with every value `flags` gives taking the place of this one (a list of sponsors
    /// replaces the list, it does not add to it).
    public func overridden(by flags: FactsInput) -> FactsInput {
        var out = self
        for field in FactField.allCases where flags.isGiven(field) {
            switch field {
            case .kind: out.kind = flags.kind
            case .lang: out.lang = flags.lang
            case .session: out.session = flags.session
            case .committee: out.committee = flags.committee
            case .agendaItem: out.agendaItem = flags.agendaItem
            case .agendaTitle: out.agendaTitle = flags.agendaTitle
            case .sponsors: out.sponsors = flags.sponsors
            case .title: out.title = flags.title
            }
            out.origins[field] = flags.origins[field]
        }
        return out
    }

    func isGiven(_ field: FactField) -> Bool {
        switch field {
        case .kind: kind != nil
        case .lang: lang != nil
        case .session: session != nil
        case .committee: committee != nil
        case .agendaItem: agendaItem != nil
        case .agendaTitle: agendaTitle != nil
        case .sponsors: !(sponsors ?? []).isEmpty
        case .title: title != nil
        }
    }
}

/// One fact, named as the command line and the facts file name it.
public enum FactField: String, CaseIterable, Sendable {
    case kind, lang, session, committee, agendaItem, agendaTitle, sponsors, title

    public var flag: String {
        switch self {
        case .agendaItem: "--agenda-item"
        case .agendaTitle: "--agenda-title"
        case .sponsors: "--sponsor"
        default: "--" + rawValue
        }
    }

    public var key: String {
        switch self {
        case .agendaItem: "agenda-item"
        case .agendaTitle: "agenda-title"
        default: rawValue
        }
    }
}
