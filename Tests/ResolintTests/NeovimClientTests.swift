import Foundation
import Testing
@testable import Resolint

/// A real editor as the client: Neovim, headless, starts `resolint lsp` on a copy of an issued draft
/// (../shared/corpus/en-drafts) whose operative paragraph 2 has been numbered 3, receives the
/// diagnostics, applies resolint's quick fix and writes the file, which is then the draft as issued.
/// Neovim comes from Debian's packages (`apt-get install neovim`, which .ci/run does); without it, or
/// without the corpus, the test is skipped and says why. In CI (CI=true) a missing Neovim fails.
struct NeovimClientTests {
    static let nvim: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .map { "\($0)/nvim" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The first issued draft, in name order, with at least two operative paragraphs numbered 1, 2 as
    /// resolint reads them, and its text with the second numbered 3.
    static func slippedDraft() throws -> (name: String, original: String, slipped: String)? {
        for path in Fixtures.corpusFiles("en-drafts") {
            let text = try Fixtures.corpusFile(path)
            guard try Fixtures.lint(text).of("operative.numbering").isEmpty else { continue }
            let document = DocumentParser().parse(SourceFile(path: path, text: text), language: Fixtures.linter.languages.profile("en")!)
            guard let draft = document.drafts.first, draft.operative.count >= 2, let label = draft.operative[1].label, label.value == 2 else { continue }
            let relabelled = label.raw.replacingOccurrences(of: "2", with: "3")
            let slipped = Fixer.apply([Edit(range: label.range, replacement: relabelled)], to: text)
            return ((path as NSString).lastPathComponent, text, slipped)
        }
        return nil
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Fixtures.noCorpusReason),
          .enabled(if: nvim != nil || inCI, "Neovim (nvim) is not installed: the real-client LSP test is skipped (apt-get install neovim; CI installs it)"),
          .timeLimit(.minutes(3)))
    func neovimReceivesDiagnosticsAndAppliesAQuickFix() throws {
        let nvim = try #require(Self.nvim, "CI=true but nvim is not on PATH: .ci/run installs it with apt-get")
        let (name, original, slipped) = try #require(try Self.slippedDraft(), "no issued draft with operative paragraphs 1 and 2")
        let work = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let draft = work.appendingPathComponent(name), result = work.appendingPathComponent("result.json")
        try slipped.write(to: draft, atomically: false, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: nvim)
        let config = Fixtures.packageRoot.appendingPathComponent("Tests/ResolintTests/Neovim/client.lua").path
        process.arguments = ["--headless", "-n", "-i", "NONE", "-u", config]
        var env = ProcessInfo.processInfo.environment
        env["RESOLINT_BIN"] = CLI.binary.path
        env["RESOLINT_DRAFT"] = draft.path
        env["RESOLINT_RESULT"] = result.path
        env["RESOLINT_RULE"] = "operative.numbering"
        env["XDG_STATE_HOME"] = work.path   // Neovim's LSP log goes here, not to the user's.
        env["XDG_CONFIG_HOME"] = work.path
        process.environment = env
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()

        let data = try Data(contentsOf: result)
        let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(seen["error"] == nil, "\(seen)")
        #expect(seen["waited"] as? Bool == true, "no diagnostics reached Neovim: \(seen)")
        let codes = (seen["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("operative.numbering"), "\(seen)")
        let actions = seen["actions"] as? [String] ?? []
        #expect(actions.contains { $0.contains("Fix all safe") }, "\(actions)")
        #expect((seen["applied"] as? String)?.contains("(safe fix)") == true, "\(seen)")
        #expect(seen["cleared"] as? Bool == true, "the finding stayed after Neovim sent the edit: \(seen)")
        // The quick fix, applied and written by Neovim, gives back the draft as issued.
        #expect(try String(contentsOf: draft, encoding: .utf8) == original)
    }
}
