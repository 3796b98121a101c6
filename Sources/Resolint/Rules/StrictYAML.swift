import Foundation
import Yams
import YAMLTree

/// A problem in a YAML file the user gave us (rules, config, language data), located precisely.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let line: Int
    public let column: Int
    public let message: String

    /// Further mistakes found in the same pass, in file order: all are reported at once.
    public var more: [ConfigurationError] = []

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path; self.line = line; self.column = column; self.message = message
    }

    /// One error for several, the first in file order leading.
    public static func all(_ errors: [ConfigurationError]) -> ConfigurationError? {
        let sorted = errors.flatMap { [$0.alone] + $0.more }.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
        guard var first = sorted.first else { return nil }
        first.more = Array(sorted.dropFirst())
        return first
    }

    private var alone: ConfigurationError { var e = self; e.more = []; return e }

    /// One line per mistake.
    public var description: String {
        ([self.alone] + more).map { "\($0.path):\($0.line):\($0.column): \($0.message)" }.joined(separator: "\n")
    }
}

/// YAML decoding that refuses what it does not understand: unknown keys are errors naming file, line
/// and column (Vale's strictness), and nothing goes through `Yams.load`, which aborts the process on a
/// non-string mapping key.
enum StrictYAML {
    static func compose(_ text: String, path: String) throws -> YAMLNode? {
        do {
            // The encoding is given: its default reads the whole process environment on every call.
            // No tag is resolved by regular expression (the default resolver runs seven per scalar, even
            // Yams' decoder one, for merge keys): scalars are read by type when decoded, and NodeDecoder
            // recognises a plain "<<" key itself. EmbedResourcesTool composes the built-in files the same way.
            return try Yams.compose(yaml: text, Resolver.basic, .default, .utf8).map(YAMLNode.init)
        } catch let error as YamlError {
            throw locate(error, path: path)
        } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }

