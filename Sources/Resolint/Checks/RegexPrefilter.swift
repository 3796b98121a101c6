/// The literal texts of a regular expression one of which every match contains, read from its
/// pattern: a text that holds none of them has no match, and the expression need not run (running it
/// costs a UTF-16 copy of the text on Linux, and ICU's search). "A/(?:C\.\d/)?(?<s>\d+)/" needs "A/";
/// "【[^】]*】|\bTODO\b" needs "【" or "TODO".
///
/// Only plain patterns are read: literals outside groups, between classes, anchors and quantifiers.
/// Anything this reader does not know for sure (inline flags, \Q…\E, escapes with arguments) gives no
/// literals, and the expression always runs.
///
/// Ignoring case, only scalars whose case is known are read: ASCII, its letters in either case, and
/// scripts and marks without case (`isCaseless`); any other scalar ends a literal. A text holding a
/// scalar whose case folding yields ASCII letters ("ﬁ", "ſ", the Kelvin sign) may match whatever it
/// holds.
struct RegexPrefilter: Sendable {
    /// One literal per top-level alternative, as UTF-8 (ignoring case, its letters in lower case);
    /// empty when the pattern was not read.
    let literals: [[UInt8]]
    /// The first bytes of the literals (in both cases), to skip most bytes of a text with one test.
    private let firstBytes: [Bool]
    private let ignoreCase: Bool

    init(pattern: String, ignoreCase: Bool) {
        literals = Self.requiredLiterals(Array(pattern.unicodeScalars), ignoreCase: ignoreCase) ?? []
        var first = [Bool](repeating: false, count: 256)
        for l in literals {
            first[Int(l[0])] = true
            if ignoreCase, (0x61...0x7A).contains(l[0]) { first[Int(l[0] - 0x20)] = true }
        }
        firstBytes = first
        self.ignoreCase = ignoreCase
    }

    /// False when the text holds none of the literals, so the expression cannot match in it.
    func mayMatch(_ text: String) -> Bool {
        guard !literals.isEmpty else { return true }
        // Bytes, not Foundation: a UTF-8 literal occurs in the UTF-8 text exactly where its scalars do.
        return text.utf8.withContiguousStorageIfAvailable(holdsLiteral) ?? true
    }

    /// The same test on bytes of a source file.
    func mayMatch(_ bytes: ArraySlice<UInt8>) -> Bool {
        literals.isEmpty || bytes.withUnsafeBufferPointer(holdsLiteral)
    }

