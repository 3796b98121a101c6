import Testing
@testable import Resolint

/// A slip of a real document itself, kept in a test with the text that proves it.
struct RealSlip: Sendable {
    var rule: String
    var line: Int
    var proof: String

    /// Each slip's line reads its proof (or the line before it, where a finding points at the next
    /// line of a wrapped text), and the errors are exactly the slips.
    static func expectOnly(_ slips: [RealSlip], among errors: [Diagnostic], in text: String, file: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = text.components(separatedBy: "\n")
        for slip in slips {
            #expect(lines[slip.line - 1].contains(slip.proof) || slip.line > 1 && lines[slip.line - 2].contains(slip.proof),
                    "\(file):\(slip.line) should read \(slip.proof)", sourceLocation: sourceLocation)
        }
        let found = errors.map { "\($0.rule)@\($0.start.line)" }.sorted()
        #expect(found == slips.map { "\($0.rule)@\($0.line)" }.sorted(),
                "\(errors.map { "\($0.start) \($0.rule): \($0.message)" })", sourceLocation: sourceLocation)
    }
}
