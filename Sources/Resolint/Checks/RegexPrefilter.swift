import Foundation

/// What a text must hold for a regular expression to match in it, read from the pattern: a text that
/// lacks it has no match, and the expression need not run (running it costs a UTF-16 copy of the text
/// on Linux, and ICU's search). "A/(?:C\.\d/)?(?<s>\d+)/" needs "A/"; "【[^】]*】|\bTODO\b" needs "【"
/// or "TODO"; "(?<=\d\s?\(\d{4}\)\s)\d{3,4}" needs "(" with four digits and ")".
///
/// What is needed is read as shapes: literal scalars and digits (`\d`, which ICU reads as any decimal
/// digit of any script: every scalar outside ASCII is taken for one). A top-level alternative needs
/// each of its runs of literals, and one alternative of each group and positive lookaround in it
/// (a lookaround's text is part of the text even though it is not part of the match); what a
/// quantifier lets be absent, and negative lookarounds, need nothing.
///
/// Only plain patterns are read: literals, classes, groups, lookarounds, anchors and quantifiers, and
/// the flags m, s and w, which change no literal. Anything this reader does not know for sure (other
/// inline flags, \Q…\E, escapes with arguments, back references) gives no need, and the expression
/// always runs.
///
/// Ignoring case, only scalars whose case is known are read: ASCII, its letters in either case, and
/// scripts and marks without case (`isCaseless`); any other scalar ends a literal. A text holding a
/// scalar whose case folding yields ASCII letters ("ﬁ", "ſ", the Kelvin sign) may match whatever it
/// holds.
struct RegexPrefilter: Sendable {
    /// One unit of a shape: a byte of a literal (ignoring case, letters in lower case) or a digit.
    enum Atom: Hashable, Sendable {
        case byte(UInt8)
        case digit
    }

    /// Shapes one of which a text must hold; each begins and ends with a byte.
    struct ShapeSet: Sendable {
        let shapes: [[Atom]]
        /// For each shape, the atom a search looks for first (`anchor`).
        let anchors: [Int]

        init(shapes: [[Atom]]) {
            self.shapes = shapes
            anchors = shapes.map(RegexPrefilter.anchor)
        }
        /// How many atoms the poorest shape has: the more, the fewer texts hold one (a digit of a shape
        /// turns away about as many texts as a byte of literal).
        var strength: Int { shapes.map(\.count).min() ?? 0 }
    }

    /// For each top-level alternative, the sets it needs; a text may match where it holds one shape of
    /// each set of some alternative. Empty when nothing is known to be needed.
    let alternatives: [[ShapeSet]]
    private let ignoreCase: Bool
    /// The sets an alternative is tested on, strongest first: the others rarely turn a text away.
    static let setsTested = 3

    init(pattern: String, ignoreCase: Bool) {
        self.ignoreCase = ignoreCase
        var reader = PatternReader(p: Array(pattern.unicodeScalars), ignoreCase: ignoreCase)
        guard let read = reader.alternatives(), reader.i == reader.p.count, !read.contains(where: \.isEmpty) else {
            alternatives = []
            return
        }
        alternatives = read.map { sets in
            // Strongest first; of equal strength, in the pattern's order.
            var unique: [ShapeSet] = []
            for set in sets where !unique.contains(where: { $0.shapes == set.shapes }) { unique.append(set) }
            let ordered = unique.enumerated().sorted { ($0.element.strength, $1.offset) > ($1.element.strength, $0.offset) }
            return ordered.prefix(Self.setsTested).map(\.element)
        }
    }

    /// True when nothing was read: every text may match.
    var needsNothing: Bool { alternatives.isEmpty }

