/// The outline as DocumentSymbols (hierarchical) and FoldingRanges: every node with children folds
/// (a paragraph with items, the preamble, the operative block, the header, the footnotes).
enum OutlineConversion {
    /// SymbolKind numbers of the protocol.
    static func symbolKind(_ k: OutlineNode.Kind) -> Int {
        switch k {
        case .header: return 3          // Namespace
        case .field: return 8           // Field
        case .draft: return 2           // Module
        case .block, .report: return 23 // Struct
        case .paragraph: return 22      // EnumMember
        case .item: return 10           // Enum
        case .clause: return 24         // Event
        case .footnotes: return 19      // Object
        case .footnote: return 15       // String
        }
    }

    static func symbols(_ nodes: [OutlineNode], index: LineIndex, encoding: PositionEncoding) -> [JSONObject] {
        nodes.map { n in
            var o: JSONObject = [
                "name": n.name, "kind": symbolKind(n.kind),
                "range": index.range(n.range, encoding: encoding), "selectionRange": index.range(n.selection, encoding: encoding),
                "children": symbols(n.children, index: index, encoding: encoding),
            ]
            if let d = n.detail { o["detail"] = d }
            return o
        }
    }

    static func foldingRanges(_ nodes: [OutlineNode], index: LineIndex) -> [JSONObject] {
        var out: [JSONObject] = []
        func walk(_ n: OutlineNode) {
            let start = index.position(of: n.range.lowerBound, encoding: .utf8).line
            let end = index.position(of: n.range.upperBound, encoding: .utf8).line
            if !n.children.isEmpty, end > start { out.append(["startLine": start, "endLine": end, "kind": "region"]) }
            n.children.forEach(walk)
        }
        nodes.forEach(walk)
        return out
    }
}
