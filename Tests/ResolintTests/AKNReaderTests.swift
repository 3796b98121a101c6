import Foundation
import Testing
@testable import Resolint

/// The AKN4UN reader (the United Nations' Akoma Ntoso markup of its resolutions): the model, the
/// renderings, the map back to the XML, and hostile input.
struct AKNReaderTests {
    static let samplePath = Fixtures.packageRoot.appendingPathComponent("Tests/ResolintTests/AKNFixtures/sample.xml").path

    static func sample() throws -> AKNDocument { try AKNReader.read(path: samplePath) }

    /// 1-based line of a byte offset of the XML file.
    static func line(_ document: AKNDocument, _ offset: Int) -> Int { document.source.position(of: offset).line }

    @Test func readsTheCoverPageAndPreface() throws {
        let d = try Self.sample()
        #expect(d.language == "en")
        #expect(d.cover.symbol?.text.plain == "A/RES/75/999")
        #expect(d.cover.organ?.text.plain == "General Assembly")
        #expect(d.cover.date?.text.plain == "21 December 2020")
        #expect(d.cover.session?.text.plain == "Seventy-fifth session")
        #expect(d.cover.sessionValue == "75")
        #expect(d.cover.agendaItem?.text.plain == "Agenda item 61")
        #expect(d.cover.agendaTitle?.text.plain == "Questions of small islands")
        #expect(d.cover.docTitle?.text.plain == "Resolution adopted by the General Assembly on 10 December 2020")
        #expect(d.cover.proponent?.text.plain == "[on the report of the Fourth Committee (A/75/420)]")
        #expect(d.statements.count == 1)
        #expect(d.statements[0].number?.text.plain == "75/999.")
        #expect(d.statements[0].title?.text.plain == "Question of small islands")
        #expect(Self.line(d, d.cover.symbol!.offset) == 14)
    }

