import Foundation
import Yams
import YAMLTree

// Usage: EmbedResourcesTool OUTPUT.swift PACKAGE_ROOT FILE...
// Writes `EmbeddedResources`: relative path → UTF-8 contents, kept as base64 (so that no escaping
// question can arise whatever the files hold) and decoded on use, one file or all; and `EmbeddedResources.snapshots`: each YAML
// file composed now, at build time (YAMLSnapshot), so that no run composes it again. A built-in YAML
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
    /// Path relative to the package root (e.g. "Rules/structure.yaml") → file contents, all decoded on
    /// first use. A lint reads the YAML from `snapshots` and needs no text but the language files'
    /// (`text(_:)`), so it does not decode the rest.
    public static let files: [String: String] = encoded.mapValues(decode)

    /// The contents of one file, decoded alone.
    public static func text(_ path: String) -> String? { encoded[path].map(decode) }

    /// The paths of all files, without decoding any.
    public static var paths: Dictionary<String, String>.Keys { encoded.keys }

    /// Path → file contents in base64.
    private static let encoded: [String: String] = [

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
    source += "        \(String(reflecting: relative)): \(String(reflecting: data.base64EncodedString())),\n"
    guard relative.hasSuffix(".yaml") else { continue }
    do {
        // As resolint composes a user's file (StrictYAML.compose): no tag resolved by regular expression.
        let root = try Yams.compose(yaml: String(decoding: data, as: UTF8.self), Resolver.basic, .default, .utf8)
        let bytes = YAMLSnapshot.encode(root.map(YAMLNode.init))
        snapshots += "        \(String(reflecting: relative)): \(String(reflecting: Data(bytes).base64EncodedString())),\n"
    } catch {
        FileHandle.standardError.write(Data("\(url.path): error: not valid YAML: \(error)\n".utf8))
        exit(1)
    }
}
source += """
    ]

    /// Path of each YAML file → its composed document (a YAMLSnapshot, in base64), decoded on use.
    static let snapshots: [String: String] = [

"""
source += snapshots
source += """
    ]

    /// The composed document of a built-in YAML file, as taken at build time.
    static func snapshot(_ path: String) -> [UInt8]? {
        snapshots[path].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
    }

    private static func decode(_ base64: String) -> String {
        String(decoding: Data(base64Encoded: base64) ?? Data(), as: UTF8.self)
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
