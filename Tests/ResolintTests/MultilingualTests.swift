import Foundation
import Testing
@testable import Resolint

/// French, Spanish, Russian and Arabic: `resolint new` writes drafts that lint clean and parse back to
/// their facts; one defect of each rule family, injected into a clean draft, is caught on its line;
/// the forms particular to each language (French " ;", Arabic "١ - " and "(هـ)", Russian "а)") are
/// read; `--lang auto` names the language of every corpus document; Arabic lines print undamaged.
@Suite struct MultilingualTests {
    static let linter = try! Linter.standard()
    static let renderer = SkeletonRenderer(languages: linter.languages)
    static let codes = ["fr", "es", "ru", "ar"]

    static let facts: [String: (agendaTitle: String, sponsors: [String], title: String)] = [
        "fr": ("Progrès de l'informatique et des télécommunications et sécurité internationale", ["Allemagne", "France", "Japon"], "Comportement responsable des États"),
        "es": ("Avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional", ["Alemania", "Francia", "Japón"], "Comportamiento responsable de los Estados"),
        "ru": ("Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности", ["Германия", "Франция", "Япония"], "Ответственное поведение государств"),
        "ar": ("التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي", ["ألمانيا", "فرنسا", "اليابان"], "سلوك الدول المسؤول"),
    ]

    static func facts(_ code: String, _ kind: Draft.Kind, session: Int = 79, committee: DraftFacts.Committee = .main(1)) -> DraftFacts {
        let f = facts[code]!
        return DraftFacts(kind: kind, language: code, session: session, committee: committee, agendaItem: "96",
                          agendaTitle: f.agendaTitle, sponsors: f.sponsors, title: f.title)
    }

    static let cases: [DraftFacts] = codes.flatMap { code in
        SkeletonCases.variations { facts(code, $0, session: $1, committee: $2) }
    }

    // MARK: resolint new

    @Test("new: lints with no error; placeholders are its only warnings", arguments: cases)
    func newLintsClean(_ facts: DraftFacts) throws {
        let text = try Self.renderer.render(facts)
        let report = try Self.linter.lint(text: text, path: "new.txt", language: facts.language)
        let others = report.diagnostics.filter { $0.rule != "text.placeholder" }
        #expect(others.isEmpty, "\(others.map { "\($0.start) \($0.rule) \($0.message)" })\n\(text)")
        #expect(!report.of("text.placeholder").isEmpty)
        // And `--lang auto` reads it as the language it was written in.
        #expect(try Self.linter.lint(text: text, path: "new.txt").language == facts.language)
    }

    @Test("new: parses back to the facts that went in", arguments: cases)
    func newParsesBack(_ facts: DraftFacts) throws {
        let draft = try SkeletonCases.expectParsesBack(facts, renderer: Self.renderer, linter: Self.linter)
        // The items of a decision carry the language's labels: a) b), or (أ) (ب).
        if facts.kind == .decision {
            #expect(draft.operative.first?.children.map { $0.label?.value } == [1, 2])
        } else {
            #expect(draft.operative.map { $0.label?.value } == [1, 2])
        }
    }

