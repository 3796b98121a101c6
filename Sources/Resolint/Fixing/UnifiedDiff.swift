/// A unified diff of two texts (`resolint fix --diff`), from the standard library's collection
/// difference, with three lines of context.
public enum UnifiedDiff {
    public static func render(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = old.components(separatedBy: "\n"), b = new.components(separatedBy: "\n")
        guard a != b else { return "" }
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        // The edit script: (tag, old index, new index).
        var script: [(tag: Character, i: Int, j: Int)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) { script.append(("-", i, j)); i += 1 }
            else if j < b.count, inserted.contains(j) { script.append(("+", i, j)); j += 1 }
            else { script.append((" ", i, j)); i += 1; j += 1 }
        }
        var out = "--- \(path)\n+++ \(path)\n"
        var k = 0
        while k < script.count {
            guard script[k].tag != " " else { k += 1; continue }
            // A hunk: the changes from here, merged while the unchanged gaps are short.
            var start = max(0, k - context), end = k
            while end < script.count {
                if script[end].tag != " " { end += 1; continue }
                var gap = end
                while gap < script.count, script[gap].tag == " " { gap += 1 }
                if gap < script.count, gap - end <= 2 * context { end = gap } else { break }
            }
            end = min(script.count, end + context)
            if start < 0 { start = 0 }
            let lines = script[start..<end]
            let oldCount = lines.filter { $0.tag != "+" }.count, newCount = lines.filter { $0.tag != "-" }.count
            let oldStart = (lines.first { $0.tag != "+" }?.i ?? script[start].i) + (oldCount == 0 ? 0 : 1)
            let newStart = (lines.first { $0.tag != "-" }?.j ?? script[start].j) + (newCount == 0 ? 0 : 1)
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in lines {
                out += "\(line.tag)\(line.tag == "+" ? b[line.j] : a[line.i])\n"
            }
            k = end
        }
        return out
    }
}
