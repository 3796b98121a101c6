import Foundation
import Mustache

/// Renders a skeleton draft from checked facts: the language data words every line the facts decide,
/// and the template (<lang>/<kind>.mustache) lays them out.
public struct SkeletonRenderer: Sendable {
    public var languages: LanguageCatalog
    public var templates: TemplateSource

    public init(languages: LanguageCatalog, templates: TemplateSource = .builtIn) {
        self.languages = languages
        self.templates = templates
    }

    /// The draft as authored text (spec/structure.md), ending with one newline.
    public func render(_ facts: DraftFacts) throws -> String {
        guard let language = languages.profile(facts.language) else {
            throw GenerationError("unknown language '\(facts.language)'")
        }
        let library = try templates.library(language: facts.language)
        let view = try Self.view(facts, wording: try DraftWording(language: language))
        guard let text = library.render(view, withTemplate: facts.kind.rawValue) else {
            throw GenerationError("--templates: no template \(templates.path(language: facts.language, name: facts.kind.rawValue))")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// What a template can use. Lines: sessionLine, committeeLine (absent for plenary), agendaItemLine,
    /// agendaTitle, sponsorLine, title, opening, closing. Resolutions: preamble (list of text),
    /// operative (list of number, label, text; the closing clause last). Decisions: considerations,
    /// items (list of letter, label, text; the closing clause last). A label is written in the
    /// language's form (`labels:` in its data): "1." / "1 -", "(a)" / "a)" / "(أ)". Facts: kind, session, nextSession, committee (1…6 or
    /// plenary), plenary (true/false), agendaItem, sponsors (list).
    static func view(_ facts: DraftFacts, wording: DraftWording) throws -> [String: Any] {
        let closing = try wording.closingClause(kind: facts.kind, agendaTitle: facts.agendaTitle, session: facts.session)
        var view: [String: Any] = [
            "kind": facts.kind.rawValue,
            "session": facts.session,
            "nextSession": facts.session + 1,
            "sessionLine": try wording.sessionLine(facts.session),
            "agendaItem": facts.agendaItem,
            "agendaItemLine": wording.agendaItemLine(facts.agendaItem),
            "agendaTitle": facts.agendaTitle,
            "sponsors": facts.sponsors,
            "sponsorLine": try wording.sponsorLine(facts.sponsors, kind: facts.kind),
            "title": facts.title,
            "opening": try wording.opening(),
            "closing": closing,
        ]
        switch facts.committee {
        case .plenary:
            view["committee"] = "plenary"
            view["plenary"] = true
        case .main(let n):
            view["committee"] = n
            view["plenary"] = false
            view["committeeLine"] = try wording.committeeLine(facts.committee)
        }
        switch facts.kind {
        case .resolution:
            let paragraphs = wording.skeleton.resolution.operative + [closing]
            view["preamble"] = wording.skeleton.resolution.preamble
            let syntax = wording.language.labelSyntax
            view["operative"] = paragraphs.enumerated().map {
                ["number": $0.offset + 1, "label": syntax.write($0.offset + 1, .arabic), "text": $0.element] as [String: Any]
            }
        case .decision:
            let items = wording.skeleton.decision.items + [closing]
            view["considerations"] = wording.skeleton.decision.considerations
            let syntax = wording.language.labelSyntax
            view["items"] = items.enumerated().map {
                ["letter": Self.letter($0.offset), "label": syntax.write($0.offset + 1, .latin), "text": $0.element] as [String: Any]
            }
        }
        return view
    }

    /// (a), (b) … (z): a skeleton never has more items than that.
    private static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index % 26)))
    }
}
