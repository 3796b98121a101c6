import Foundation

/// The literal texts of a regular expression one of which every match contains, read from its
/// pattern: a text that holds none of them has no match, and the expression need not run (running it
/// costs a UTF-16 copy of the text on Linux, and ICU's search). "A/(?:C\.\d/)?(?<s>\d+)/" needs "A/";
/// "【[^】]*】|\bTODO\b" needs "【" or "TODO".
///
/// Only plain patterns are read: literals outside groups, between classes, anchors and quantifiers,
/// and the flags m, s and w, which change no literal. Anything this reader does not know for sure
/// (other inline flags, \Q…\E, escapes with arguments) gives no literals, and the expression always runs.
///
/// Ignoring case, only scalars whose case is known are read: ASCII, its letters in either case, and
/// scripts and marks without case (`isCaseless`); any other scalar ends a literal. A text holding a
/// scalar whose case folding yields ASCII letters ("ﬁ", "ſ", the Kelvin sign) may match whatever it
/// holds.
struct RegexPrefilter: Sendable {
    /// One literal per top-level alternative, as UTF-8 (ignoring case, its letters in lower case);
    /// empty when the pattern was not read.
    let literals: [[UInt8]]
    /// Literals every match holds one of: the top-level alternatives' and, in a pattern without
    /// top-level alternatives, those of each group of plain words ("(?:above|below)").
    private let needed: [LiteralSet]
    private let ignoreCase: Bool

    /// Literals one of which a text must hold.
    private struct LiteralSet: Sendable {
        let literals: [[UInt8]]
        /// The first bytes of the literals (in both cases), to skip most bytes of a text with one test.
        let firstBytes: [Bool]

        init(_ literals: [[UInt8]], ignoreCase: Bool) {
            self.literals = literals
            var first = [Bool](repeating: false, count: 256)
            for l in literals {
                first[Int(l[0])] = true
                if ignoreCase, (0x61...0x7A).contains(l[0]) { first[Int(l[0] - 0x20)] = true }
            }
            firstBytes = first
        }
    }

    init(pattern: String, ignoreCase: Bool) {
        let reading = Self.requiredLiterals(Array(pattern.unicodeScalars), ignoreCase: ignoreCase)
        literals = reading?.alternatives ?? []
        needed = ((literals.isEmpty ? [] : [literals]) + (reading?.groups ?? [])).map { LiteralSet($0, ignoreCase: ignoreCase) }
        self.ignoreCase = ignoreCase
    }

    /// False when the text lacks literals every match holds, so the expression cannot match in it.
    func mayMatch(_ text: String) -> Bool {
        guard !needed.isEmpty else { return true }
        // Bytes, not Foundation: a UTF-8 literal occurs in the UTF-8 text exactly where its scalars do.
        return text.utf8.withContiguousStorageIfAvailable(holdsLiterals) ?? true
    }

    /// The same test on bytes of a source file.
    func mayMatch(_ bytes: ArraySlice<UInt8>) -> Bool {
        needed.isEmpty || bytes.withUnsafeBufferPointer(holdsLiterals)
    }

