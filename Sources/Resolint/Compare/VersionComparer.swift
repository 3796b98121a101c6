import Foundation

/// Compares the language versions of one text (`resolint compare`): their parts, paragraph counts,
/// numbering, items, footnotes, citations, symbols, dates and figures, paragraph by paragraph. Where
/// they disagree, each version that differs from the others gets a diagnostic at its own place, and the
/// message says which versions say what ("74/19 in ru; 74/91 in ar, en, es, fr, zh").
///
/// The rules are the `compare` rules of the catalogue (Rules/compare.yaml): each names the aspect it
/// reports, and configuration sets their severity or turns them off, as for any rule.
public struct VersionComparer: Sendable {
    public var linter: Linter

    public init(linter: Linter) { self.linter = linter }

    /// One report per version, in the order given.
    public func compare(_ versions: [ComparedVersion]) -> [FileReport] { compare(versions, known: []) }

    /// With the skeletons already built for some versions (nil where a version is to be read): many
    /// comparisons of one set that change one version at a time read the others once.
    func compare(_ versions: [ComparedVersion], known: [VersionSkeleton?]) -> [FileReport] {
        var run = ComparisonRun(versions: versions, known: known)
        run.compareAll()
        return versions.indices.map { v in
            let version = versions[v]
            var diagnostics: [Diagnostic] = []
            for f in run.findings where f.version == v {
                guard let rule = rule(for: f.aspect) else { continue }
                let range = f.inFile ? f.range : version.fileRange(f.range)
                diagnostics.append(Diagnostic(path: version.path, rule: rule.id, severity: rule.severity,
                                              message: MessageTemplate.render(rule.message, ["detail": f.detail]),
                                              start: version.file.position(of: range.lowerBound),
                                              end: version.file.position(of: range.upperBound), byteRange: range))
            }
            diagnostics.sort { ($0.start, $0.rule) < ($1.start, $1.rule) }
            return FileReport(path: version.path, language: version.language, kind: version.document.kind,
                              diagnostics: diagnostics, source: version.file)
        }
    }

    /// The rule reporting an aspect, with the severity configuration gives it; nil when it is off.
    func rule(for aspect: String) -> (id: String, severity: Severity, message: String)? {
        guard let rule = linter.rules.rules.first(where: { ($0.check as? CompareCheck)?.aspect == aspect }) else { return nil }
        let override = linter.overrides[rule.id]
        if let chosen = linter.selection.decides(rule.id) { if !chosen { return nil } } else if override?.off == true { return nil }
        return (rule.id, override?.severity ?? rule.severity, rule.common.message)
    }
}

/// One comparison: the versions' skeletons and what was found so far.
struct ComparisonRun {
    typealias Unit = VersionSkeleton.Unit
    struct Finding {
        var version: Int
        var aspect: String
        /// In the version's parsed text, or in its file where `inFile`.
        var range: ByteRange
        var detail: String
        var inFile = false
    }

    let versions: [ComparedVersion]
    let skeletons: [VersionSkeleton]
    /// What each version is called in messages: its language, or its file name where two share one.
    let names: [String]
    var findings: [Finding] = []
    /// The resolutions each version cites anywhere in its text.
    let cited: [Set<String>]

    init(versions: [ComparedVersion], known: [VersionSkeleton?] = []) {
        self.versions = versions
        // Each version's skeleton on its own core.
        let given: [VersionSkeleton?] = versions.indices.map { known.indices.contains($0) ? known[$0] : nil }
        let built = Locked(given)
        let missing = given.indices.filter { given[$0] == nil }
        DispatchQueue.concurrentPerform(iterations: missing.count) { i in
            let s = VersionSkeleton(versions[missing[i]])
            built.withLock { $0[missing[i]] = s }
        }
        skeletons = Self.settled(built.withLock { $0.map { $0! } }, versions)
        cited = skeletons.map { s in
            Set(s.parts.flatMap { $0.preamble + $0.operative }.flatMap(\.allFigures).filter { $0.kind == .citation }.map(\.value))
        }
        // Where two versions share a language, their file names; with their folder where those are alike too.
        let languages = versions.map(\.language)
        let files = versions.map { String($0.path.split(separator: "/").last ?? "") }
        names = versions.indices.map { k in
            guard languages.filter({ $0 == languages[k] }).count > 1 else { return languages[k] }
            guard files.filter({ $0 == files[k] }).count > 1 else { return files[k] }
            return versions[k].path.split(separator: "/").suffix(2).joined(separator: "/")
        }
    }

