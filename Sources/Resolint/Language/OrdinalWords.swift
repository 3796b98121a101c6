import Foundation

/// Session ordinals in words, both ways. The words are data (Rules/languages/*.yaml); the way they
/// compose is one of a few systems, since Chinese numerals and English ordinals are built differently.
public struct OrdinalWords: Codable, Sendable {
    public var system: String
    // chinese-numerals
    public var digits: [String]?
    public var ten: String?
    public var hundred: String?
    public var zero: String?
    // english-words
    public var units: [String]?
    public var cardinalUnits: [String]?
    public var teens: [String]?
    public var tens: [String]?
    public var cardinalTens: [String]?
    public var hundredth: String?

    enum CodingKeys: String, CodingKey {
        case system, digits, ten, hundred, zero, units, teens, tens, hundredth
        case cardinalUnits = "cardinal-units", cardinalTens = "cardinal-tens"
    }

    public static let supportedRange = 1...200

    /// The ordinal in words (lower case where the script has case), or nil outside 1…200.
    public func words(for n: Int) -> String? {
        guard Self.supportedRange.contains(n) else { return nil }
        switch system {
        case "chinese-numerals": return chinese(n)
        case "english-words": return english(n)
        default: return nil
        }
    }

    /// Reads ordinal words back to a number (case-insensitive), or nil.
    public func number(for words: String) -> Int? {
        let key = Self.normalize(words)
        return Self.readingTables.withLock { tables in
            if let table = tables[system + (digits?.joined() ?? "") + (units?.joined() ?? "")] { return table[key] }
            var table: [String: Int] = [:]
            for n in Self.supportedRange { if let w = self.words(for: n) { table[Self.normalize(w)] = n } }
            tables[system + (digits?.joined() ?? "") + (units?.joined() ?? "")] = table
            return table[key]
        }
    }

    private static let readingTables = Locked<[String: [String: Int]]>([:])

    private static func normalize(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "‐", with: "-").replacingOccurrences(of: " ", with: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    private func chinese(_ n: Int) -> String? {
        guard let digits, digits.count == 9, let ten, let hundred, let zero else { return nil }
        func below100(_ n: Int, leadingOne: Bool) -> String {
            if n < 10 { return digits[n - 1] }
            let t = n / 10, u = n % 10
            let tensPart = (t == 1 && !leadingOne) ? ten : digits[t - 1] + ten
            return tensPart + (u == 0 ? "" : digits[u - 1])
        }
        if n < 100 { return below100(n, leadingOne: false) }
        let h = n / 100, rest = n % 100
        var s = digits[h - 1] + hundred
        if rest == 0 { return s }
        if rest < 10 { s += zero + digits[rest - 1] } else { s += below100(rest, leadingOne: true) }
        return s
    }

    private func english(_ n: Int) -> String? {
        guard let units, let cardinalUnits, let teens, let tens, let cardinalTens, let hundredth, let hundred,
              units.count == 9, cardinalUnits.count == 9, teens.count == 10, tens.count == 8, cardinalTens.count == 8
        else { return nil }
        func below100(_ n: Int) -> String {
            if n < 10 { return units[n - 1] }
            if n < 20 { return teens[n - 10] }
            let t = n / 10, u = n % 10
            return u == 0 ? tens[t - 2] : cardinalTens[t - 2] + "-" + units[u - 1]
        }
        if n < 100 { return below100(n) }
        let h = n / 100, rest = n % 100
        let head = cardinalUnits[h - 1] + " " + hundred
        return rest == 0 ? cardinalUnits[h - 1] + " " + hundredth : head + " and " + below100(rest)
    }
}

/// A tiny lock for lazily built, shared tables.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body(&value)
    }
}
