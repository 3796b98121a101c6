import Foundation
import Testing
@testable import Resolint

/// `RegexCache.compiled` leaves ICU's compiling to the expression's first use: the expression it then
/// compiles must be the one compiled at once, and a pattern that does not compile is still refused by
/// `RegexCache.compile` (a rule's validation) and matches nothing.
@Suite struct LazyExpressionTests {
    func MappedText(_ text: String) -> Resolint.MappedText {
        Resolint.MappedText(source: SourceFile(path: "x", text: text), range: 0..<text.utf8.count)
    }

    @Test func compiledOnlyWhenATextGetsPastThePrefilter() throws {
        let pattern = "\\bzyxwv[0-9]+ lazily\\b"
        let compiled = try RegexCache.compiled(pattern, ignoreCase: false)
        #expect(!compiled.lazy.isCompiled)
        let text = MappedText("nothing here to see")
        #expect(RegexCache.matches(compiled, in: text).isEmpty)
        #expect(!compiled.lazy.isCompiled, "the prefilter kept it from ICU")
        let found = RegexCache.matches(compiled, in: MappedText("a zyxwv42 lazily found"))
        #expect(compiled.lazy.isCompiled)
        #expect(found.map(\.text) == ["zyxwv42 lazily"])
    }

    @Test func theLazyExpressionIsTheEagerOne() throws {
        for (pattern, ignoreCase) in [("(?<=\\d)\\s+(?:bis|ter)\\b", true), ("第[一二三四五六七八九十]+条", false), ("^\\s*[a-z]\\)", false)] {
            let lazy = LazyExpression(pattern: pattern, ignoreCase: ignoreCase)
            let eager = try NSRegularExpression(pattern: RegexPrefilter.withLeadingLiteral(pattern), options: ignoreCase ? [.caseInsensitive] : [])
            let compiled = try lazy.compile()
            #expect(compiled.pattern == eager.pattern)
            #expect(compiled.options == eager.options)
            #expect(try lazy.compile() === compiled, "compiled once")
        }
    }

    @Test func aPatternThatDoesNotCompileIsRefusedAndMatchesNothing() throws {
        let bad = "(unclosed [group"
        #expect(throws: RuleError.self) { try RegexCache.compile(bad, ignoreCase: false) }
        #expect(throws: RuleError.self) { try RegexCache.compile(bad, ignoreCase: false) }
        let compiled = try RegexCache.compiled(bad, ignoreCase: false)
        #expect(RegexCache.matches(compiled, in: MappedText("(unclosed [group")).isEmpty)
        #expect(compiled.expression.numberOfMatches(in: "(unclosed [group", range: NSRange(location: 0, length: 16)) == 0)
    }
}
