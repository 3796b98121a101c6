import Testing
@testable import Resolint

/// Session ordinals in French, Spanish, Russian and Arabic, both ways, 1–200, in every case form the
/// header and the closing clause use. 1–100 are checked against research.md Appendix A (AppendixA.swift);
/// 101–200 follow the same rules, as each language file says (fr: "cent" + the rest, one as "unième";
/// es: "centésimo" + the rest; ru: "сто" + the rest; ar: the rest + "بعد المائة"; 200 in its own word).
@Suite struct MultilingualOrdinalTests {
    static let languages = try! LanguageCatalog.builtIn()
    static func profile(_ code: String) -> LanguageProfile { languages.profile(code)! }

    @Test("1–100 match research.md Appendix A", arguments: AppendixA.rows)
    func matchesAppendixA(_ row: AppendixA.Row) {
        let fr = Self.profile("fr"), es = Self.profile("es"), ru = Self.profile("ru"), ar = Self.profile("ar")
        #expect(fr.ordinal(row.n) == row.fr)
        #expect(es.ordinal(row.n) == row.es)
        #expect(ru.ordinal(row.n) == row.ru)
        #expect(ru.ordinal(row.n, case: "genitive") == row.ruGenitive)
        #expect(ar.ordinal(row.n) == row.ar)
        #expect(ar.ordinal(row.n, case: "genitive") == row.arGenitive)
        // And back, from every form.
        #expect(fr.ordinals.number(for: row.fr) == row.n)
        #expect(es.ordinals.number(for: row.es) == row.n)
        #expect(ru.ordinals.number(for: row.ru) == row.n)
        #expect(ru.ordinals.number(for: row.ruGenitive) == row.n)
        #expect(ar.ordinals.number(for: row.ar) == row.n)
        #expect(ar.ordinals.number(for: row.arGenitive) == row.n)
    }

    @Test("beyond Appendix A: 101–200 by the same rules", arguments: [
        ("fr", nil, 101, "cent unième"), ("fr", nil, 111, "cent onzième"), ("fr", nil, 121, "cent vingt et unième"),
        ("fr", nil, 171, "cent soixante et onzième"), ("fr", nil, 180, "cent quatre-vingtième"),
        ("fr", nil, 199, "cent quatre-vingt-dix-neuvième"), ("fr", nil, 200, "deux centième"),
        ("es", nil, 101, "centésimo primer"), ("es", nil, 110, "centésimo décimo"), ("es", nil, 123, "centésimo vigésimo tercer"),
        ("es", nil, 199, "centésimo nonagésimo noveno"), ("es", nil, 200, "ducentésimo"),
        ("ru", nil, 101, "сто первая"), ("ru", "genitive", 101, "сто первой"), ("ru", nil, 140, "сто сороковая"),
        ("ru", "genitive", 179, "сто семьдесят девятой"), ("ru", nil, 200, "двухсотая"), ("ru", "genitive", 200, "двухсотой"),
        ("ar", nil, 101, "الحادية بعد المائة"), ("ar", nil, 111, "الحادية عشرة بعد المائة"),
        ("ar", nil, 179, "التاسعة والسبعون بعد المائة"), ("ar", "genitive", 180, "الثمانين بعد المائة"),
        ("ar", nil, 200, "المائتان"), ("ar", "genitive", 200, "المائتين"),
    ] as [(String, String?, Int, String)])
    func beyondAppendixA(_ code: String, _ caseName: String?, _ n: Int, _ words: String) {
        let language = Self.profile(code)
        #expect(language.ordinal(n, case: caseName) == words)
        #expect(language.ordinals.number(for: words) == n)
    }

    @Test("words → number → words for 1–200 in every case form, no two numbers alike", arguments: ["fr", "es", "ru", "ar"])
    func roundTrip(_ code: String) {
        let language = Self.profile(code)
        for caseName in [nil] + language.ordinals.caseNames.map(Optional.some) {
            var seen: [String: Int] = [:]
            for n in OrdinalWords.supportedRange {
                guard let words = language.ordinal(n, case: caseName) else { Issue.record("\(code) \(caseName ?? "base"): no words for \(n)"); continue }
                #expect(language.ordinals.number(for: words) == n, "\(code): \(words)")
                if let earlier = seen.updateValue(n, forKey: words) { Issue.record("\(code): \(words) is both \(earlier) and \(n)") }
            }
        }
    }

    @Test("other spellings are read", arguments: [
        ("fr", "Soixante-Dix-Neuvième", 79), ("fr", "vingt-et-unième", 21), ("fr", "cent-unième", 101),
        ("es", "Septuagésimo noveno", 79), ("es", "vigésimo primero", 21), ("es", "decimoprimer", 11), ("es", "tercero", 3),
        ("ru", "Семьдесят четвёртая", 74), ("ru", "четвёртой", 4),
        ("ar", "الاولى", 1), ("ar", "التاسعة والسبعين", 79), ("ar", "المئة", 100), ("ar", "الأولى بعد المائة", 101),
    ] as [(String, String, Int)])
    func spellingVariants(_ code: String, _ words: String, _ n: Int) {
        #expect(Self.profile(code).ordinals.number(for: words) == n)
    }

    @Test("Russian and Arabic know a genitive; French and Spanish have one form")
    func caseForms() {
        #expect(Self.profile("ru").ordinals.caseNames == ["genitive"])
        #expect(Self.profile("ar").ordinals.caseNames == ["genitive"])
        #expect(Self.profile("fr").ordinals.caseNames.isEmpty && Self.profile("es").ordinals.caseNames.isEmpty)
        #expect(Self.profile("ru").ordinal(79, case: "dative") == nil)
    }

    /// The table of words is built with a search of bytes for the `also-read` spellings; it must give what
    /// Foundation's search gives, for every number and case form of every language.
    @Test(arguments: ["ar", "en", "es", "fr", "ru", "zh"])
    func generatedWordsNormalizeAsFoundationDoes(_ code: String) {
        let ordinals = Self.profile(code).ordinals
        for name in [nil] + ordinals.caseNames.map(Optional.some) {
            for n in OrdinalWords.supportedRange {
                guard let w = ordinals.words(for: n, case: name) else { continue }
                #expect(ordinals.normalize(w, generated: true) == ordinals.normalize(w), "\(code) \(n) \(name ?? "")")
            }
        }
        #expect(OrdinalWords.containsBytes("décimo primer", "décimo primer") && !OrdinalWords.containsBytes("décimo", "décimo primer"))
    }
}
