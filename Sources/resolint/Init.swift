import ArgumentParser
import Foundation
import Resolint

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented .resolint.yml in the current folder (never over an existing one)."
    )

    @Option(help: "Where to write it.")
    var output: String = Configuration.fileName

    func run() throws {
        do {
            try AtomicFileWriter.write(Configuration.starter, to: output, overwrite: false)
        } catch {
            fail("\(error)")
        }
        print("wrote \(output)")
    }
}
