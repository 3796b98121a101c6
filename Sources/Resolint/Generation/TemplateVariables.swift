/// The variables a skeleton template can use, with what each holds: `SkeletonRenderer.view` fills
/// them, `TemplateCheck` refuses any other name, and `resolint new --help` lists them.
public enum TemplateVariables {
    public static let lines: [(name: String, meaning: String)] = [
        ("sessionLine", "the session line, worded (\"Eightieth session\")"),
        ("committeeLine", "the committee line; absent in plenary"),
        ("agendaItemLine", "the agenda item line (\"Agenda item 96\")"),
        ("agendaTitle", "the title of the agenda item"),
        ("sponsorLine", "the sponsors joined, with the kind word (\"Japan: draft resolution\")"),
        ("title", "the title of the draft"),
        ("opening", "the opening formula (\"The General Assembly,\")"),
        ("closing", "the closing clause: the item on the next session's agenda"),
        ("kind", "resolution or decision"),
        ("session", "the session number"),
        ("nextSession", "the session number plus one"),
        ("committee", "1 to 6, or plenary"),
        ("plenary", "true in plenary"),
        ("agendaItem", "the agenda item number, such as 96 (a)"),
        ("sponsors", "the sponsors, a list ({{.}} each)"),
        ("preamble", "resolutions: preambular paragraphs, a list ({{.}} each)"),
        ("operative", "resolutions: operative paragraphs, closing last: number, label, text"),
        ("considerations", "decisions: what it takes note of, a list ({{.}} each)"),
        ("items", "decisions: the items, closing last: letter, label, text"),
    ]

    /// The names inside each list's items ("." is the item itself).
    public static let itemNames: [String: Set<String>] = [
        "operative": ["number", "label", "text"],
        "items": ["letter", "label", "text"],
        "preamble": ["."], "considerations": ["."], "sponsors": ["."],
    ]

    public static var names: Set<String> { Set(lines.map(\.name)) }

    /// The list for `--help`.
    public static var help: String {
        let width = lines.map(\.name.count).max() ?? 0
        return lines.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + "  " + $0.meaning }.joined(separator: "\n")
    }
}
