import Foundation

/// An amendment document read into its instructions ("In operative paragraph 21, delete “…”.",
/// "After operative paragraph 70, insert the following operative paragraph:" and the paragraph), as
/// the General Assembly issues them: numbered "1.", "2." on lines of their own or a single
/// instruction, wrapped over lines, between the document's header and its footnotes and page debris.
public struct Amendment: Sendable {
    public struct Instruction: Sendable, CustomStringConvertible {
        /// Its place among the document's instructions, from 1.
        public var number: Int
        /// As written, its lines joined.
        public var text: String
        /// The paragraphs that follow an instruction to insert paragraphs.
        public var paragraphs: [String] = []
        public var description: String { "instruction \(number) (“\(text.count > 90 ? text.prefix(88) + "…" : text)”)" }
    }

    public var instructions: [Instruction] = []

    public static func read(_ text: String, language: LanguageProfile) -> Amendment {
        let starts = language.amendments?.starts ?? []
        let vocabulary = Vocabulary.shared(language)
        let joiner = language.lineJoiner
        let lines = text.components(separatedBy: .newlines).map { $0.trimmingCharacters(in: .whitespaces) }
        let symbol = lines.first { !$0.isEmpty }
        var out: [Instruction] = []
        var current: Instruction?
        // Lines after an instruction's colon are the new paragraphs.
        func takesParagraphs(_ i: Instruction) -> Bool { i.text.hasSuffix(":") }
        func complete(_ i: Instruction) -> Bool {
            takesParagraphs(i) ? i.paragraphs.last.map(endsParagraph) ?? false : i.text.hasSuffix(".")
        }
        func endsParagraph(_ s: String) -> Bool { s.last.map { ",;.:".contains($0) } ?? false }
        func close() { if let c = current { out.append(c) }; current = nil }
        for line in lines {
            if line.isEmpty || isDebris(line, symbol: symbol) {
                // The page's foot ends the instruction being read; the next page goes on with it.
                continue
            }
            if line.wholeMatch(of: /[0-9]+\./) != nil { close(); continue }
            let startsInstruction = starts.contains { line.hasPrefix($0) }
            if startsInstruction, current.map(complete) ?? true {
                close()
                current = Instruction(number: out.count + 1, text: line)
                continue
            }
            // After a whole instruction, a line that starts none is no part of it.
            guard var c = current, !complete(c) || takesParagraphs(c) else { continue }
            if takesParagraphs(c) {
                // A new paragraph opens where the last one ended with its mark and an opening word begins.
                if let last = c.paragraphs.last, !(endsParagraph(last) && (vocabulary.opens(line, as: .operative) || vocabulary.opens(line, as: .preamble))) {
                    c.paragraphs[c.paragraphs.count - 1] += joiner + line
                } else {
                    c.paragraphs.append(line)
                }
            } else {
                c.text += joiner + line
            }
            current = c
        }
        close()
        return Amendment(instructions: out)
    }

    /// What a page of an issued document carries besides its text: the sponsors' footnote, the job
    /// number, the bar code, the date stamp, the page's symbol line, a rule.
    static func isDebris(_ line: String, symbol: String?) -> Bool {
        line == symbol || line.hasPrefix("* ") || line.wholeMatch(of: /_{3,}|\*?[0-9]+\*?|[0-9]{2}-[0-9]{5}(?: \([A-Z]\))?|[0-9]+\/[0-9]+/) != nil
    }
}
