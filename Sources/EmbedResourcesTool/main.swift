import Foundation
import Yams
import YAMLTree

// Usage: EmbedResourcesTool OUTPUT.swift PACKAGE_ROOT FILE...
// Writes `EmbeddedResources`: relative path → UTF-8 contents, as string literals (escaped by
// `String(reflecting:)`, so whatever the files hold the literal is that text), which a run reads in
// place without decoding anything; and `EmbeddedResources.snapshots`: each YAML file composed now, at
// build time (YAMLSnapshot, whose bytes are UTF-8, so a string literal too), so that no run composes it
// again. A built-in YAML
// file that does not compose fails the build, naming file, line and column.
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedResourcesTool OUTPUT ROOT FILE...\n".utf8))
    exit(2)
}
let output = URL(fileURLWithPath: arguments[1])
let root = URL(fileURLWithPath: arguments[2]).standardizedFileURL.path
var source = """
// Generated at build time by EmbedResourcesTool from Rules/ and Templates/. Do not edit.
import Foundation

public enum EmbeddedResources {
    /// Path relative to the package root (e.g. "Rules/structure.yaml") → file contents. A lint reads
    /// the YAML from `snapshots` and needs no text but the language files' (`text(_:)`). (The files were
    /// kept in base64 and decoded on use: 3 M instructions of linting one draft.)
    public static var files: [String: String] { texts }

    /// The contents of one file.
    public static func text(_ path: String) -> String? { texts[path] }

    /// The paths of all files.
    public static var paths: Dictionary<String, String>.Keys { texts.keys }

    /// Path → file contents (string literals: nothing is decoded at run time).
    private static let texts: [String: String] = [

"""
var snapshots = ""
for path in arguments.dropFirst(3).sorted() {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    guard let data = FileManager.default.contents(atPath: url.path) else {
        FileHandle.standardError.write(Data("EmbedResourcesTool: cannot read \(path)\n".utf8))
        exit(1)
    }
    var relative = url.path
    if relative.hasPrefix(root + "/") { relative.removeFirst(root.count + 1) }
    let text = String(decoding: data, as: UTF8.self)
    source += "        \(String(reflecting: relative)): \(String(reflecting: text)),\n"
    guard relative.hasSuffix(".yaml") else { continue }
    do {
        // As resolint composes a user's file (StrictYAML.compose): no tag resolved by regular expression.
        let root = try Yams.compose(yaml: String(decoding: data, as: UTF8.self), Resolver.basic, .default, .utf8)
        let bytes = YAMLSnapshot.encode(root.map(YAMLNode.init))
        let snapshot = String(decoding: bytes, as: UTF8.self)
        guard snapshot.utf8.elementsEqual(bytes) else {
            FileHandle.standardError.write(Data("EmbedResourcesTool: the snapshot of \(path) is not UTF-8\n".utf8))
            exit(1)
        }
        snapshots += "        \(String(reflecting: relative)): \(String(reflecting: snapshot)),\n"
    } catch {
        FileHandle.standardError.write(Data("\(url.path): error: not valid YAML: \(error)\n".utf8))
        exit(1)
    }
}
source += """
    ]

    /// Path of each YAML file → its composed document (a YAMLSnapshot, whose bytes are UTF-8).
    static let snapshots: [String: String] = [

"""
source += snapshots
source += """
    ]

    /// The composed document of a built-in YAML file, as taken at build time.
    static func snapshot(_ path: String) -> [UInt8]? {
        snapshots[path].map { Array($0.utf8) }
    }
}

"""
// Written beside the output and renamed, so the build never sees half a file. (Foundation's own
// `.atomic` on Linux leaves an empty folder in /tmp at every write.)
do {
    let partial = output.appendingPathExtension("partial")
    try Data(source.utf8).write(to: partial)
    guard rename(partial.path, output.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
} catch {
    FileHandle.standardError.write(Data("EmbedResourcesTool: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
