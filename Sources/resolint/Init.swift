import ArgumentParser
import Foundation
import Resolint

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .resolint.yml in the current folder (over an existing one only with --force)."
    )

    @Option(help: "Where to write it.")
    var output: String = Configuration.fileName

    @Flag(help: "Replace an existing file (atomically).")
    var force = false

    func run() throws {
        do {
            try AtomicFileWriter.write(Configuration.starter, to: output, overwrite: force)
        } catch {
            fail("\(error)")
        }
        print("wrote \(output)")
    }
}
