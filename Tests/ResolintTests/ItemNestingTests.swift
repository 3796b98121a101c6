import Testing
@testable import Resolint

/// How items nest, as the UN's own markup of its resolutions nests them (../shared/corpus/akn, by the
/// United Nations): dashes under a numeral, headings among the items, items without a label, lists
/// that start with numerals over letters. Each case is a short excerpt of the resolution named, read as
/// authored text; the structure must match the markup's and the excerpt lint with no body error.
struct ItemNestingTests {
    /// The draft a text reads as, and the rules of the body that find something in it.
    static func read(_ text: String, _ lang: String) throws -> (draft: Draft, found: [String]) {
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile(lang)))
        let found = try Fixtures.lint(text, lang: lang).diagnostics.filter { EnglishDraftBodyTests.bodyRules.contains($0.rule) }
        return (try #require(document.drafts.first), found.map(\.rule))
    }

    /// The labels and depths of a draft's items, in order ("" for an item without a label).
    static func items(_ text: String) throws -> [String] {
        let draft = try #require(try EnglishDraftBodyTests.parse(text).drafts.first)
        var out: [String] = []
        func walk(_ p: Paragraph) { for c in p.children { out.append("\(c.depth)\(c.label?.raw ?? "")"); walk(c) } }
        draft.operative.forEach(walk)
        return out
    }

    static func body(_ paragraphs: [String]) -> String {
        (["The Security Council,", "Recalling its previous resolutions,"] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    /// S/RES/2524 (2020), paragraph 2 (and 2579 (2021), paragraph 3), in the UN's AKN in English and
    /// Russian: letters written "a.", "b." under numerals "(i)" / "i)" that head them without a mark.
    /// They were not read as labels: each numeral's items ran into it.
    @Test(arguments: [
        ("en", "The Security Council,", "Recalling its previous resolutions,", [
            "1. Further decides that UNITAMS shall have the following strategic objectives:",
            "(i) Assist the political transition, progress towards democratic governance, in the protection and promotion of human rights, and sustainable peace",
            "a. Assist, through good offices, the Sudanese transition, including national efforts to realise the objectives of the Constitutional Document;",
            "b. Provide technical assistance to the constitution drafting process, the population census, preparations for elections, in support of national efforts;",
            "(ii) Support peace processes and implementation of future peace agreements",
            "a. Provide good offices and support to the Sudanese peace negotiations;",
            "2. Decides to remain actively seized of the matter.",
        ]),
        ("ru", "Совет Безопасности,", "ссылаясь на свои предыдущие резолюции,", [
            "1. постановляет далее, что ЮНИТАМС будет иметь следующие стратегические цели:",
            "i) оказание содействия политическим преобразованиям, прогрессу на пути к демократическому правлению, защите и поощрению прав человека и достижению устойчивого мира",
            "a. содействовать — путем предоставления добрых услуг — политическим преобразованиям в Судане, включая национальные усилия по достижению целей Конституционного документа;",
            "b. оказывать техническую помощь в процессе составления проекта конституции, проведении переписи населения и подготовке к выборам в поддержку национальных усилий;",
            "ii) поддержка мирных процессов и осуществления будущих мирных соглашений",
            "a. оказывать добрые услуги и поддержку в связи с проведением суданских мирных переговоров;",
            "2. постановляет продолжать активно заниматься этим вопросом.",
        ]),
    ])
    func lettersWithAPeriodUnderNumerals(_ lang: String, _ opening: String, _ preamble: String, _ paragraphs: [String]) throws {
        let text = ([opening, preamble] + paragraphs).joined(separator: "\n\n") + "\n"
        let (draft, found) = try Self.read(text, lang)
        var shape: [String] = []
        func walk(_ p: Paragraph) { for c in p.children { shape.append("\(c.depth)\(c.label?.raw ?? "")"); walk(c) } }
        draft.operative.forEach(walk)
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(shape.map { $0.filter { !"()".contains($0) } } == ["1i", "2a.", "2b.", "1ii", "2a."])
        #expect(found == [])
        // A letter's semicolon really missing is reported.
        let slip = text.replacingOccurrences(of: paragraphs[2], with: String(paragraphs[2].dropLast()))
        #expect(try Self.read(slip, lang).found == ["subitem.terminator"])
    }

    /// S/RES/2556 (2020), paragraph 29, in the UN's Arabic AKN (source: the United Nations): the numeral
    /// ’2‘ ends with its semicolon where the other versions end it with a comma, and a heading, "تحقيق
    /// الاستقرار" (Stabilization), heads the lettered list under it.
    @Test func anArabicHeadingUnderANumeralEndedWithASemicolonHeadsItsLetters() throws {
        let text = """
        إن مجلس الأمن،

        إذ يشير إلى قراراته السابقة،

        1 - يقرر أن تشمل ولاية البعثة المهام التالية:

        ’1‘ حماية المدنيين؛

        ’2‘ دعم الاستقرار وتعزيز مؤسسات الدولة في جمهورية الكونغو الديمقراطية، بما في ذلك المؤسسات الأمنية والقضائية؛

        تحقيق الاستقرار

        (أ) توفير التنسيق بين حكومة جمهورية الكونغو الديمقراطية والشركاء الدوليين؛

        (ب) تقديم الدعم التقني؛

        2 - يقرر أن يبقي المسألة قيد نظره الفعلي.

        """
        let (draft, found) = try Self.read(text, "ar")
        var shape: [String] = []
        func walk(_ p: Paragraph) { for c in p.children { shape.append("\(c.depth)\(c.label?.raw ?? "·")"); walk(c) } }
        draft.operative.forEach(walk)
        #expect(shape == ["1’1‘", "1’2‘", "2·", "2(أ)", "2(ب)"])
        #expect(found == [])
    }

    /// S/RES/2531 (2020), paragraph 28: dashes under "(iii) … notably:", then "(iv)" goes on the numerals.
    @Test func dashesUnderANumeralAndTheNumeralsGoOn() throws {
        let text = Self.body([
            "1. Decides that the mandate shall include the following priority tasks:",
            "(a) Support to the implementation of the Agreement on Peace and Reconciliation in Mali",
            "(i) To use the good offices to support the full implementation of the Agreement;",
            "(ii) To support the implementation of the political and institutional reforms;",
            "(iii) To support the implementation of the defence and security measures of the Agreement, notably:",
            "– to support, monitor and supervise the ceasefire;",
            "– to support the cantonment, disarmament, demobilization and reintegration of armed groups;",
            "(iv) To support the implementation of the reconciliation and justice measures of the Agreement;",
            "(b) Support to stabilization and restoration of State authority in the Centre",
            "(i) To support Malian authorities in fully implementing the stabilization strategy;",
            "(ii) To facilitate the return of State presence and basic social services in the Centre;",
            "2. Decides to remain actively seized of the matter.",
        ])
        #expect(try Self.items(text) == ["1(a)", "2(i)", "2(ii)", "2(iii)", "3–", "3–", "2(iv)", "1(b)", "2(i)", "2(ii)"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// S/RES/2531 (2020), paragraph 28 (b): a heading item over items without labels; S/RES/2514 (2020),
    /// paragraph 8 (c): text without a label under an item's colon, with numerals under that text.
    @Test func textWithoutALabelUnderAHeadingOrAColonIsAnItem() throws {
        let text = Self.body([
            "1. Decides that the mandate shall include the following tasks:",
            "(a) Cooperation with Sanctions Committees",
            "To assist and exchange information with the Sanctions Committee and the Panel of Experts;",
            "To assist the Sanctions Committee and the Monitoring Team established by resolution 1526 (2004);",
            "(b) Supporting the Implementation of the Revitalised Agreement and the Peace Process:",
            "To carry out, within its capabilities, the following tasks in support of the implementation of the Agreement:",
            "(i) Using good offices to support the peace process;",
            "(ii) Participating in and supporting the ceasefire monitoring mechanism;",
            "(c) Monitoring and investigating human rights;",
            "2. Decides to remain actively seized of the matter.",
        ])
        #expect(try Self.items(text) == ["1(a)", "2", "2", "1(b)", "2", "3(i)", "3(ii)", "1(c)"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// S/RES/2552 (2020), paragraph 31: a heading item of 27 words, one that ends with its bracket, and
    /// headings among the numerals that do not interrupt their count.
    @Test func headingsAmongTheItems() throws {
        let text = Self.body([
            "1. Decides that the mandate shall include the following tasks:",
            "(a) Good offices and support to the peace process, including the implementation of the Peace Agreement, elections, national reconciliation, social cohesion and transitional justice at national and local levels",
            "(i) To continue its political role in the peace process;",
            "(ii) To ensure that the political and security strategies promote a coherent peace process;",
            "(b) Security Sector Reform (SSR)",
            "(i) To provide strategic and technical advice to the authorities;",
            "(ii) To help build the capacities of the national human rights institution;",
            "Urgent temporary measures:",
            "(iii) To urgently and actively adopt urgent temporary measures of a limited scope;",
            "Rule of law:",
            "(iv) To provide support to build the capacities of the criminal justice system;",
            "2. Decides to remain actively seized of the matter.",
        ])
        #expect(try Self.items(text) == ["1(a)", "2(i)", "2(ii)", "1(b)", "2(i)", "2(ii)", "2", "2(iii)", "2", "2(iv)"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// S/RES/2556 (2020), paragraph 29: the first level in numerals, each a heading over letters.
    @Test func numeralsOverLetters() throws {
        let text = Self.body([
            "1. Decides that the mandate shall include the following priority tasks:",
            "(i) Protection of civilians",
            "(a) Take all necessary measures to ensure effective protection of civilians;",
            "(b) Maintain a proactive deployment and a mobile, flexible and robust posture;",
            "(ii) Support to stabilisation and the strengthening of State institutions",
            "(a) Provide coordination between the Government and international partners;",
            "(b) Provide technical advice to the Government;",
            "2. Decides to remain actively seized of the matter.",
        ])
        #expect(try Self.items(text) == ["1(i)", "2(a)", "2(b)", "1(ii)", "2(a)", "2(b)"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// S/RES/2592 (2021), paragraph 11: a number on its own line, the paragraph's text in its items.
    @Test func aNumberAloneOverItsItems() throws {
        let text = Self.body([
            "1. Decides to extend the mandate;",
            "2.",
            "(a) Expresses concern about the high number of grave violations against children;",
            "(b) Calls upon the Government to implement fully the Convention on the Rights of the Child;",
            "3. Decides to remain actively seized of the matter.",
        ])
        let draft = try #require(try EnglishDraftBodyTests.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.raw } == ["1.", "2.", "3."])
        #expect(try Self.items(text) == ["1(a)", "1(b)"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// The nesting never hides a slip: a numeral that skips one after the dashes, a letter missing, and
    /// a heading-like item with nothing under it (it is an item that lost its final mark) are reported
    /// where they are.
    @Test func slipsInNestedListsAreReportedOnTheirLine() throws {
        let text = Self.body([
            "1. Decides that the mandate shall include the following priority tasks:",
            "(a) Support to the implementation of the Agreement",
            "(i) To use the good offices to support the full implementation of the Agreement;",
            "(ii) To support the implementation of the defence and security measures, notably:",
            "– to support, monitor and supervise the ceasefire;",
            "(iv) To support the implementation of the reconciliation and justice measures;",
            "(c) Support to stabilization",
            "2. Decides to remain actively seized of the matter.",
        ])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == ["subitem.lettering@15", "subitem.lettering@17", "subitem.terminator@17"])
    }

    /// S/RES/2551 (2020): headings with an item's label between operative paragraphs ("(i) Exemptions,
    /// advance approvals and notifications" / "9. Decides …"), which the UN's markup marks as headings.
    @Test func aLabelledHeadingBetweenOperativeParagraphs() throws {
        let text = Self.body([
            "1. Reaffirms that the Government shall document and register all military equipment;",
            "(i) Exemptions, advance approvals and notifications",
            "2. Decides that the arms embargo shall not apply to deliveries intended solely for the security forces;",
            "(ii) Exceptions",
            "3. Decides to remain actively seized of the matter.",
        ])
        let draft = try #require(try EnglishDraftBodyTests.parse(text).drafts.first)
        #expect(draft.operative.map { $0.label?.raw } == ["1.", "2.", "3."])
        #expect(try Self.items(text) == [])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// Chinese: after ㈩ the numerals go on as "(十一)" (the UN's AKN of 75/190), and sections are numbered
    /// 一, 二 (75/244).
    @Test func chineseNumeralsAfterTenAndSectionNumbers() throws {
        let numerals = ["㈠", "㈡", "㈢", "㈣", "㈤", "㈥", "㈦", "㈧", "㈨", "㈩"].map { "\($0) 侵犯人权和基本自由的行为；" }
        let real = """
        大会，

        回顾其以往各项决议，

        一

        1. 表示严重关切：

        (a) 持续不断接到关于侵犯人权行为的报告，包括：

        \((numerals + ["(十一) 侵犯劳动者权利，包括没有按照国际劳工组织的核心劳工标准保护劳动者；"]).joined(separator: "\n\n"))

        (b) 其他报告；

        二

        2. 决定继续审议这一问题。

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: real), language: try #require(Fixtures.linter.languages.profile("zh")))
        let draft = try #require(document.drafts.first)
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(draft.operative[0].children[0].children.map { $0.label?.value } == Array(1...11))
        let found = try Fixtures.lint(real, lang: "zh").diagnostics.filter { EnglishDraftBodyTests.bodyRules.contains($0.rule) }
        #expect(found.map(\.rule) == [])
    }

    /// Russian: a section's numeral and title on one line, then its preambular paragraph in lower case
    /// (the UN's AKN of A/RES/75/253): the heading stands alone and the section's numbering starts again.
    @Test func russianSectionHeadingOnOneLine() throws {
        let text = """
        Генеральная Ассамблея,

        I Просьба о выделении субсидии Институту Организации Объединенных Наций по исследованию проблем разоружения

        рассмотрев записку Генерального секретаря,

        1. принимает к сведению записку Генерального секретаря;

        2. одобряет выводы и рекомендации, содержащиеся в докладе Консультативного комитета;

        II Смета, пересмотренная с учетом резолюций и решений, принятых Экономическим и Социальным Советом на его сессии 2020 года

        рассмотрев доклад Генерального секретаря,

        1. принимает к сведению доклад Генерального секретаря;

        2. одобряет выводы и рекомендации, содержащиеся в докладе Консультативного комитета.

        """
        let (draft, found) = try Self.read(text, "ru")
        #expect(draft.preamble.count == 2)
        #expect(draft.preamble.allSatisfy { $0.content.text.hasPrefix("рассмотрев") })
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 1, 2])
        #expect(draft.stray.isEmpty)
        #expect(found == [])
    }

    /// A heading item's text in the next paragraph, in lower case as Russian items open ("c) содействие …
    /// гуманитарной помощи" / "улучшать координацию …;", S/RES/2605 (2021), paragraph 34, in the UN's
    /// Russian AKN; source: the United Nations), is an item of its own under the heading, not the rest of
    /// its sentence.
    @Test func aRussianHeadingItemsTextInTheNextParagraphIsAnItem() throws {
        let text = """
        Совет Безопасности,

        ссылаясь на все свои предыдущие резолюции,

        1. постановляет, что мандат МИНУСКА будет включать следующие первоочередные задачи:

        a) защита гражданского населения

        обеспечивать защиту гражданского населения от угрозы физического насилия;

        b) содействие созданию безопасных условий для незамедлительного, полноценного, безопасного и беспрепятственного предоставления гуманитарной помощи

        улучшать координацию действий со всеми гуманитарными субъектами, включая учреждения Организации Объединенных Наций;

        c) защита Организации Объединенных Наций

        обеспечивать защиту персонала, объектов, оборудования и имущества Организации Объединенных Наций;

        2. постановляет продолжать активно заниматься этим вопросом.

        """
        let (draft, found) = try Self.read(text, "ru")
        var items: [String] = []
        func walk(_ p: Paragraph) { for c in p.children { items.append("\(c.depth)\(c.label?.raw ?? "")"); walk(c) } }
        draft.operative.forEach(walk)
        #expect(items == ["1a)", "2", "1b)", "2", "1c)", "2"])
        #expect(found == [])
    }

    /// "(i)" after "(a)" is the first numeral under (a) though (a) ends with a comma, its sentence running
    /// on through the numerals (S/RES/2607 (2021), paragraph 44, in the UN's AKN in English, French,
    /// Russian and Spanish; source: the United Nations). The comma is the UN's own: subitem.orphan reports it.
    @Test func aNumeralAfterALetterEndingWithACommaIsOneLevelDown() throws {
        let text = """
        The Security Council,

        Recalling its previous resolutions on the situation in Somalia,

        1. Requests the FGS to report to the Security Council by 1 February 2022 on:

        (a) the structure, composition, strength and disposition of its security forces, and the status of regional and militia forces,

        (i) including as annexes the reports of the Joint Verification Team (JVT) requested in paragraph 7 of resolution 2182 (2014), and

        (ii) incorporating the notifications regarding the destination unit in the SNSF;

        (b) an update summarising suspicious activity documented by domestic financial institutions;

        2. Decides to remain seized of the matter.

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let op = try #require(document.drafts.first?.operative.first)
        #expect(op.children.map { $0.label?.raw } == ["(a)", "(b)"])
        #expect(op.children[0].children.map { $0.label?.raw } == ["(i)", "(ii)"])
        let rules = try Fixtures.lint(text, lang: "en").diagnostics.map(\.rule)
        #expect(!rules.contains("subitem.lettering"))
        #expect(rules.contains("subitem.orphan"))
    }

    /// A short line with a colon between paragraphs that follow on is a heading ("26. Stresses …; /
    /// Reports: / 27. Requests …", S/RES/2567 (2021) in the UN's AKN, English and Spanish; source: the
    /// United Nations). A line with a colon before an item or a paragraph that does not follow on is none.
    @Test func aColonHeadingBetweenParagraphsThatFollowOn() throws {
        let text = """
        The Security Council,

        Recalling its previous resolutions on South Sudan,

        1. Stresses the ongoing need for bilateral and multilateral partners to work closely with the Government;

        United Nations and International Support:

        2. Requests the Special Representative of the Secretary-General to direct the operations of an integrated mission;

        Reports:

        3. Requests the Secretary-General to report to the Security Council every 90 days;

        4. Decides to remain actively seized of the matter.

        """
        let (draft, found) = try Self.read(text, "en")
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3, 4])
        #expect(draft.stray.isEmpty)
        #expect(found == [])
    }

    /// A heading right under a heading item, over the list that follows ("(ii) Support to stabilisation …
    /// / Stabilisation / (a) Provide coordination …", S/RES/2612 (2021), paragraph 29, in the UN's AKN,
    /// where it is the <subheading> of point (a); source: the United Nations) is no item: the letters go
    /// under (ii) beside it. Text under a heading item that is a sentence is still an item ("(iii) …" /
    /// "To assist …;").
    @Test func aHeadingOverAListUnderAHeadingItemIsNoItem() throws {
        let text = Self.body([
            "1. Decides that the mandate of MONUSCO shall include the following priority tasks:",
            "(i) Protection of civilians",
            "(a) Take all necessary measures to ensure effective, timely, dynamic and integrated protection of civilians;",
            "(ii) Support to stabilisation and the strengthening of State institutions in the DRC, and key governance and security reforms",
            "Stabilisation",
            "(a) Provide coordination between the Government of the DRC, international partners and United Nations agencies;",
            "(b) Provide technical advice to the Government of the DRC in the consolidation of an effective national civilian structure;",
            "(iii) Support to the electoral process",
            "To assist the Government of the DRC in the organisation of the elections;",
            "2. Decides to remain actively seized of the matter.",
        ])
        let draft = try #require(try EnglishDraftBodyTests.parse(text).drafts.first)
        let heading = try #require(draft.operative.first?.children[1].children.first)
        #expect(heading.isListHeading && heading.content.text == "Stabilisation")
        #expect(try Self.items(text) == ["1(i)", "2(a)", "1(ii)", "2", "2(a)", "2(b)", "1(iii)", "2"])
        #expect(try EnglishDraftBodyTests.bodyFindings(text) == [])
    }

    /// A heading item may end with a quotation mark ("㈢ 协助建设和平、平民保护和法治工作，特别是在达尔富尔和
    /// “两个地区”", S/RES/2579 (2021), paragraph 3, in the UN's Chinese AKN; source: the United Nations):
    /// the text under it is its items (there lettered "a.", as in the other versions), not text astray
    /// after it.
    @Test func aHeadingItemEndingWithAQuotationMarkHeadsItsText() throws {
        let text = """
        安全理事会，

        回顾以往关于苏丹局势的所有决议，

        1. 决定，联苏综合援助团作为一个综合统一的联合国架构的一部分应充分根据国家自主原则，继续以下列战略目标为己任：

        ㈠ 协助建设和平、平民保护和法治工作，特别是在达尔富尔和“两个地区”

        a. 支持苏丹人主导的建设和平工作，特别是冲突预防、缓解及和解，减少社区暴力；

        b. 协助、指导和支持苏丹政府扩展国家派驻力量和开展包容的文官政府治理工作的能力；

        ㈡ 支持调动经济和发展援助并协调人道主义和建设和平援助

        a. 支持与国际金融机构和捐助方开展协调，支持调动国际经济和发展援助；

        2. 决定继续积极处理此案。

        """
        let (draft, found) = try Self.read(text, "zh")
        var items: [String] = []
        func walk(_ p: Paragraph) { for c in p.children { items.append("\(c.depth)\(c.label?.raw ?? "")"); walk(c) } }
        draft.operative.forEach(walk)
        #expect(items == ["1㈠", "2a.", "2b.", "1㈡", "2a."])
        #expect(draft.stray.isEmpty)
        #expect(found == [])
    }

    /// A short line with no mark between paragraphs that follow on is a heading though it opens as a
    /// paragraph may ("根据", pursuant to): "50. …；" / "根据国际法、人权法承担的义务及相关方面" / "51. …"
    /// (S/RES/2531 (2020) in the UN's Chinese AKN, paragraphs 50 and 51 numbered here 1 and 2; source:
    /// the United Nations).
    @Test func anUnmarkedHeadingBetweenParagraphsThatFollowOn() throws {
        let text = """
        安全理事会，

        回顾以往关于马里局势的所有决议、主席声明和新闻谈话，

        1. 促请会员国特别是该区域的会员国确保马里稳定团所有人员以及马里稳定团公务专用的装备、储备物、用品和其他物资能够自由、不受阻碍地快速进出马里，以便以符合成本效益的方式及时运送马里稳定团的后勤物资；

        根据国际法、人权法承担的义务及相关方面

        2. 决定继续积极处理此案。

        """
        let (draft, found) = try Self.read(text, "zh")
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(draft.stray.isEmpty)
        #expect(found == [])
    }

    /// A short line with no mark between the preamble and paragraph 1 is a heading over the operative part
    /// though it opens with an operative verb ("延长", extending: S/RES/2512 (2020) in the UN's Chinese
    /// AKN; source: the United Nations). A preambular paragraph that lost its comma there is still one.
    @Test func anUnmarkedHeadingOverTheOperativePart() throws {
        let text = """
        安全理事会，

        表示注意到秘书长2020年2月6日关于几内亚比绍的报告(S/2020/105)，

        延长联几建和办任务期限

        1. 决定将联几建和办任务期限延长至2020年12月31日；

        2. 决定继续积极处理此案。

        """
        let (draft, found) = try Self.read(text, "zh")
        #expect(draft.preamble.count == 1)
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(found == [])
        let slip = text.replacingOccurrences(of: "延长联几建和办任务期限", with: "回顾其以往关于几内亚比绍局势的各项决议")
        let (slipDraft, slipFound) = try Self.read(slip, "zh")
        #expect(slipDraft.preamble.count == 2)
        #expect(slipFound == ["preamble.terminator"])
    }

    /// A section's title after its numeral is a heading however it opens: "Demande de subvention …" (a
    /// request) opens as "Demande" (requests) does (the UN's French A/RES/75/253 B, section IV; source:
    /// the United Nations).
    @Test func aSectionTitleThatOpensWithAVerb() throws {
        let text = """
        L'Assemblée générale,

        1. Approuve la création d’un poste temporaire de coordonnateur de projets (P-4) ;

        IV

        Demande de subvention pour le Tribunal spécial pour le Liban

        Ayant examiné le rapport du Secrétaire général et le rapport correspondant du Comité consultatif,

        1. Prend acte du rapport du Secrétaire général ;

        2. Souligne le rang de priorité élevé accordé aux travaux du Tribunal spécial pour le Liban.

        """
        let (draft, found) = try Self.read(text, "fr")
        #expect(draft.operative.map { $0.label?.value } == [1, 1, 2])
        #expect(found == [])
    }

    /// A heading between an item that ends with a comma and the items under it introduces them: "㈡ …，"
    /// / "实现稳定" / "(a) …" (the UN's Chinese AKN of S/RES/2556 (2020), paragraph 29; source: the United
    /// Nations). Without the heading, the item's comma is still reported.
    @Test func aHeadingIntroducesTheItemsUnderAnItemEndedWithAComma() throws {
        let text = """
        安全理事会，

        回顾以往关于刚果民主共和国的所有决议，

        1. 决定联刚稳定团的战略优先事项如下：

        ㈠ 保护平民

        (a) 确保有效、及时、积极和综合地保护面临人身暴力威胁的平民；

        (b) 与刚果民主共和国当局合作，利用联合国警察的专长开展调查；

        ㈡ 支持稳定和加强刚果民主共和国国家机构，包括安全和司法机构，

        实现稳定

        (a) 在刚果民主共和国政府、国际伙伴和联合国各机构之间开展协调；

        (b) 与大湖区问题特使的技术援助工作相协调；

        2. 决定继续积极处理此案。

        """
        let (draft, found) = try Self.read(text, "zh")
        #expect(draft.operative.map { $0.label?.value } == [1, 2])
        #expect(draft.stray.isEmpty)
        #expect(found == [])
        let (_, slip) = try Self.read(text.replacingOccurrences(of: "实现稳定\n\n", with: ""), "zh")
        #expect(slip == ["subitem.orphan"])
    }

    /// Sections of a budget resolution, each with an unnumbered operative paragraph, where verbs do not
    /// inflect (the UN's Chinese A/RES/75/253, sections XVII and XXIV; source: the United Nations):
    /// "回顾…；" before "核可…。" is the section's preamble (its semicolon is the UN's slip, in English too:
    /// "Recalling …;"); "核可…细目如下：" over items is the operative paragraph. Text that goes on a list's
    /// sentence ("《国际法院规约》…", the Chinese of "as well as the integrity of the Statute …", section
    /// II) is no paragraph out of place though it opens with a bracket.
    @Test func sectionsWhoseVerbsDoNotInflect() throws {
        let text = """
        大会，

        二

        国际法院法官的养恤金计划

        1. 请秘书长编写一份报告，其中列出：

        (a) 对当前参与者适用既往福利的方案；

        (b) 每种备选办法相对于现行养恤金办法给本组织造成的预计费用估计数；

        《国际法院规约》和其他相关法律规定的完整性、国际法院的普遍性、独立和平等原则；

        十七

        国际贸易中心

        回顾其2020年12月31日关于与2021年拟议方案预算有关的问题的第75/252号决议，

        核可2021年拟议方案预算第13款(国际贸易中心)下2021年拟议资源20 641 500美元；

        二十四

        共同出资的安全和安保部毛额预算

        核可共同出资的秘书处安全和安保部2021年毛额预算153 908 400美元，细目如下：

        (a) 外地安保事务：138 264 000美元；

        (b) 安全和安保协调：15 644 400美元。

        """
        let (draft, found) = try Self.read(text, "zh")
        #expect(draft.preamble.count == 1)
        #expect(draft.operative.count == 3)
        #expect(draft.operative[2].children.count == 2)
        #expect(found == [])
    }

    /// A part's numeral of five letters ("XXIII") and a section title longer than a line or two (286
    /// characters in the English A/RES/75/253, 247 between paragraphs 12 and 13 of the Spanish
    /// A/RES/75/293; source: the United Nations) are headings, not paragraphs out of place.
    @Test func longSectionTitlesAndFiveLetterNumeralsAreHeadings() throws {
        let text = """
        The General Assembly,

        XXIII

        Revised estimates resulting from resolutions and decisions adopted by the Human Rights Council at its forty-third, forty-fourth and forty-fifth sessions and revised estimates resulting from decision OS/14/101, adopted at the organizational session for the fifteenth cycle of the Council

        Having considered the reports of the Secretary-General and the related reports of the Advisory Committee,

        1. Takes note of the reports of the Secretary-General;

        2. Endorses the conclusions and recommendations contained in the reports of the Advisory Committee;

        Financing of the support account for peacekeeping operations for the period from 1 July 2021 to 30 June 2022, and the related revised estimates of the resources for the support account for the period from 1 July 2020 to 30 June 2021

        3. Decides that the requirements for the support account shall be financed as follows:

        (a) The amount of 30,000,000 dollars from the balance of the support account;

        (b) The balance of 326,413,100 dollars to be prorated among the budgets of the active peacekeeping operations.

        """
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let draft = try #require(document.drafts.first)
        #expect(draft.preamble.count == 1)
        #expect(draft.operative.map { $0.label?.value } == [1, 2, 3])
        #expect(draft.stray.isEmpty)
        let found = try Fixtures.lint(text, lang: "en").diagnostics.filter { EnglishDraftBodyTests.bodyRules.contains($0.rule) }
        #expect(found.map(\.rule) == [])
    }
}

/// Found by `PropertyTests`: an item under a numbered provision that ends as a heading does ("1. The
/// fund" with no mark, under "3. Decides:") is the top of its chain; the parser does not look above it.
struct NumberedProvisionHeadingTests {
    @Test func anItemUnderAHeadingLikeProvisionIsNoCrash() throws {
        let text = "The General Assembly,\n\nRecalling its resolutions,\n\n3. Decides:\n\n1. The Working Capital Fund\n\n(a) Support to the Agreement\n\n(b) Good offices;\n\n4. Decides to remain seized of the matter.\n"
        let document = DocumentParser().parse(SourceFile(path: "x", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(document.drafts.first?.operative.count == 2)
    }
}
