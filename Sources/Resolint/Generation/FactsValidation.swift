import Foundation

extension FactsInput {
    /// Checks every fact and turns them into `DraftFacts`. Every problem is found in one pass and
    /// thrown together, in the order of the flags, each naming its flag: a user fixes them in one go.
    public func validated(languages: LanguageCatalog) throws(FactsError) -> DraftFacts {
        func fail(_ field: FactField, _ message: String) -> FactsError { FactsError(field, message, file: origins[field]) }
        var problems: [FactsError] = []
        /// The fact's value, or nil with its problem noted.
        func check<T>(_ body: () throws(FactsError) -> T) -> T? {
            do { return try body() } catch { problems.append(error); return nil }
        }

        let kind = check { () throws(FactsError) -> Draft.Kind in
            let kindText = (self.kind ?? Draft.Kind.resolution.rawValue).trimmingCharacters(in: .whitespaces)
            guard let kind = Draft.Kind(rawValue: kindText.lowercased()) else {
                throw fail(.kind, "unknown kind '\(kindText)'; use resolution or decision")
            }
            return kind
        }

        let language = check { () throws(FactsError) -> (code: String, profile: LanguageProfile) in
            let generatable = languages.codes.filter { languages.profile($0)?.skeleton != nil }
            guard let code = lang?.trimmingCharacters(in: .whitespaces).lowercased(), !code.isEmpty else {
                throw fail(.lang, "missing; give the language of the draft: \(generatable.joined(separator: " or "))")
            }
            guard generatable.contains(code), let profile = languages.profile(code) else {
                let known = languages.profile(code) != nil ? " has no skeleton data yet" : " is not a known language"
                throw fail(.lang, "'\(code)'\(known); use \(generatable.joined(separator: " or "))")
            }
            return (code, profile)
        }

        let number = check { () throws(FactsError) -> Int in
            let range = DraftFacts.sessions
            guard let sessionText = session?.trimmingCharacters(in: .whitespaces), !sessionText.isEmpty else {
                throw fail(.session, "missing; give the session number, such as 79")
            }
            guard sessionText.allSatisfy(\.isASCIIDigit), let number = Int(sessionText), range.contains(number) else {
                throw fail(.session, "'\(sessionText)' is not a session from \(range.lowerBound) to \(range.upperBound)"
                    + " (the closing clause names the next session, and ordinals go up to \(range.upperBound + 1))")
            }
            return number
        }

        let committee = check { () throws(FactsError) -> DraftFacts.Committee in
            guard let committeeText = self.committee?.trimmingCharacters(in: .whitespaces).lowercased(), !committeeText.isEmpty else {
                throw fail(.committee, "missing; give 1 to 6 for a Main Committee, or plenary")
            }
            if committeeText == "plenary" { return .plenary }
            if committeeText.allSatisfy(\.isASCIIDigit), let n = Int(committeeText), DraftFacts.mainCommittees.contains(n) { return .main(n) }
            throw fail(.committee, "'\(committeeText)' is not a committee; use 1 to 6 for a Main Committee, or plenary")
        }

        let item = check { () throws(FactsError) -> String in
            guard let item = agendaItem?.trimmingCharacters(in: .whitespaces), !item.isEmpty else {
                throw fail(.agendaItem, "missing; give the item number, such as 96 or 96 (a)")
            }
            guard item.range(of: #"^[0-9]+( ?\([a-z]\))?$"#, options: .regularExpression) != nil else {
                throw fail(.agendaItem, "'\(item)' is not an agenda item number such as 96 or 96 (a)")
            }
            return item
        }

        let agendaTitle = check { () throws(FactsError) -> String in try line(self.agendaTitle, .agendaTitle, "the title of the agenda item", fail) }

        let names = check { () throws(FactsError) -> [String] in
            let names = (sponsors ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !names.isEmpty else { throw fail(.sponsors, "missing; name at least one sponsor") }
            var seen = Set<String>()
            for name in names {
                guard !name.isEmpty else { throw fail(.sponsors, "a sponsor name is empty") }
                guard !name.contains(where: \.isNewline) else { throw fail(.sponsors, "'\(name)' must be on one line") }
                // The header parser splits the sponsor list at these marks: inside a name they would cut it in two.
                let separator = language?.profile.sponsors.separator.trimmingCharacters(in: .whitespaces) ?? ""
                if let mark = [separator, "，", ",", "、", "；", ";"].first(where: { !$0.isEmpty && name.contains($0) }) {
                    throw fail(.sponsors, "'\(name)' contains '\(mark)', which separates sponsors in the list")
                }
                guard seen.insert(name).inserted else { throw fail(.sponsors, "'\(name)' is given twice") }
            }
            return names
        }

        let title = check { () throws(FactsError) -> String in try line(self.title, .title, "the title of the draft", fail) }

        guard let kind, let language, let number, let committee, let item, let agendaTitle, let names, let title else {
            var first = problems[0]
            first.more = Array(problems.dropFirst())
            throw first
        }
        return DraftFacts(kind: kind, language: language.code, session: number, committee: committee, agendaItem: item,
                          agendaTitle: agendaTitle, sponsors: names, title: title)
    }

    /// A one-line text fact, trimmed and not empty.
    private func line(_ value: String?, _ field: FactField, _ what: String,
                      _ fail: (FactField, String) -> FactsError) throws(FactsError) -> String {
        let text = (value ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            throw fail(field, value == nil ? "missing; give \(what)" : "empty; give \(what)")
        }
        guard !text.contains(where: \.isNewline) else { throw fail(field, "must be on one line") }
        return text
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
