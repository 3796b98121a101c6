import ArgumentParser
import Foundation
import Resolint

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the rule catalogue, or one rule with its description and examples.",
        discussion: "The catalogue is read from the same YAML that lint runs: the built-in Rules/*.yaml, and your own rules from the nearest .resolint.yml (rule-files), --config and --rules. Columns: rule id, check kind, severity, fix (safe: resolint fix applies it; unsafe: with --unsafe), summary."
    )

    @Argument(help: "A rule id, such as operative.numbering.")
    var id: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Use this configuration file instead of the nearest .resolint.yml.")
    var config: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML file of your own rules to list too; repeatable.", valueName: "file"))
    var ruleFiles: [String] = []

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        var catalog: RuleCatalog
        do {
            // The rules lint would run here: built-in, the configuration's files, then --rules.
            var base = try Linter.standard()
            for file in ruleFiles { try base.rules.add(try RuleLoader.load(try FileCollector.read(file), path: file)) }
            let resolver = try ConfigurationResolver(base: base, configPath: config)
            catalog = try resolver.linter(for: try resolver.configuration(for: FileManager.default.currentDirectoryPath)).rules
        } catch { fail("\(error)") }
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
