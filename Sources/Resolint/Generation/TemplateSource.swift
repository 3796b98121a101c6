import Foundation
import Mustache

/// Where the Mustache templates come from: the ones built into the binary (Templates/), or a folder
/// of the user's with the same layout: <lang>/<kind>.mustache, plus any partials beside them
/// (<lang>/header.mustache is `{{> header}}`).
public enum TemplateSource: Sendable {
    case builtIn
    case folder(String)

    /// Every template of one language, by name without extension, ready to render.
    func library(language: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        let files = try templates(language: language)
        let names = Set(files.map(\.name))
        var problems: [String] = []
        for file in files {
            problems += TemplateCheck.problems(in: file.text, partials: names).map { "\(file.path):\($0.line):\($0.column): template error: \($0.message)" }
        }
        if !problems.isEmpty { throw GenerationError(problems.joined(separator: "\n")) }
        for file in files {
            // Drafts are plain text: without this pragma Mustache would escape quotes and ampersands as HTML.
            // On a line of its own, which Mustache drops; parse errors are one line lower than in the file.
            do {
                library.register(try MustacheTemplate(string: Self.plainText + "\n" + file.text), named: file.name)
            } catch let error as MustacheTemplate.ParserError {
                let line = max(1, error.context.lineNumber - 1)
                throw GenerationError("\(file.path):\(line):\(error.context.columnNumber): template error: \(error.error)")
            }
        }
        return library
    }

    private static let plainText = "{{% CONTENT_TYPE: TEXT}}"

    /// The name the templates are known by in messages.
    func path(language: String, name: String) -> String {
        switch self {
        case .builtIn: "Templates/\(language)/\(name).mustache (built in)"
        case .folder(let folder): (folder as NSString).appendingPathComponent("\(language)/\(name).mustache")
        }
    }

    private struct TemplateFile { var name: String; var path: String; var text: String }

    private func templates(language: String) throws -> [TemplateFile] {
        switch self {
        case .builtIn:
            let prefix = "Templates/\(language)/"
            var files: [TemplateFile] = []
            for (path, text) in EmbeddedResources.files where path.hasPrefix(prefix) && path.hasSuffix(".mustache") {
                let name = String(path.dropFirst(prefix.count).dropLast(".mustache".count))
                if !name.contains("/") { files.append(TemplateFile(name: name, path: path, text: text)) }
            }
            return files.sorted { $0.name < $1.name }
        case .folder(let folder):
            let directory = (folder as NSString).appendingPathComponent(language)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw GenerationError("--templates: no folder \(folder)")
            }
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw GenerationError("--templates: no folder \(directory) for language '\(language)'")
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            var files: [TemplateFile] = []
            for name in names.sorted() where name.hasSuffix(".mustache") && !name.hasPrefix(".") {
                let path = (directory as NSString).appendingPathComponent(name)
                do {
                    files.append(TemplateFile(name: String(name.dropLast(".mustache".count)), path: path, text: try FileCollector.read(path)))
                } catch {
                    throw GenerationError("--templates: \(error)")
                }
            }
            return files
        }
    }
}