    /// A version read from the UN's markup whose paragraph counts differ from the others' is read
    /// again from its text: where the text then has the others' paragraphs, the markup alone marked
    /// them otherwise (a paragraph split in two elements, items tagged as paragraphs, a whole
    /// preamble in one element), and the versions do not disagree.
    /// So is one whose paragraphs' items differ from the others' where its text has their items (the
    /// markup of one language keeps a list in the paragraph's text, or tags it otherwise).
    static func settled(_ skeletons: [VersionSkeleton], _ versions: [ComparedVersion]) -> [VersionSkeleton] {
        let vote = Vote(skeletons.enumerated().map { ($0.offset, $0.element.counts) })
        guard let agreed = vote.majority else { return skeletons }
        var out = skeletons
        var text: [Int: VersionSkeleton] = [:]
        func read(_ v: Int) -> VersionSkeleton {
            if let t = text[v] { return t }
            let t = VersionSkeleton(versions[v], fromText: true)
            text[v] = t
            return t
        }
        for v in vote.odd where versions[v].markup != nil && read(v).counts == agreed { out[v] = read(v) }
        let items = Vote(out.enumerated().filter { $0.element.counts == agreed }.map { ($0.offset, $0.element.itemShapes) })
        guard let shapes = items.majority else { return out }
        for v in items.odd where versions[v].markup != nil && read(v).counts == agreed && read(v).itemShapes == shapes { out[v] = read(v) }
        return out
    }

    mutating func compareAll() {
        guard versions.count > 1 else { return }
        compareHeader()
        let counts = skeletons.map(\.parts.count)
        let vote = Vote(counts.enumerated().map { ($0.offset, $0.element) })
        for v in vote.odd {
            report(v, "parts", unitRange: skeletons[v].parts.first?.range ?? 0..<0,
                   "the text has \(describe(vote) { "\($0) part\($0 == 1 ? "" : "s")" })")
        }
        for p in 0..<(counts.min() ?? 0) {
            let prefix = counts.max()! > 1 ? "part \(p + 1), " : ""
            compareList(p, prefix: prefix, name: "preambular paragraph", aspect: "preamble", \.preamble)
            compareList(p, prefix: prefix, name: "operative paragraph", aspect: "operative", \.operative)
        }
    }

    // MARK: - Header

    mutating func compareHeader() {
        let sessions = Vote(skeletons.enumerated().compactMap { s in s.element.session.map { (s.offset, $0) } })
        for v in sessions.odd {
            report(v, "session", at: versions[v].document.header.sessionLine?.range ?? 0..<0, "session \(describe(sessions) { "\($0)" })")
        }
        let items = Vote(skeletons.enumerated().compactMap { s in s.element.agendaItems.isEmpty ? nil : (s.offset, s.element.agendaItems) })
        for v in items.odd {
            report(v, "agenda-item", at: versions[v].document.header.agendaItemLine?.range ?? 0..<0,
                   "agenda item \(describe(items) { $0.joined(separator: ", ") })")
        }
    }

    // MARK: - Paragraph lists

    mutating func compareList(_ p: Int, prefix: String, name: String, aspect: String, _ list: KeyPath<VersionSkeleton.Part, [Unit]>) {
        let lists = skeletons.map { $0.parts[p][keyPath: list] }
        let counts = Vote(lists.enumerated().map { ($0.offset, $0.element.count) })
        // The reference: a version of the largest group (English where it is one).
        let r = counts.groups.first.map { spokesman($0.members) } ?? 0
        let reference = lists[r]
        let alignments = lists.map { UnitAlignment.align(reference, $0) }
        let countsText = describe(counts) { "\($0) \(name)\($0 == 1 ? "" : "s")" }
        for v in lists.indices where v != r && lists[v].count != reference.count {
            // Many paragraphs apart: more likely a text read wrongly than paragraphs lost; said once.
            if abs(lists[v].count - reference.count) > 2 {
                let at = lists[v].first?.anchor ?? skeletons[v].parts[p].range.lowerBound..<skeletons[v].parts[p].range.lowerBound
                // A hint where a version was read from its text (the markup states its paragraphs).
                let hint = skeletons.allSatisfy(\.inFile) ? "" : " (`resolint parse` shows how each version was read)"
                report(v, aspect, unitRange: at, "\(prefix)\(countsText)\(hint)")
                continue
            }
            let matched = Set(alignments[v].compactMap { $0 })
            // A paragraph of the others this version lacks: reported where it would stand.
            for (i, j) in alignments[v].enumerated() where j == nil {
                let next = alignments[v][(i + 1)...].compactMap { $0 }.first
                let at = next.map { lists[v][$0].anchor } ?? lists[v].last?.anchor ?? skeletons[v].parts[p].range.lowerBound..<skeletons[v].parts[p].range.lowerBound
                report(v, aspect, unitRange: at, "\(prefix)\(label(reference[i], i, name)) of \(names[r]) (“\(clip(reference[i].opening))”) has no counterpart here; \(countsText)")
            }
            for j in lists[v].indices where !matched.contains(j) {
                report(v, aspect, unitRange: lists[v][j].anchor, "\(prefix)\(label(lists[v][j], j, name)) (“\(clip(lists[v][j].opening))”) has no counterpart in \(names[r]); \(countsText)")
            }
        }
        // Paragraph by paragraph, where every version has it.
        for i in reference.indices {
            var row: [(Int, Unit)] = []
            for v in lists.indices { if let j = alignments[v][i] { row.append((v, lists[v][j])) } }
            guard row.count > 1 else { continue }
            let where_ = prefix + label(reference[i], i, name)
            if aspect == "operative", lists.allSatisfy({ $0.count == reference.count }) { compareNumbering(row, where_) }
            compareItems(row, where_)
            compareFootnotes(row, where_)
            compareFigures(row, where_)
        }
    }

