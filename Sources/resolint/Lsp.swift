import ArgumentParser
import Foundation
import Resolint

/// `resolint lsp`: the language server (Sources/Resolint/Server), on standard input and output.
struct Lsp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server for editors (Language Server Protocol 3.17, on standard input/output).",
        discussion: """
            An editor starts `resolint lsp` and talks to it through its standard input and output; you do not run it by hand. It lints each draft as you type (diagnostics with the rule id and a link to the rule), offers a quick fix for each fixable finding (safe or unsafe, labelled) and "fix all safe" (source.fixAll.resolint, as `resolint fix`), shows a rule's description and examples on hover, and gives the draft's outline (document symbols) and folding ranges. The nearest .resolint.yml applies, and is read again when you save it.

            Neovim 0.8 or later, in init.lua (code actions: vim.lsp.buf.code_action(); outline: vim.lsp.buf.document_symbol()):
              vim.api.nvim_create_autocmd("FileType", {
                pattern = { "text", "markdown" },
                callback = function(args)
                  vim.lsp.start({ name = "resolint", cmd = { "resolint", "lsp" },
                                  root_dir = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })
                end,
              })
            Neovim 0.7 (Debian 12) has no vim.lsp.start: use vim.lsp.start_client with the same cmd, then vim.lsp.buf_attach_client(0, id).

            VS Code: install a generic LSP client extension (for example "Generic LSP Client (v2)", or write a few lines with vscode-languageclient), with the command `resolint lsp` for plaintext and markdown files.

            Helix, in languages.toml: [language-server.resolint] command = "resolint", args = ["lsp"], and language-servers = ["resolint"] for the text language.

            A crash while linting one document does not end the session: the server runs in a child process, which is started again with the open documents; a document that crashes it twice is set aside (one diagnostic says so) until it is reopened.

            Logging goes to the client (window/logMessage); nothing but protocol messages is written to standard output.
            """
    )

    @Option(help: ArgumentHelp("Milliseconds to wait after a change before linting again (the latest version wins).", valueName: "ms"))
    var debounce: Int = 150

    @Flag(name: .customLong("log-timings"), help: "Report how long each linting took to the client's log (window/logMessage), for measuring latency.")
    var logTimings = false

    @Flag(name: .customLong("in-process"), help: "Serve in this process alone. By default a parent process passes the messages to the server in a child process and starts a new child if linting a document crashes it; this is what the child runs.")
    var inProcess = false

    func validate() throws {
        if debounce < 0 { throw ValidationError("--debounce takes milliseconds, 0 or more") }
    }

    func run() throws {
        // A client that goes away mid-write is an error to handle, not a signal that ends the process.
        signal(SIGPIPE, SIG_IGN)
        if !inProcess, let executable = Bundle.main.executableURL {
            var arguments = ["lsp", "--in-process", "--debounce", String(debounce)]
            if logTimings { arguments.append("--log-timings") }
            let supervisor = LanguageServerSupervisor(input: .standardInput, output: .standardOutput, executable: executable, arguments: arguments)
            throw ExitCode(supervisor.run())
        }
        let server: LanguageServer
        do {
            server = try LanguageServer(base: try Linter.standard(), input: .standardInput, output: .standardOutput,
                                        debounce: Double(debounce) / 1000)
        } catch {
            FileHandle.standardError.write(Data("resolint lsp: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if logTimings {
            server.onLinted = { [server] uri, version, seconds in
                server.logMessage(String(format: "resolint: linted %@ version %d in %.3f ms", uri, version, seconds * 1000), type: 4)
            }
        }
        throw ExitCode(server.run())
    }
}