    @Test("new: the lines each language words", arguments: [
        ("fr", 79, ["Soixante-dix-neuvième session", "Point 96 de l'ordre du jour", "Allemagne, France et Japon\u{00A0}: projet de résolution",
                    "L'Assemblée générale,", "1. Prie [...]\u{00A0};",
                    "2. Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingtième session la question intitulée «\u{00A0}Progrès de l'informatique et des télécommunications et sécurité internationale\u{00A0}»."]),
        ("es", 79, ["Septuagésimo noveno período de sesiones", "Tema 96 del programa", "Alemania, Francia y Japón: proyecto de resolución",
                    "La Asamblea General,", "2. Decide incluir en el programa provisional de su octogésimo período de sesiones el tema titulado “Avances en la esfera de la información y las telecomunicaciones en el contexto de la seguridad internacional”."]),
        ("ru", 79, ["Семьдесят девятая сессия", "Пункт 96 повестки дня", "Германия, Франция и Япония: проект резолюции", "Генеральная Ассамблея,",
                    "1. просит [...];", "2. постановляет включить в предварительную повестку дня своей восьмидесятой сессии пункт, озаглавленный «Достижения в сфере информатизации и телекоммуникаций в контексте международной безопасности»."]),
        ("ar", 79, ["الدورة التاسعة والسبعون", "البند 96 من جدول الأعمال", "ألمانيا، فرنسا واليابان: مشروع قرار", "إن الجمعية العامة،",
                    "1 - تطلب إلى [...]؛", "2 - تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثمانين البند المعنون “التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي”."]),
        ("ru", 100, ["Сотая сессия", "своей сто первой сессии"]),
        ("ar", 99, ["الدورة التاسعة والتسعون", "لدورتها المائة"]),
        ("fr", 80, ["Quatre-vingtième session", "de sa quatre-vingt-unième session"]),
        ("es", 20, ["Vigésimo período de sesiones", "de su vigésimo primer período de sesiones"]),
    ] as [(String, Int, [String])])
    func wording(_ code: String, _ session: Int, _ expected: [String]) throws {
        let text = try Self.renderer.render(Self.facts(code, .resolution, session: session))
        for line in expected { #expect(text.contains(line), "\(code): no “\(line)” in\n\(text)") }
    }

    @Test("new: decisions run on after the formula and letter their items", arguments: [
        ("fr", "L'Assemblée générale, rappelant [...], notant [...]\u{00A0}:", "a) Décide [...]\u{00A0};", "b) Décide également d'inscrire"),
        ("es", "La Asamblea General, recordando [...], observando [...]:", "a) Decide [...];", "b) Decide también incluir"),
        ("ru", "Генеральная Ассамблея, ссылаясь на [...], отмечая [...]:", "a) постановляет [...];", "b) постановляет также включить"),
        ("ar", "إن الجمعية العامة، إذ تشير إلى [...]، وإذ تلاحظ [...]:", "(أ) تقرر [...]؛", "(ب) تقرر أيضا أن تدرج"),
    ])
    func decisionLines(_ code: String, _ opening: String, _ first: String, _ second: String) throws {
        let text = try Self.renderer.render(Self.facts(code, .decision))
        let lines = text.components(separatedBy: "\n")
        #expect(lines.contains(opening))
        #expect(lines.contains(first))
        #expect(lines.contains { $0.hasPrefix(second) })
    }

    @Test func skeletonClosingIsOneOfTheLanguageTemplates() throws {
        for code in Self.codes {
            let language = try #require(Self.linter.languages.profile(code))
            let skeleton = try #require(language.skeleton)
            // Sub-item forms stand before the template they begin with, so the canonical one need not be first.
            #expect(language.closing.templates.contains(skeleton.resolution.closing), "\(code): the canonical clause")
            #expect(language.closing.templates.contains(skeleton.decision.closing))
        }
    }

    // MARK: injected defects

    struct Defect: Sendable, CustomTestStringConvertible {
        var language: String
        var rule: String
        var old: String
        var new: String
        var alsoExpected: Set<String> = []
        var testDescription: String { "\(rule) in \(language)" }
    }

    /// One defect of each rule family — terminator, numbering, lettering, opening, closing session,
    /// header — in each language, made by replacing text on one line of the clean draft.
    static let defects: [Defect] = [
        Defect(language: "fr", rule: "operative.terminator", old: "quatre-vingtième session ;", new: "quatre-vingtième session ."),
        Defect(language: "fr", rule: "subitem.terminator", old: "le processus\u{00A0};", new: "le processus\u{00A0},"),
        Defect(language: "fr", rule: "operative.numbering", old: "3. Décide", new: "4. Décide"),
        Defect(language: "fr", rule: "subitem.lettering", old: "b) À faire", new: "c) À faire"),
        Defect(language: "fr", rule: "structure.opening", old: "L'Assemblée générale,", new: ""),
        Defect(language: "fr", rule: "closing.session", old: "de sa quatre-vingtième session la question", new: "de sa soixante-dix-neuvième session la question"),
        Defect(language: "fr", rule: "header.session", old: "Soixante-dix-neuvième session", new: "Soixante-dix-neuviième session"),
        Defect(language: "es", rule: "operative.terminator", old: "período de sesiones;", new: "período de sesiones,"),
        Defect(language: "es", rule: "operative.numbering", old: "3. Decide", new: "5. Decide"),
        Defect(language: "es", rule: "subitem.lettering", old: "b) A que informen", new: "d) A que informen"),
        Defect(language: "es", rule: "structure.opening", old: "La Asamblea General,", new: ""),
        Defect(language: "es", rule: "closing.session", old: "de su octogésimo período de sesiones el tema", new: "de su septuagésimo noveno período de sesiones el tema"),
        Defect(language: "es", rule: "header.session", old: "Septuagésimo noveno período de sesiones", new: "Septuagésima nona período de sesiones"),
        Defect(language: "ru", rule: "operative.terminator", old: "восьмидесятой сессии;", new: "восьмидесятой сессии."),
        Defect(language: "ru", rule: "operative.numbering", old: "3. постановляет", new: "4. постановляет"),
        Defect(language: "ru", rule: "subitem.lettering", old: "b) сообщать", new: "c) сообщать"),
        Defect(language: "ru", rule: "structure.opening", old: "Генеральная Ассамблея,", new: ""),
        // The header's nominative read back; the clause must name the next session, in the genitive.
        Defect(language: "ru", rule: "closing.session", old: "своей восьмидесятой сессии пункт", new: "своей семьдесят девятой сессии пункт"),
        Defect(language: "ru", rule: "header.session", old: "Семьдесят девятая сессия", new: "Семьдесят девятаяя сессия"),
        Defect(language: "ar", rule: "operative.terminator", old: "دورتها الثمانين؛", new: "دورتها الثمانين،"),
        Defect(language: "ar", rule: "subitem.terminator", old: "هذه العملية؛", new: "هذه العملية."),
        Defect(language: "ar", rule: "operative.numbering", old: "٣ - تقرر", new: "٤ - تقرر"),
        Defect(language: "ar", rule: "subitem.lettering", old: "(ب) أن تقدم", new: "(د) أن تقدم"),
        Defect(language: "ar", rule: "structure.opening", old: "إن الجمعية العامة،", new: ""),
        Defect(language: "ar", rule: "closing.session", old: "لدورتها الثمانين البند", new: "لدورتها التاسعة والسبعين البند"),
        Defect(language: "ar", rule: "header.session", old: "الدورة التاسعة والسبعون", new: "الدورة التاسعة والسبعونن"),
    ]

    @Test("the clean drafts lint clean", arguments: codes)
    func cleanDraft(_ code: String) throws {
        let report = try Self.linter.lint(text: MultilingualDrafts.all[code]!, path: "\(code).txt")
        #expect(report.language == code)
        #expect(report.kind == .draftResolution)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.start) \($0.rule) \($0.message)" })")
    }

    @Test(arguments: defects)
    func defectIsCaughtOnItsLine(_ defect: Defect) throws {
        let original = MultilingualDrafts.all[defect.language]!
        var lines = original.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(defect.old) }, "no “\(defect.old)”")
        lines[index] = lines[index].replacingOccurrences(of: defect.old, with: defect.new)
        let after = try Self.linter.lint(text: lines.joined(separator: "\n"), path: "x.txt", language: defect.language)
        // A removed formula is missed where the body begins: the first preambular paragraph.
        let line = defect.rule == "structure.opening" ? index + 3 : index + 1
        #expect(after.of(defect.rule).map(\.start.line) == [line],
                "\(defect.rule): expected line \(line), got \(after.of(defect.rule).map { "\($0.start): \($0.message)" })")
        let others = after.diagnostics.filter { $0.rule != defect.rule && !defect.alsoExpected.contains($0.rule) }
        #expect(others.isEmpty, "\(defect.rule) also set off \(others.map { "\($0.rule) at \($0.start): \($0.message)" })")
    }

    @Test("fixes write the language's forms", arguments: [
        // French: the semicolon keeps the no-break space already there.
        ("fr", "le processus\u{00A0};", "le processus\u{00A0},"),
        ("fr", "2. Prie", "3. Prie"),  // renumbered back to 2.
        ("ar", "٢ - تطلب", "٣ - تطلب"),  // renumbered back in Arabic-Indic digits
        ("ar", "(ب) أن تقدم", "(د) أن تقدم"),
        ("ru", "своей восьмидесятой сессии пункт", "своей семьдесят девятой сессии пункт"),  // the genitive comes back
        ("ar", "لدورتها الثمانين البند", "لدورتها التاسعة والسبعين البند"),
    ])
    func fixRestoresTheCleanDraft(_ code: String, _ clean: String, _ broken: String) throws {
        let original = MultilingualDrafts.all[code]!
        let text = original.replacingOccurrences(of: clean, with: broken)
        #expect(text != original)
        let fixed = try Fixer(linter: Self.linter, includeUnsafe: true).fix(text: text, path: "x.txt", language: code).text
        #expect(fixed == original)
    }

    // MARK: forms particular to a language

    @Test("a French terminator is read with any space before it, or none", arguments: [" ;", "\u{00A0};", "\u{202F};", ";", " \u{00A0};"])
    func frenchSpacing(_ mark: String) throws {
        let text = MultilingualDrafts.fr.replacingOccurrences(of: "quatre-vingtième session ;", with: "quatre-vingtième session" + mark)
        let report = try Self.linter.lint(text: text, path: "fr.txt", language: "fr")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
    }

    @Test("French: a missing terminator is added with its no-break space")
    func frenchMissingMark() throws {
        let text = MultilingualDrafts.fr.replacingOccurrences(of: "quatre-vingtième session ;", with: "quatre-vingtième session")
        let fixed = try Fixer(linter: Self.linter, includeUnsafe: true).fix(text: text, path: "x.txt", language: "fr").text
        #expect(fixed.contains("quatre-vingtième session\u{00A0};\n"))
    }

    @Test("labels in the language's forms", arguments: [
        ("ar", "٧ - تقرر", 7, nil, nil), ("ar", "7 - تقرر", 7, nil, nil), ("ar", "12- تقرر", 12, nil, nil), ("ar", "۳ - تقرر", 3, nil, nil),
        ("ar", "(هـ) أن", nil, 5, nil), ("ar", "(ه) أن", nil, 5, nil), ("ar", "(ي) أن", nil, 10, nil), ("ar", "'2' أن", nil, nil, 2),
        // After ض, the 26th, the UN's Arabic texts double the letters, as "aa" follows "z" (75/192, op. 6).
        ("ar", "(أ أ)\tالقيام بصورة مستمرة", nil, 27, nil), ("ar", "(ب ب) دراسة", nil, 28, nil),
        ("ru", "а) поддерживать", nil, 1, nil), ("ru", "с) сообщать", nil, 3, 100), ("ru", "ii) сообщать", nil, 35, 2),
        ("fr", "b) À faire", nil, 2, nil), ("es", "iv) A que", nil, nil, 4), ("fr", "1. Engage", 1, nil, nil),
    ] as [(String, String, Int?, Int?, Int?)])
    func labels(_ code: String, _ text: String, _ paragraph: Int?, _ letter: Int?, _ numeral: Int?) throws {
        let syntax = try #require(Self.linter.languages.profile(code)).labelSyntax
        let c = try #require(LabelReader.read(text, syntax), "\(text) is not read as a label")
        #expect(c.arabic == paragraph)
        #expect(c.latin == letter)
        #expect(c.roman == numeral)
    }

    @Test("not labels", arguments: [("ar", "2014-2015 كانت"), ("ar", "5 كانون"), ("fr", "2.5 millions"), ("ru", "б) что-то")])
    func notLabels(_ code: String, _ text: String) throws {
        let syntax = try #require(Self.linter.languages.profile(code)).labelSyntax
        #expect(LabelReader.read(text, syntax) == nil)
    }

    @Test("labels written back", arguments: [
        ("ar", 4, LabelStyle.latin, nil, "(د)"), ("ar", 5, .latin, nil, "(هـ)"), ("ar", 12, .arabic, "٧ -", "١٢ -"), ("ar", 3, .arabic, nil, "3 -"),
        ("fr", 3, .latin, nil, "c)"), ("fr", 3, .latin, "(b)", "(c)"), ("ru", 2, .roman, nil, "ii)"), ("en", 2, .latin, nil, "(b)"),
    ] as [(String, Int, LabelStyle, String?, String)])
    func labelsWritten(_ code: String, _ n: Int, _ style: LabelStyle, _ like: String?, _ expected: String) throws {
        let syntax = try #require(Self.linter.languages.profile(code)).labelSyntax
        #expect(syntax.write(n, style, like: like) == expected)
    }

    @Test("Arabic: the closing clause is found in either order")
    func arabicClosingOrders() throws {
        let text = MultilingualDrafts.ar.replacingOccurrences(
            of: "تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الثمانين البند المعنون “التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي”.",
            with: "تقرر أن تدرج البند المعنون \"التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي\" في جدول الأعمال المؤقت لدورتها الثمانين.")
        #expect(text != MultilingualDrafts.ar)
        let report = try Self.linter.lint(text: text, path: "ar.txt", language: "ar")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
        let language = try #require(Self.linter.languages.profile("ar"))
        let draft = try #require(DocumentParser().parse(SourceFile(path: "x", text: text), language: language).drafts.first)
        #expect(ClosingClause.find(in: draft, language: language)?.session.text == "الثمانين")
    }

    // MARK: language detection

    static let corpusDocuments: [(file: String, language: String)] = {
        var out: [(String, String)] = []
        for folder in ["zh", "en", "web/zh", "web/en", "web/fr", "web/es", "web/ru", "web/ar"] {
            let language = String(folder.split(separator: "/").last!)
            out += Fixtures.corpusFiles(folder).map { ($0, language) }
        }
        return out
    }()

    @Test("every corpus document is detected as the language of its folder",
          .enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func detectionOnTheCorpus() throws {
        #expect(Self.corpusDocuments.count >= 40)
        for (file, language) in Self.corpusDocuments {
            let text = try Fixtures.corpusFile(file)
            #expect(Self.linter.languages.detect(text)?.code == language, "\(file)")
        }
        for example in [Fixtures.zhDraft, Fixtures.zhReport] {
            #expect(Self.linter.languages.detect(try Fixtures.example(example))?.code == "zh")
        }
    }

    @Test("the EN–AR bitext is Arabic, and each of its lines a paragraph", .enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func bitext() throws {
        let text = try Fixtures.corpusFile("web/ar/A_AC.109_2019_L.18_EN-AR_bitext_PARTIAL.txt")
        let language = try #require(Self.linter.languages.detect(text))
        #expect(language.code == "ar")
        let draft = try #require(DocumentParser().parse(SourceFile(path: "x", text: text), language: language).drafts.first)
        #expect(draft.preamble.count >= 3)
    }

    @Test("web texts in French, Russian and Arabic are read into their parts", .enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason),
          arguments: [
            ("web/fr/S_2002_724_draft_in_press-release_CS2333.txt", "Le Conseil de sécurité,", 2, 2),
            ("web/ru/S_RES_1224_1999_iplex360.txt", "Совет Безопасности,", 1, 3),
            ("web/ru/S_RES_1913_2010_iplex360.txt", "Совет Безопасности,", 3, 2),
            ("web/ar/A_RES_52_31_un-org-arabic_PARTIAL.txt", "إن الجمعية العامة،", 4, 2),
          ])
    func webParts(_ file: String, _ opening: String, _ preamble: Int, _ operative: Int) throws {
        let text = try Fixtures.corpusFile(file)
        let language = try #require(Self.linter.languages.detect(text))
        let document = DocumentParser().parse(SourceFile(path: file, text: text), language: language)
        let draft = try #require(document.drafts.first)
        #expect(draft.opening?.string == opening)
        #expect(draft.preamble.count == preamble)
        #expect(draft.operative.count == operative)
    }

    // MARK: right-to-left text in the text reporter

    @Test("an Arabic line prints isolated, the carets under the logical order, the marked text quoted")
    func arabicLineInTheTextReporter() throws {
        let text = MultilingualDrafts.ar.replacingOccurrences(of: "دورتها الثمانين؛", with: "دورتها الثمانين،")
        let report = try Self.linter.lint(text: text, path: "ar.txt", language: "ar")
        let d = try #require(report.of("operative.terminator").first)
        let out = TextReporter(color: false).render(d, source: report.source)
        let lines = out.components(separatedBy: "\n")
        let sourceLine = try #require(lines.first { $0.hasPrefix(" \(d.start.line) | ") })
        // The gutter stays first; the Arabic text sits inside U+2068 … U+2069.
        #expect(sourceLine.hasPrefix(" \(d.start.line) | \u{2068}٢ - تطلب"))
        #expect(sourceLine.hasSuffix("\u{2069}"))
        let markerLine = try #require(lines.first { $0.contains("^") })
        let marker = markerLine.drop { $0 != "|" }.dropFirst(2)
        // The caret stands at the column the diagnostic names, counted in characters of the file's order.
        #expect(marker.prefix { $0 == " " }.count == d.start.column - 1)
        #expect(marker.hasSuffix("^ “\u{2068}،\u{2069}”"))
        // Latin and Chinese lines are printed as before.
        #expect(!TextReporter.hasRightToLeft("1. Decides to include") && !TextReporter.hasRightToLeft("大会，"))
    }
}
