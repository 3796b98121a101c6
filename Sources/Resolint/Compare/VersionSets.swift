import Foundation

/// Finds the language versions of each document among files, by file name: the UN names the versions
/// of one document alike but for a language letter before the extension ("75_100_E.xml",
/// "75_100_F.xml"; "S_RES_2504 (2020)-2000407C.xml"), and drafters often write the language code
/// ("draft.en.txt", "draft-fr.txt", "draft_zh.md"). The folders the files are in do not count, so
/// that versions kept in one folder per language are found.
public enum VersionSets {
    /// The UN's letters for its six languages in file names (Arabic, Chinese, English, French, Russian, Spanish).
    static let letters: Set<Character> = ["A", "C", "E", "F", "R", "S"]
    static let codes: Set<String> = ["ar", "zh", "en", "fr", "ru", "es"]

    /// The name the versions of one document share, or nil when the name shows no language.
    public static func key(_ path: String) -> String? {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        for separator in [".", "-", "_"] {
            if let r = name.range(of: separator, options: .backwards), codes.contains(name[r.upperBound...].lowercased()) {
                return String(name[..<r.lowerBound])
            }
        }
        guard let last = name.last, letters.contains(last), name.count > 1 else { return nil }
        let before = name[name.index(before: name.index(before: name.endIndex))]
        guard before.isNumber || before == "_" || before == "-" || before == ")" else { return nil }
        return String(name.dropLast())
    }

    /// The sets of two or more versions, each sorted by path, in the order of their first path; and
    /// the files that have no other version.
    public static func group(_ paths: [String]) -> (sets: [[String]], alone: [String]) {
        var order: [String] = []
        var byKey: [String: [String]] = [:]
        var alone: [String] = []
        for path in paths.sorted() {
            guard let key = key(path) else { alone.append(path); continue }
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(path)
        }
        var sets: [[String]] = []
        for key in order {
            let members = byKey[key]!
            if members.count > 1 { sets.append(members) } else { alone += members }
        }
        return (sets, alone.sorted())
    }
}
