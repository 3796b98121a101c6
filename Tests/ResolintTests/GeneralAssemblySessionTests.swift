import Foundation
import Testing
@testable import Resolint

/// The session read from a General Assembly symbol is the one its expression reads.
struct GeneralAssemblySessionTests {
    /// What the scalar reading replaced: the expression, and the first part of its match made of digits.
    static func byExpression(_ symbol: String) -> Int? {
        guard let r = symbol.range(of: #"^A/(?:RES/|C\.\d/|INF/)?(\d{1,3})/"#, options: .regularExpression) else { return nil }
        return symbol[r].split(separator: "/").first { !$0.isEmpty && $0.allSatisfy(\.isNumber) }.flatMap { Int($0) }
    }

    @Test func symbols() {
        let symbols = ["A/C.1/73/L.37", "A/RES/73/6", "A/77/384", "A/INF/78/4", "A/1/L.1", "A/100/2", "A/1000/2",
                       "A/C.1/L.37", "A/C.12/73/L.1", "A/C.١/73/L.1", "A/٧٣/1", "A/73", "A/73L/1", "A/RES/", "A/RES/ES-10/24",
                       "A/res/73/6", "S/RES/2446 (2018)", "A//73/", "AA/73/", " A/73/", "A/\u{301}73/", "A/7\u{301}3/",
                       "A/73/\u{338}", "A\u{301}/73/", "A/C.1\u{301}/73/", "A/RES/073/1", "A/C.1/C.2/73/", "", "A", "A/"]
        for symbol in symbols {
            #expect(GeneralAssembly.session(ofSymbol: symbol) == Self.byExpression(symbol), "\(symbol)")
        }
        #expect(GeneralAssembly.session(ofSymbol: "A/C.1/73/L.37") == 73)
    }
}
