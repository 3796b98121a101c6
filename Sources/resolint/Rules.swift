import ArgumentParser
import Foundation
import Resolint

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rule catalogue, or one rule with its description and examples.",
        discussion: "The catalogue is read from the same YAML that lint runs (Rules/*.yaml, built into the binary)."
    )

    @Argument(help: "A rule id, such as operative.numbering.")
    var id: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let catalog: RuleCatalog
        do { catalog = try RuleCatalog.builtIn() } catch { fail("\(error)") }
        var rules = catalog.rules
        if let id {
            guard let rule = catalog.rule(id) else {
                let near = catalog.rules.map(\.id).filter { $0.hasPrefix(id.split(separator: ".").first.map(String.init) ?? id) }
                fail("no rule '\(id)'" + (near.isEmpty ? "; `resolint rules` lists them all" : "; did you mean \(near.joined(separator: ", "))?"))
            }
            rules = [rule]
        }
        switch format {
        case .json:
            print(RuleDocumentation.json(rules))
        case .text:
            print(id == nil ? RuleDocumentation.table(rules) : RuleDocumentation.page(rules[0]), terminator: "")
        }
    }
}