    /// What the pattern needs, written out for tests and debugging: "A/", "【|TODO", "(\d\d\d\d) & 号"
    /// (both), "x || y" (either alternative).
    var summary: String {
        alternatives.map { sets in
            sets.map { set in
                set.shapes.map { shape in
                    String(decoding: shape.flatMap { a -> [UInt8] in
                        if case .byte(let b) = a { return [b] } else { return Array("\\d".utf8) }
                    }, as: UTF8.self)
                }.joined(separator: "|")
            }.joined(separator: " & ")
        }.joined(separator: " || ")
    }

    /// False when the text lacks what every match needs, so the expression cannot match in it.
    func mayMatch(_ text: String) -> Bool {
        guard !alternatives.isEmpty else { return true }
        // Bytes, not Foundation: a UTF-8 literal occurs in the UTF-8 text exactly where its scalars do.
        return text.utf8.withContiguousStorageIfAvailable(holdsNeeds) ?? true
    }

    /// The same test on bytes of a source file.
    func mayMatch(_ bytes: ArraySlice<UInt8>) -> Bool {
        alternatives.isEmpty || bytes.withUnsafeBufferPointer(holdsNeeds)
    }

    private func holdsNeeds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ignoreCase, Self.holdsFoldingIntoASCII(bytes) { return true }
        return alternatives.contains { sets in sets.allSatisfy { holdsOne($0, bytes) } }
    }

    /// Whether the text holds one of the set's shapes: memchr finds each place a shape's first byte
    /// stands (in C, many bytes a step), and the rest of the shape is compared there.
    /// memchr looks for the shape's anchor byte (`anchor`: its rarest byte of those at a fixed distance
    /// from its start), and the whole shape is compared where it would start.
    private func holdsOne(_ set: ShapeSet, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let n = bytes.count
        for (shape, k) in zip(set.shapes, set.anchors) {
            guard case .byte(let key) = shape[k] else { continue }
            func holdsShape(anchoredAt byte: UInt8) -> Bool {
                var from = k
                while from < n, let hit = memchr(base + from, Int32(byte), n - from) {
                    let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if holds(shape, at: i - k, bytes) { return true }
                    from = i + 1
                }
                return false
            }
            // Ignoring case, a letter is looked for in both cases.
            if holdsShape(anchoredAt: key) || ignoreCase && (0x61...0x7A).contains(key) && holdsShape(anchoredAt: key - 0x20) { return true }
        }
        return false
    }

    /// The atom of a shape to look for first: a byte with only bytes before it (so that it stands at a
    /// fixed distance from the shape's start), the one that is rarest in text by `rarity` (of equal
    /// rarity, the first). In "决议" (E5 86 B3 E8 AE AE) a character's last byte, not its first: every
    /// sixth Chinese character starts with E5.
    static func anchor(_ shape: [Atom]) -> Int {
        var best = 0, bestScore = Int.max
        for (k, atom) in shape.enumerated() {
            guard case .byte(let b) = atom else { break }
            let score = commonness(b)
            if score < bestScore { best = k; bestScore = score }
        }
        return best
    }

    /// How often a byte occurs in the texts linted, roughly (lower is rarer): space, small letters by
    /// their frequency in English, the first bytes of Cyrillic, Arabic and CJK characters; then
    /// punctuation, capitals and digits; the last bytes of characters, each one of 64, rarest.
    /// a…z by frequency in English text (e, t, a, o, i, n, s, h, r … q, z).
    private static let letterCommonness = [88, 40, 60, 68, 100, 50, 48, 74, 84, 12, 20, 70, 54, 82, 86, 46, 8, 76, 80, 94, 56, 26, 52, 14, 42, 6]

    static func commonness(_ b: UInt8) -> Int {
        switch b {
        case 0x20: return 100
        case 0x61...0x7A:
            return letterCommonness[Int(b - 0x61)]
        case 0xC0...0xEF: return 90
        case 0x2C, 0x2E: return 60
        case 0x30...0x39: return 30
        case 0x41...0x5A: return 20
        case 0x80...0xBF: return 10
        default: return 15
        }
    }

    /// Whether the shape stands at byte `i`: its bytes (ignoring case, an ASCII capital as its small
    /// letter), and for a digit an ASCII digit or any scalar outside ASCII.
    private func holds(_ shape: [Atom], at i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = i
        for atom in shape {
            guard j < bytes.count else { return false }
            let b = bytes[j]
            switch atom {
            case .byte(let expected):
                guard (ignoreCase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == expected else { return false }
                j += 1
            case .digit:
                if b >= 0x30 && b <= 0x39 { j += 1 } else if b >= 0xC0 { j += b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 } else { return false }
            }
        }
        return true
    }

    /// Whether the text holds a scalar whose full case folding holds an ASCII letter: ß, İ, ŉ, ſ, ǰ,
    /// U+1E96…U+1E9A, ẞ, the Kelvin sign, the ligatures U+FB00…U+FB06 (CaseFolding.txt; a test checks the
    /// list against every scalar).
    static func holdsFoldingIntoASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 1 < n {
            // ASCII eight bytes at a time.
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            // Most bytes lead none of them (ASCII, CJK, Cyrillic, Arabic): one comparison each, and a
            // three-byte character that is none of them (CJK) is passed over whole.
            let lead = b[i]
            if lead >= 0xE3 && lead <= 0xEE {
                i += 3
                continue
            }
            if lead < 0xC3 || lead > 0xC7 && lead != 0xE1 && lead != 0xE2 && lead != 0xEF {
                i += 1
                continue
            }
            switch (lead, b[i + 1]) {
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

    /// The index after the `]` closing a set opened just before `start` (sets nest: [[a-z]&&[^e]]).
    static func classEnd(_ p: [Unicode.Scalar], from start: Int) -> Int? {
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

    /// The index after the `}` of an interval {n}, {n,} or {n,m} opened just before `start`, with n
    /// and m (nil for {n,}).
    static func interval(_ p: [Unicode.Scalar], from start: Int) -> (end: Int, least: Int, most: Int?)? {
        var i = start
        func number() -> Int? {
            var value: Int?
            while i < p.count, let d = p[i].properties.numericType == .decimal && p[i].isASCII ? Int(p[i].value) - 0x30 : nil {
                value = min((value ?? 0) * 10 + d, 1_000_000)
                i += 1
            }
            return value
        }
        guard let least = number() else { return nil }
        var most: Int? = least
        if i < p.count, p[i] == "," {
            i += 1
            most = number()
        }
        guard i < p.count, p[i] == "}" else { return nil }
        return (i + 1, least, most)
    }
}

/// Reads a pattern into the shape sets each of its alternatives needs (see RegexPrefilter).
private struct PatternReader {
    typealias Atom = RegexPrefilter.Atom
    typealias ShapeSet = RegexPrefilter.ShapeSet
    let p: [Unicode.Scalar]
    let ignoreCase: Bool
    var i = 0
    private var depth = 0

    init(p: [Unicode.Scalar], ignoreCase: Bool) {
        self.p = p
        self.ignoreCase = ignoreCase
    }

    /// What a quantifier can apply to: the last scalar of the current run (its atoms), a group (whether
    /// its set was kept, last of the needs), or something that needs nothing.
    private enum Last { case scalar(atoms: Int), group(kept: Bool), other }

    /// The alternatives from `i` up to the ")" closing the group being read (left unread) or the end,
    /// each with the sets it needs; nil when the pattern holds syntax not read here.
    mutating func alternatives() -> [[ShapeSet]]? {
        var out: [[ShapeSet]] = []
        var needs: [ShapeSet] = []
        var run: [Atom] = []
        var last = Last.other
        func endRun() {
            // A shape begins and ends with a byte: digits at its ends are dropped (memchr looks for its first byte).
            var shape = run[...]
            while shape.first == .digit { shape = shape.dropFirst() }
            while shape.last == .digit { shape = shape.dropLast() }
            if !shape.isEmpty { needs.append(ShapeSet(shapes: [Array(shape)])) }
            run = []
            if case .scalar = last { last = .other }
        }
        func literal(_ s: Unicode.Scalar) {
            if ignoreCase && !s.isASCII && !RegexPrefilter.isCaseless(s) {
                endRun()
                last = .other
                return
            }
            let bytes = ignoreCase && ("A"..."Z").contains(s) ? [UInt8(s.value) | 0x20] : Array(UTF8.encode(s)!)
            run += bytes.map(Atom.byte)
            last = .scalar(atoms: bytes.count)
        }
        func notLiteral() {
            endRun()
            last = .other
        }
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
                case "d":
                    run.append(.digit)
                    last = .scalar(atoms: 1)
                case "b", "B", "A", "z", "Z", "G", "D", "s", "S", "w", "W", "h", "H", "v", "V", "R", "X":
                    notLiteral()  // zero-width assertions and classes
                case "p", "P":
                    // A property class: \p{Han}, \pL.
                    if i < p.count, p[i] == "{" {
                        guard let close = p[i...].firstIndex(of: "}") else { return nil }
                        i = close + 1
                    } else {
                        guard i < p.count else { return nil }
                        i += 1
                    }
                    notLiteral()
                default:
                    // Other letters and digits take arguments or mean something else (\x41, \1, \Q…\E, \N{…}).
                    if e.properties.isAlphabetic || e.properties.numericType != nil { return nil }
                    literal(e)  // an escaped mark stands for itself: "\." "\[" "\{"
                }
            case "[":
                guard let end = RegexPrefilter.classEnd(p, from: i) else { return nil }
                i = end
                notLiteral()
            case "(":
                endRun()
                var needed = true
                if i < p.count, p[i] == "?" {
                    // Flags that change no literal's meaning, standing alone ("(?m)": ^ and $ at line ends;
                    // s: dot takes line ends; w: word boundaries): a zero-width mark here.
                    var j = i + 1
                    while j < p.count, ["m", "s", "w"].contains(p[j]) { j += 1 }
                    if j > i + 1, j < p.count, p[j] == ")" {
                        i = j + 1
                        last = .other
                        continue
                    }
                    // Groups and lookarounds only; inline flags ((?i), (?x), (?m:…)) and comments change how the rest reads.
                    let next = i + 1 < p.count ? p[i + 1] : " "
                    let afterLess = i + 2 < p.count ? p[i + 2] : " "
                    switch (next, afterLess) {
                    case (":", _), (">", _), ("=", _): i += 2
                    case ("!", _): i += 2; needed = false
                    case ("<", "="): i += 3
                    case ("<", "!"): i += 3; needed = false
                    case ("<", _) where afterLess.properties.isAlphabetic:
                        guard let close = p[i...].firstIndex(of: ">") else { return nil }
                        i = close + 1
                    default: return nil
                    }
                }
                depth += 1
                guard let inner = alternatives(), i < p.count, p[i] == ")" else { return nil }
                i += 1
                depth -= 1
                // A group needs one of its alternatives' strongest sets; an alternative that needs nothing,
                // nothing.
                if needed, !inner.contains(where: \.isEmpty) {
                    let shapes = inner.map { sets in sets.max { $0.strength < $1.strength }!.shapes }.joined()
                    var unique: [[Atom]] = []
                    for s in shapes where !unique.contains(s) { unique.append(s) }
                    needs.append(ShapeSet(shapes: unique))
                    last = .group(kept: true)
                } else {
                    last = .group(kept: false)
                }
            case ")":
                guard depth > 0 else { return nil }
                i -= 1
                endRun()
                out.append(needs)
                return out
            case "|":
                endRun()
                out.append(needs)
                needs = []
                last = .other
            case "*", "?", "+", "{":
                var least = c == "+" ? 1 : 0, exact = false
                if c == "{" {
                    guard let (end, n, m) = RegexPrefilter.interval(p, from: i) else { return nil }
                    i = end
                    least = n
                    exact = m == n
                }
                // A lazy or possessive mark belongs to the quantifier.
                if i < p.count, p[i] == "?" || p[i] == "+" { i += 1 }
                switch last {
                case .scalar(let atoms):
                    // The quantified scalar is there `least` times in a row (and perhaps more, or not at all).
                    let unit = Array(run.suffix(atoms))
                    run.removeLast(atoms)
                    for _ in 0..<least { run += unit }
                    // Repeated a fixed number of times, the run goes on; else it ends here.
                    if exact && least > 0 { last = .scalar(atoms: atoms) } else { endRun(); last = .other }
                case .group(let kept):
                    if kept, least == 0 { needs.removeLast() }
                    last = .other
                case .other:
                    break
                }
            case ".", "^", "$":
                notLiteral()
            case "]", "}":
                return nil
            default:
                literal(c)
            }
        }
        endRun()
        out.append(needs)
        return out
    }
}

