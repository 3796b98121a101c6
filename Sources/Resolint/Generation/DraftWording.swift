import Foundation

/// The lines of a draft that follow from its facts, worded from the language data: the session in
/// ordinal words, the committee, the agenda item, the sponsors joined with the kind word, the opening
/// formula and the closing clause naming the next session.
struct DraftWording {
    let language: LanguageProfile
    let skeleton: SkeletonData

    init(language: LanguageProfile) throws {
        guard let skeleton = language.skeleton else {
            throw GenerationError("language '\(language.code)' has no skeleton data (Rules/languages/\(language.code).yaml)")
        }
        self.language = language
        self.skeleton = skeleton
    }

    /// "第七十九届会议" / "Seventy-ninth session". A heading starts with a capital where the script has
    /// case ("seventy-ninth" in the closing clause); Han text is unchanged.
    func sessionLine(_ session: Int) throws -> String {
        guard let line = language.fillingOrdinal(language.header.session, "ordinal", session) else {
            throw GenerationError("no ordinal words for session \(session) in language '\(language.code)'")
        }
        return line.prefix(1).uppercased() + line.dropFirst()
    }

    /// "第一委员会" / "First Committee"; nil for a plenary draft, which has no committee line.
    func committeeLine(_ committee: DraftFacts.Committee) throws -> String? {
        guard case let .main(n) = committee else { return nil }
        guard language.header.committees.indices.contains(n - 1) else {
            throw GenerationError("language '\(language.code)' names no committee \(n) in header.committees")
        }
        return language.header.committees[n - 1]
    }

    func agendaItemLine(_ item: String) -> String {
        skeleton.agendaItem.replacingOccurrences(of: "{item}", with: item)
    }

    /// "法国、德国和日本：决议草案" / "France, Germany and Japan: draft resolution".
    func sponsorLine(_ sponsors: [String], kind: Draft.Kind) throws -> String {
        guard let word = language.header.kinds[kind.headerKey] else {
            throw GenerationError("language '\(language.code)' has no header.kinds.\(kind.headerKey)")
        }
        return joined(sponsors) + language.header.kindSeparator + word
    }

    /// Names separated by the language's separator, the last two by its last separator ("和" / " and ").
    func joined(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        return names.dropLast().joined(separator: language.sponsors.separator) + language.sponsors.lastSeparator + last
    }

    /// The General Assembly's enacting formula: "大会，" / "The General Assembly,".
    func opening() throws -> String {
        guard let opening = language.openings.first(where: { $0.organ == Organ.generalAssembly.rawValue }) else {
            throw GenerationError("language '\(language.code)' has no opening for the General Assembly")
        }
        return opening.text
    }

    /// The clause that puts the item on the agenda of the next session, with its final period. It must
    /// be one of `closing.templates`, or lint would not recognise what `new` wrote.
    func closingClause(kind: Draft.Kind, agendaTitle: String, session: Int) throws -> String {
        let template = kind == .decision ? skeleton.decision.closing : skeleton.resolution.closing
        guard language.closing.templates.contains(template) else {
            throw GenerationError("language '\(language.code)': skeleton.\(kind.rawValue).closing is not one of closing.templates")
        }
        guard let clause = language.fillingOrdinal(template, "session", session + 1) else {
            throw GenerationError("no ordinal words for session \(session + 1) in language '\(language.code)'")
        }
        return clause.replacingOccurrences(of: "{title}", with: agendaTitle) + language.terminators.period
    }
}
