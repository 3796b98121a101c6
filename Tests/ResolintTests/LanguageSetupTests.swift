import Foundation
import Testing
@testable import Resolint

/// The per-language setup's shortcuts agree with the code they stand for.
@Suite struct LanguageSetupTests {
    /// Detection compares the built-in files' nodes, decoding only the winner: it picks what it picks
    /// with every profile decoded first.
    @Test func detectionFromNodesMatchesDecodedProfiles() throws {
        let decoded = LanguageCatalog(profiles: try LanguageCatalog.builtIn().validateAll())
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples")
        var texts = try FileManager.default.contentsOfDirectory(atPath: corpus.path).map {
            try String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8)
        }
        for profile in decoded.all {
            // Each language's own phrases, its words alone, and a text tied on words.
            texts.append(profile.openings.map(\.text).joined(separator: "\n"))
            texts.append((profile.detectionWords ?? []).joined(separator: " "))
            texts.append(profile.header.agendaItem.joined(separator: " ") + " " + profile.header.kinds.values.joined(separator: " "))
        }
        texts += ["", "the les los", "Agenda item 94 Point 94 de l'ordre du jour", "联合国 大会", "Генеральная Ассамблея", "الجمعية العامة"]
        for text in texts {
            #expect(try LanguageCatalog.builtIn().detect(text)?.code == decoded.detect(text)?.code, "\(text.prefix(60))")
        }
    }

    /// A built-in profile decoded for linting is the one `validateAll` decodes strictly.
    @Test func lenientBuiltInProfilesMatchStrictOnes() throws {
        let catalog = try LanguageCatalog.builtIn()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for strict in try LanguageCatalog.builtIn().validateAll() {
            let lenient = try #require(catalog.profile(strict.code))
            #expect(try encoder.encode(lenient) == encoder.encode(strict), "\(strict.code)")
        }
    }

    /// Words read as bytes are the ones the scalar walk leaves as they are.
    @Test func plainOrdinalWordsNeedNoNormalising() throws {
        var samples = ["", " ", "a", " a", "a ", "a  b", "a b", "A", "a\tb", "seventy-third", "one hundred and first",
                       "a\u{0}b", "é", "x-y z", "~", "Z"]
        for profile in try LanguageCatalog.builtIn().validateAll() {
            for name in [nil] + profile.ordinals.caseNames {
                for n in OrdinalWords.supportedRange { if let w = profile.ordinals.words(for: n, case: name) { samples.append(w) } }
            }
        }
        for s in samples where OrdinalWords.isNormalASCII(s) {
            #expect(OrdinalWords.normalizeScalars(s) == s, "\(s)")
        }
        #expect(OrdinalWords.isNormalASCII("seventy-third"))
        #expect(!OrdinalWords.isNormalASCII("Seventy-third") && !OrdinalWords.isNormalASCII("a  b") && !OrdinalWords.isNormalASCII("a "))
    }

    /// Suggestions use the Character keys made on first use, as they did when made up front.
    @Test func stateSuggestionsAfterLazyKeys() throws {
        let names = try #require(StateNames.builtIn("member-states", language: "en"))
        #expect(names.nearest("Frnace")?.name == "France")
        #expect(names.nearest("Germny")?.name == "Germany")
        #expect(names.nearest("France")?.distance == 0)
    }

    /// The fixed forms decide before frequent words: a French draft whose agenda title and title are
    /// English (as they are while a text is translated) is French.
    @Test func fixedFormsDecideTheLanguage() throws {
        let text = """
            Soixante-dix-neuvième session
            Première Commission
            Point 96 de l’ordre du jour
            Developments in the field of information and telecommunications in the context of international security

            France : projet de résolution

            Advancing responsible State behaviour in cyberspace in the context of international security

            L’Assemblée générale,

            Rappelant sa résolution 73/27,

            """
        #expect(Fixtures.linter.languages.detect(text)?.code == "fr")
    }
}
