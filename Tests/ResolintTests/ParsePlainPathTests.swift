import Foundation
import Testing
@testable import Resolint

/// The parser's byte paths give the answers of the Character and String code they stand for: on the
/// languages' own words and on made-up texts with combining marks, CR LF, dotted capitals and joiners.
struct ParsePlainPathTests {
    static let awkward = ["a", "B", " ", "\t", "\r\n", "\r", "\n", "é", "e\u{301}", "\u{301}", "“", "”", "\"", "*", "_", "大会",
                          "Ａ", "ß", "İ", "Σ", "Ж", "й", "и\u{306}", "بي", "\u{64B}", "\u{200D}", "👍🏽", "1", "12", ".", ",", ";", ":",
                          "，", "。", "(", ")", "a)", "(b)", "3.", "- ", "• ", "©", "\u{A0}", "\u{3000}", "ǅ", "Ⱥ", "ﬁ", "K", "\u{212A}"]

    static func texts(from pieces: [String], count: Int, seed: UInt64, length: ClosedRange<Int> = 0...12) -> [String] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in (0..<Int.random(in: length, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
    }

    static func languages() throws -> [LanguageProfile] { try LanguageCatalog.builtIn().validateAll() }

    @Test func vocabularyBytesAgreeWithCharacters() throws {
        for language in try Self.languages() {
            let vocabulary = Vocabulary.shared(language)
            let words = language.openerPrefixes + language.preambleOpeners + language.operativeVerbs
            var pieces = Self.awkward + words + words.map { $0.capitalized } + words.map { $0.uppercased() }
            pieces += [" ", " ", "  ", "“", "*"] + (language.openerAdverbs.map { [$0.suffix, "感激" + $0.suffix, "地区"] } ?? [])
            // Short texts, and long ones past the 48 characters read at first.
            let texts = Self.texts(from: pieces, count: 1500, seed: 11) + Self.texts(from: pieces, count: 500, seed: 12, length: 8...30)
            for text in texts {
                #expect(vocabulary.stripPrefixes(text) == vocabulary.stripCharacters(text), "\(language.code) \(text.debugDescription)")
                #expect(vocabulary.opensParagraph(text) == vocabulary.opensParagraphByCharacters(text), "\(language.code) \(text.debugDescription)")
                for kind in [Vocabulary.Kind.preamble, .operative] {
                    #expect(vocabulary.opens(text, as: kind) == vocabulary.opensByCharacters(text, as: kind), "\(language.code) \(text.debugDescription)")
                    #expect(vocabulary.opens(stripped: vocabulary.stripPrefixes(text), as: kind)
                        == vocabulary.opensByCharacters(text, as: kind), "\(language.code) \(text.debugDescription)")
                    // The stripping that reads the openers too: its answers are those of reading the rest again.
                    let read = vocabulary.stripPrefixesReading(text)
                    #expect(read.rest == vocabulary.stripPrefixes(text), "\(language.code) \(text.debugDescription)")
                    #expect(read.opens(as: kind, vocabulary) == vocabulary.opens(stripped: vocabulary.stripPrefixes(text), as: kind),
                            "\(language.code) \(text.debugDescription)")
                }
                let source = SourceFile(path: "t", text: "x\n" + text)
                #expect(vocabulary.opensParagraph(source, 2..<source.bytes.count) == vocabulary.opensParagraph(text))
            }
        }
    }

    @Test func plainTextAgreesWithString() {
        let texts = Self.texts(from: Self.awkward, count: 3000, seed: 21, length: 0...6)
        let needles = Self.texts(from: Self.awkward, count: 300, seed: 22, length: 0...3)
        for (k, text) in texts.enumerated() {
            let source = SourceFile(path: "t", text: "x\n" + text)
            let r = 2..<source.bytes.count
            for needle in needles[(k % 280)..<(k % 280 + 20)] + [String(text.prefix(2)), String(text.suffix(2))] {
                #expect(PlainText.hasPrefix(text, needle) == text.hasPrefix(needle), "\(text.debugDescription) \(needle.debugDescription)")
                #expect(PlainText.hasSuffix(text, needle) == text.hasSuffix(needle), "\(text.debugDescription) \(needle.debugDescription)")
                #expect(PlainText.hasPrefix(source, r, needle) == text.hasPrefix(needle), "\(text.debugDescription) \(needle.debugDescription)")
                #expect(PlainText.hasSuffix(source, r, needle) == text.hasSuffix(needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
            for limit in 0...8 {
                #expect(PlainText.count(text, atMost: limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
                #expect(PlainText.count(source, r, atMost: limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
            #expect(PlainText.last(text) == text.last, "\(text.debugDescription)")
        }
    }

    @Test func labelsFoundWithoutTheTableOfFirstBytes() throws {
        let labelPieces = ["1", "12", "٣", "۴", ".", " ", "-", "(", ")", "a", "b", "i", "v", "x", "ii", "а", "с", "і", "أ", "هـ", "'",
                           "– ", "• ", "- ", "A", "大", "\u{3000}", "é", "1.5"]
        let texts = Self.texts(from: labelPieces, count: 4000, seed: 31, length: 1...5)
        for language in try Self.languages() {
            let forms = LabelForms.shared(language.labelSyntax)
            for text in texts {
                let b = Array(text.utf8)
                let fast = forms.read(b), every = forms.readTryingEveryForm(b)
                #expect(fast?.raw == every?.raw && fast?.length == every?.length && fast?.contentStart == every?.contentStart
                    && fast?.arabic == every?.arabic && fast?.latin == every?.latin && fast?.roman == every?.roman
                    && fast?.dash == every?.dash, "\(language.code) \(text.debugDescription)")
            }
        }
    }

    @Test func mappedTextFromPartsIsTheAppendedText() {
        let lines = Self.texts(from: Self.awkward.filter { !$0.contains("\n") && !$0.contains("\r") }, count: 200, seed: 41, length: 0...5)
        let source = SourceFile(path: "t", text: lines.joined(separator: "\n"))
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let parts: [(joiner: String, range: ByteRange)] = (0..<Int.random(in: 1...5, using: &rng)).map { k in
                let line = Int.random(in: 0..<source.lineCount, using: &rng)
                return (k == 0 ? "" : ["", " ", "\u{3000}"].randomElement(using: &rng)!, source.lineRange(line))
            }
            var appended = MappedText()
            for (joiner, range) in parts { appended.appendJoiner(joiner); appended.append(source: source, range: range) }
            let made = MappedText(source: source, parts: parts)
            #expect(made.text == appended.text && made.byteCount == appended.byteCount)
            for k in 0...made.byteCount { #expect(made.sourceOffset(k) == appended.sourceOffset(k)) }
            // A slice is the text the range's pieces and the joiners between them make, appended.
            let utf8 = Array(made.text.utf8)
            let starts = (0...utf8.count).filter { $0 == utf8.count || utf8[$0] & 0xC0 != 0x80 }
            let lo = starts.randomElement(using: &rng)!, hi = starts.filter { $0 >= lo }.randomElement(using: &rng)!
            var expected = MappedText()
            var logical = 0, started = false, joiners = ""
            for (joiner, range) in parts {
                logical += joiner.utf8.count
                joiners += joiner
                let a = max(logical, lo), b = min(logical + range.count, hi)
                if a < b {
                    if started { expected.appendJoiner(joiners) }
                    expected.append(source: source, range: (range.lowerBound + a - logical)..<(range.lowerBound + b - logical))
                    started = true
                    joiners = ""
                }
                logical += range.count
            }
            let slice = made.slice(lo..<hi)
            #expect(slice.text == expected.text && slice.byteCount == expected.byteCount, "\(lo)..<\(hi) of \(made.text.debugDescription)")
            for k in 0...slice.byteCount { #expect(slice.sourceOffset(k) == expected.sourceOffset(k)) }
        }
    }

    @Test func ordinalPlaceholdersAsTheExpressionReplacesThem() {
        let pieces = ["{ordinal", "}", "-", "genitive", "x", "{", "ordinal", "-a", "{ordinal}", "{ordinal-}", "A", " ", "é"]
        for text in Self.texts(from: pieces, count: 3000, seed: 51, length: 0...6) {
            let expected = text.replacingOccurrences(of: #"\{ordinal(-[a-z]+)?\}"#, with: "{ordinal}", options: .regularExpression)
            #expect(HeaderParser.ordinalPlaceholdersUnified(text) == expected, "\(text.debugDescription)")
        }
    }
}
