import Foundation

/// The tools `resolint mcp` (AssistantServer) offers an assistant, each with a JSON schema for its arguments: `lint`
/// (text or path → the JSON report of `resolint lint --format json`), `fix` (text or path → fixed text,
/// the edit and a diff, as `resolint fix`), `new` (facts → skeleton, as `resolint new`) and `rules`
/// (the catalogue, or one rule's page), `compare` (versions → the JSON report of `resolint compare`). The nearest .resolint.yml of a path (or of `filename` for a
/// text) applies, as on the command line.
public struct AssistantTools: Sendable {
    let base: Linter
    let resolver: ConfigurationResolver

    public init(base: Linter) throws {
        self.base = base
        resolver = try ConfigurationResolver(base: base, configPath: nil)
    }

    struct ToolError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func schema(_ properties: JSONObject, required: [String] = []) -> JSONObject {
        ["type": "object", "properties": properties, "required": required, "additionalProperties": false]
    }

    static func property(_ type: String, _ description: String) -> JSONObject {
        ["type": type, "description": description]
    }

    static func tool(_ name: String, _ description: String, _ schema: JSONObject) -> JSONObject {
        ["name": name, "description": description, "inputSchema": schema]
    }

    static var draftArguments: JSONObject { [
        "text": property("string", "The draft's text. Give text or path."),
        "path": property("string", "A draft file to read (.txt or .md). Give text or path."),
        "filename": property("string", "For text: the file name to report and to find the nearest .resolint.yml from."),
        "lang": property("string", "Language code (ar, en, es, fr, ru, zh); detected when absent."),
    ] }

    /// The tools with their JSON schemas, as tools/list gives them.
    public var catalogue: [JSONObject] {
        [
            Self.tool("lint", "Check a UN draft resolution or decision against resolint's rules; returns the JSON report (rule id, severity, message, line and column, fix) of `resolint lint --format json`.",
                 Self.schema(Self.draftArguments)),
            Self.tool("fix", "Apply resolint's safe fixes (renumbering, relettering, final marks, …) to a draft, as `resolint fix`; returns the fixed text, the rules fixed, the replacement and a unified diff. Nothing is written to disk.",
                 Self.schema(Self.draftArguments.merging(["unsafe": Self.property("boolean", "Apply unsafe fixes too (footnote renumbering).")]) { a, _ in a })),
            Self.tool("new", "Write the skeleton of a draft from its facts, as `resolint new`: header, title, opening formula, preamble and operative placeholders, closing clause.",
                 Self.schema([
                    "kind": Self.property("string", "resolution or decision (default resolution)."),
                    "lang": Self.property("string", "Language of the draft: ar, en, es, fr, ru or zh."),
                    "session": Self.property("string", "The session number, such as 80."),
                    "committee": Self.property("string", "1 to 6 for a Main Committee, or plenary."),
                    "agenda-item": Self.property("string", "The agenda item number, such as 96 or \"96 (a)\"."),
                    "agenda-title": Self.property("string", "The title of the agenda item, as on the session's agenda."),
                    "sponsors": ["type": "array", "items": ["type": "string"],
                                 "description": "Sponsors as named in the draft's language, in list order."] as JSONObject,
                    "title": Self.property("string", "The title of the draft."),
                 ], required: ["lang", "session", "agenda-item", "agenda-title", "title"])),
            Self.tool("compare", "Compare two to six language versions of one text, as `resolint compare`: paragraph counts, numbering, items, footnotes, cited resolutions and documents, dates, figures, session and agenda item; returns the JSON report, each disagreement in the version that differs.",
                 Self.schema([
                    "paths": ["type": "array", "items": ["type": "string"], "minItems": 2,
                              "description": "The versions' files (text, Markdown or AKN4UN .xml)."] as JSONObject,
                 ], required: ["paths"])),
            Self.tool("rules", "resolint's rules: the catalogue as JSON (id, kind, severity, fix, description), or with id one rule's page with its flagged and correct examples.",
                 Self.schema(["id": Self.property("string", "A rule id, such as operative.numbering.")])),
        ]
    }

