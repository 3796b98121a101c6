import Foundation

/// Security Council resolutions of 2020 and 2021 that renew the same mandate, found in the UN's
/// AKN4UN markup of ../shared/corpus/akn/sc (source: the United Nations), not listed by hand: the
/// markup's title keyword ("Security Council resolution 2530 (2020) [on extension of the mandate of
/// the UN Disengagement Observer Force (UNDOF) until 31 Dec. 2020]") names the subject. The subject is
/// the bracket's words before its first figure, less the word that introduces the figure ("until",
/// "of", a typo's "unitl"): the dates and periods change from one renewal to the next, the subject
/// does not. A subject renewed twice a year pairs its last 2020 resolution with its first of 2021: the
/// text the renewal was drafted from.
enum RenewalPairs {
    struct Pair: CustomStringConvertible, Sendable {
        var language: String
        var old: URL
        var new: URL
        var subject: String
        /// The 2021 resolution's number.
        var number: Int
        var description: String { "\(language): \(old.lastPathComponent) → \(new.lastPathComponent)" }
    }

    static let root = Fixtures.corpus.appendingPathComponent("akn/sc")
    static let languages = ["English", "French", "Spanish", "Russian", "Chinese", "Arabic"]

    struct Resolution { var url: URL; var number: Int; var subject: String }

    static func resolutions(year: String, language: String) -> [Resolution] {
        let folder = root.appendingPathComponent("\(year)/\(language)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().compactMap { name in
            let url = folder.appendingPathComponent(name)
            guard let xml = try? String(contentsOf: url, encoding: .utf8),
                  let title = xml.firstMatch(of: /<keyword refersTo="title" value="Security Council resolution (\d+) \(\d{4}\) \[([^\]]+)\]/) else { return nil }
            var words: [Substring] = []
            for word in title.2.split(separator: " ") {
                if word.contains(where: \.isNumber) { if !words.isEmpty { words.removeLast() }; break }
                words.append(word)
            }
            return Resolution(url: url, number: Int(title.1)!, subject: words.joined(separator: " ").lowercased())
        }
    }

    /// Every renewal pair, in every language the corpus holds both resolutions in.
    static let all: [Pair] = languages.flatMap { pairs(language: $0) }

    /// The twenty subjects renewed first in 2021, in six languages: the pairs the tests diff.
    static let tested: [Pair] = {
        let subjects = Set(pairs(language: "English").sorted { $0.number < $1.number }
            .prefix(20).map(\.subject))
        return all.filter { subjects.contains($0.subject) }
    }()

    static func pairs(language: String) -> [Pair] {
        let old = resolutions(year: "2020", language: language), new = resolutions(year: "2021", language: language)
        return Set(new.map(\.subject)).sorted().compactMap { subject in
            guard let a = old.filter({ $0.subject == subject }).max(by: { $0.number < $1.number }),
                  let b = new.filter({ $0.subject == subject }).min(by: { $0.number < $1.number }) else { return nil }
            return Pair(language: language, old: a.url, new: b.url, subject: subject, number: b.number)
        }
    }
}
