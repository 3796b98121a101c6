/// `--format junit`: one test case per file, failing with its diagnostics, for CI dashboards.
public struct JUnitReporter: Sendable {
    public var failOn: Severity
    public init(failOn: Severity = .error) { self.failOn = failOn }

    public func render(_ reports: [FileReport]) -> String {
        let failing = reports.filter { $0.diagnostics.contains { $0.severity >= failOn } }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"resolint\" tests=\"\(reports.count)\" failures=\"\(failing.count)\">\n"
        out += "  <testsuite name=\"resolint\" tests=\"\(reports.count)\" failures=\"\(failing.count)\" errors=\"0\" skipped=\"0\">\n"
        for report in reports {
            out += "    <testcase classname=\"resolint\" name=\"\(Self.escape(report.path))\" file=\"\(Self.escape(report.path))\""
            let counted = report.diagnostics.filter { $0.severity >= failOn }
            guard !report.diagnostics.isEmpty else { out += "/>\n"; continue }
            out += ">\n"
            let lines = report.diagnostics.map { "\(report.path):\($0.location): \($0.severity.rawValue)[\($0.rule)] \($0.message)" }
            if counted.isEmpty {
                out += "      <system-out>\(Self.escape(lines.joined(separator: "\n")))</system-out>\n"
            } else {
                let summary = "\(counted.count) diagnostic\(counted.count == 1 ? "" : "s") at \(failOn.rawValue) or above"
                out += "      <failure message=\"\(Self.escape(summary))\" type=\"resolint\">\(Self.escape(lines.joined(separator: "\n")))</failure>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters; a form feed from a PDF page break becomes a space.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
