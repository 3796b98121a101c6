/// An operative paragraph number that lost its period: "3 Calls upon all Member States …" (the UN's
/// AKN markup of resolution 75/68, paragraph 3). Only a number of one to three digits, one space and
/// an operative verb make one, so that a number that goes on a sentence ("21 Guidelines for the
/// Long-term Sustainability …", A/C.4/80/L.8) is none; the parser takes it as a label only where it
/// is the next number, and operative.numbering reports its form.
enum BareParagraphNumber {
    /// The number and the byte offset of the text after it, or nil.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary) -> (value: Int, length: Int, contentStart: Int)? {
        var i = 0, value = 0
        while i < bytes.count, i < 4, Bytes.isDigit(bytes[i]) { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i > 0, i <= 3, i + 1 < bytes.count, bytes[i] == 0x20, bytes[i + 1] != 0x20, !Bytes.isDigit(bytes[i + 1]) else { return nil }
        let rest = String(decoding: bytes[(i + 1)..<min(bytes.count, i + 1 + 64)], as: UTF8.self)
        // A script without case (Arabic "71 تقر بأن …", the UN's AKN of 75/89) has no capital to ask for.
        guard let first = rest.unicodeScalars.first, first.properties.isUppercase || !first.properties.isCased || vocabulary.lowercaseOpeners,
              vocabulary.opens(rest, as: .operative) else { return nil }
        return (value, i, i + 1)
    }

    static func read(_ text: String, vocabulary: Vocabulary) -> (value: Int, length: Int, contentStart: Int)? {
        var text = text
        return text.withUTF8 { read($0, vocabulary: vocabulary) }
    }
}
