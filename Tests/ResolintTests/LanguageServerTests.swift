import Foundation
import Testing
@testable import Resolint

/// `resolint lsp` spoken to as an editor speaks to it: the server runs in this process, the test is
/// its client through pipes. The draft is Examples' Chinese draft (interleaved CJK, digits and
/// full-width punctuation), with a numbering slip where a slip is wanted.
struct LanguageServerTests {
    static let clean = try! Fixtures.example(Fixtures.zhDraft)
    /// Operative paragraph 4 numbered 5, the paragraphs after it following on.
    static let slipped = clean.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军").replacingOccurrences(of: " 5. 请政府", with: " 6. 请政府")
        .replacingOccurrences(of: " 6. 决定", with: " 7. 决定")

    static func uri(_ name: String = "draft.txt") -> (uri: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("resolint-lsp-\(UUID().uuidString)")
        return (directory.appendingPathComponent(name).absoluteString, directory)
    }

    /// Where a substring is, counted without the server's LineIndex: lines by "\n", columns in the
    /// encoding's units of the line's text before it.
    static func position(of needle: String, in text: String, encoding: PositionEncoding, after: Int = 0) -> JSONObject? {
        guard let r = text.range(of: needle) else { return nil }
        let before = text[..<r.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let lineText = before.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let prefix = lineText + String(needle.prefix(after))
        return ["line": line, "character": encoding == .utf8 ? prefix.utf8.count : prefix.utf16.count]
    }

    /// The text an LSP range covers, found the same independent way.
    static func text(in text: String, range: Any?, encoding: PositionEncoding) -> String? {
        guard let range = range as? JSONObject, let s = range["start"] as? JSONObject, let e = range["end"] as? JSONObject else { return nil }
        let lines = text.components(separatedBy: "\n")
        func index(_ p: JSONObject) -> String.Index? {
            guard let line = p["line"] as? Int, let ch = p["character"] as? Int, line < lines.count else { return nil }
            let start = text.utf8.index(text.startIndex, offsetBy: lines[..<line].map { $0.utf8.count + 1 }.reduce(0, +))
            return encoding == .utf8 ? text.utf8.index(start, offsetBy: ch) : text.utf16.index(start, offsetBy: ch)
        }
        guard let a = index(s), let b = index(e) else { return nil }
        return String(text[a..<b])
    }

    @Test func initializeNegotiatesThePositionEncoding() throws {
        let plain = try LSPSession()
        let caps16 = try plain.initialize()["capabilities"] as? JSONObject
        #expect(caps16?["positionEncoding"] as? String == "utf-16")
        #expect((caps16?["textDocumentSync"] as? JSONObject)?["change"] as? Int == 2, "incremental sync")
        #expect(((caps16?["codeActionProvider"] as? JSONObject)?["codeActionKinds"] as? [String])?.contains("source.fixAll.resolint") == true)
        #expect(try plain.shutdown() == 0)

        let utf8 = try LSPSession()
        let caps8 = try utf8.initialize(encodings: ["utf-8", "utf-16"])["capabilities"] as? JSONObject
        #expect(caps8?["positionEncoding"] as? String == "utf-8")
        #expect(try utf8.shutdown() == 0)
    }

    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func didOpenPublishesDiagnosticsWithRuleLinks(encoding: PositionEncoding) throws {
        let session = try LSPSession()
        try session.initialize(encodings: encoding == .utf8 ? ["utf-8"] : nil)
        let (uri, _) = Self.uri()
        session.open(uri, Self.slipped)
        let diagnostics = try session.diagnostics(uri, version: 1)
        let numbering = diagnostics.filter { $0["code"] as? String == "operative.numbering" }
        try #require(!numbering.isEmpty, "\(diagnostics)")
        let first = numbering[0]
        #expect(first["severity"] as? Int == 1)
        #expect(first["source"] as? String == "resolint")
        #expect((first["codeDescription"] as? JSONObject)?["href"] as? String == DiagnosticConversion.rulesPage + "#operativenumbering")
        // The range, read back in the negotiated units, covers the slipped label on its CJK line.
        let covered = try #require(Self.text(in: Self.slipped, range: first["range"], encoding: encoding))
        #expect(covered.contains("5"), "covered «\(covered)»")
        // The same finding as `resolint lint` reports.
        #expect(numbering.count == (try Fixtures.lint(Self.slipped).of("operative.numbering").count))
        #expect(try session.shutdown() == 0)
    }

    @Test(arguments: [PositionEncoding.utf16, .utf8])
    func incrementalChangesInChineseAndAstralText(encoding: PositionEncoding) throws {
        let session = try LSPSession()
        try session.initialize(encodings: encoding == .utf8 ? ["utf-8"] : nil)
        let (uri, _) = Self.uri()
        var expected = Self.clean
        session.open(uri, expected)
        #expect(try session.diagnostics(uri, version: 1).isEmpty)
        try #require(expected.components(separatedBy: "请裁军事务厅").count == 2)

        // v2: an astral CJK ideograph and an emoji flag (two UTF-16 surrogate pairs each) in a Chinese line.
        let insertAt = try #require(Self.position(of: "请裁军事务厅", in: expected, encoding: encoding, after: 3))
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2],
                                                  "contentChanges": [["range": ["start": insertAt, "end": insertAt], "text": "𠀀🇺🇳"]]])
        expected = expected.replacingOccurrences(of: "请裁军事务厅", with: "请裁军𠀀🇺🇳事务厅")

        // v3: two changes in one notification, after the astral text on the same line, then the label.
        let start = try #require(Self.position(of: "🇺🇳事务厅", in: expected, encoding: encoding, after: 1))
        let end = try #require(Self.position(of: "🇺🇳事务厅", in: expected, encoding: encoding, after: 4))
        let afterFirst = expected.replacingOccurrences(of: "🇺🇳事务厅", with: "🇺🇳事务部门")
        let label = try #require(Self.position(of: " 4. 请裁军", in: afterFirst, encoding: encoding, after: 1))
        let labelEnd = try #require(Self.position(of: " 4. 请裁军", in: afterFirst, encoding: encoding, after: 2))
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 3], "contentChanges": [
            ["range": ["start": start, "end": end], "text": "事务部门"],
            ["range": ["start": label, "end": labelEnd], "text": "5"],
        ]])
        expected = afterFirst.replacingOccurrences(of: " 4. 请裁军", with: " 5. 请裁军")

        let diagnostics = try session.diagnostics(uri, version: 3)
        #expect(session.server!.store[uri]?.text == expected)
        let numbering = try #require(diagnostics.first { $0["code"] as? String == "operative.numbering" }, "\(diagnostics)")
        // Located on the changed text, past the astral characters' lines.
        #expect(Self.text(in: expected, range: numbering["range"], encoding: encoding)?.contains("5") == true)

        // A whole-text change (no range) replaces everything.
        session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 4], "contentChanges": [["text": Self.clean]]])
        #expect(try session.diagnostics(uri, version: 4).isEmpty)
        #expect(session.server!.store[uri]?.text == Self.clean)
        #expect(try session.shutdown() == 0)
    }

    @Test func positionsInsideAndPastScalars() {
        let text = "a𠀀b\r\n第二行🇺🇳\n"
        let index = LineIndex(text)
        // 𠀀 is one scalar: 2 UTF-16 units, 4 UTF-8 bytes.
        #expect(index.offset(of: LSPPosition(line: 0, character: 3), encoding: .utf16) == 5)
        #expect(index.offset(of: LSPPosition(line: 0, character: 5), encoding: .utf8) == 5)
        // Half a surrogate pair means the scalar's start; past the line's end means its end.
        #expect(index.offset(of: LSPPosition(line: 0, character: 2), encoding: .utf16) == 1)
        #expect(index.offset(of: LSPPosition(line: 0, character: 99), encoding: .utf16) == 6)
        #expect(index.position(of: 8, encoding: .utf16) == LSPPosition(line: 1, character: 0))
        #expect(index.position(of: text.utf8.count - 1, encoding: .utf16) == LSPPosition(line: 1, character: 7))
        #expect(index.position(of: text.utf8.count - 1, encoding: .utf8) == LSPPosition(line: 1, character: 17))
        #expect(index.position(of: text.utf8.count, encoding: .utf16) == LSPPosition(line: 2, character: 0))
    }

    @Test func onlyTheLatestVersionIsPublished() throws {
        let session = try LSPSession(debounce: 1.0)
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.clean)
        _ = try session.diagnostics(uri, version: 1)
        for version in 2...4 {
            session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": version],
                                                      "contentChanges": [["text": version == 4 ? Self.slipped : Self.clean + String(repeating: "\n", count: version)]]])
        }
        let latest = try session.diagnostics(uri)
        #expect(!latest.isEmpty, "the diagnostics of version 4, the slipped draft")
        _ = try? session.waitFor("anything else", timeout: 0.5) { _ in false }
        #expect((try? session.waitFor("a stale publication", timeout: 0.1) { ($0["method"] as? String) == "textDocument/publishDiagnostics" }) == nil)
        #expect(try session.shutdown() == 0)
    }

    @Test func codeActionsOfferQuickFixesAndFixAll() throws {
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.slipped)
        let diagnostics = try session.diagnostics(uri, version: 1)
        let numbering = try #require(diagnostics.first { $0["code"] as? String == "operative.numbering" })

        let response = try session.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": numbering["range"]!,
                                                                        "context": ["diagnostics": [numbering]]])
        let actions = try #require(response["result"] as? [JSONObject], "\(response)")
        let quick = try #require(actions.first { $0["kind"] as? String == "quickfix" && ($0["title"] as? String)?.contains("operative.numbering") == true })
        #expect((quick["title"] as? String)?.contains("(safe fix)") == true)
        #expect(quick["isPreferred"] as? Bool == true)
        let edits = try #require(((quick["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject])
        let fixedOne = LSPSession.apply(edits, to: Self.slipped, encoding: .utf16)
        #expect(try Fixtures.lint(fixedOne).of("operative.numbering").count < Fixtures.lint(Self.slipped).of("operative.numbering").count)

        // source.fixAll.resolint alone when only source actions are asked for: as `resolint fix` does.
        let all = try session.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": numbering["range"]!,
                                                                   "context": ["diagnostics": [Any](), "only": ["source.fixAll"]]])
        let allActions = try #require(all["result"] as? [JSONObject])
        #expect(allActions.count == 1)
        let fixAll = try #require(allActions.first)
        #expect(fixAll["kind"] as? String == "source.fixAll.resolint")
        let allEdits = try #require(((fixAll["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject])
        let fixedAll = LSPSession.apply(allEdits, to: Self.slipped, encoding: .utf16)
        #expect(fixedAll == (try Fixer(linter: Fixtures.linter).fix(text: Self.slipped, path: "draft.txt", language: nil).text))
        #expect(try Fixtures.lint(fixedAll).of("operative.numbering").isEmpty)
        #expect(try session.shutdown() == 0)
    }

    @Test func unsafeFixesAreLabelledAndNotPreferred() throws {
        // The rule's own flagged example (↓ marks where the finding is).
        let rule = try #require(Fixtures.linter.rules.rule("footnote.numbering"))
        #expect(rule.common.fix == .unsafe)
        let text = try #require(rule.common.examples?.invalid?.first?.text).replacingOccurrences(of: "↓", with: "")
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, text)
        let diagnostic = try #require(try session.diagnostics(uri).first { $0["code"] as? String == "footnote.numbering" })
        let response = try session.request("textDocument/codeAction", ["textDocument": ["uri": uri], "range": diagnostic["range"]!,
                                                                        "context": ["diagnostics": [diagnostic]]])
        let actions = try #require(response["result"] as? [JSONObject])
        let quick = try #require(actions.first { ($0["title"] as? String)?.contains("footnote.numbering") == true })
        #expect((quick["title"] as? String)?.contains("unsafe") == true)
        #expect(quick["isPreferred"] as? Bool == false)
        // Fix-all applies safe fixes only: it leaves this finding.
        if let fixAll = actions.first(where: { $0["kind"] as? String == "source.fixAll.resolint" }),
           let edits = ((fixAll["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject] {
            #expect(try !Fixtures.lint(LSPSession.apply(edits, to: text, encoding: .utf16)).of("footnote.numbering").isEmpty)
        }
        #expect(try session.shutdown() == 0)
    }

    @Test func hoverShowsTheRulesDescriptionAndExamples() throws {
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.slipped)
        let numbering = try #require(try session.diagnostics(uri).first { $0["code"] as? String == "operative.numbering" })
        let start = try #require((numbering["range"] as? JSONObject)?["start"])
        let hover = try session.request("textDocument/hover", ["textDocument": ["uri": uri], "position": start])
        let value = try #require(((hover["result"] as? JSONObject)?["contents"] as? JSONObject)?["value"] as? String, "\(hover)")
        let rule = try #require(Fixtures.linter.rules.rule("operative.numbering"))
        #expect(value.contains("operative.numbering"))
        #expect(value.contains(RuleDocumentation.summary(rule.common.description)) || value.contains(rule.common.description.prefix(40)))
        #expect(value.contains("Flagged ("), "the rule's examples")
        #expect(value.contains(DiagnosticConversion.link("operative.numbering")))
        // Nowhere near a finding: no hover.
        let none = try session.request("textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]])
        #expect(none["result"] is NSNull)
        #expect(try session.shutdown() == 0)
    }

    @Test func documentSymbolsGiveTheOutline() throws {
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.clean)
        let response = try session.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        let symbols = try #require(response["result"] as? [JSONObject], "\(response)")
        func named(_ name: String, in list: [JSONObject]?) -> JSONObject? { list?.first { ($0["name"] as? String)?.hasPrefix(name) == true } }
        func children(_ s: JSONObject?) -> [JSONObject]? { s?["children"] as? [JSONObject] }
        let header = try #require(named("Header", in: symbols))
        #expect(named("Session", in: children(header)) != nil && named("Sponsors", in: children(header)) != nil)
        let draft = try #require(named("Draft resolution", in: symbols))
        // As `resolint parse` reads it: 14 preambular paragraphs, operative 1–6, items (a) (b) under 1 and 2.
        #expect(children(named("Preamble", in: children(draft)))?.count == 14)
        let operative = try #require(children(named("Operative paragraphs", in: children(draft))))
        #expect(operative.map { String(($0["name"] as? String ?? "").prefix(2)) } == ["1.", "2.", "3.", "4.", "5.", "6."])
        #expect(children(operative[0])?.map { String(($0["name"] as? String ?? "").prefix(3)) } == ["(a)", "(b)"])
        #expect((named("Closing clause", in: children(draft))?["detail"] as? String)?.hasPrefix("决定将题为") == true)
        #expect(children(named("Footnotes", in: symbols))?.count == 3)
        // Each selection lies inside its range (clients reject it otherwise).
        func check(_ s: JSONObject) {
            let r = s["range"] as! JSONObject, sel = s["selectionRange"] as! JSONObject
            func key(_ p: Any?) -> [Int] { let p = p as! JSONObject; return [p["line"] as! Int, p["character"] as! Int] }
            #expect(key(r["start"]).lexicographicallyPrecedes(key(sel["start"])) || key(r["start"]) == key(sel["start"]), "\(s["name"]!)")
            #expect(key(sel["end"]).lexicographicallyPrecedes(key(r["end"])) || key(sel["end"]) == key(r["end"]), "\(s["name"]!)")
            children(s)?.forEach(check)
        }
        symbols.forEach(check)
        #expect(try session.shutdown() == 0)
    }

    @Test func foldingRangesCoverBlocksAndParagraphsWithItems() throws {
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.clean)
        let response = try session.request("textDocument/foldingRange", ["textDocument": ["uri": uri]])
        let ranges = try #require(response["result"] as? [JSONObject])
        let lines = Self.clean.components(separatedBy: "\n")
        func line(_ prefix: String) -> Int? { lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) } }
        let spans = ranges.map { ($0["startLine"] as? Int ?? -1, $0["endLine"] as? Int ?? -1) }
        // Operative paragraph 1 with its items (a) and (b).
        let p1 = try #require(line("1. 促请会员国")), b = try #require(line("(b) 为执行"))
        #expect(spans.contains { $0.0 == p1 && $0.1 >= b }, "\(spans)")
        // The preamble, from its first paragraph.
        let preamble = try #require(line("回顾其"))
        #expect(spans.contains { $0.0 == preamble && $0.1 > preamble + 50 }, "\(spans)")
        #expect(try session.shutdown() == 0)
    }

    @Test func aBadRequestGetsAnErrorAndTheServerGoesOn() throws {
        let session = try LSPSession()
        // Before initialize: ServerNotInitialized.
        let early = try session.request("textDocument/hover", [:])
        #expect((early["error"] as? JSONObject)?["code"] as? Int == -32002)
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.slipped)
        _ = try session.diagnostics(uri)

        session.sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": ")
        let parse = try session.waitFor("a parse error") { ($0["error"] as? JSONObject)?["code"] as? Int == -32700 }
        #expect(parse["id"] is NSNull)
        let unknown = try session.request("textDocument/rename", ["textDocument": ["uri": uri]])
        #expect((unknown["error"] as? JSONObject)?["code"] as? Int == -32601)
        let notOpen = try session.request("textDocument/codeAction", ["textDocument": ["uri": "file:///nowhere.txt"],
                                                                       "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]]])
        #expect((notOpen["error"] as? JSONObject)?["code"] as? Int == -32602)
        let noRange = try session.request("textDocument/codeAction", ["textDocument": ["uri": uri]])
        #expect((noRange["error"] as? JSONObject)?["code"] as? Int == -32602)
        // A change to a document never opened is logged, not fatal.
        session.notify("textDocument/didChange", ["textDocument": ["uri": "file:///nowhere.txt", "version": 2], "contentChanges": [["text": "x"]]])
        _ = try session.waitFor("a logged error") { $0["method"] as? String == "window/logMessage" }

        // Still serving.
        let symbols = try session.request("textDocument/documentSymbol", ["textDocument": ["uri": uri]])
        #expect((symbols["result"] as? [JSONObject])?.isEmpty == false)
        #expect(try session.shutdown() == 0)
    }

    @Test func shutdownThenExit() throws {
        let session = try LSPSession()
        try session.initialize()
        let response = try session.request("shutdown", [:])
        #expect(response["result"] is NSNull && response["error"] == nil)
        let after = try session.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///x.txt"]])
        #expect((after["error"] as? JSONObject)?["code"] as? Int == -32600)
        session.notify("exit", [:])
        #expect(session.waitForExit() == 0)

        // Exit without shutdown: status 1, as the protocol asks.
        let abrupt = try LSPSession()
        try abrupt.initialize()
        abrupt.notify("exit", [:])
        #expect(abrupt.waitForExit() == 1)
    }

    @Test func theNearestConfigurationAppliesAndIsReadAgain() throws {
        let (uri, directory) = Self.uri()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent(".resolint.yml")
        try "rules:\n  operative.numbering: off\n".write(to: config, atomically: false, encoding: .utf8)

        let session = try LSPSession()
        try session.initialize(watchFiles: true)
        // The server asks to be told of changes to any .resolint.yml.
        let registration = try session.waitFor("registerCapability") { $0["method"] as? String == "client/registerCapability" }
        #expect("\(registration)".contains(".resolint.yml"))
        session.open(uri, Self.slipped)
        #expect(try session.diagnostics(uri, version: 1).allSatisfy { $0["code"] as? String != "operative.numbering" })

        try "rules:\n  operative.numbering: warning\n".write(to: config, atomically: false, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": config.absoluteString, "type": 2]]])
        let warned = try session.diagnostics(uri).filter { $0["code"] as? String == "operative.numbering" }
        #expect(!warned.isEmpty && warned.allSatisfy { $0["severity"] as? Int == 2 })

        // Saving the configuration in the editor is enough too.
        try "rules:\n  operative.numbering: off\n".write(to: config, atomically: false, encoding: .utf8)
        session.notify("textDocument/didSave", ["textDocument": ["uri": config.absoluteString]])
        #expect(try session.diagnostics(uri).allSatisfy { $0["code"] as? String != "operative.numbering" })
        #expect(try session.shutdown() == 0)
    }

    @Test func executeCommandSendsTheSafeFixesAsApplyEdit() throws {
        let session = try LSPSession()
        try session.initialize()
        let (uri, _) = Self.uri()
        session.open(uri, Self.slipped)
        _ = try session.diagnostics(uri)
        let response = try session.request("workspace/executeCommand", ["command": "resolint.fixAll", "arguments": [uri]])
        #expect(response["error"] == nil, "\(response)")
        let apply = try session.waitFor("workspace/applyEdit") { $0["method"] as? String == "workspace/applyEdit" }
        let edits = try #require((((apply["params"] as? JSONObject)?["edit"] as? JSONObject)?["changes"] as? JSONObject)?[uri] as? [JSONObject])
        #expect(LSPSession.apply(edits, to: Self.slipped, encoding: .utf16) == Self.clean)
        let unknown = try session.request("workspace/executeCommand", ["command": "resolint.nothing", "arguments": [uri]])
        #expect((unknown["error"] as? JSONObject)?["code"] as? Int == -32602)
        #expect(try session.shutdown() == 0)
    }

    /// The binary's `resolint lsp` speaks the protocol on standard input and output and exits 0 after
    /// shutdown and exit.
    @Test func theCommandServesStandardInputAndOutput() throws {
        func frame(_ o: JSONObject) throws -> Data {
            let body = try JSONSerialization.data(withJSONObject: o)
            return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        }
        let (uri, _) = Self.uri()
        var input = Data()
        for m: JSONObject in [
            ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:] as JSONObject]],
            ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": Self.slipped]]],
            ["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
             "params": ["textDocument": ["uri": uri], "position": ["line": 0, "character": 0]]],
            ["jsonrpc": "2.0", "id": 3, "method": "shutdown"], ["jsonrpc": "2.0", "method": "exit"],
        ] { input += try frame(m) }
        let r = try CLI.run(["lsp"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Content-Length: "))
        #expect(r.stdout.contains("\"positionEncoding\":\"utf-16\""), "\(r.stdout.prefix(400))")
        #expect(r.stdout.contains("\"id\":3"))
    }
}
