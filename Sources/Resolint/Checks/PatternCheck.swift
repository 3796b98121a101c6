import Foundation

/// `kind: pattern` — a regular expression that must not occur in a scope (Vale's "existence").
/// The expression runs only on the scope's text, and only where the literal prefilter occurs.
public struct PatternCheck: Check {
    public static let kind = "pattern"
    public var regex: String
    /// A literal that every match contains: texts without it are skipped without running the expression.
    public var literal: String?
    public var ignoreCase: Bool?

    enum CodingKeys: String, CodingKey { case regex, literal, ignoreCase = "ignore-case" }

    public func validate(_ common: RuleCommon) throws { _ = try RegexCache.compile(regex, ignoreCase: ignoreCase ?? false) }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let expression = try? RegexCache.compiled(regex, ignoreCase: ignoreCase ?? false) else { return [] }
        let scope = context.common.scope ?? .paragraph
        // The whole document is tested on its bytes, before a text is made of them.
        if scope == .document, context.deadline == nil, !expression.prefilter.mayMatch(context.document.source.bytes[...]) { return [] }
        var out: [Finding] = []
        for element in context.elements(scope) {
            if let literal, !element.text.text.contains(literal) { continue }
            for m in RegexCache.matches(expression, in: element.text, deadline: context.deadline) {
                out.append(Finding(range: m.range, ["match": m.text, "found": m.text]))
            }
        }
        return out
    }
}

/// `kind: substitution` — a wrong form and the right one; the message can quote both. `with` may
/// name the pattern's groups as `$1`, `$2` … ("August 26, 2021" → "26 August 2021"), and the
/// language's quotation marks as `{open}` and `{close}` (with the space it writes inside them).
public struct SubstitutionCheck: Check {
    public static let kind = "substitution"
    public struct Swap: Codable, Sendable {
        public var pattern: String
        public var with: String
    }
    public var swap: [Swap]
    public var ignoreCase: Bool?

    enum CodingKeys: String, CodingKey { case swap, ignoreCase = "ignore-case" }