    @Test func readsPreambleBodyFootnotesAndConclusions() throws {
        let d = try Self.sample()
        let s = d.statements[0]
        #expect(s.formula?.text.plain == "The General Assembly,")
        #expect(s.preambular.map(\.opening) == ["Having considered", "Taking note"])
        #expect(s.preambular.map(\.text.plain) == ["Having considered the question of small islands,",
                                                    "Taking note of the report of the Special Committee for 2020,"])
        let notes = s.preambular[1].text.footnotes
        #expect(notes.map(\.marker) == ["1"])
        #expect(notes.first?.text.plain == "Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 23 (A/75/23).")
        #expect(Self.line(d, notes[0].offset) == 35)
        #expect(s.body.map(\.kind) == [.heading, .operative, .item, .item, .item, .item, .operative])
        #expect(s.body.map { $0.num ?? "" } == ["", "1.", "(a)", "(i)", "(ii)", "(b)", "2."])
        #expect(s.body.map(\.depth) == [0, 0, 1, 2, 2, 1, 0])
        #expect(s.body[0].text.plain == "Cooperation")
        #expect(s.operative.map(\.opening) == ["Requests", "Decides"])
        // The predefined entity is read, and its text maps to the "&" that wrote it.
        #expect(s.operative[1].text.plain == "Decides to remain seized of the question of trade & development.")
        #expect(s.meeting?.text.plain == "41st plenary meeting")
        #expect(s.date?.text.plain == "10 December 2020")
    }

    @Test func rendersTheAuthoredLayout() throws {
        let text = try Self.sample().render(.authored).text
        let expected = """
            United Nations
            A/RES/75/999
            General Assembly
            Distr.: General
            21 December 2020
            Seventy-fifth session
            Agenda item 61
            Questions of small islands
            Resolution adopted by the General Assembly on 10 December 2020
            [on the report of the Fourth Committee (A/75/420)]

            75/999. Question of small islands

            The General Assembly,

            Having considered the question of small islands,

            Taking note of the report of the Special Committee for 2020,[^1]

            Cooperation

            1. Requests the administering Powers to provide information on:

            (a) the economic situation, including:

            (i) fisheries;

            (ii) tourism;

            (b) the social situation;

            2. Decides to remain seized of the question of trade & development.

            41st plenary meeting
            10 December 2020

            [^1]: Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 23 (A/75/23).

            """
        #expect(text == expected)
    }

    @Test func everyRenderedCharacterMapsBackToItsXMLPlace() throws {
        let d = try Self.sample()
        for layout in AKNTextLayout.allCases {
            let r = d.render(layout)
            let bytes = r.bytes
            for word in ["Decides", "tourism", "Taking note", "(ii)", "Official Records"] {
                let start = try #require(Self.find(Array(word.utf8), in: bytes), "\(word) in \(layout)")
                let xml = r.xmlRange(start..<(start + word.utf8.count), in: d.source)
                #expect(d.source.string(xml) == word, "\(word) in \(layout)")
            }
            // "&" comes from "&amp;": the rendered character maps to the reference.
            let amp = try #require(bytes.firstIndex(of: UInt8(ascii: "&")))
            let at = try #require(r.xmlOffset(amp))
            #expect(d.source.string(at..<(at + 5)) == "&amp;")
        }
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        return (0...(hay.count - needle.count)).first { hay[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test func pdftotextLayoutWrapsAndSetsFootnotesAtThePageBottom() throws {
        let text = try Self.sample().render(.pdftotext).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "A/RES/75/999")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("Special Committee for 2020, 1\n"))
        #expect(text.contains("__________________\n\n1 Official Records"))
        #expect(text.contains("2. Decides to remain seized"))
        // pdftotext ends every page with a form feed, the last one too: a one-page text reads as printed.
        #expect(text.hasSuffix("\u{0C}"))
        #expect(DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en"))).layout == .pdftotext)
        let report = try Fixtures.linter.lint(text: text, path: "sample.txt", language: "en")
        #expect(report.errors.isEmpty, "\(report.errors.map(\.message))")
    }

    /// A later reference to a note is a superscript number in the markup ("核可视察团的报告、结论和建议；
    /// <sup>7</sup>", the UN's Chinese A/RES/75/114; "народам<sup>4</sup>", Russian 75/115): a marker of
    /// the note printed before, in both layouts, with no second text. A superscript that names no note
    /// before it ("10 m<sup>3</sup>") is text.
    @Test func aSuperscriptNumberRefersToANotePrintedBefore() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "the social situation;", with: "the social situation;<sup>1</sup>")
            .replacingOccurrences(of: "trade &amp; development.", with: "trade &amp; development in 10 m<sup>3</sup>.")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let notes = d.statements.flatMap { s in (s.preamble + s.body).flatMap(\.text.footnotes) }
        #expect(notes.map(\.marker) == ["1", "1"])
        #expect(notes.map(\.repeats) == [false, true])
        let authored = d.render(.authored).text
        #expect(authored.contains("the social situation;[^1]"))
        #expect(authored.contains("10 m3."))
        #expect(authored.components(separatedBy: "[^1]:").count == 2)
        let printed = d.render(.pdftotext).text
        #expect(printed.components(separatedBy: "\n1 Official Records").count == 2)
        for text in [authored, printed] {
            let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
            #expect(parsed.footnoteScopes.flatMap(\.references).map(\.number) == [1, 1])
            let fidelity = AKNFidelity.compare(d, parsed)
            #expect(fidelity.footnotesAgree, "\(fidelity.disagreements)")
        }
    }

    /// A short paragraph's footnote number falls inside the head the fidelity compares, glued to the
    /// text as printed ("审查了秘书长的报告，1", the UN's Chinese 75/102; source: the United Nations): a
    /// marker the parse found is left out as the markup's note is, and the paragraph agrees.
    @Test func fidelityLeavesOutTheMarkersTheParseFound() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "</span> of the report of the Special Committee for 2020,<authorialNote", with: "</span> of it,<authorialNote")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let text = d.render(.pdftotext).text
        #expect(text.contains("Taking note of it, 1\n"))
        let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let fidelity = AKNFidelity.compare(d, parsed)
        #expect(fidelity.fullyAgrees, "\(fidelity.disagreements)")
        #expect(fidelity.agrees(at: "preambular 2"))
    }

    /// A version whose markup lost its session (the UN's French 75/186: an empty `<session>`): the error
    /// stands on ground read as marked up, the version's own slip where two others read their session.
    @Test func aSessionLostInTheMarkupIsTheVersionsOwnSlip() throws {
        func reading(_ xml: String) throws -> VersionStanding.Reading {
            let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
            let text = d.render(.authored).text
            let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
            let errors = try Fixtures.linter.lint(text: text, path: "x.txt", language: "en").errors
            return VersionStanding.Reading(fidelity: AKNFidelity.compare(d, parsed), errors: errors)
        }
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        let lost = try reading(xml.replacingOccurrences(of: #"value="75">Seventy-fifth session"#, with: ">"))
        let error = try #require(lost.errors.first { $0.rule == "header.session" })
        #expect(lost.fidelity.place(of: error) == "session")
        let clean = try reading(xml)
        #expect(clean.errors.isEmpty)
        #expect(VersionStanding(of: error, in: lost, others: [clean, clean]) == .ownSlip)
    }

    @Test func lintingXMLReportsAtTheXMLLine() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: "<num>(ii)</num>", with: "<num>(iii)</num>")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let report = try Fixtures.linter.lint(akn: d)
        let error = try #require(report.errors.first)
        #expect(report.errors.count == 1)
        #expect(error.rule == "subitem.lettering")
        #expect(error.start == SourcePosition(line: 58, column: 20))
        #expect(report.source.string(error.byteRange) == "(iii)")
        // A clean sample is clean.
        #expect(try Fixtures.linter.lint(akn: try Self.sample()).errors.isEmpty)
    }

    /// The UN's Arabic texts set a marker in superscript brackets, "<sup>(</sup><note/><sup>)</sup>"; the
    /// Arabic 75/125 and 75/157 mirror them, ")<note>(", as the page does not: read in the page's order.
    @Test func mirroredMarkerBracketsAreReadInThePagesOrder() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "2020,<authorialNote", with: "2020<sup>)</sup><authorialNote")
            .replacingOccurrences(of: "(A/75/23).</p></authorialNote></p>", with: "(A/75/23).</p></authorialNote><sup>(</sup>,</p>")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.render(.authored).text.contains("for 2020([^1]),"))
        #expect(try Fixtures.linter.lint(akn: d).errors.isEmpty)
    }

    /// A part issued apart: "<docNumber>75/245.</docNumber> <docTitle>…</docTitle> <docNumber>B</docNumber>
    /// <authorialNote marker="1">" (the UN's AKN of 75/245 B, six languages). The part letter's note is
    /// the first: its marker goes on the title, in both layouts, and the notes stay in order.
    @Test func aPartLettersNoteIsTheTitlesFirstMarker() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "marker=\"1\"", with: "marker=\"2\"")
            .replacingOccurrences(of: "<docTitle>Question of small islands</docTitle></p>",
                                  with: "<docTitle>Question of small islands</docTitle> <docNumber>B</docNumber><authorialNote marker=\"1\" placement=\"bottom\"><p>Resolution 75/999 A.</p></authorialNote></p>")
            .replacingOccurrences(of: ">A/RES/75/999</docNumber>", with: ">A/RES/75/999 B</docNumber>")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].title?.text.footnotes.map(\.marker) == ["1"])
        #expect(d.render(.authored).text.contains("75/999. Question of small islands[^1]\n"))
        for layout in AKNTextLayout.allCases {
            let text = d.render(layout).text
            let report = try Fixtures.linter.lint(text: text, path: "x.txt", language: "en")
            #expect(report.errors.isEmpty, "\(layout): \(report.errors.map(\.message))")
            let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
            #expect(parsed.footnoteScopes.flatMap { $0.references.map(\.number) } == [1, 2], "\(layout)")
        }
    }

    /// A label in the text whose gap is a space opening the next span ("\t189 -<span> تحث", the UN's
    /// Arabic AKN of 75/89) is a label as one before a tab is.
    @Test func aLabelBeforeASpanThatOpensWithASpace() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "<num>\t2.</num>\n        <content>\n          <p><span class=\"italic\">Decides", with: "<content>\n          <p>\t2.<span class=\"italic\"> Decides")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].operative.map(\.num) == ["1.", "2."])
        #expect(try Fixtures.linter.lint(akn: d).errors.isEmpty)
    }

    /// A label in the text that runs across spans ("\t8<span class="bold"> -\t</span>", the UN's Arabic
    /// AKN of A/RES/75/303), that ends at a space before a span ("\t12- <span>", Arabic 75/169), or that
    /// a direction mark follows ("6.\u{200E}\t", English 75/248; source: the United Nations) numbers
    /// its paragraph as a <num> does.
    @Test(arguments: ["\t2<span class=\"bold\">.\t</span><span class=\"italic\">", "\t2. <span class=\"italic\">",
                      "\t2.\u{200E}\t<span class=\"italic\">"])
    func aLabelInTheTextAcrossSpansOrBeforeASpace(head: String) throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "<num>\t2.</num>\n        <content>\n          <p><span class=\"italic\">", with: "<content>\n          <p>\(head)")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].operative.map(\.num) == ["1.", "2."])
        #expect(d.statements[0].operative[1].text.plain == "Decides to remain seized of the question of trade & development.")
        #expect(try Fixtures.linter.lint(akn: d).errors.isEmpty)
    }

    /// The Arabic labels as the UN's AKN writes them in the text (source: the United Nations): the dash
    /// in a span of its own ("\t27 <span class="italic">-\t</span>", A/RES/75/194), a space and no tab
    /// before the span ("\t19 - <span>", 75/15), the en dash ("\t2 –\t", 75/166). A figure that opens a
    /// text ("2254 (2015) ") is no label.
    @Test func arabicLabelsInTheText() throws {
        func read(_ runs: [String]) -> (String, String)? {
            var text = AKNInline()
            var offset = 0
            for r in runs {
                text.pieces.append(.text(XMLTextRun(text: r, offset: offset, verbatim: true)))
                offset += r.utf8.count + 20
            }
            return BlockList.leadingLabel(text).map { ($0.0, $0.2.plain) }
        }
        #expect(read(["\t27 ", "-\t", "تحث", " الدول الأطراف"])! == ("27 -", "تحث الدول الأطراف"))
        #expect(read(["\t19 - ", "تشجع", " الجهود"])! == ("19 -", "تشجع الجهود"))
        #expect(read(["\t12- ", "تؤكد", " أن الحق"])! == ("12-", "تؤكد أن الحق"))
        #expect(read(["\t2 –\t", "تحيط علما أيضا"])! == ("2 –", "تحيط علما أيضا"))
        #expect(read(["\t2254 (2015) ", "وإذ يشير"]) == nil)
    }

    /// The UN's Chinese AKN of 75/161 and 75/237 (source: the United Nations) puts one operative
    /// paragraph in a <preamble> between two <mainBody> elements, its number printed in its text
    /// ("<container><p>10.\t<span>期待</span>…"): it is that operative paragraph, numbered.
    @Test func aNumberedParagraphInALatePreambleKeepsItsNumber() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: "    </mainBody>\n", with: """
                </mainBody>
                <preamble>
                  <container name="Requests"><p>3.\t<span class="italic">Requests</span> the Secretary-General to report;</p></container>
                </preamble>
                <mainBody>
                  <paragraph><num>4.</num><content><p><span class="italic">Decides</span> to continue.</p></content></paragraph>
                </mainBody>

            """)
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].operative.map(\.num) == ["1.", "2.", "3.", "4."])
        #expect(d.statements[0].operative[2].text.plain == "Requests the Secretary-General to report;")
    }

    /// The UN's French AKN of S/RES/2584 (2021) (source: the United Nations) gives a paragraph's dashed
    /// items <num>–</num> at the top level, and the next operative paragraph as a <point> of the last
    /// one's list: the dashes are items, the point numbered "3." after paragraph 2 is paragraph 3.
    @Test func dashedParagraphsAreItemsAndANumberedPointIsTheNextParagraph() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "Decides</span> to remain seized of the question of trade &amp; development.",
                                  with: "Urges</span> the authorities to implement the following measures:")
            .replacingOccurrences(of: "    </mainBody>\n", with: """
                  <paragraph><num>–</num><content><p>\tAdopt a comprehensive strategy to protect civilians;</p></content></paragraph>
                  <paragraph>
                    <num>–</num>
                    <list>
                      <intro><p>\tDisarm all militias without delay;</p></intro>
                      <point><num>3.</num><content><p>\t<span class="italic">Decides</span> to remain seized of the matter.</p></content></point>
                    </list>
                  </paragraph>
                </mainBody>

            """)
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let body = d.statements[0].body.filter { $0.kind != .heading }
        #expect(body.map { "\($0.kind.rawValue) \($0.num ?? "") \($0.depth)" }.suffix(4)
                == ["operative 2. 0", "item – 1", "item – 1", "operative 3. 0"])
    }

    /// Text under an item that is a heading ("(a) Quick impact projects" / "To contribute …;", the UN's
    /// AKN of S/RES/2584 (2021), source: the United Nations), marked as unnumbered paragraphs of the
    /// body, is an item without a label under it, in the markup as in the parse of the rendered text.
    @Test func textUnderAHeadingItemIsAnUnlabelledItem() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: "    </mainBody>\n", with: """
                  <paragraph><num>3.</num><list><intro><p><span class="italic">Further authorizes</span> the Mission to assist in the following:</p></intro>
                    <point><num>(a)</num><content><p>\t<span class="italic">Quick impact projects</span></p></content></point></list></paragraph>
                  <paragraph><content><p>\tTo contribute to the creation of a secure environment for quick impact projects;</p></content></paragraph>
                  <paragraph><num>(b)</num><content><p>\t<span class="italic">Cooperation with Sanctions Committees</span></p></content></paragraph>
                  <paragraph><content><p>\tTo assist and exchange information with the Sanctions Committee;</p></content></paragraph>
                  <paragraph><content><p>\tTo assist the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee;</p></content></paragraph>
                  <paragraph><num>4.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph>
                </mainBody>

            """).replacingOccurrences(of: "trade &amp; development.", with: "trade &amp; development;")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].body.filter { $0.kind == .item }.map { "\($0.depth)\($0.num ?? "")" }.suffix(5) == ["1(a)", "2", "1(b)", "2", "2"])
        let text = d.render(.authored).text
        let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(AKNFidelity.compare(d, parsed).disagreements == [])
    }

    /// What the fidelity benchmark counts alike on both sides: text an operative paragraph quotes after
    /// its colon ("50. … to amend rule 1 … to read: / The General Assembly shall meet …", A/RES/75/325) is
    /// part of it, not an operative paragraph; a heading among the items ("(ii) …; / Urgent temporary
    /// measures: / (iii) …", the markup's <subheading> of the next point, S/RES/2605 (2021); source: the
    /// United Nations) is not an item.
    @Test func quotedTextAndListHeadingsAreNoParagraphsOfTheirOwn() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: "    </mainBody>\n", with: """
                  <paragraph><num>3.</num><content><p><span class="italic">Decides</span> to amend rule 1 of its rules of procedure to read:</p></content></paragraph>
                  <paragraph><content><p>\tThe General Assembly shall meet every year in regular session commencing on the Tuesday of the second week in September.</p></content></paragraph>
                  <paragraph><num>4.</num><list><intro><p><span class="italic">Authorizes</span> the Mission to carry out the following tasks:</p></intro>
                    <point><num>(a)</num><list><intro><p>\tSupport for national and local justice</p></intro>
                      <point><num>(i)</num><content><p>\tTo help reinforce the justice system;</p></content></point>
                      <point><subheading>Urgent temporary measures: </subheading><num>(ii)</num><content><p>\tTo adopt urgent temporary measures;</p></content></point>
                    </list></point></list></paragraph>
                  <paragraph><num>5.</num><content><p><span class="italic">Decides</span> to remain seized of the matter.</p></content></paragraph>
                </mainBody>

            """).replacingOccurrences(of: "trade &amp; development.", with: "trade &amp; development;")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let text = d.render(.authored).text
        let parsed = DocumentParser().parse(SourceFile(path: "x.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        #expect(AKNFidelity.compare(d, parsed).disagreements == [])
    }

    /// A number that lost its period and its <num>: "<p>\t10\t<span class="italic">Rappelle</span> que …"
    /// (the UN's French AKN of 75/197; "\t102 <span>" in the Russian 75/239, source: the United Nations)
    /// is the next operative paragraph, not text of the one before; operative.numbering reports its form
    /// there. A figure that is not the next number stays text.
    /// The gap a tab, a space, or a tab opening the span ("\t28<span class="italic">\tConstate", A/RES/75/291 F).
    @Test(arguments: ["\t2\t<span class=\"italic\">", "\t2 <span class=\"italic\">", "\t2<span class=\"italic\">\t"])
    func aBareNextNumberInTheTextNumbersTheParagraph(head: String) throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
            .replacingOccurrences(of: "<num>\t2.</num>\n        <content>\n          <p><span class=\"italic\">", with: "<content>\n          <p>\(head)")
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].operative.map(\.num) == ["1.", "2"])
        #expect(d.statements[0].operative[1].text.plain == "Decides to remain seized of the question of trade & development.")
        let report = try Fixtures.linter.lint(akn: d)
        #expect(report.errors.map(\.rule) == ["operative.numbering"])
        let other = try AKNReader.read(SourceFile(path: "sample.xml", text: xml.replacingOccurrences(of: "<p>\(head)", with: "<p>\t3\t<span class=\"italic\">")))
        #expect(other.statements[0].operative.map(\.num) == ["1."])
    }

    /// A section with its own preamble and one unnumbered paragraph ("<subheading>XV</subheading> …
    /// <crossHeading refersTo="#preamble">Recalling …</crossHeading> <paragraph><content><p>Decides to keep
    /// the question … under review …;", the UN's AKN of 75/253, source: the United Nations): that paragraph
    /// is operative, not text of a paragraph before it; a text after a numbered paragraph still is.
    @Test func aSectionsUnnumberedParagraphAfterItsPreambleIsOperative() throws {
        let section = """
            </mainBody>
            """
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: section, with: """
              <section>
              <subheading>\t\tXV</subheading>
              <subheading>\t\tGlobal service delivery model</subheading>
              <crossHeading refersTo="#preamble"><span class="italic">Recalling</span> its resolution 67/246,</crossHeading>
              <paragraph class="SingleTxt"><content><p>\t<span class="italic">Decides</span> to keep the question under review;</p></content></paragraph>
              <paragraph class="SingleTxt"><content><p>\tand to revert to it at its seventy-sixth session;</p></content></paragraph>
              </section>
            </mainBody>
            """)
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        let s = try #require(d.statements.first)
        #expect(s.operative.map { $0.num ?? "" } == ["1.", "2.", ""])
        #expect(s.operative.last?.text.plain == "Decides to keep the question under review;")
        #expect(s.body.last?.kind == .text)
    }

    /// A section whose only paragraph stands between its headings and the next section's ("C / Danger pay:
    /// review of level / Expresses appreciation …; / D", the UN's AKN of A/RES/75/245; source: the United
    /// Nations) keeps it operative though unnumbered, with the Arabic semicolon or its final mark lost too.
    @Test(arguments: ["for the valuable work done by the field staff;", "لمعرفة العمل القيم الذي يضطلع به؛",
                      String(repeating: "for the valuable work done under hazardous conditions by the staff ", count: 2) + "as from 1 January 2021"])
    func aSectionsOnlyParagraphBetweenHeadingsIsOperative(text: String) throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8).replacingOccurrences(of: "    </mainBody>\n", with: """
              <section>
              <subheading>\t\tC</subheading>
              <subheading>\t\tDanger pay: review of level</subheading>
              <paragraph class="SingleTxt"><content><p>\t<span class="italic">Expresses appreciation</span> \(text)</p></content></paragraph>
              </section>
              <section>
              <subheading>\t\tD</subheading>
              <paragraph class="SingleTxt"><num>1.</num><content><p><span class="italic">Recalls</span> paragraph 8 of the report.</p></content></paragraph>
              </section>
            </mainBody>

            """)
        let d = try AKNReader.read(SourceFile(path: "sample.xml", text: xml))
        #expect(d.statements[0].operative.map { $0.num ?? "" } == ["1.", "2.", "", "1."])
    }

    /// The UN's Chinese A/RES/75/274 declares its language "spa": the script decides. A Latin text declared
    /// Chinese is left to detection; a declared language in its own script stands.
    @Test func aDeclaredLanguageInAnotherScriptGivesWay() throws {
        let xml = try String(contentsOfFile: Self.samplePath, encoding: .utf8)
        func read(_ declared: String, chinese: Bool) throws -> String? {
            var text = xml.replacingOccurrences(of: "<FRBRlanguage language=\"eng\">", with: "<FRBRlanguage language=\"\(declared)\">")
            if chinese {
                text = text.replacingOccurrences(of: #"(?<=>)[^<>]*[A-Za-z][^<>]*(?=<)"#, with: "决定宣布每年3月10日为女法官国际日；", options: .regularExpression)
            }
            return try AKNReader.read(SourceFile(path: "x.xml", text: text)).language
        }
        #expect(try read("spa", chinese: true) == "zh")
        #expect(try read("zho", chinese: false) == nil)
        #expect(try read("fra", chinese: false) == "fr")
        #expect(try read("ar", chinese: false) == nil)
    }

    @Test(arguments: [
        ("<akomaNtoso><statement><p>unclosed</statement></akomaNtoso>", "mismatched tag"),
        ("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><akomaNtoso>&lol2;</akomaNtoso>", "DOCTYPE"),
        ("<akomaNtoso><statement>&xxe;</statement></akomaNtoso>", "undefined entity"),
        ("<akomaNtoso><statement>", "ends inside"),
        ("", "no root element"),
        ("<other/>", "not an AKN4UN document"),
        ("<akomaNtoso a='1' a='2'/>", "given twice"),
        ("<akomaNtoso><meta/></akomaNtoso>", "no <statement>"),
    ])
    func badInputGivesAOneLineError(xml: String, reason: String) {
        do {
            _ = try AKNReader.read(SourceFile(path: "bad.xml", text: xml))
            Issue.record("read without error: \(xml)")
        } catch {
            let message = "\(error)"
            #expect(message.contains(reason), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test func deepNestingIsBoundedNotACrash() {
        let depth = 100_000
        let xml = "<akomaNtoso>" + String(repeating: "<p>", count: depth) + String(repeating: "</p>", count: depth) + "</akomaNtoso>"
        #expect(throws: AKNReader.ReadError.self) { try AKNReader.read(SourceFile(path: "deep.xml", text: xml)) }
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func realResolutionsReadAsTheirMarkupCounts() throws {
        // United Nations markup: the six language versions of A/RES/75/118 and S/RES/2576 (2021).
        let files = ["English/75_118_E.xml", "French/75_118_F.xml", "Spanish/75_118_S.xml", "Russian/75_118_R.xml",
                     "Arabic/75_118_A.xml", "Chinese/75_118_C.xml"].map { "akn/ga/75session/" + $0 }
            + ["akn/sc/2021/English/SC_2576_2021-E.xml"]
        for file in files {
            let path = Fixtures.corpus.appendingPathComponent(file).path
            let raw = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
            func count(_ s: String) -> Int {
                let n = Array(s.utf8)
                return (0...(raw.count - n.count)).count { raw[$0] == n[0] && raw[$0..<($0 + n.count)].elementsEqual(n) }
            }
            let d = try AKNReader.read(path: path)
            let s = try #require(d.statements.first)
            #expect(s.preambular.count == count("<container "), "\(file)")
            // Arabic writes its labels in the text ("\t1 -\t"): those are counted as the reader reads them.
            let labels = count("<num>") + (file.contains("Arabic") ? count("\t1 -\t") + count(" -\t") - count("\t1 -\t") : 0)
            #expect(s.body.filter { $0.kind == .operative || $0.kind == .item }.count == labels, "\(file)")
            let notes = (s.preamble + s.body).flatMap(\.text.footnotes)
            #expect(notes.count == count("<authorialNote "), "\(file)")
            #expect(s.preambular.allSatisfy { $0.opening != nil }, "\(file)")
        }
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason))
    func realResolutionsLintWithDiagnosticsOnXMLLines() throws {
        // S/RES/2576 (2021), United Nations markup: paragraph 4's item (b) relabelled (c).
        let path = Fixtures.corpus.appendingPathComponent("akn/sc/2021/English/SC_2576_2021-E.xml").path
        // Split on the scalar: the file ends its lines with CRLF, one Character in Swift.
        var lines = try String(contentsOfFile: path, encoding: .utf8).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let at = try #require(lines.indices.dropLast().first { lines[$0].contains("<num>(b)</num>") && lines[$0 + 1].contains("para_18_list_point_b_content") })
        lines[at] = lines[at].replacingOccurrences(of: "(b)", with: "(c)")
        let report = try Fixtures.linter.lint(akn: try AKNReader.read(SourceFile(path: "2576.xml", text: lines.joined(separator: "\n"))))
        let lettering = report.of("subitem.lettering")
        #expect(lettering.contains { $0.start.line == at + 1 && $0.start.column == lines[at].firstIndex(of: "(")!.utf16Offset(in: lines[at]) + 1 },
                "\(lettering.map(\.start)) line \(at + 1)")
    }
}
