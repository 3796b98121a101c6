/// Where the new revision changed against the old: the paragraphs and items modified, inserted,
/// moved, split or merged, as byte ranges of the new revision's file. `lint --since` keeps the diagnostics in them.
public enum ChangedRegions {
    public static func ranges(old: ComparedVersion, new: ComparedVersion) -> [ByteRange] {
        let diff = RevisionDiff.compare(old, new)
        let units = DiffUnit.units(of: new.document)
        var byName: [String: ByteRange] = [:]
        func index(_ u: DiffUnit) { byName[u.name] = u.range; u.items.forEach(index) }
        (units.preamble + units.operative).forEach(index)
        var out: [ByteRange] = []
        func walk(_ c: RevisionDiff.Change) {
            if c.status == .split || c.status == .merged {
                // The new paragraphs a split became, or the one a merge made.
                for name in c.status == .split ? c.parts ?? [] : [c.new].compactMap({ $0 }) {
                    if let range = byName[name] { out.append(new.fileRange(range)) }
                }
            } else if [.modified, .inserted, .moved].contains(c.status), c.items.allSatisfy({ $0.status == .unchanged || $0.status == .renumbered }) || c.changes != nil,
               let name = c.new, let range = byName[name] {
                out.append(new.fileRange(range))
            } else {
                c.items.forEach(walk)
            }
        }
        diff.paragraphs.forEach(walk)
        return out
    }

    /// The diagnostics of `report` that fall in a changed region.
    public static func filter(_ report: FileReport, to ranges: [ByteRange]) -> FileReport {
        var report = report
        report.diagnostics = report.diagnostics.filter { d in ranges.contains { $0.contains(d.byteRange.lowerBound) } }
        return report
    }
}
