import Foundation

/// What rules of several kinds read from one document, read once and shared: the body paragraphs in
/// file order (every paragraph rule), the citation lists (both citation rules), each draft's
/// closing clause (four template rules and the session rule) and its internal references (the
/// reference rules). Each reading cost as much as the rule
/// that asked for it, and was made again for every rule.
///
/// One lives in each CheckContext, which the linter makes once per document and whose document cannot
/// change, so nothing read goes stale. A document is linted by one thread; the lock is there because
/// a context is Sendable.
final class DocumentReadings: @unchecked Sendable {
    private let lock = NSLock()
    private var paragraphs: [Paragraph]?
    private var citations: [CitationList]?
    private var closings: [ClosingClause?]?
    private var references: [InternalReferences.Found]?

    func allParagraphs(_ document: Document) -> [Paragraph] {
        memo(\.paragraphs) { document.allParagraphs }
    }

    /// The citation lists of every body paragraph, in file order.
    func citationLists(_ document: Document) -> [CitationList] {
        memo(\.citations) {
            let reader = CitationReader(language: document.language)
            return allParagraphs(document).flatMap { reader.lists(in: $0.content) }
        }
    }

    /// The closing clause of each draft, by the draft's index in `document.drafts`.
    func closingClauses(_ document: Document) -> [ClosingClause?] {
        memo(\.closings) { document.drafts.map { ClosingClause.find(in: $0, language: document.language) } }
    }

    /// The references of each draft to its own paragraphs and items (both reference rules), by the
    /// draft's index in `document.drafts`.
    func internalReferences(_ document: Document) -> [InternalReferences.Found] {
        memo(\.references) { document.drafts.map { InternalReferences.find(in: $0, language: document.language) } }
    }

    /// The stored reading, or `read`'s, stored. `read` runs outside the lock: it may ask for another.
    private func memo<T>(_ slot: ReferenceWritableKeyPath<DocumentReadings, T?>, _ read: () -> T) -> T {
        if let value = lock.withLock({ self[keyPath: slot] }) { return value }
        let value = read()
        lock.withLock { self[keyPath: slot] = value }
        return value
    }
}
