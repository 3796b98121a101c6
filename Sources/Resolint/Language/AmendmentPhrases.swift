/// How a language's amendment documents word their instructions (`amendments` in
/// Rules/languages/*.yaml): regular expressions, each over one instruction with its lines joined.
public struct AmendmentPhrases: Codable, Sendable {
    /// The words an instruction begins with ("In ", "Delete ", "After ").
    public var starts: [String]
    /// An operative paragraph named by its number(s): group `numbers`.
    public var operative: String
    /// A preambular paragraph named by its ordinal word: group `ordinal`.
    public var preambular: String
    /// Group `target`.
    public var deleteParagraphs: [String]
    /// Groups `target`, `old`.
    public var deleteWords: [String]
    /// Groups `target`, `old`, `new`.
    public var replaceWords: [String]
    /// Groups `target`, `new`, and `old`: the words the new ones follow.
    public var insertWords: [String]
    /// Group `target`; the new paragraphs follow the instruction.
    public var insertParagraphs: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case starts, operative, preambular
        case deleteParagraphs = "delete-paragraphs", deleteWords = "delete-words", replaceWords = "replace-words"
        case insertWords = "insert-words", insertParagraphs = "insert-paragraphs"
    }
}