    public func call(_ name: String, _ arguments: JSONObject) throws -> String {
        switch name {
        case "lint": return try lint(arguments)
        case "fix": return try fix(arguments)
        case "new": return try new(arguments)
        case "rules": return try rules(arguments)
        case "compare": return try compare(arguments)
        default: throw ToolError("no tool '\(name)'; resolint has lint, fix, new, compare and rules")
        }
    }

    /// The draft's text and the path it is reported under (and configured from).
    func draft(_ a: JSONObject) throws -> (text: String, path: String) {
        if let path = a["path"] as? String { return (try FileCollector.read(path), path) }
        guard let text = a["text"] as? String else { throw ToolError("give the draft as text or path") }
        let name = a["filename"] as? String ?? "draft.txt"
        return (text, name.hasPrefix("/") ? name : FileManager.default.currentDirectoryPath + "/" + name)
    }

    func setup(_ path: String, _ a: JSONObject) throws -> (linter: Linter, language: String?) {
        let configuration = try resolver.configuration(for: path)
        let language = a["lang"] as? String ?? configuration.language
        if let language, base.languages.profile(language) == nil {
            throw ToolError("unknown language '\(language)'; available: \(base.languages.codes.joined(separator: ", "))")
        }
        return (try resolver.linter(for: configuration), language)
    }

    func compare(_ a: JSONObject) throws -> String {
        guard let paths = a["paths"] as? [String], paths.count >= 2 else { throw ToolError("give two versions or more as paths") }
        let linter = try resolver.linter(for: try resolver.configuration(for: paths[0]))
        let versions = try ComparedVersion.read(paths: paths, languages: linter.languages).map { try $0.get() }
        return JSONReporter().render(VersionComparer(linter: linter).compare(versions))
    }

    func lint(_ a: JSONObject) throws -> String {
        let (text, path) = try draft(a)
        let (linter, language) = try setup(path, a)
        return JSONReporter().render([try linter.lint(text: text, path: path, language: language)])
    }

    func fix(_ a: JSONObject) throws -> String {
        let (text, path) = try draft(a)
        let (linter, language) = try setup(path, a)
        let result = try Fixer(linter: linter, includeUnsafe: a["unsafe"] as? Bool ?? false).fix(text: text, path: path, language: language)
        var out: [String: Any] = ["text": result.text, "fixed": result.fixed, "remaining": result.remaining.diagnostics.count,
                                  "diff": UnifiedDiff.render(old: text, new: result.text, path: path)]
        // The one replacement that turns the text into the fixed text: between the common start and end.
        let old = Array(text.unicodeScalars), new = Array(result.text.unicodeScalars)
        var head = 0
        while head < min(old.count, new.count), old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < min(old.count, new.count) - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        if old != new {
            let source = SourceFile(path: path, text: text)
            let startByte = String(String.UnicodeScalarView(old[..<head])).utf8.count
            let endByte = text.utf8.count - String(String.UnicodeScalarView(old[(old.count - tail)...])).utf8.count
            let s = source.position(of: startByte), e = source.position(of: endByte)
            out["edits"] = [["start": ["line": s.line, "column": s.column], "end": ["line": e.line, "column": e.column],
                             "replacement": String(String.UnicodeScalarView(new[head..<(new.count - tail)]))]]
        } else {
            out["edits"] = [Any]()
        }
        let data = try JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    func new(_ a: JSONObject) throws -> String {
        func string(_ key: String) -> String? {
            if let s = a[key] as? String { return s }
            if let n = a[key] as? Int { return String(n) }
            return nil
        }
        let input = FactsInput(kind: string("kind"), lang: string("lang"), session: string("session"), committee: string("committee"),
                               agendaItem: string("agenda-item"), agendaTitle: string("agenda-title"),
                               sponsors: (a["sponsors"] as? [Any])?.compactMap { $0 as? String }, title: string("title"))
        let facts = try input.validated(languages: base.languages)
        return try SkeletonRenderer(languages: base.languages).render(facts)
    }

    func rules(_ a: JSONObject) throws -> String {
        guard let id = a["id"] as? String else { return RuleDocumentation.json(base.rules.rules) }
        guard let rule = base.rules.rule(id) else { throw ToolError("no rule '\(id)'; call rules without id for the catalogue") }
        return RuleDocumentation.page(rule)
    }
}
