/// `--format github`: GitHub Actions workflow commands, which annotate the lines of a pull request.
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`
public struct GitHubReporter: Sendable {
    public init() {}

    public func render(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
            for d in report.diagnostics {
                let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
                let properties = [
                    "file=\(Self.property(d.path))", "line=\(d.start.line)", "col=\(d.start.column)",
                    "endLine=\(d.end.line)", "endColumn=\(d.end.column)", "title=\(Self.property("resolint " + d.rule))",
                ].joined(separator: ",")
                // In a Word document the line is the paragraph: the message names it as the user sees it.
                let message = d.place.map { "\($0):\(d.start.column): " + d.message } ?? d.message
                out += "::\(command) \(properties)::\(Self.data(message))\n"
            }
        }
        return out
    }

    /// Escaping of the message part, as the runner expects it.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Property values also escape ":" and ",".
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
