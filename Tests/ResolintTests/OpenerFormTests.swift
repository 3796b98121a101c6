import Foundation
import Testing
@testable import Resolint

/// Openers read by their grammatical form (`opener-forms` in Rules/languages/*.yaml), from the UN's
/// own texts (its AKN of the General Assembly's 75th session and the Security Council's 2020–2021
/// resolutions; source: the United Nations), and what must still warn.
struct OpenerFormTests {
    static func opens(_ code: String, _ text: String, as kind: Vocabulary.Kind) throws -> Bool {
        let language = try #require(Fixtures.linter.languages.profile(code))
        let words = Vocabulary.shared(language)
        return OpeningCheck.opens(text, stripped: words.stripPrefixes(text), as: kind, words,
                                  OpenerFormMatcher.shared(language), comma: language.terminators.comma)
    }

    /// Every pattern compiles: the matcher would set a broken one aside without a word.
    @Test(arguments: ["ar", "en", "es", "fr", "ru", "zh"])
    func everyFormCompiles(_ code: String) throws {
        let forms = try #require(Fixtures.linter.languages.profile(code)).openerForms
        for pattern in (forms?.preamble ?? []) + (forms?.operative ?? []) + (forms?.inserted ?? []) {
            #expect(throws: Never.self, "\(code): \(pattern)") { _ = try NSRegularExpression(pattern: pattern) }
        }
    }

    @Test func frenchParticiplesAndReflexives() throws {
        for text in ["Louant le courage et le dévouement de ceux qui participent,", "Rejetant le recours à la violence,",
                     "Lançant un appel pour que les négociations reprennent,", "Étant d’avis que la célébration d’une journée,",
                     "S’engageant de nouveau à faire en sorte que,", "Mettant de nouveau l’accent sur le droit,"] {
            #expect(try Self.opens("fr", text, as: .preamble), "\(text)")
            #expect(try !Self.opens("fr", text, as: .operative), "\(text)")
        }
        for text in ["S’élève fermement contre le caractère extraterritorial ;", "S’en tient de nouveau au cahier des charges ;",
                     "Met de nouveau l’accent sur la recommandation ;", "Rend spécialement hommage à l’Organisation ;",
                     "Est particulièrement consciente de l’importance du rôle ;", "Se propose d’envisager de s’intéresser ;"] {
            #expect(try Self.opens("fr", text, as: .operative), "\(text)")
            #expect(try !Self.opens("fr", text, as: .preamble), "\(text)")
        }
        // An operative verb in a preamble, a noun, an English word, a preposition in "-ant".
        for text in ["Rappelle sa résolution 73/27,", "Se félicite des Principes et directives,", "Importance de la coopération,",
                     "Recalling its resolution 73/27,", "Pendant la session,", "Cependant, les États,"] {
            #expect(try !Self.opens("fr", text, as: .preamble), "\(text)")
        }
        #expect(try !Self.opens("fr", "Prends note de la mise en œuvre ;", as: .operative))
    }

    @Test func russianVerbalAdverbsAndThirdPersons() throws {
        for text in ["отвергая применение насилия,", "уделяя особое внимание,", "имея в виду, что для содействия,",
                     "проведя обзор хода работы Механизма,", "c удовлетворением отмечая растущее осознание,", "позитивно оценивая вклад,"] {
            #expect(try Self.opens("ru", text, as: .preamble), "\(text)")
            #expect(try !Self.opens("ru", text, as: .operative), "\(text)")
        }
        for text in ["уточняет, что обязанность применяется;", "c озабоченностью отмечает недостатки;", "продолжает испытывать глубокое беспокойство;",
                     "вновь определяет, что;"] {
            #expect(try Self.opens("ru", text, as: .operative), "\(text)")
            #expect(try !Self.opens("ru", text, as: .preamble), "\(text)")
        }
        // A capitalised noun of the verbs' ending, a word in the first person.
        #expect(try !Self.opens("ru", "Совет Безопасности продолжает;", as: .operative))
        #expect(try !Self.opens("ru", "памятую о семьдесят пятой годовщине,", as: .preamble))
    }

    @Test func spanishGerundsAndAdverbs() throws {
        for text in ["Rechazando el uso de la violencia,", "Comprometiéndose nuevamente a asegurar,", "Firmemente convencida de que,",
                     "Alentada por el hecho de que,", "Determinada a trabajar para reforzar,"] {
            #expect(try Self.opens("es", text, as: .preamble), "\(text)")
        }
        #expect(try Self.opens("es", "Se opone enérgicamente al carácter extraterritorial;", as: .operative))
        #expect(try !Self.opens("es", "Recalca que su objetivo es claro,", as: .preamble))
        #expect(try !Self.opens("es", "Estado de Palestina,", as: .preamble))
    }

    /// Chinese verbs the lint rules read and the parser does not: "维持" also begins the Fifth
    /// Committee's section title "维持和平行动" (A/RES/75/252).
    @Test func chineseVerbsForTheLintRulesOnly() throws {
        #expect(try Self.opens("zh", "将核定兵力上限维持在3 550人，直至2021年5月15日；", as: .operative))
        #expect(try Self.opens("zh", "又核定2021年由养恤基金直接支付费用净额共计103 217 600美元；", as: .operative))
        #expect(try Self.opens("zh", "收到国际原子能机构2019年的报告，", as: .preamble))
        #expect(try Self.opens("zh", "再次要求联合国共同制度所有组织在相关事项上合作，", as: .preamble))
        let words = Vocabulary.shared(try #require(Fixtures.linter.languages.profile("zh")))
        #expect(!words.opensParagraph("维持和平行动"))
        #expect(try !Self.opens("zh", "联合国秘书长的报告，", as: .preamble))
    }

    /// English has no forms: "Recalls" in a preamble is a slip (S/RES/2530 (2020) paragraph 19 of the preamble).
    @Test func englishStillWarns() throws {
        #expect(try !Self.opens("en", "Recalls that UNDOF’s deployment and the Agreement,", as: .preamble))
        #expect(try !Self.opens("en", "Request the Secretary-General to report;", as: .operative))
    }

    /// The shared matcher is kept per profile: a profile given forms of its own gets a matcher of
    /// those forms, and the language's own stays as it was, whichever is asked first.
    @Test func sharedMatcherFollowsTheForms() throws {
        let english = try #require(Fixtures.linter.languages.profile("en"))
        var own = english
        own.openerForms = LanguageProfile.OpenerForms(preamble: ["Zorbing\\b"], operative: nil, inserted: nil)
        let words = Vocabulary.shared(english)
        let text: Substring = "Zorbing the question of the draft,"
        for _ in 0..<2 {
            #expect(OpenerFormMatcher.shared(own).opens(text, as: .preamble, words))
            #expect(!OpenerFormMatcher.shared(english).opens(text, as: .preamble, words))
        }
        var other = own
        other.openerForms?.preamble = ["Quibbling\\b"]
        #expect(!OpenerFormMatcher.shared(other).opens(text, as: .preamble, words))
        #expect(OpenerFormMatcher.shared(other).opens("Quibbling over the draft,", as: .preamble, words))
        #expect(OpenerFormMatcher.shared(own).opens(text, as: .preamble, words))
    }
}
