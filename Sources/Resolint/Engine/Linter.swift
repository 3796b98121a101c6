/// Runs the rules over a parsed document and turns findings into diagnostics.
public struct Linter: Sendable {
    public var rules: RuleCatalog
    public var languages: LanguageCatalog
    /// Severity overrides and options from configuration, by rule id.
    public var overrides: [String: RuleOverride]
    /// Report `<!-- resolint-disable … -->` comments that suppressed nothing.
    public var reportUnusedSuppressions = false
    /// Seconds each rule may spend in regular expressions on one file before it is stopped.
    public var regexSeconds = Deadline.defaultSeconds
    /// The command line's choice of rules, over the configuration's.
    public var selection = RuleSelection()
    /// The configuration whose per-file-ignores apply, when it has some.
    public var fileIgnores: Configuration?
    /// Give each diagnostic the text it stands in (`Diagnostic.context`), which a baseline keys on;
    /// off otherwise, as it costs on files with many findings.
    public var recordsContext = false

    public init(rules: RuleCatalog, languages: LanguageCatalog, overrides: [String: RuleOverride] = [:]) {
        self.rules = rules
        self.languages = languages
        self.overrides = overrides
    }

    /// The built-in rules and languages. `examples: false` leaves the rules' examples unread: linting
    /// never shows them, and decoding them was a twelfth of linting one draft.
    public static func standard(examples: Bool = true) throws -> Linter {
        // Languages load on another thread while the rules load (the rule files in parallel too).
        let languages = Locked<Result<LanguageCatalog, Error>?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let result = Result { try LanguageCatalog.builtIn() }
            languages.withLock { $0 = result }
            // The Member State list is the largest data file; read it on this spare thread too.
            _ = try? StateList.builtIn("member-states")
        }
        let rules = Result { try RuleCatalog.builtIn(examples: examples) }
        group.wait()
        return Linter(rules: try rules.get(), languages: try languages.withLock { $0! }.get())
    }

    /// Lints decoded text. `language` is a code, or nil to detect it.
    public func lint(text: String, path: String, language code: String? = nil) throws -> FileReport {
        try lintDocument(text: text, path: path, language: code).report
    }

    /// Lints decoded text whose file also gave its formatting (`emphasis`, over the text's bytes), and
    /// returns the parsed document with the report (a reader that rendered the text maps both back).
    public func lintDocument(text: String, path: String, language code: String? = nil, emphasis: Emphasis? = nil) throws -> (report: FileReport, document: Document) {
        let source = SourceFile(path: path, text: text)
        guard let language = code.flatMap(languages.profile) ?? languages.detect(text) ?? languages.all.first else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "no language data available")
        }
        var document = DocumentParser().parse(source, language: language)
        document.emphasis = emphasis
        var suppressions = Suppressions(source)
        var kept = suppressions.apply(diagnostics(for: document), source: source,
                                      knownRules: Set(rules.rules.map(\.id)), reportUnused: reportUnusedSuppressions)
        if let ignored = fileIgnores?.ignoredRules(for: path), !ignored.isEmpty {
            kept.removeAll { d in ignored.contains { RuleSelection.covers($0, d.rule) } }
        }
        if recordsContext { FindingContext.assign(&kept, document: document) }
        return (FileReport(path: path, language: language.code, kind: document.kind, diagnostics: kept, source: source), document)
    }

    public func diagnostics(for document: Document) -> [Diagnostic] {
        var out: [Diagnostic] = []
        guard let first = rules.rules.first else { return out }
        // One context, its rule part replaced for each rule: copying the document into a context per
        // rule (and releasing it after) cost more than most checks.
        var context = CheckContext(document: document, common: first.common, options: RuleOptions())
        for rule in rules.rules where rule.applies(to: document) {
            let override = overrides[rule.id]
            if let chosen = selection.decides(rule.id) { if !chosen { continue } } else if override?.off == true { continue }
            // A rule built on forms the language data marks as inferred ([I] in research.md) reports
            // errors as warnings there, until a real document confirms the forms (spec/languages.md).
            let inferred = document.language.inferredRules?.contains(rule.id) == true && rule.severity == .error
            let severity = override?.severity ?? (inferred ? .warning : rule.severity)
            // A user's rule runs against the clock; the built-in ones are ours, tested, and fast.
            let deadline = rule.builtIn ? nil : Deadline(seconds: regexSeconds)
            context.common = rule.common
            context.options = override?.options ?? RuleOptions()
            context.deadline = deadline
            let findings = rule.check.run(context)
            if deadline?.expired == true {
                // Never a hang: the rule's expression was stopped, and the user is told which rule.
                out.append(Diagnostic(
                    path: document.source.path, rule: "rule.timeout", severity: .warning,
                    message: "rule \(rule.id) stopped after \(regexSeconds.formatted()) s on this file: its regular expression backtracks too much (nested repetition such as (a+)+?); its findings here are incomplete",
                    start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1), byteRange: 0..<0))
            }
            for finding in findings {
                // Inside the file, always: a check that points one past the end (an empty file's
                // missing opening, found by fuzzing) points at the end instead.
                let n = document.source.bytes.count
                let lower = min(max(0, finding.range.lowerBound), n)
                let range = lower..<min(max(lower, finding.range.upperBound), n)
                out.append(Diagnostic(
                    path: document.source.path, rule: rule.id, severity: severity,
                    message: MessageTemplate.render(rule.common.message, finding.values),
                    start: document.source.position(of: range.lowerBound),
                    end: document.source.position(of: range.upperBound),
                    byteRange: range,
                    fix: rule.common.fix.flatMap { safety in
                        finding.edits.isEmpty ? nil : Diagnostic.Fix(safety: finding.unsafe ? .unsafe : safety, edits: finding.edits.map { e in
                            var e = e
                            e.start = document.source.position(of: e.range.lowerBound)
                            e.end = document.source.position(of: e.range.upperBound)
                            return e
                        })
                    }))
            }
        }
        return out.sorted { ($0.start, $0.rule) < ($1.start, $1.rule) }
    }
}

/// What configuration says about one rule.
public struct RuleOverride: Sendable {
    public var off: Bool
    public var severity: Severity?
    public var options: RuleOptions
    public init(off: Bool = false, severity: Severity? = nil, options: RuleOptions = RuleOptions()) {
        self.off = off; self.severity = severity; self.options = options
    }
}

/// "{found}" and friends in rule messages.
enum MessageTemplate {
    /// One pass over the template: a value that itself holds "{found}" is not expanded again, so the
    /// result never depends on the order of the dictionary.
    static func render(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // Bytes where every scalar is a character of its own (a brace is then never part of a larger
        // character): walking Characters cost more than the rest of making a diagnostic.
        let bytes = Array(template.utf8)
        guard bytes.withUnsafeBufferPointer(Graphemes.neverJoin) else { return renderCharacters(template, values) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        while let open = bytes[i...].firstIndex(of: UInt8(ascii: "{")) {
            out += bytes[i..<open]
            if let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(decoding: bytes[(open + 1)..<close], as: UTF8.self)] {
                out += value.utf8
                i = close + 1
            } else {
                out.append(UInt8(ascii: "{"))
                i = open + 1
            }
        }
        out += bytes[i...]
        return String(decoding: out, as: UTF8.self)
    }

    /// `render` by Characters, for templates with combining marks.
    static func renderCharacters(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }
}

import Foundation