    mutating func compareNumbering(_ row: [(Int, Unit)], _ where_: String) {
        let vote = Vote(row.compactMap { v, u in u.value.map { (v, $0) } })
        for v in vote.odd {
            let u = row.first { $0.0 == v }!.1
            report(v, "numbering", unitRange: u.anchor, "\(where_) is numbered \(describe(vote) { "\($0)" })")
        }
    }

    mutating func compareItems(_ row: [(Int, Unit)], _ where_: String) {
        let vote = Vote(row.map { ($0.0, $0.1.itemShape) })
        guard !vote.odd.isEmpty else { return }
        // Shown as a version of each group writes them.
        let labels = Dictionary(vote.groups.map { g in (g.value, row.first { $0.0 == spokesman(g.members) }!.1.itemLabels) }) { a, _ in a }
        let shape: (String) -> String = { labels[$0].map { $0.isEmpty ? "no items" : "items \($0)" } ?? $0 }
        let model = row.first { $0.0 == spokesman(vote.groups[0].members) }!.1
        for v in vote.odd {
            let u = row.first { $0.0 == v }!.1
            // At the first item that differs from the others' (or the paragraph, when it has none).
            let k = u.children.indices.first { k in !model.children.indices.contains(k) || model.children[k].value != u.children[k].value
                || model.children[k].itemShape != u.children[k].itemShape }
            report(v, "items", unitRange: k.map { u.children[$0].anchor } ?? u.children.last?.anchor ?? u.anchor, "\(where_) has \(describe(vote, shape))")
        }
    }

    mutating func compareFootnotes(_ row: [(Int, Unit)], _ where_: String) {
        let vote = Vote(row.map { ($0.0, $0.1.allFootnotes.count) })
        for v in vote.odd {
            let u = row.first { $0.0 == v }!.1
            report(v, "footnotes", unitRange: u.allFootnotes.first ?? u.anchor,
                   "\(where_) refers to \(describe(vote) { $0 == 0 ? "no footnote" : "\($0) footnote\($0 == 1 ? "" : "s")" })")
        }
    }