    public func validate(_ common: RuleCommon) throws {
        for s in swap { _ = try RegexCache.compile(s.pattern, ignoreCase: ignoreCase ?? false) }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        let compiled = swap.compactMap { s in (try? RegexCache.compiled(s.pattern, ignoreCase: ignoreCase ?? false)).map { ($0, s.with) } }
        for element in context.elements(context.common.scope ?? .paragraph) {
            for (expression, template) in compiled {
                for m in RegexCache.matches(expression, in: element.text, deadline: context.deadline) {
                    // Bytes, not Foundation's search (which bridged the template at every finding).
                    var replacement = template.utf8.contains(UInt8(ascii: "$")) ? Self.expand(template, expression.expression, m.text) : template
                    if replacement.utf8.contains(UInt8(ascii: "{")) { replacement = Self.quotes(replacement, context.language.quotes) }
                    out.append(Finding(range: m.range, ["found": Self.trimmed(m.text), "expected": replacement],
                                       edits: [Edit(range: m.range, replacement: replacement)]))
                }
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

extension SubstitutionCheck {
    /// The template with the groups of the match, read again on the matched text alone (a pattern
    /// whose groups need text around the match should not use them).
    static func expand(_ template: String, _ expression: NSRegularExpression, _ matched: String) -> String {
        let whole = NSRange(matched.startIndex..., in: matched)
        guard let m = expression.firstMatch(in: matched, range: whole) else { return template }
        return expression.replacementString(for: m, in: matched, offset: 0, template: template)
    }

    /// `{open}` and `{close}` as the language writes them ("“", "«\u{A0}").
    static func quotes(_ template: String, _ q: LanguageProfile.Quotes) -> String {
        let space = q.innerSpace ?? ""
        return template.replacingOccurrences(of: "{open}", with: q.open + space).replacingOccurrences(of: "{close}", with: space + q.close)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`. A text that starts and ends with an ASCII byte other
    /// than space and tab has nothing to trim (the set's only ASCII members): Foundation is asked only
    /// about the others.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, first != 0x09, last != 0x20, last != 0x09 {
            return text
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// Compiled expressions, shared across files and threads; matches mapped back to source ranges.
enum RegexCache {
    /// An expression with the literals its matches need. ICU compiles it at its first use (most
    /// expressions never run on a text their prefilter lets through: of the 20 one draft asked for,
    /// compiling cost 9 M instructions); `RegexCache.compile` compiles at once, for a rule's validation.
    struct Compiled: Sendable {
        let lazy: LazyExpression
        let prefilter: RegexPrefilter
        /// The same expression matched on UTF-16 units at hand.
        let units: UnitRegex
        /// The compiled expression (one that matches nothing where the pattern does not compile: a
        /// rule's patterns are checked when it is loaded, the built-in ones by the tests).
        var expression: NSRegularExpression { lazy.expression }

        init(pattern: String, ignoreCase: Bool) {
            lazy = LazyExpression(pattern: pattern, ignoreCase: ignoreCase)
            prefilter = RegexPrefilter(pattern: pattern, ignoreCase: ignoreCase)
            units = UnitRegex(lazy)
        }
    }

    private static let cache = Locked<[String: Compiled]>([:])
    static let maxCached = 2_048
    static var cachedCount: Int { cache.withLock { $0.count } }

    /// The expression compiled now; throws where the pattern does not compile.
    static func compile(_ pattern: String, ignoreCase: Bool) throws -> NSRegularExpression {
        do {
            return try compiled(pattern, ignoreCase: ignoreCase).lazy.compile()
        } catch {
            throw RuleError("invalid regular expression '\(pattern)'")
        }
    }

    /// The expressions last asked for by the address of their pattern's bytes: a rule asks for its
    /// expression with the same String for every document, and hashing a long pattern (normalising it
    /// where it holds more than ASCII) cost 5,000 instructions a call, 600 calls a copy of the corpus.
    /// An entry is used only for a pattern equal to its own (String's == answers at once for the same
    /// storage), so an address reused by another String finds the expression it names.
    private struct Recent {
        let pattern: String
        let ignoreCase: Bool
        let compiled: Compiled
    }
    private static let recent = Locked<[Int: Recent]>([:])

    /// The address of a String's bytes where it has its own storage that lives as long as it does:
    /// not for a small String (held in the String value itself) or one without contiguous bytes.
    private static func storageAddress(_ pattern: String) -> Int? {
        guard pattern.utf8.count > 15 else { return nil }
        return pattern.utf8.withContiguousStorageIfAvailable { Int(bitPattern: $0.baseAddress) } ?? nil
    }

    static func compiled(_ pattern: String, ignoreCase: Bool) throws -> Compiled {
        let address = storageAddress(pattern)
        if let address, let r = recent.withLock({ $0[address] }), r.ignoreCase == ignoreCase, r.pattern == pattern {
            return r.compiled
        }
        let r = try compiledByPattern(pattern, ignoreCase: ignoreCase)
        if let address {
            recent.withLock {
                if $0.count >= maxCached { $0.removeAll(keepingCapacity: true) }
                $0[address] = Recent(pattern: pattern, ignoreCase: ignoreCase, compiled: r)
            }
        }
        return r
    }

    /// `compiled` looked up by the pattern itself.
    static func compiledByPattern(_ pattern: String, ignoreCase: Bool) throws -> Compiled {
        let key = (ignoreCase ? "i:" : "s:") + pattern
        if let r = cache.withLock({ $0[key] }) { return r }
        let r = Compiled(pattern: pattern, ignoreCase: ignoreCase)
        cache.withLock {
            // A process that keeps loading new rules (an editor, the rule fuzzer: 1 GB after two
            // million rule files) must not grow without end; the few in use are compiled again.
            if $0.count >= maxCached { $0.removeAll(keepingCapacity: true) }
            $0[key] = r
        }
        return r
    }

    /// The matches, mapped back to the source. A built-in rule's expression does not run on a text
    /// without the literals it needs; a user's rule runs against the clock as before (`deadline`).
    static func matches(_ compiled: Compiled, in text: MappedText, deadline: Deadline? = nil) -> [(range: ByteRange, text: String)] {
        if deadline == nil, !compiled.prefilter.mayMatch(text.text) { return [] }
        if deadline == nil, compiled.units.isDirect {
            let units = UTF16Units.cached(text.text)
            if let found = compiled.units.matchRanges(units) { return mapped(found, units, text) }
        }
        return matches(compiled.expression, in: text, deadline: deadline)
    }

    /// What `matches(_:in:deadline:)` makes of the ranges found, read on the units: a range whose ends
    /// stand between plain units (`UTF16Text.isPlain`: each a character of its own) lies on character
    /// boundaries, and its UTF-8 offsets are counted from the units; any other range is read as before,
    /// through String's indices (which refuse a range that splits a character).
    static func mapped(_ found: [NSRange], _ units: [UInt16], _ text: MappedText) -> [(range: ByteRange, text: String)] {
        let string = text.text
        var out: [(ByteRange, String)] = []
        // The UTF-8 offset of unit `at`, counted on from the last one asked for (ranges come in order).
        var at = 0, utf8 = 0
        func utf8Offset(_ i: Int) -> Int {
            if i < at { at = 0; utf8 = 0 }
            while at < i {
                let u = units[at]
                // A surrogate pair is four bytes, two for each half.
                utf8 += u < 0x80 ? 1 : u < 0x800 ? 2 : (u & 0xF800) == 0xD800 ? 2 : 3
                at += 1
            }
            return utf8
        }
        func plainBoundary(_ i: Int) -> Bool {
            if i == 0 || i == units.count { return true }
            return UTF16Text.isPlain(units[i - 1]) && UTF16Text.isPlain(units[i]) && !(units[i - 1] == 0x0D && units[i] == 0x0A)
        }
        for range in found where range.length > 0 {
            let end = range.location + range.length
            if range.location >= 0, end <= units.count, plainBoundary(range.location), plainBoundary(end) {
                let lo = utf8Offset(range.location), hi = utf8Offset(end)
                let view = string.utf8
                let piece = String(Substring(view[view.index(view.startIndex, offsetBy: lo)..<view.index(view.startIndex, offsetBy: hi)]))
                out.append((text.sourceRange(lo..<hi), piece))
                continue
            }
            guard let r = Range(range, in: string), let source = text.sourceRange(of: range) else { continue }
            out.append((source, String(string[r])))
        }
        return out
    }

    /// The matches, mapped back to the source; none further once `deadline` is spent (matching is
    /// stopped from ICU's progress callback, so even a match that backtracks without end stops).
    static func matches(_ expression: NSRegularExpression, in text: MappedText, deadline: Deadline? = nil) -> [(range: ByteRange, text: String)] {
        let string = text.text
        if deadline?.expired == true { return [] }
        var found: [NSRange] = []
        let whole = NSRange(string.startIndex..., in: string)
        if let deadline {
            var calls = 0
            expression.enumerateMatches(in: string, options: [.reportProgress], range: whole) { m, _, stop in
                if let m { found.append(m.range) }
                if deadline.tick(&calls) { stop.pointee = true }
            }
        } else {
            found = expression.matches(in: string, range: whole).map(\.range)
        }
        var out: [(ByteRange, String)] = []
        for range in found where range.length > 0 {
            guard let r = Range(range, in: string), let source = text.sourceRange(of: range) else { continue }
            out.append((source, String(string[r])))
        }
        return out
    }
}

/// A pattern compiled by ICU (through NSRegularExpression) when first asked for, once, on any thread.
final class LazyExpression: @unchecked Sendable {
    let pattern: String
    let ignoreCase: Bool
    private let state: Locked<Result<NSRegularExpression, Error>?>

    init(pattern: String, ignoreCase: Bool) {
        self.pattern = pattern
        self.ignoreCase = ignoreCase
        state = Locked(nil)
    }

    /// One compiled already.
    init(_ expression: NSRegularExpression) {
        pattern = expression.pattern
        ignoreCase = expression.options.contains(.caseInsensitive)
        state = Locked(.success(expression))
    }

    /// Whether ICU has compiled it (for the tests).
    var isCompiled: Bool { state.withLock { $0 != nil } }

    func compile() throws -> NSRegularExpression {
        try state.withLock { state in
            if let state { return state }
            let result = Result {
                try NSRegularExpression(pattern: RegexPrefilter.withLeadingLiteral(pattern), options: ignoreCase ? [.caseInsensitive] : [])
            }
            state = result
            return result
        }.get()
    }

    var expression: NSRegularExpression { (try? compile()) ?? Self.nothing }

    /// An expression that matches nowhere.
    static let nothing = try! NSRegularExpression(pattern: "(?!)")
}