extension RegexPrefilter {
    /// The pattern with a look-ahead for the literal every match starts with, where one stands after
    /// nothing but zero-width assertions: "(?<!,\s)\bparagraphs?\s+…" becomes
    /// "(?=paragraph)(?<!,\s)\bparagraphs?\s+…". ICU reads where a match may start from the first thing
    /// a pattern consumes, but not across a leading look-behind: it tried the whole expression at every
    /// position of the text (2.5 times the work on the English references). The look-ahead holds
    /// wherever the pattern matches, so the matches, their groups and their ranges are the same.
    static func withLeadingLiteral(_ pattern: String) -> String {
        let p = Array(pattern.unicodeScalars)
        var reader = PatternReader(p: p, ignoreCase: false)
        guard let read = reader.alternatives(), reader.i == p.count, read.count == 1 else { return pattern }
        var i = 0
        // Zero-width assertions: word boundaries, anchors, lookarounds.
        while i < p.count {
            if p[i] == "\\", i + 1 < p.count, ["b", "B", "A", "G"].contains(p[i + 1]) {
                i += 2
            } else if p[i] == "^" {
                i += 1
            } else if p[i] == "(", i + 2 < p.count, p[i + 1] == "?",
                      p[i + 2] == "=" || p[i + 2] == "!" || p[i + 2] == "<" && i + 3 < p.count && (p[i + 3] == "=" || p[i + 3] == "!") {
                guard let end = groupEnd(p, from: i + 1) else { return pattern }
                i = end
            } else {
                break
            }
        }
        // The literal: plain scalars and escaped marks, up to the first thing that is neither.
        var tokens: [Range<Int>] = []
        while i < p.count {
            let c = p[i]
            if c == "\\" {
                guard i + 1 < p.count, !p[i + 1].properties.isAlphabetic, p[i + 1].properties.numericType == nil else { break }
                tokens.append(i..<(i + 2))
                i += 2
            } else if "^$.|?*+()[]{}".unicodeScalars.contains(c) {
                break
            } else {
                tokens.append(i..<(i + 1))
                i += 1
            }
        }
        // A quantified last scalar may be absent or repeated.
        if i < p.count, "?*+{".unicodeScalars.contains(p[i]), !tokens.isEmpty { tokens.removeLast() }
        guard let first = tokens.first, let last = tokens.last else { return pattern }
        var literal = String.UnicodeScalarView()
        literal.append(contentsOf: p[first.lowerBound..<last.upperBound])
        return "(?=" + String(literal) + ")" + pattern
    }

    /// The index after the ")" closing the group whose "(" stands just before `start`.
    private static func groupEnd(_ p: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start, depth = 1
        while i < p.count {
            let c = p[i]
            i += 1
            switch c {
            case "\\": i += 1
            case "[":
                guard let end = classEnd(p, from: i) else { return nil }
                i = end
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
        }
        return nil
    }
}
