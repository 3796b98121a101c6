/// A small well-formedness-checking XML reader that keeps the byte offset of every character.
///
/// Why not Foundation's XMLParser: diagnostics on an AKN file must point at the exact line and column
/// of the text they concern, but XMLParser reports one position per callback (where libxml2's
/// read-ahead happens to be, not where the text starts) and hands text over with entities already
/// replaced, so a character's place in the file cannot be recovered. This reader keeps each run of
/// character data with its offset. It also never reads a DOCTYPE at all, so no external entity is
/// resolved and no entity expands into another ("billion laughs"); nesting depth, file size and
/// element count are bounded, so hostile input ends in an `XMLSyntaxError`, never a crash.
public struct XMLTree: Sendable {
    public var root: XMLElement

    /// Limits that keep memory and recursion bounded on any input.
    public struct Limits: Sendable {
        public var maxDepth = 256
        public var maxBytes = 64 << 20
        public var maxElements = 2_000_000
        public init() {}
    }

    public init(source: SourceFile, limits: Limits = Limits()) throws(XMLSyntaxError) {
        var reader = XMLScanner(source: source, limits: limits)
        root = try reader.document()
    }
}

/// An element: its local name (prefix dropped), attributes, children and where its tag starts.
public struct XMLElement: Sendable {
    public var name: String
    public var attributes: [(name: String, value: String)]
    public var children: [XMLNode]
    /// Byte offset of the "<" of its start tag.
    public var offset: Int
    /// Byte offset just after its end tag (or after "/>").
    public var end: Int

    public func attribute(_ local: String) -> String? {
        attributes.first { $0.name == local || $0.name.hasSuffix(":" + local) }?.value
    }

    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    public func first(_ local: String) -> XMLElement? { elements.first { $0.name == local } }
}

public enum XMLNode: Sendable {
    case element(XMLElement)
    case text(XMLTextRun)
}

/// Character data as it reads, with the offset of its first byte in the file. `verbatim`: every byte
/// of `text` is the file's byte at the same distance (false for an entity or character reference,
/// whose whole text maps to the "&" that wrote it).
public struct XMLTextRun: Sendable {
    public var text: String
    public var offset: Int
    public var verbatim: Bool
}

/// Why a file is not XML this reader accepts, with the place where it stopped.
public struct XMLSyntaxError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(path):\(line):\(column): not well-formed XML: \(message)" }
}

struct XMLScanner {
    let source: SourceFile
    let b: [UInt8]
    let limits: XMLTree.Limits
    var i = 0
    var elementCount = 0

    init(source: SourceFile, limits: XMLTree.Limits) {
        self.source = source
        self.b = source.bytes
        self.limits = limits
    }

    func error(_ message: String, at offset: Int? = nil) -> XMLSyntaxError {
        let p = source.position(of: min(offset ?? i, b.count))
        return XMLSyntaxError(path: source.path, line: p.line, column: p.column, message: message)
    }