    private func holdsLiterals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ignoreCase, Self.holdsFoldingIntoASCII(bytes) { return true }
        return needed.allSatisfy { holdsOne($0, bytes) }
    }

    private func holdsOne(_ set: LiteralSet, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ignoreCase else { return holdsOneExactly(set, bytes) }
        let n = bytes.count
        var i = 0
        while i < n {
            if set.firstBytes[Int(bytes[i])] {
                for l in set.literals where i + l.count <= n && l[0] == fold(bytes[i]) {
                    var k = 1
                    while k < l.count && fold(bytes[i + k]) == l[k] { k += 1 }
                    if k == l.count { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// `holdsOne` with case: memchr finds each place a literal's first byte stands (in C, many bytes a
    /// step), and the rest of the literal is compared there.
    private func holdsOneExactly(_ set: LiteralSet, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        for l in set.literals {
            var from = 0
            while from + l.count <= n, let hit = memchr(base + from, Int32(l[0]), n - from - l.count + 1) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + i, l, l.count) == 0 { return true }
                from = i + 1
            }
        }
        return false
    }

    /// A byte as the literals hold it: ignoring case, an ASCII capital as its small letter.
    private func fold(_ b: UInt8) -> UInt8 {
        ignoreCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }

    /// Whether the text holds a scalar whose full case folding holds an ASCII letter: ß, İ, ŉ, ſ, ǰ,
    /// U+1E96…U+1E9A, ẞ, the Kelvin sign, the ligatures U+FB00…U+FB06 (CaseFolding.txt; a test checks the
    /// list against every scalar).
    static func holdsFoldingIntoASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i + 1 < n {
            switch (b[i], b[i + 1]) {
            case (0xC3, 0x9F), (0xC4, 0xB0), (0xC5, 0x89), (0xC5, 0xBF), (0xC7, 0xB0): return true
            case (0xE1, 0xBA) where i + 2 < n && ((0x96...0x9A).contains(b[i + 2]) || b[i + 2] == 0x9E): return true
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

    /// The longest literal of each top-level alternative (none when some alternative has none) and,
    /// without top-level alternatives, the alternatives of each group of plain words; nil when the
    /// pattern uses syntax not read here.
    private static func requiredLiterals(_ p: [Unicode.Scalar], ignoreCase: Bool) -> (alternatives: [[UInt8]], groups: [[[UInt8]]])? {
        var branches: [[UInt8]] = []
        var groups: [[[UInt8]]] = []
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
                // Flags that change no literal's meaning, standing alone ("(?m)": ^ and $ at line ends;
                // s: dot takes line ends; w: word boundaries): a zero-width mark here.
                if i < p.count, p[i] == "?" {
                    var j = i + 1
                    while j < p.count, ["m", "s", "w"].contains(p[j]) { j += 1 }
                    if j > i + 1, j < p.count, p[j] == ")" {
                        i = j + 1
                        notLiteral()
                        continue
                    }
                }
                if i < p.count, p[i] == "?" {
                    // Groups only; inline flags ((?i), (?x)…) and comments change how the rest reads.
                    let next = i + 1 < p.count ? p[i + 1] : " "
                    let afterLess = i + 2 < p.count ? p[i + 2] : " "
                    let group = [":", "=", "!", ">"].contains(next)
                        || next == "<" && (afterLess == "=" || afterLess == "!" || afterLess.properties.isAlphabetic)
                    guard group else { return nil }
                }
                // A group of plain words at the top ("(?:above|below)", "(?<w>a|b)"): a match holds one.
                if depth == 0, !ignoreCase, let start = groupContent(p, from: i), let (words, end) = plainWords(p, from: start) {
                    endRun()
                    groups.append(words)
                    i = end
                    continue
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
        return (branches.contains(where: \.isEmpty) ? [] : branches, branches.count == 1 ? groups : [])
    }

    /// Where the content of a capturing or non-capturing group opened just before `start` begins;
    /// nil for lookarounds and atomic groups.
    private static func groupContent(_ p: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < p.count, p[start] == "?" else { return start }
        guard start + 2 < p.count else { return nil }
        if p[start + 1] == ":" { return start + 2 }
        guard p[start + 1] == "<", p[start + 2].properties.isAlphabetic, let close = p[start...].firstIndex(of: ">") else { return nil }
        return close + 1
    }

    /// The alternatives of a group of plain words starting at `start`, and the index after its ")";
    /// nil when the group holds anything else (a class, a quantifier, a group, an empty alternative)
    /// or is quantified itself.
    private static func plainWords(_ p: [Unicode.Scalar], from start: Int) -> ([[UInt8]], Int)? {
        var words: [[UInt8]] = [[]]
        var i = start
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case ")":
                guard !words.contains(where: \.isEmpty), i == p.count || !"?*+{".unicodeScalars.contains(p[i]) else { return nil }
                return (words, i)
            case "|":
                words.append([])
            case "\\":
                // An escaped mark stands for itself; letters and digits mean something else.
                guard i < p.count, !p[i].properties.isAlphabetic, p[i].properties.numericType == nil else { return nil }
                words[words.count - 1] += UTF8.encode(p[i])!
                i += 1
            case "(", "[", "]", "{", "}", "*", "?", "+", ".", "^", "$":
                return nil
            default:
                words[words.count - 1] += UTF8.encode(c)!
            }
        }
        return nil
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
