import Foundation

/// Writes edits of `w:t` text into the bytes of the XML part that holds them, by byte ranges: only
/// the characters an edit replaces change (escaped for XML), and the element's start tag gains
/// `xml:space="preserve"` when the new text begins or ends with white space Word would otherwise
/// drop. Every other byte of the part stays as it was: the tree is never written out again.
enum DocxRunEditor {
    struct Failure: Error {
        var reason: String
    }

    /// `raw`: byte replacements in the part as XMLTree read it (a numbering repair's attribute value), made alongside.
    static func apply(_ edits: [DocxEditMapper.TextEdit], sources: [DocxTextSource], to part: Data, raw: [(range: Range<Int>, bytes: [UInt8])] = []) throws(Failure) -> Data {
        var bytes = [UInt8](part)
        // XMLTree read the part without its byte-order mark, from text decoded as UTF-8: its offsets
        // are these bytes' only when the decoding kept every byte.
        let shift = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard Array(String(decoding: bytes[shift...], as: UTF8.self).utf8) == Array(bytes[shift...]) else {
            throw Failure(reason: "the part is not valid UTF-8")
        }
        var replacements: [(range: Range<Int>, bytes: [UInt8])] = raw.map { (($0.range.lowerBound + shift)..<($0.range.upperBound + shift), $0.bytes) }
        guard replacements.allSatisfy({ $0.range.upperBound <= bytes.count }) else { throw Failure(reason: "the part changed under the fix") }
        for (source, group) in Dictionary(grouping: edits, by: \.source) {
            let s = sources[source]
            let starts = try scalarOffsets(s, bytes, shift)
            var text = Array(s.runs.map(\.text).joined().unicodeScalars)
            for edit in group.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                guard edit.range.upperBound <= text.count else { throw Failure(reason: "the runs changed under the fix") }
                text.replaceSubrange(edit.range, with: Array(edit.replacement.unicodeScalars))
                replacements.append((starts[edit.range.lowerBound]..<starts[edit.range.upperBound], Array(escape(edit.replacement).utf8)))
            }
            let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r"]
            if let head = text.first, let tail = text.last, spaces.contains(head) || spaces.contains(tail) {
                let tag = try startTag(s, bytes, shift)
                if !String(decoding: bytes[tag], as: UTF8.self).contains("xml:space") {
                    let close = tag.upperBound - 1
                    replacements.append((close..<close, Array(" xml:space=\"preserve\"".utf8)))
                }
            }
        }
        for r in replacements.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            bytes.replaceSubrange(r.range, with: r.bytes)
        }
        return Data(bytes)
    }

    /// The byte offset of each character of the element's text, and of its end: a reference
    /// ("&amp;", "&#x2019;") is one character over all its bytes.
    static func scalarOffsets(_ s: DocxTextSource, _ bytes: [UInt8], _ shift: Int) throws(Failure) -> [Int] {
        var offsets: [Int] = []
        for (k, run) in s.runs.enumerated() {
            let start = run.offset + shift
            if run.verbatim {
                // Character data inside CDATA would need no escaping: Word never writes it, resolint does not edit it.
                guard start < 9 || Array(bytes[(start - 9)..<start]) != Array("<![CDATA[".utf8) else {
                    throw Failure(reason: "the text is a CDATA section")
                }
                var at = start
                for scalar in run.text.unicodeScalars {
                    offsets.append(at)
                    at += String(scalar).utf8.count
                }
            } else {
                offsets += Array(repeating: start, count: run.text.unicodeScalars.count)
            }
            if k == s.runs.count - 1 {
                // The end: the first "<" after the last run (the end tag, a comment).
                var end = start
                while end < s.element.upperBound + shift, bytes[end] != UInt8(ascii: "<") { end += 1 }
                offsets.append(end)
            }
        }
        guard offsets.count == s.length + 1 else { throw Failure(reason: "the runs changed under the fix") }
        return offsets
    }

    /// The bytes of the element's start tag, "<w:t …>".
    static func startTag(_ s: DocxTextSource, _ bytes: [UInt8], _ shift: Int) throws(Failure) -> Range<Int> {
        var i = s.element.lowerBound + shift
        var quote: UInt8?
        while i < s.element.upperBound + shift {
            let c = bytes[i]
            if let q = quote { if c == q { quote = nil } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") {
                return (s.element.lowerBound + shift)..<(i + 1)
            }
            i += 1
        }
        throw Failure(reason: "the runs changed under the fix")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
