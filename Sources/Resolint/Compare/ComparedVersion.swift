import Foundation

/// One language version of a text, read into the document model as `lint` reads it (an AKN4UN file
/// is rendered as authored text and parsed), with the way back from the parsed text to the file the
/// user named, so that a disagreement is reported where the user sees it.
public struct ComparedVersion: Sendable {
    public var path: String
    public var document: Document
    /// The file as the user named it: the XML of an AKN4UN file, the text otherwise.
    public var file: SourceFile
    /// Set for an AKN4UN file: ranges of the parsed text map back to the XML through it.
    var rendered: RenderedText?
    /// Set for an AKN4UN file: the markup, whose structure is compared (it states what the text
    /// only shows: which paragraph is which, where each footnote is referred to).
    var markup: AKNDocument?

    public var language: String { document.language.code }

    /// Reads `path`; `language` forces a language code (detected otherwise, or the markup's own).
    public static func read(path: String, languages: LanguageCatalog, language code: String? = nil) throws -> ComparedVersion {
        if Linter.isAKN(path) {
            let akn = try AKNReader.read(path: path)
            let rendered = akn.render(.authored)
            var version = try make(path: path, text: rendered.text, languages: languages, code: code ?? akn.language, file: akn.source, rendered: rendered)
            version.markup = akn
            return version
        }
        let text = try FileCollector.read(path)
        return try make(path: path, text: text, languages: languages, code: code, file: nil, rendered: nil)
    }

    /// Reads several versions at once, on all cores; each path's result in order.
    public static func read(paths: [String], languages: LanguageCatalog) -> [Result<ComparedVersion, Error>] {
        let results = Locked<[Result<ComparedVersion, Error>?]>(Array(repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            let r = Result { try read(path: paths[k], languages: languages) }
            results.withLock { $0[k] = r }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// A version given as text (a rule example, a test, an editor's buffer).
    public static func text(_ text: String, path: String, languages: LanguageCatalog, language code: String? = nil) throws -> ComparedVersion {
        try make(path: path, text: text, languages: languages, code: code, file: nil, rendered: nil)
    }

    private static func make(path: String, text: String, languages: LanguageCatalog, code: String?,
                             file: SourceFile?, rendered: RenderedText?) throws -> ComparedVersion {
        let source = SourceFile(path: path, text: text)
        guard let language = code.flatMap(languages.profile) ?? languages.detect(text) ?? languages.all.first else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "no language data available")
        }
        let document = DocumentParser().parse(source, language: language)
        return ComparedVersion(path: path, document: document, file: file ?? source, rendered: rendered)
    }

    /// A range of the parsed text as a range of the user's file.
    func fileRange(_ range: ByteRange) -> ByteRange {
        guard let rendered else { return range }
        return rendered.xmlRange(range, in: file)
    }
}
