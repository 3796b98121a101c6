import Testing
@testable import Resolint

/// The facts `resolint new` is tried with in every language: both kinds, in a Main Committee and in
/// plenary, and at the ends of the session range (1, and 199 whose next is 200).
enum SkeletonCases {
    static func variations(_ make: (Draft.Kind, Int, DraftFacts.Committee) -> DraftFacts) -> [DraftFacts] {
        [Draft.Kind.resolution, .decision].flatMap { kind in
            [make(kind, 79, .main(1)), make(kind, 79, .plenary), make(kind, 1, .main(6)), make(kind, 199, .main(3))]
        }
    }

    /// What `resolint new` wrote parses back to the facts that went in; returns its one draft.
    @discardableResult
    static func expectParsesBack(_ facts: DraftFacts, renderer: SkeletonRenderer, linter: Linter,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Draft {
        let text = try renderer.render(facts)
        let language = try #require(linter.languages.profile(facts.language), sourceLocation: sourceLocation)
        let document = DocumentParser().parse(SourceFile(path: "new.txt", text: text), language: language)
        #expect(document.kind == (facts.kind == .resolution ? .draftResolution : .draftDecision), sourceLocation: sourceLocation)
        #expect(document.header.session == facts.session, sourceLocation: sourceLocation)
        if case let .main(n) = facts.committee { #expect(document.header.committee == n, sourceLocation: sourceLocation) } else {
            #expect(document.header.committee == nil, sourceLocation: sourceLocation)
            #expect(document.header.committeeLine == nil, sourceLocation: sourceLocation)
        }
        #expect(document.header.agendaItems == [facts.agendaItem], sourceLocation: sourceLocation)
        #expect(document.header.agendaTitle?.string == facts.agendaTitle, sourceLocation: sourceLocation)
        #expect(document.header.sponsors?.names.map(\.name) == facts.sponsors, sourceLocation: sourceLocation)
        let draft = try #require(document.drafts.first, sourceLocation: sourceLocation)
        #expect(document.drafts.count == 1, sourceLocation: sourceLocation)
        #expect(draft.kind == facts.kind, sourceLocation: sourceLocation)
        #expect(draft.title?.string == facts.title, sourceLocation: sourceLocation)
        let clause = try #require(ClosingClause.find(in: draft, language: language), sourceLocation: sourceLocation)
        #expect(language.ordinals.number(for: clause.session.text) == facts.session + 1, sourceLocation: sourceLocation)
        #expect(clause.title?.text == facts.agendaTitle, sourceLocation: sourceLocation)
        #expect(clause.paragraph.range == draft.lastItem?.range, "the closing clause is the last paragraph", sourceLocation: sourceLocation)
        return draft
    }
}
