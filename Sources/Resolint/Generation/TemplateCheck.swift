import Foundation

/// Refuses a template that names a variable the renderer does not fill or a partial that does not
/// exist: Mustache would render either as nothing, and the user would get a draft with a hole in it.
enum TemplateCheck {
    struct Problem: Error { var line: Int; var column: Int; var message: String }

    /// `partials`: the names of the templates beside this one.
    static func problems(in text: String, partials: Set<String>) -> [Problem] {
        var out: [Problem] = []
        // The sections open around a tag, innermost last: a name resolves in any of them, then at the top.
        var open: [String] = []
        let tag = try! NSRegularExpression(pattern: #"\{\{(\{)?\s*([#^/>!&%=]?)\s*([^}]*?)\s*\}?\}\}"#, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        for match in tag.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let sigil = ns.substring(with: match.range(at: 2))
            let name = ns.substring(with: match.range(at: 3))
            let (line, column) = position(of: match.range.location, in: ns)
            switch sigil {
            case "!", "%": continue
            // A changed delimiter would hide the following tags from this check: trust the template from here.
            case "=": return out
            case ">":
                if !partials.contains(name) {
                    out.append(Problem(line: line, column: column, message: "no partial '\(name)' beside this template (have: \(partials.sorted().joined(separator: ", ")))"))
                }
                continue
            case "/":
                if open.last == name { open.removeLast() }
                continue
            default: break
            }
            let head = name == "." ? "." : String(name.split(separator: ".").first ?? "")
            let known = TemplateVariables.names.contains(head) || open.contains { TemplateVariables.itemNames[$0]?.contains(head) == true }
            if !known {
                let inside = open.last.flatMap { TemplateVariables.itemNames[$0] }.map { "; inside \(open.last!) also \($0.sorted().joined(separator: ", "))" } ?? ""
                out.append(Problem(line: line, column: column, message: "unknown variable '\(name)'; templates can use the variables `resolint new --help` lists\(inside)"))
            }
            if sigil == "#" || sigil == "^" { open.append(name) }
        }
        return out
    }

    private static func position(of offset: Int, in text: NSString) -> (Int, Int) {
        let before = text.substring(to: offset)
        let lines = before.components(separatedBy: "\n")
        return (lines.count, (lines.last?.count ?? 0) + 1)
    }
}