    mutating func document() throws(XMLSyntaxError) -> XMLElement {
        guard b.count <= limits.maxBytes else { throw error("file larger than \(limits.maxBytes >> 20) MB", at: 0) }
        // A byte-order mark the decoder kept.
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        var stack: [OpenElement] = []
        var root: OpenElement?
        while i < b.count {
            if b[i] == UInt8(ascii: "<") {
                if starts("<?") {
                    try skip(past: "?>", what: "processing instruction")
                } else if starts("<!--") {
                    try skip(past: "-->", what: "comment")
                } else if starts("<![CDATA[") {
                    guard !stack.isEmpty else { throw error("character data outside the root element") }
                    let start = i + 9
                    try skip(past: "]]>", what: "CDATA section")
                    let text = String(decoding: b[start..<(i - 3)], as: UTF8.self)
                    stack[stack.count - 1].children.append(.text(XMLTextRun(text: text, offset: start, verbatim: true)))
                } else if starts("<!") {
                    throw error("DOCTYPE and other declarations are refused (no entity is ever defined or expanded)")
                } else if starts("</") {
                    let at = i
                    i += 2
                    let name = readName()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ">") else { throw error("expected '>' to close </\(name)") }
                    i += 1
                    guard var element = stack.popLast() else { throw error("end tag </\(name)> without a start tag", at: at) }
                    guard element.qualifiedName == name else {
                        throw error("mismatched tag: </\(name)> closes <\(element.qualifiedName)>", at: at)
                    }
                    element.end = i
                    if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(.element(element.element)) }
                } else {
                    guard root == nil else { throw error("content after the root element") }
                    let (element, empty) = try startTag()
                    elementCount += 1
                    guard elementCount <= limits.maxElements else { throw error("more than \(limits.maxElements) elements") }
                    if empty {
                        var e = element
                        e.end = i
                        if stack.isEmpty { root = e } else { stack[stack.count - 1].children.append(.element(e.element)) }
                    } else {
                        guard stack.count < limits.maxDepth else { throw error("elements nested deeper than \(limits.maxDepth)") }
                        stack.append(element)
                    }
                }
            } else {
                let runs = try characterData()
                if stack.isEmpty {
                    guard runs.allSatisfy({ $0.text.utf8.allSatisfy(Self.isSpace) }) else {
                        throw error(root == nil ? "text before the root element" : "text after the root element")
                    }
                } else {
                    stack[stack.count - 1].children += runs.map(XMLNode.text)
                }
            }
        }
        if let open = stack.last { throw error("the file ends inside <\(open.qualifiedName)>") }
        guard let root else { throw error("no root element", at: 0) }
        return root.element
    }

    /// An element while its content is read; `qualifiedName` keeps the prefix for matching the end tag.
    struct OpenElement {
        var qualifiedName: String
        var element: XMLElement
        var children: [XMLNode] {
            get { element.children }
            set { element.children = newValue }
        }
        var end: Int {
            get { element.end }
            set { element.end = newValue }
        }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    static func isNameByte(_ c: UInt8) -> Bool {
        !(isSpace(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") || c == UInt8(ascii: "<")
          || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "&"))
    }

    func starts(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = literal.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    mutating func skip(past literal: StaticString, what: String) throws(XMLSyntaxError) {
        let at = i
        i += 2
        while i < b.count {
            if starts(literal) { i += literal.utf8CodeUnitCount; return }
            i += 1
        }
        throw error("unterminated \(what)", at: at)
    }

    mutating func skipSpace() { while i < b.count, Self.isSpace(b[i]) { i += 1 } }

    mutating func readName() -> String {
        let start = i
        while i < b.count, Self.isNameByte(b[i]) { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    static func localName(_ q: String) -> String {
        if let colon = q.lastIndex(of: ":") { return String(q[q.index(after: colon)...]) }
        return q
    }

    mutating func startTag() throws(XMLSyntaxError) -> (OpenElement, Bool) {
        let at = i
        i += 1
        let name = readName()
        guard !name.isEmpty else { throw error("'<' not followed by a name", at: at) }
        var attributes: [(name: String, value: String)] = []
        while true {
            let hadSpace = i < b.count && Self.isSpace(b[i])
            skipSpace()
            guard i < b.count else { throw error("the file ends inside the tag <\(name)", at: at) }
            if b[i] == UInt8(ascii: ">") { i += 1; break }
            if starts("/>") {
                i += 2
                let e = XMLElement(name: Self.localName(name), attributes: attributes, children: [], offset: at, end: i)
                return (OpenElement(qualifiedName: name, element: e), true)
            }
            guard hadSpace else { throw error("expected a space, '>' or '/>' in <\(name)") }
            let attribute = readName()
            guard !attribute.isEmpty else { throw error("unexpected character in <\(name)") }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "=") else { throw error("attribute \(attribute) without '='") }
            i += 1
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else {
                throw error("attribute \(attribute) value not in quotes")
            }
            let quote = b[i]
            i += 1
            var value = ""
            let start = i
            var last = i
            while i < b.count, b[i] != quote {
                if b[i] == UInt8(ascii: "<") { throw error("'<' in the value of attribute \(attribute)") }
                if b[i] == UInt8(ascii: "&") {
                    value += String(decoding: b[last..<i], as: UTF8.self)
                    value += try reference()
                    last = i
                } else {
                    i += 1
                }
            }
            guard i < b.count else { throw error("unterminated value of attribute \(attribute)", at: start) }
            value += String(decoding: b[last..<i], as: UTF8.self)
            i += 1
            if attributes.contains(where: { $0.name == attribute }) { throw error("attribute \(attribute) given twice in <\(name)>") }
            attributes.append((attribute, value))
        }
        let e = XMLElement(name: Self.localName(name), attributes: attributes, children: [], offset: at, end: i)
        return (OpenElement(qualifiedName: name, element: e), false)
    }

    /// Text up to the next "<", split where references stand.
    mutating func characterData() throws(XMLSyntaxError) -> [XMLTextRun] {
        var runs: [XMLTextRun] = []
        var start = i
        while i < b.count, b[i] != UInt8(ascii: "<") {
            if b[i] == UInt8(ascii: "&") {
                if start < i { runs.append(XMLTextRun(text: String(decoding: b[start..<i], as: UTF8.self), offset: start, verbatim: true)) }
                let at = i
                let text = try reference()
                runs.append(XMLTextRun(text: text, offset: at, verbatim: false))
                start = i
            } else {
                i += 1
            }
        }
        if start < i { runs.append(XMLTextRun(text: String(decoding: b[start..<i], as: UTF8.self), offset: start, verbatim: true)) }
        return runs
    }

    /// "&amp;" and the other four predefined entities, "&#38;" and "&#x26;"; anything else is refused.
    mutating func reference() throws(XMLSyntaxError) -> String {
        let at = i
        i += 1
        let start = i
        while i < b.count, b[i] != UInt8(ascii: ";"), i - start < 12 { i += 1 }
        guard i < b.count, b[i] == UInt8(ascii: ";") else { throw error("'&' that starts no reference (write &amp;)", at: at) }
        let name = String(decoding: b[start..<i], as: UTF8.self)
        i += 1
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            if name.hasPrefix("#") {
                let digits = name.dropFirst()
                let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
                if let value, value != 0, let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
                throw error("character reference &\(name); names no character", at: at)
            }
            throw error("undefined entity &\(name); (only the five predefined entities are read; external entities never are)", at: at)
        }
    }
}
