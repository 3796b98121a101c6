import Testing
@testable import Resolint

/// Openings as the UN's own texts spell them (its AKN of the General Assembly's 75th session and the
/// Security Council's 2020–2021 resolutions; source: the United Nations): the spelling of a word does
/// not hide the opening it is.
struct OpeningSpellingTests {
    static func vocabulary(_ code: String) throws -> Vocabulary {
        Vocabulary.shared(try #require(Fixtures.linter.languages.profile(code)))
    }

    /// A no-break space between the words of a French opening (S/RES/2549 (2020) and 13 other texts).
    @Test func aNoBreakSpaceIsASpace() throws {
        let v = try Self.vocabulary("fr")
        #expect(v.opens("Se\u{A0}félicitant des progrès considérables enregistrés dans la lutte contre le sida,", as: .preamble))
        #expect(v.opens("Se\u{202F}félicite de l’initiative prise par le Secrétaire général ;", as: .operative))
        #expect(!v.opens("Se\u{A0}trouvant", as: .preamble))
    }

    /// The tatweel that stretches an Arabic word ("تقـرر أن تقسِّم بين الدول الأعضاء …", 75/325, A/RES/75/306).
    @Test func aStretchedArabicWordIsTheWord() throws {
        let v = try Self.vocabulary("ar")
        #expect(v.opens("تقـرر أن تقسِّم بين الدول الأعضاء مبلغ 950 033 280 دولارا؛", as: .operative))
        #expect(v.opens("تقــرر أن تنشئ، في دورتيها السادسة والسبعين والسابعة والسبعين، فريقا عاملا؛", as: .operative))
    }

    /// Chinese sets "in this regard" and "to this end" before the verb ("在这方面重申…", 75/169; "为此欢迎…",
    /// 75/115; "为此鼓励各当事方…", S/RES/2548 (2020)).
    @Test func aChinesePhraseBeforeTheVerb() throws {
        let v = try Self.vocabulary("zh")
        #expect(v.opens("在这方面重申尤其需要进行包括人权教育在内的各种形式教育，作为立法措施的补充；", as: .operative))
        #expect(v.opens("为此欢迎各方继续在努美阿协议签字方委员会框架内进行高级别政治对话；", as: .operative))
        #expect(v.opens("为此鼓励各当事方进一步展现寻求解决方案的政治意愿，", as: .preamble))
        #expect(!v.opens("为此目的设立的基金，", as: .preamble))
    }
}