    mutating func compareFigures(_ row: [(Int, Unit)], _ where_: String) {
        for kind in [Figures.Kind.citation, .symbol, .number] {
            let tokens = row.map { v, u in (v, Self.compared(kind, in: u)) }
            let vote = Vote(tokens.map { ($0.0, $0.1.map(\.value).sorted()) })
            // Without a majority (two versions), the first version is the model the others are held to.
            guard let agreed = vote.groups.first?.value else { continue }
            let model = tokens.first { $0.0 == spokesman(vote.groups.first!.members) }!
            for v in vote.groups.dropFirst().flatMap(\.members).sorted() {
                let own = tokens.first { $0.0 == v }!.1
                var extra = Self.minus(own.map(\.value), agreed)
                var missing = Self.minus(agreed, own.map(\.value))
                // A resolution or a document named once more or once less, but named in both paragraphs: a
                // version names it again where another refers back ("ladite résolution", "that resolution").
                if kind != .number, extra.isEmpty || missing.isEmpty,
                   extra.allSatisfy(agreed.contains), missing.allSatisfy(own.map(\.value).contains) { continue }
                if kind == .citation {
                    // "the 2272 review", "resolution 1701": a Council resolution cited without its year.
                    func bare(_ x: Int) -> Set<String> { Set(row.first { $0.0 == x }!.1.allFigures.filter { $0.kind == .number }.map(\.value)) }
                    func number(_ citation: String) -> String? { citation.contains("(") ? String(citation.prefix { $0.isNumber }) : nil }
                    let (own, theirs) = (bare(v), bare(model.0))
                    missing.removeAll { number($0).map(own.contains) == true }
                    extra.removeAll { number($0).map(theirs.contains) == true }
                    // Right-to-left text may keep another body's "37/32" in the order it is seen, "32/37".
                    if [v, model.0].contains(where: { versions[$0].document.language.script == "arabic" }) {
                        for x in extra {
                            let turned = x.split(separator: "/").reversed().joined(separator: "/")
                            if x.contains("/"), let k = missing.firstIndex(of: turned), let j = extra.firstIndex(of: x) {
                                missing.remove(at: k)
                                extra.remove(at: j)
                            }
                        }
                    }
                    if extra.isEmpty, missing.isEmpty { continue }
                    // Cited here and not there, but cited elsewhere in both texts: one translation refers
                    // back to it or names it again where the other splits its sentences otherwise.
                    if extra.isEmpty || missing.isEmpty, extra.allSatisfy(cited[model.0].contains), missing.allSatisfy(cited[v].contains) { continue }
                }
                if kind == .number {
                    // A figure one version writes in words ("five") and another in digits is no slip, nor
                    // one that differs from the other by a word that scales it or a name it is part of
                    // ("20" for "2020", "88" for "88 000 000"); a figure in place of one of its size is.
                    if extra.isEmpty || missing.isEmpty { continue }
                    guard extra.contains(where: { x in missing.contains { Self.ofASize(x, $0) } }) else { continue }
                }
                let extraTokens = Self.pick(extra, from: own, dated: nil, other: model.1)
                // What this version changed decides between a date and a figure; the others' tokens
                // are taken alike where a value stands both in a date and alone ("22 May 2020 … 2020").
                let dated = extraTokens.isEmpty ? nil : extraTokens.contains { $0.date != nil }
                let missingTokens = Self.pick(missing, from: model.1, dated: dated, other: own)
                let isDate = dated ?? missingTokens.contains { $0.date != nil }
                let aspect = kind == .citation ? "citations" : kind == .symbol ? "symbols" : isDate ? "dates" : "figures"
                let at = extraTokens.first.map { $0.date ?? $0.range } ?? row.first { $0.0 == v }!.1.anchor
                let others = named(vote.groups.first!.members)
                let ownText = quoted(extraTokens)
                let theirs = quoted(missingTokens)
                let verb = kind == .citation ? "cites" : kind == .symbol ? "names" : "has"
                var detail = "\(where_) \(verb) \(ownText.isEmpty ? "nothing" : ownText) in \(names[v])"
                detail += theirs.isEmpty ? ", which \(others) do not" : " where \(others) \(kind == .number ? "have" : kind == .citation ? "cite" : "name") \(theirs)"
                report(v, aspect, unitRange: at, detail)
            }
        }
    }

    // MARK: - Helpers

    /// A paragraph's tokens of one kind. A number that a Council resolution cited in the paragraph bears
    /// is that resolution named again without its year ("resolution 1701 (2006) … violations of
    /// resolution 1701", S/RES/2539 (2020), op. 27), where another language names it in full: no figure.
    static func compared(_ kind: Figures.Kind, in u: Unit) -> [Figures.Token] {
        let all = u.allFigures
        guard kind == .number else { return all.filter { $0.kind == kind } }
        let cited = Set(all.filter { $0.kind == .citation && $0.value.hasSuffix(")") }.map { String($0.value.prefix { $0.isNumber }) })
        return all.filter { $0.kind == .number && !($0.date == nil && cited.contains($0.value)) }
    }

    /// The tokens as written in a version ("5 декабря 2018 года", "74/19"), each date once.
    func quoted(_ tokens: [Figures.Token]) -> String {
        var seen: Set<Int> = []
        var out: [String] = []
        for t in tokens {
            let r = t.date ?? t.range
            guard seen.insert(r.lowerBound).inserted else { continue }
            out.append(t.kind == .number && t.date == nil ? t.value : t.written)
        }
        return out.joined(separator: ", ")
    }

