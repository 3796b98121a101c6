import Foundation
import Testing
@testable import Resolint

/// Numbering slips said as a person would say them, on the Chinese example draft (A/C.1/73/L.37): a
/// swap is one finding, a gap one, a label typed twice one, a late insertion one; never a cascade.
/// The fix still sets every label to its place.
struct SequenceMessageTests {
    static func findings(_ edit: (String) -> String, rule: String) throws -> (found: [Diagnostic], fixed: String) {
        let text = edit(try Fixtures.example(Fixtures.zhDraft))
        let found = try Fixtures.lint(text, lang: "zh").of(rule)
        let fixed = try Fixer(linter: Fixtures.linter, includeUnsafe: false).fix(text: text, path: "d.txt", language: "zh").text
        return (found, fixed)
    }

    @Test func swapIsOneFinding() throws {
        let r = try Self.findings({ $0.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军").replacingOccurrences(of: " 5. 请政府", with: " 4. 请政府") },
                                  rule: "operative.numbering")
        #expect(r.found.map(\.message) == ["operative paragraph numbered 5, expected 4: 5 and 4 are out of order"])
        #expect(r.found.first?.start.line == 141)
        #expect(r.fixed == (try Fixtures.example(Fixtures.zhDraft)))
    }

    @Test func gapIsOneFinding() throws {
        let r = try Self.findings({ $0.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军").replacingOccurrences(of: " 5. 请政府", with: " 6. 请政府")
            .replacingOccurrences(of: " 6. 决定", with: " 7. 决定") }, rule: "operative.numbering")
        #expect(r.found.map(\.message) == ["operative paragraph numbered 5, expected 4: 4 is missing"])
    }

    @Test func labelTypedTwiceIsOneFinding() throws {
        let r = try Self.findings({ $0.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军") }, rule: "operative.numbering")
        #expect(r.found.map(\.message) == ["operative paragraph numbered 5, expected 4"], "\(r.found.map(\.message))")
        // A paragraph inserted late, numbered as the one before it.
        let late = try Self.findings({ $0.replacingOccurrences(of: " 5. 请政府", with: " 4. 请政府").replacingOccurrences(of: " 6. 决定", with: " 5. 决定") },
                                     rule: "operative.numbering")
        #expect(late.found.map(\.message) == ["operative paragraph numbered 4, expected 5: 4 comes again"], "\(late.found.map(\.message))")
        #expect(late.fixed == (try Fixtures.example(Fixtures.zhDraft)))
    }

    @Test func swappedItemsAreOneFinding() throws {
        let r = try Self.findings({ $0.replacingOccurrences(of: "  (a) 国家一级", with: "  (b) 国家一级").replacingOccurrences(of: " (b) 政府专家组各项", with: " (a) 政府专家组各项") },
                                  rule: "subitem.lettering")
        #expect(r.found.map(\.message) == ["item labelled (b), expected (a): (b) and (a) are out of order"], "\(r.found.map(\.message))")
    }

    /// Dash bullets among lettered items take no place in the sequence (the UN's AKN of S/RES/2512 (2020)).
    @Test func dashItemsAreNotCounted() throws {
        let frame = try #require(Fixtures.linter.languages.profile("en")).exampleFrame
        let text = frame + "1. Calls upon Member States:\n\n(a) To support the process;\n\n– by funding it;\n\n– by staffing it;\n\n(b) To report on their efforts;\n\n2. Decides to include in the provisional agenda of its eightieth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.\n"
        let report = try Fixtures.lint(text, lang: "en")
        #expect(report.of("subitem.lettering").isEmpty, "\(report.of("subitem.lettering").map(\.message))")
        let slipped = try Fixtures.lint(text.replacingOccurrences(of: "(b) To report", with: "(c) To report"), lang: "en")
        #expect(slipped.of("subitem.lettering").map(\.message) == ["item labelled (c), expected (b): (b) is missing"])
    }

    /// The UN's Chinese texts number second-level items ㈠, ㈡ … (AKN of A/RES/75/190): read as such,
    /// checked in sequence, and written back in that form by the fix.
    @Test func chineseParenthesizedNumerals() throws {
        let text = "大会，\n\n1. 决定：\n\n(a) 甲：\n\n㈠ 甲；\n\n㈡ 乙；\n\n(b) 乙。\n"
        #expect(try Fixtures.lint(text, lang: "zh").errors.isEmpty)
        let slipped = text.replacingOccurrences(of: "㈡ 乙", with: "㈢ 乙")
        let found = try Fixtures.lint(slipped, lang: "zh").of("subitem.lettering")
        #expect(found.map(\.message) == ["item labelled ㈢, expected ㈡: ㈡ is missing"], "\(found.map(\.message))")
        let fixed = try Fixer(linter: Fixtures.linter, includeUnsafe: false).fix(text: slipped, path: "d.txt", language: "zh").text
        #expect(fixed == text)
    }
}
