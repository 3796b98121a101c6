import Foundation
import Testing
@testable import Resolint

/// A real MCP client, the `mcp` package from PyPI (in a virtual environment of its own), starts
/// `resolint mcp`, lists its tools and calls each on an issued draft from ../shared/corpus/en-drafts
/// (and the same draft with operative paragraph 2 numbered 3). Installing from PyPI needs the network,
/// so it runs in CI (CI=true) or with RESOLINT_E2E=1, as PreCommitTests.
struct McpClientTests {
    @Test(.enabled(if: PreCommitTests.enabled, "MCP client test: runs in CI, or locally with RESOLINT_E2E=1 (installs the mcp package from PyPI)"),
          .enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason),
          .timeLimit(.minutes(10)))
    func theMcpPackageCallsEveryTool() throws {
        let (name, original, slipped) = try #require(try NeovimClientTests.slippedDraft(), "no issued draft with operative paragraphs 1 and 2")
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let draft = work.appendingPathComponent(name), slippedFile = work.appendingPathComponent("slipped-" + name)
        try original.write(to: draft, atomically: false, encoding: .utf8)
        try slipped.write(to: slippedFile, atomically: false, encoding: .utf8)

        let venv = work.appendingPathComponent("venv").path
        let env = ["PIP_DISABLE_PIP_VERSION_CHECK": "1"]
        try Shell.require("python3", ["-m", "venv", venv])
        try Shell.require("\(venv)/bin/pip", ["install", "-q", "mcp"], env: env)
        let client = Fixtures.packageRoot.appendingPathComponent("Tests/ResolintTests/MCP/client.py").path
        let run = try Shell.run("\(venv)/bin/python", [client, CLI.binary.path, draft.path, slippedFile.path], env: env, in: work)
        #expect(run.status == 0, "\(run.stderr)")
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)\(run.stderr)")
        func call(_ key: String) -> (isError: Bool, text: String) {
            let o = seen[key] as? [String: Any] ?? [:]
            return (o["isError"] as? Bool ?? true, o["text"] as? String ?? "")
        }
        func json(_ text: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }

        #expect(seen["server"] as? String == "resolint")
        let tools = try #require(seen["tools"] as? [String: [String: Any]])
        #expect(Set(tools.keys) == ["lint", "fix", "new", "compare", "rules"])
        #expect(tools.values.allSatisfy { $0["type"] as? String == "object" && $0["properties"] is [String: Any] })
        #expect((tools["new"]?["required"] as? [String])?.contains("agenda-title") == true)

        // lint: the issued draft has no numbering slip; the slipped one has it, located on its label.
        func rules(_ report: String) -> [String] {
            ((json(report) as? [String: Any])?["files"] as? [[String: Any]])?.first
                .flatMap { $0["diagnostics"] as? [[String: Any]] }?.compactMap { $0["rule"] as? String } ?? []
        }
        let clean = call("lint_path"), flagged = call("lint_text")
        #expect(!clean.isError && !rules(clean.text).contains("operative.numbering"), "\(clean.text)")
        #expect(!flagged.isError && rules(flagged.text).contains("operative.numbering"), "\(flagged.text)")

        // fix: the slipped draft comes back as issued, with the one edit and a diff.
        let fix = call("fix")
        let fixed = try #require(json(fix.text) as? [String: Any], "\(fix.text)")
        #expect(fixed["text"] as? String == original)
        #expect((fixed["fixed"] as? [String: Int])?["operative.numbering"] == 1)
        #expect((fixed["edits"] as? [[String: Any]])?.first?["replacement"] as? String == "2")
        #expect((fixed["diff"] as? String)?.contains("+2.") == true)

        // new: a skeleton that resolint reads back as an English draft resolution with its title.
        let new = call("new")
        #expect(!new.isError && new.text.contains("Rights of the child") && new.text.contains("Brazil and Uruguay"), "\(new.text)")
        #expect(try Fixtures.lint(new.text).kind == .draftResolution)

        // rules: the catalogue, and one rule's page with its examples.
        #expect((json(call("rules").text) as? [Any])?.count == Fixtures.linter.rules.rules.count)
        #expect(call("rule").text.hasPrefix("operative.numbering") && call("rule").text.contains("Flagged ("))
        // A call without a draft is the tool's error, and the session went on to answer it.
        #expect(call("bad").isError && call("bad").text.contains("text or path"))
        // The issued draft against its copy with paragraph 2 numbered 3: the versions disagree there.
        #expect(!call("compare").isError && rules(call("compare").text).contains("compare.numbering"), "\(call("compare").text)")
    }
}