    private func holdsLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ignoreCase, Self.holdsFoldingIntoASCII(bytes) { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            if firstBytes[Int(bytes[i])] {
                for l in literals where i + l.count <= n && l[0] == fold(bytes[i]) {
                    var k = 1
                    while k < l.count && fold(bytes[i + k]) == l[k] { k += 1 }
                    if k == l.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// A byte as the literals hold it: ignoring case, an ASCII capital as its small letter.
    private func fold(_ b: UInt8) -> UInt8 {
        ignoreCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    /// Whether the text holds a scalar whose full case folding holds an ASCII letter: ß, İ, ŉ, ſ, ǰ,
    /// U+1E96…U+1E9E, the Kelvin sign, the ligatures U+FB00…U+FB06 (CaseFolding.txt; a test checks the
    /// list against every scalar).
    static func holdsFoldingIntoASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i + 1 < n {
            switch (b[i], b[i + 1]) {
            case (0xC3, 0x9F), (0xC4, 0xB0), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
            case (0xE1, 0xBA) where i + 2 < n && (0x96...0x9E).contains(b[i + 2]): return true
            case (0xE2, 0x84) where i + 2 < n && b[i + 2] == 0xAA: return true
            case (0xEF, 0xAC) where i + 2 < n && (0x80...0x86).contains(b[i + 2]): return true
            default: i += 1
            }
        }
        return false
    }

    /// Scalars that case folding leaves alone and that no other scalar folds into: Arabic, general and
    /// CJK punctuation, guillemets, CJK ideographs (a test checks this against every scalar).
    static func isCaseless(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0600...0x06FF, 0x2010...0x2027, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// The longest literal of each top-level alternative, or nil when some alternative has none or the
    /// pattern uses syntax not read here.
    private static func requiredLiterals(_ p: [Unicode.Scalar], ignoreCase: Bool) -> [[UInt8]]? {
        var branches: [[UInt8]] = []
        var best: [UInt8] = [], run: [UInt8] = []
        var lastRunScalar = 0  // UTF-8 length of the last scalar of `run`, dropped when a quantifier follows it
        var depth = 0
        func endRun() {
            if run.count > best.count { best = run }
            run = []
            lastRunScalar = 0
        }
        func literal(_ s: Unicode.Scalar) {
            guard depth == 0 else { return }
            if ignoreCase && !s.isASCII && !isCaseless(s) { return endRun() }
            let bytes = ignoreCase && ("A"..."Z").contains(s) ? [UInt8(s.value) | 0x20] : Array(UTF8.encode(s)!)
            run += bytes
            lastRunScalar = bytes.count
        }
        func notLiteral() {
            if depth == 0 { endRun() }
        }
        var i = 0
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case "\\":
                guard i < p.count else { return nil }
                let e = p[i]
                i += 1
                switch e {
                case "t": literal("\t")
                case "n": literal("\n")
                case "r": literal("\r")
                case "f": literal("\u{0C}")
                case "e": literal("\u{1B}")
                case "a": literal("\u{07}")
                case "b", "B", "A", "z", "Z", "G", "d", "D", "s", "S", "w", "W":
                    notLiteral()  // zero-width assertions and one-character classes
                default:
                    // Other letters and digits take arguments or mean something else (\p{…}, \x41, \1, \Q…\E).
                    if e.properties.isAlphabetic || e.properties.numericType != nil { return nil }
                    literal(e)  // an escaped mark stands for itself: "\." "\[" "\{"
                }
            case "[":
                guard let end = classEnd(p, from: i) else { return nil }
                i = end
                notLiteral()
            case "(":
                if i < p.count, p[i] == "?" {
                    // Groups only; inline flags ((?i), (?x)…) and comments change how the rest reads.
                    let next = i + 1 < p.count ? p[i + 1] : " "
                    let afterLess = i + 2 < p.count ? p[i + 2] : " "
                    let group = [":", "=", "!", ">"].contains(next)
                        || next == "<" && (afterLess == "=" || afterLess == "!" || afterLess.properties.isAlphabetic)
                    guard group else { return nil }
                }
                notLiteral()
                depth += 1
            case ")":
                depth -= 1
                guard depth >= 0 else { return nil }
                notLiteral()
            case "|":
                if depth == 0 {
                    endRun()
                    branches.append(best)
                    best = []
                }
            case "*", "?", "+", "{":
                if c == "{" {
                    guard let end = intervalEnd(p, from: i) else { return nil }
                    i = end
                }
                // The quantified literal may be absent (or repeated): the run ends before it.
                if depth == 0 {
                    run.removeLast(lastRunScalar)
                    endRun()
                }
            case ".", "^", "$":
                notLiteral()
            case "]", "}":
                return nil
            default:
                literal(c)
            }
        }
        guard depth == 0 else { return nil }
        endRun()
        branches.append(best)
        return branches.contains(where: \.isEmpty) ? nil : branches
    }

    /// The index after the `]` closing a set opened just before `start` (sets nest: [[a-z]&&[^e]]).
    private static func classEnd(_ p: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        if i < p.count, p[i] == "^" { i += 1 }
        if i < p.count, p[i] == "]" { return nil }  // "[]…]": read differently by different engines
        var depth = 1
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case "\\":
                guard i < p.count else { return nil }
                let e = p[i]
                i += 1
                if e == "Q" { return nil }  // \Q…\E may quote a "]"
                // \p{Han}, \N{…}, \x{…}: skip the braces.
                if ["p", "P", "N", "x"].contains(e), i < p.count, p[i] == "{" {
                    guard let close = p[i...].firstIndex(of: "}") else { return nil }
                    i = close + 1
                }
            case "[":
                depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return i }
            default:
                break
            }
        }
        return nil
    }

    /// The index after the `}` of an interval {n}, {n,} or {n,m} opened just before `start`.
    private static func intervalEnd(_ p: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        func digits() -> Bool {
            let from = i
            while i < p.count, ("0"..."9").contains(p[i]) { i += 1 }
            return i > from
        }
        guard digits() else { return nil }
        if i < p.count, p[i] == "," {
            i += 1
            _ = digits()
        }
        guard i < p.count, p[i] == "}" else { return nil }
        return i + 1
    }
}