    /// A built-in YAML file (Rules/…), as composed at build time.
    static func builtIn(_ path: String) throws -> YAMLNode? {
        guard let bytes = EmbeddedResources.snapshot(path) else {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "no such built-in file")
        }
        do {
            return try YAMLSnapshot.decode(bytes)
        } catch {
            throw ConfigurationError(path: path, line: 1, column: 1, message: "\(error)")
        }
    }

    /// Decodes `node` as `T`, then checks that every key written in the file is one `T` knows.
    static func decode<T: Codable>(_ type: T.Type, from node: YAMLNode, path: String, what: String) throws -> T {
        let value = try decodeLeniently(T.self, from: node, path: path, what: what)
        try rejectUnknownKeys(written: node, known: [encoded(value)].compactMap { $0 }, path: path, what: what)
        return value
    }

    /// As `decode`, but every mistake is found in one pass: a value that does not decode is reported
    /// and set aside, and decoding starts again without it, so that a user fixes a file in one go.
    /// Returns what decodes with the faulty values left out, and the mistakes.
    static func decodeCollecting<T: Codable>(_ type: T.Type, from node: YAMLNode, path: String, what: String) throws -> (T, [ConfigurationError]) {
        var tree = node
        var errors: [ConfigurationError] = []
        // Each round sets one value aside; a file has far fewer mistakes than this.
        for _ in 0..<64 {
            do {
                let value = try NodeDecoder.decode(T.self, from: tree)
                collectUnknownKeys(written: tree, known: [encoded(value)].compactMap { $0 }, path: path, what: what, into: &errors)
                return (value, errors)
            } catch let error as DecodingError {
                errors.append(describe(error, root: tree, path: path, what: what))
                guard let pruned = tree.removing(Self.codingPath(of: error)) else { break }
                tree = pruned
            } catch let error as YamlError {
                errors.append(locate(error, path: path))
                break
            }
        }
        throw ConfigurationError.all(errors)!
    }

    static func codingPath(of error: DecodingError) -> [CodingKey] {
        switch error {
        case let .keyNotFound(_, c), let .typeMismatch(_, c), let .valueNotFound(_, c), let .dataCorrupted(c): return c.codingPath
        @unknown default: return []
        }
    }

    /// Decodes without looking for unknown keys (the caller checks them against several types).
    static func decodeLeniently<T: Decodable>(_ type: T.Type, from node: YAMLNode, path: String, what: String) throws -> T {
        do {
            return try NodeDecoder.decode(T.self, from: node)
        } catch let error as DecodingError {
            throw describe(error, root: node, path: path, what: what)
        } catch let error as YamlError {
            throw locate(error, path: path)
        }
    }

    /// The keys a value understands: the shape it encodes to, without writing and re-reading YAML.
    static func encoded<T: Encodable>(_ value: T) -> KeyTree? {
        KeyCollector.keys(of: value)
    }

    /// `rejectUnknownKeys`, collecting every unknown key instead of stopping at the first.
    static func collectUnknownKeys(written: YAMLNode, known: [KeyTree], path: String, what: String, into errors: inout [ConfigurationError]) {
        switch written.content {
        case let .mapping(w):
            let maps = known.compactMap { node -> [String: KeyTree]? in if case let .mapping(m) = node { return m } else { return nil } }
            guard !maps.isEmpty else { return }
            for pair in w {
                guard let name = pair.key.string else {
                    errors.append(error(at: pair.key, path: path, "\(what): a key must be a plain string")); continue
                }
                let knownValues = maps.compactMap { $0[name] }
                if !knownValues.isEmpty {
                    collectUnknownKeys(written: pair.value, known: knownValues, path: path, what: what, into: &errors)
                } else if !pair.value.isNull {
                    errors.append(error(at: pair.key, path: path, "\(what): unknown key '\(name)'"))
                }
            }
        case let .sequence(w):
            let seqs = known.compactMap { node -> [KeyTree]? in if case let .sequence(s) = node { return s } else { return nil } }
            for (i, item) in w.enumerated() {
                collectUnknownKeys(written: item, known: seqs.compactMap { i < $0.count ? $0[i] : nil }, path: path, what: what, into: &errors)
            }
        default:
            break
        }
    }

    /// The keys of `written` that appear in none of the re-encoded values were not understood: all
    /// of them are reported, in file order.
    static func rejectUnknownKeys(written: YAMLNode, known: [KeyTree], path: String, what: String) throws {
        var errors: [ConfigurationError] = []
        collectUnknownKeys(written: written, known: known, path: path, what: what, into: &errors)
        if let error = ConfigurationError.all(errors) { throw error }
    }

    static func error(at node: YAMLNode, path: String, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node.line, column: node.column, message: message)
    }

    private static func describe(_ error: DecodingError, root: YAMLNode, path: String, what: String) -> ConfigurationError {
        let (codingPath, problem): ([CodingKey], String)
        switch error {
        case let .keyNotFound(key, context):
            (codingPath, problem) = (context.codingPath, "missing required key '\(key.stringValue)'")
        case let .typeMismatch(type, context):
            (codingPath, problem) = (context.codingPath, "expected \(typeName(type)) for '\(dotted(context.codingPath))'")
        case let .valueNotFound(type, context):
            (codingPath, problem) = (context.codingPath, "expected \(typeName(type)) for '\(dotted(context.codingPath))'")
        case let .dataCorrupted(context):
            (codingPath, problem) = (context.codingPath, context.debugDescription.isEmpty
                ? "invalid value for '\(dotted(context.codingPath))'" : context.debugDescription)
        @unknown default:
            (codingPath, problem) = ([], "\(error)")
        }
        var node = root
        for key in codingPath {
            if let index = key.intValue, let items = node.sequence, index < items.count {
                node = items[index]
            } else if let next = node[key.stringValue] {
                node = next
            } else {
                break
            }
        }
        return self.error(at: node, path: path, "\(what): \(problem)")
    }

    private static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "true or false"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") || name.contains("Sequence") { return "a list" }
            if name.hasPrefix("Dictionary") || name.contains("Mapping") { return "a mapping" }
            return name
        }
    }

    static func locate(_ error: YamlError, path: String) -> ConfigurationError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ConfigurationError(path: path, line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
        default:
            return ConfigurationError(path: path, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
    }
}
