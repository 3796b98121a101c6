import Testing
@testable import Resolint

/// The fidelity benchmark's classification of an error against the other language versions of its
/// resolution: an own slip needs two other versions that read the place alike without the error.
struct VersionStandingTests {
    /// An operative paragraph that ends with a comma where a semicolon is due.
    static let text = """
    The General Assembly,

    Recalling its resolution 73/27 of 5 December 2018,

    1. Requests the Secretary-General to report to it,

    2. Decides to include in the provisional agenda of its eightieth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.

    """

    /// The error, and the parse's range of the paragraph it lies in.
    static func slip() throws -> (error: Diagnostic, paragraph: ByteRange) {
        let report = try Fixtures.lint(text, lang: "en")
        let error = try #require(report.diagnostics.first { $0.rule == "operative.terminator" })
        let document = DocumentParser().parse(SourceFile(path: "draft.txt", text: text), language: try #require(Fixtures.linter.languages.profile("en")))
        let paragraph = try #require(document.drafts.first?.operative.first).range
        return (error, paragraph)
    }

    static func reading(agreeing place: String?, at range: ByteRange, errors: [Diagnostic] = []) -> VersionStanding.Reading {
        var fidelity = AKNFidelity()
        if let place { fidelity.agree(range, at: place) }
        return VersionStanding.Reading(fidelity: fidelity, errors: errors)
    }

    @Test func eachStanding() throws {
        let (error, paragraph) = try Self.slip()
        let own = Self.reading(agreeing: "operative 1", at: paragraph, errors: [error])
        let clean = Self.reading(agreeing: "operative 1", at: 0..<5)
        let elsewhere = Self.reading(agreeing: "operative 2", at: 0..<5)
        let sharing = Self.reading(agreeing: "operative 1", at: paragraph, errors: [error])

        #expect(VersionStanding(of: error, in: own, others: [clean, clean]) == .ownSlip)
        // Only one other version reads the paragraph alike: nothing to compare with.
        #expect(VersionStanding(of: error, in: own, others: [clean, elsewhere]) == .unconfirmed)
        // Another version read alike has the same error at the same place.
        #expect(VersionStanding(of: error, in: own, others: [clean, clean, sharing]) == .shared)
        // The paragraph is not read as the markup has it.
        #expect(VersionStanding(of: error, in: Self.reading(agreeing: nil, at: paragraph, errors: [error]), others: [clean, clean]) == .misread)
    }
}

/// The fidelity benchmark pairs the markup's paragraphs with the parse's by their beginnings, in order:
/// one boundary read otherwise costs the paragraphs around it, not every paragraph after it.
struct FidelityPairingTests {
    @Test func aSplitParagraphLeavesTheOthersPaired() {
        // The parse splits the markup's second paragraph in two ("b1", "b2").
        let pairs = AKNFidelity.pairs(["a", "b", "c", "d"], ["a", "b1", "b2", "c", "d"])
        #expect(pairs == [0, nil, 3, 4])
        #expect(AKNFidelity.nearest(1, pairs, 5) == 1)
    }

    @Test func twoParagraphsReadAsOneLeaveTheOthersPaired() {
        let pairs = AKNFidelity.pairs(["a", "b", "c", "d"], ["a", "c", "d"])
        #expect(pairs == [0, nil, 1, 2])
        // Beginnings that repeat are paired in order.
        #expect(AKNFidelity.pairs(["x", "x", "y"], ["x", "y"]) == [0, nil, 1])
        #expect(AKNFidelity.pairs([], ["a"]).isEmpty)
        #expect(AKNFidelity.pairs(["a"], []) == [nil])
    }
}
