/// `kind: structure` — the order of the parts of a draft.
///   opening: the organ's formula opens the body, once, before the first preambular paragraph;
///   order: no unnumbered paragraph after operative paragraph 1;
///   operative: a draft resolution has at least one operative paragraph;
///   item-parent: an item stands under a paragraph that introduces a list;
///   content: the file holds a draft at all (an empty file is reported as empty, nothing else);
///   draft: a note by the Secretariat or the Chair is said to be one (no draft rule runs on it).
public struct StructureCheck: Check {
    public static let kind = "structure"
    public var require: String

    public func validate(_ common: RuleCommon) throws {
        guard ["opening", "order", "operative", "item-parent", "content", "draft"].contains(require) else {
            throw RuleError("unknown structure requirement '\(require)'; use opening, order, operative, item-parent, content or draft")
        }
    }

    public func run(_ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        if require == "draft" {
            guard context.document.kind == .note, let line = context.document.header.noteLine else { return [] }
            return [Finding(range: line.range, ["found": line.string])]
        }
        if require == "content" {
            // At the end of the first line: where the draft's first word would stand.
            let bytes = context.document.source.bytes
            let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.count
            return context.document.kind == .empty ? [Finding(range: end..<end)] : []
        }
        let language = context.language
        let expected = language.openings.first { $0.organ == context.document.organ.rawValue }?.text
            ?? language.openings.first?.text ?? ""
        for draft in context.document.drafts {
            switch require {
            case "opening":
                guard let opening = draft.opening else {
                    let at = (draft.preamble.first ?? draft.operative.first)?.range.lowerBound ?? draft.range.lowerBound
                    out.append(Finding(range: at..<(at + 1), ["found": "", "expected": expected]))
                    continue
                }
                // The organ's name as the language writes it, whatever its comma (a comma of the wrong
                // width is text.punctuation-width's); otherwise the formula is misspelt.
                let written = opening.string.trimmingCharacters(in: .whitespaces)
                var name = Substring(written)
                if let last = name.last, last == "," || last == "，" || String(last) == language.terminators.comma { name = name.dropLast() }
                if !language.openings.contains(where: { name == $0.text.dropLast() }) {
                    out.append(Finding(range: opening.range, ["found": written, "expected": expected]))
                    continue
                }
                for p in draft.beforeOpening {
                    out.append(Finding(range: start(p), ["found": String(p.content.text.prefix(12)), "expected": expected]))
                }
                for extra in draft.extraOpenings {
                    out.append(Finding(range: extra.range, ["found": extra.string, "expected": expected]))
                }
                // The formula ends with its comma exactly when a preamble follows.
                let hasComma = opening.string.hasSuffix(language.terminators.comma) || opening.string.hasSuffix(",")
                if !hasComma, !draft.preamble.isEmpty {
                    out.append(Finding(range: opening.range, ["found": opening.string, "expected": expected]))
                }
            case "order":
                // A paragraph that goes on the sentence above it ("and demands …", "as well as …": the
                // UN's markup splits a paragraph around a quotation or a list) is no misplaced preambular
                // paragraph; one that opens like a preambular paragraph is, in any case.
                let vocabulary = Vocabulary.shared(language)
                // A script without capitals (Arabic, Chinese) cannot show a sentence going on ("وتطالب
                // مرتكبي …" after the items of A/RES/75/55, "and demands …" in English): there an
                // unnumbered paragraph is out of order where it opens as a preambular one; a lost
                // number shows in operative.numbering.
                func continuesSentence(_ p: Paragraph) -> Bool {
                    // Past an opening quotation mark or bracket ("《国际法院规约》…", the Chinese of "as well as
                    // the integrity of the Statute …" after a list, A/RES/75/253 B in the UN's AKN).
                    guard let first = p.content.text.unicodeScalars.first(where: { !$0.properties.isWhitespace && !Self.opensQuoteOrBracket($0) }),
                          first.properties.isLowercase || first.properties.isAlphabetic && !first.properties.isUppercase else { return false }
                    return !vocabulary.opens(p.content.text, as: .preamble)
                }
                for p in draft.stray where p.label == nil && !p.isQuotation && !continuesSentence(p) {
                    out.append(Finding(range: start(p), ["found": String(p.content.text.prefix(12))]))
                }
            case "operative":
                if draft.kind == .resolution, draft.operative.isEmpty {
                    // Where the operative part should have begun: after the last preambular paragraph.
                    let at = draft.preamble.last.map(start) ?? draft.opening?.range ?? (draft.range.lowerBound..<(draft.range.lowerBound + 1))
                    out.append(Finding(range: at))
                }
            default:
                let colon = language.terminators.colon
                func visit(_ p: Paragraph) {
                    // A colon introduces the list; so does an item that is a heading ("(a) Support to the
                    // implementation of the Agreement …" over (i), (ii)), but not a paragraph whose
                    // sentence runs into its items ("…, shall" / "(a) prioritize …", S/2020/449).
                    // (Such a paragraph ends with a word, and its "final mark" is that word's last letter:
                    // "Recognising" / "(a) the UN mandated …", S/RES/2568 (2021).) A heading first introduces
                    // the items after it.
                    if let first = p.children.first, let mark = p.finalMark, !language.accepts(mark.mark, as: colon),
                       !mark.mark.isLetter, !p.isHeadingLikeItem, !first.isListHeading {
                        out.append(Finding(range: first.label?.range ?? start(first), ["found": first.label?.raw ?? "", "expected": LanguageProfile.shown(colon)]))
                    }
                    p.children.forEach(visit)
                }
                (draft.preamble + draft.operative).forEach(visit)
                for p in draft.stray where p.label != nil {
                    out.append(Finding(range: p.label!.range, ["found": p.label!.raw, "expected": LanguageProfile.shown(colon)]))
                }
            }
        }
        return out
    }

    private static func opensQuoteOrBracket(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .openPunctuation || s.properties.generalCategory == .initialPunctuation
    }

    private func start(_ p: Paragraph) -> ByteRange {
        let count = min(p.content.byteCount, Array(p.content.text.prefix(1).utf8).count)
        return p.content.sourceRange(0..<max(count, 1))
    }
}