    /// One token for each value, in text order, preferring tokens in a date (or not) as `dated` asks,
    /// and of those one the `other` version does not give: a date it lacks ("15 juin 2016" where the
    /// others have 15 July 2016, not "13 juin 1997", which they have too), or a figure it lacks alone.
    static func pick(_ values: [String], from tokens: [Figures.Token], dated: Bool?, other: [Figures.Token]) -> [Figures.Token] {
        // A date's day, month and year, in whatever order the language writes them ("2001年11月5日").
        func dates(_ tokens: [Figures.Token]) -> [Range<Int>: [String]] {
            Dictionary(grouping: tokens.filter { $0.date != nil }, by: { $0.date! }).mapValues { $0.map(\.value).sorted() }
        }
        let own = dates(tokens)
        let theirs = Set(dates(other).values)
        let theirsAlone = Set(other.filter { $0.date == nil }.map(\.value))
        func fresh(_ k: Int) -> Bool {
            tokens[k].date.map { !theirs.contains(own[$0] ?? []) } ?? !theirsAlone.contains(tokens[k].value)
        }
        var taken: Set<Int> = []
        for value in values {
            let candidates = tokens.indices.filter { tokens[$0].value == value && !taken.contains($0) }
            let kind = candidates.filter { dated == nil || (tokens[$0].date != nil) == dated }
            if let k = kind.first(where: fresh) ?? kind.first ?? candidates.first { taken.insert(k) }
        }
        return taken.sorted().map { tokens[$0] }
    }

    /// Two figures whose whole parts have as many digits, or one more: a slip of a digit or a group
    /// ("2019" for "2020", "1 110 000" for "11 100 000").
    static func ofASize(_ a: String, _ b: String) -> Bool {
        func digits(_ s: String) -> Int { s.prefix { $0 != "." }.count }
        return abs(digits(a) - digits(b)) <= 1
    }

    static func minus(_ a: [String], _ b: [String]) -> [String] {
        var rest = b
        return a.filter { x in
            if let k = rest.firstIndex(of: x) { rest.remove(at: k); return false }
            return true
        }
    }

    func label(_ u: Unit, _ index: Int, _ name: String) -> String {
        if let raw = u.raw, u.role != .preamble { return "\(name) \(Unit.bare(raw))" }
        return "\(name) \(index + 1)"
    }

    func clip(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.count <= 32 ? t : String(t.prefix(30)) + "…"
    }

    /// "7 in ar, en, es, fr, zh; 6 in ru": each value with the versions that give it, most first.
    func describe<V>(_ vote: Vote<V>, _ show: (V) -> String) -> String {
        vote.groups.map { "\(show($0.value)) in \(named($0.members))" }.joined(separator: "; ")
    }

    /// Versions by name, in alphabetical order.
    func named(_ members: [Int]) -> String { members.map { names[$0] }.sorted().joined(separator: ", ") }

    /// The version whose words a message quotes for a group: English where it is one (most readers
    /// of the UN's documents read it), else the first.
    func spokesman(_ members: [Int]) -> Int { members.first { versions[$0].language == "en" } ?? members[0] }

    /// A finding at a range of the header (in the parsed text).
    mutating func report(_ v: Int, _ aspect: String, at range: ByteRange, _ detail: String) {
        findings.append(Finding(version: v, aspect: aspect, range: range, detail: detail))
    }

    /// A finding at a range of the skeleton: in the file where the skeleton was read from the markup.
    mutating func report(_ v: Int, _ aspect: String, unitRange range: ByteRange, _ detail: String) {
        findings.append(Finding(version: v, aspect: aspect, range: range, detail: detail, inFile: skeletons[v].inFile))
    }
}

/// Versions grouped by the value they give, the largest group first (ties in version order). The
/// majority is the value of a group larger than every other; the odd versions are the others, or all
/// of them when no group is larger (two versions that differ are both reported).
struct Vote<V: Hashable> {
    var groups: [(value: V, members: [Int])] = []

    init(_ values: [(Int, V)]) {
        for (v, value) in values {
            if let k = groups.firstIndex(where: { $0.value == value }) { groups[k].members.append(v) } else { groups.append((value, [v])) }
        }
        groups = groups.enumerated().sorted { ($0.element.members.count, -$0.offset) > ($1.element.members.count, -$1.offset) }.map(\.element)
    }

    var majority: V? {
        guard let first = groups.first else { return nil }
        return groups.count == 1 || first.members.count > groups[1].members.count ? first.value : nil
    }

    var odd: [Int] {
        guard groups.count > 1 else { return [] }
        if majority != nil { return groups.dropFirst().flatMap(\.members).sorted() }
        return groups.flatMap(\.members).sorted()
    }
}
