import Foundation
#if os(Linux)
import CoreFoundation
@_spi(Reflection) import Swift
#endif

/// An NSRegularExpression matched on UTF-16 units already at hand.
///
/// On Linux, NSRegularExpression bridges the String it is given to an NSString and Foundation copies
/// that string's UTF-16 units again for every expression and call (`NSString.getCharacters`, walking
/// the String's UTF-16 view): 18 M instructions of a copy of the corpus, more than ICU's matching of
/// the same texts. Here the units are made once per text (`UTF16Units`) and handed to the same
/// CoreFoundation function NSRegularExpression calls, with the same compiled expression (the
/// NSRegularExpression's own, read once), as a CFString that points at them: the same ICU matcher on
/// the same units gives the same matches. Where the expression cannot be reached (another platform,
/// another Foundation), `matchRanges` answers nil and the caller asks NSRegularExpression as before.
final class UnitRegex: @unchecked Sendable {
    private let lazy: LazyExpression
    /// Compiled at the first match asked for (`RegexCache.Compiled`).
    private var expression: NSRegularExpression { lazy.expression }
    #if os(Linux)
    private enum State { case unread, reached(_CFRegularExpression), unreachable }
    /// Read at the first match asked for (reflection costs 25,000 instructions an expression, and most
    /// compiled expressions never run on a text their prefilter lets through).
    private let state = Locked<State>(.unread)

    private var cf: _CFRegularExpression? {
        state.withLock { state in
            if case .unread = state { state = Self.underlying(expression).map(State.reached) ?? .unreachable }
            if case .reached(let cf) = state { return cf }
            return nil
        }
    }
    #endif

    init(_ expression: NSRegularExpression) {
        lazy = LazyExpression(expression)
    }

    init(_ lazy: LazyExpression) {
        self.lazy = lazy
    }

    /// Whether matching goes through the units (tests check that it does on Linux).
    var isDirect: Bool {
        #if os(Linux)
        return cf != nil
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// The expression NSRegularExpression compiled, taken only when its pattern and options are those
    /// of `expression` (its stored property `_internal`, found by its field record; nil if it has
    /// another name or type in another Foundation).
    private static func underlying(_ expression: NSRegularExpression) -> _CFRegularExpression? {
        guard let offset = internalOffset, let regexType = compiledExpressionType else { return nil }
        let cf = withExtendedLifetime(expression) {
            Unmanaged.passUnretained(expression).toOpaque().load(fromByteOffset: offset, as: _CFRegularExpression.self)
        }
        guard CFGetTypeID(unsafeBitCast(cf, to: CFTypeRef.self)) == regexType,
              _CFRegularExpressionGetOptions(cf).rawValue == expression.options.rawValue else { return nil }
        let pattern = _CFRegularExpressionGetPattern(cf)
        let length = CFStringGetLength(pattern)
        var units = [UInt16](repeating: 0, count: length)
        if length > 0 { CFStringGetCharacters(pattern, CFRange(location: 0, length: length), &units) }
        return units.elementsEqual(expression.pattern.utf16) ? cf : nil
    }

    /// Where an NSRegularExpression keeps its compiled expression: the offset in the object of its
    /// stored property `_internal`, when that property holds a `_CFRegularExpression` (read once from
    /// the class's field records: `Mirror` cost 3 M instructions at the first expression, most of it
    /// the runtime's search for conformances its own generic types need).
    private static let internalOffset: Int? = {
        var found: Int?
        // `.classType` (its raw value: the static property is a `var`, refused in strict concurrency).
        _forEachField(of: NSRegularExpression.self, options: _EachFieldOptions(rawValue: 1 << 0)) { name, offset, type, _ in
            if String(cString: name) == "_internal", ObjectIdentifier(type) == ObjectIdentifier(_CFRegularExpression.self) {
                found = offset
                return false
            }
            return true
        }
        return found
    }()

    /// CoreFoundation's type of a compiled expression, from one compiled for the purpose: a stored
    /// property of another type is never taken for one.
    private static let compiledExpressionType: CFTypeID? = {
        let units = Array("x".utf16)
        guard let pattern = units.withUnsafeBufferPointer({ CFStringCreateWithCharacters(kCFAllocatorSystemDefault, $0.baseAddress, $0.count) }),
              let probe = _CFRegularExpressionCreate(kCFAllocatorSystemDefault, pattern, _CFRegularExpressionOptions(rawValue: 0), nil)
        else { return nil }
        return CFGetTypeID(probe)
    }()

    /// What the matcher's callback hands each match to: its ranges (the whole match's first, then each
    /// group's), and whether to stop.
    private final class Sink {
        let take: (UnsafeMutablePointer<CFRange>, Int) -> Bool
        init(_ take: @escaping (UnsafeMutablePointer<CFRange>, Int) -> Bool) { self.take = take }
    }

    /// Runs the compiled expression over the whole of `units`, giving each match to `sink`; false where
    /// the expression could not be reached.
    private func enumerate(_ units: [UInt16], _ sink: Sink) -> Bool {
        guard let cf = self.cf else { return false }
        units.withUnsafeBufferPointer { buffer in
            // An empty text: a CFString of no characters (the pointer is not read).
            let base = buffer.baseAddress ?? UnsafePointer<UInt16>(bitPattern: 1)!
            // The units are not copied and not freed by CoreFoundation: the string lives only in this call.
            guard let string = CFStringCreateWithCharactersNoCopy(kCFAllocatorSystemDefault, base, buffer.count, kCFAllocatorNull) else { return }
            withExtendedLifetime(sink) {
                _CFRegularExpressionEnumerateMatchesInString(cf, string, _CFRegularExpressionMatchingOptions(rawValue: 0),
                                                             CFRange(location: 0, length: buffer.count),
                                                             Unmanaged.passUnretained(sink).toOpaque()) { context, ranges, count, _, stop in
                    // A call without ranges reports progress.
                    guard let context, let ranges, count > 0 else { return }
                    if Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().take(ranges, count) { stop.pointee = true }
                }
            }
        }
        return true
    }
    #endif

    /// `expression.matches(in: string, range: NSRange(location: 0, length: units.count))` for the
    /// String whose UTF-16 units these are, each match's ranges as NSTextCheckingResult gives them
    /// (the whole match's first; NSNotFound for a group that took no part); only the first match when
    /// `first`. Nil where the expression could not be reached. (Part of a text, or a match anchored at
    /// its start, is left to NSRegularExpression: ICU given the whole text and a region found nothing
    /// where NSRegularExpression, given the part alone, finds matches.)
    func matches(_ units: [UInt16], first: Bool = false) -> [UnitMatch]? {
        #if os(Linux)
        var found: [[NSRange]] = []
        let sink = Sink { ranges, count in
            // kCFNotFound (-1) for a group that took no part: NSTextCheckingResult's NSNotFound.
            found.append((0..<count).map { i in
                ranges[i].location < 0 ? NSRange(location: NSNotFound, length: 0) : NSRange(location: ranges[i].location, length: ranges[i].length)
            })
            return first
        }
        guard enumerate(units, sink) else { return nil }
        return found.map { UnitMatch(ranges: $0, regex: self, result: nil) }
        #else
        return nil
        #endif
    }

    /// The number of the group of that name, as NSTextCheckingResult's `range(withName:)` finds it.
    func groupNumber(named name: String) -> Int? {
        #if os(Linux)
        guard let cf = self.cf else { return nil }
        let units = Array(name.utf16)
        guard let string = units.withUnsafeBufferPointer({ CFStringCreateWithCharacters(kCFAllocatorSystemDefault, $0.baseAddress, $0.count) }) else { return nil }
        let n = _CFRegularExpressionGetCaptureGroupNumberWithName(cf, string)
        return n < 0 ? nil : n
        #else
        return nil
        #endif
    }

    /// `expression.matches(in: string, range: NSRange(location: 0, length: units.count)).map(\.range)`
    /// for the String whose UTF-16 units these are; nil where the expression could not be reached.
    func matchRanges(_ units: [UInt16]) -> [NSRange]? {
        #if os(Linux)
        var found: [NSRange] = []
        let sink = Sink { ranges, _ in
            found.append(NSRange(location: ranges[0].location, length: ranges[0].length))
            return false
        }
        return enumerate(units, sink) ? found : nil
        #else
        return nil
        #endif
    }
}

/// A match as NSTextCheckingResult gives it, from `UnitRegex` or from NSRegularExpression.
struct UnitMatch {
    /// The whole match's range, then each group's.
    let ranges: [NSRange]
    fileprivate let regex: UnitRegex?
    fileprivate let result: NSTextCheckingResult?

    var range: NSRange { ranges[0] }
    var numberOfRanges: Int { ranges.count }
    func range(at i: Int) -> NSRange { ranges[i] }

    /// NSTextCheckingResult's `range(withName:)`.
    func range(withName name: String) -> NSRange {
        if let result { return result.range(withName: name) }
        if let n = regex?.groupNumber(named: name), n < ranges.count { return ranges[n] }
        return NSRange(location: NSNotFound, length: 0)
    }

    init(ranges: [NSRange], regex: UnitRegex?, result: NSTextCheckingResult?) {
        self.ranges = ranges
        self.regex = regex
        self.result = result
    }

    init(_ result: NSTextCheckingResult) {
        self.init(ranges: (0..<result.numberOfRanges).map(result.range(at:)), regex: nil, result: result)
    }
}

extension RegexCache.Compiled {
    /// `expression.matches(in: string, options: anchored ? [.anchored] : [], range: range ?? all)` as
    /// `UnitMatch`es, on the text's units made once (`UTF16Units.cached`) where the expression is
    /// reached directly, through NSRegularExpression otherwise.
    /// `units`: the text's units where the caller has them already.
    func matches(in string: String, units: [UInt16]? = nil, range: NSRange? = nil, anchored: Bool = false) -> [UnitMatch] {
        all(string, units, range, anchored, first: false)
    }

    /// The first of `matches(in:range:anchored:)`.
    func firstMatch(in string: String, units: [UInt16]? = nil, range: NSRange? = nil, anchored: Bool = false) -> UnitMatch? {
        all(string, units, range, anchored, first: true).first
    }

    private func all(_ string: String, _ given: [UInt16]?, _ range: NSRange?, _ anchored: Bool, first: Bool) -> [UnitMatch] {
        if units.isDirect, !anchored {
            let u = given ?? UTF16Units.cached(string)
            if range == nil || range == NSRange(location: 0, length: u.count), let found = units.matches(u, first: first) { return found }
        }
        let whole = range ?? NSRange(location: 0, length: string.utf16.count)
        let options: NSRegularExpression.MatchingOptions = anchored ? [.anchored] : []
        if first { return expression.firstMatch(in: string, options: options, range: whole).map { [UnitMatch($0)] } ?? [] }
        return expression.matches(in: string, options: options, range: whole).map(UnitMatch.init)
    }
}

/// A String's UTF-16 units, made from its UTF-8 bytes, and the last text's units kept per thread: the
/// rules that run expressions on one paragraph ask for the same text one after another.
enum UTF16Units {
    /// `Array(string.utf16)`.
    static func of(_ string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { out, made in
                var i = 0, o = 0
                let n = bytes.count
                while i < n {
                    let b0 = bytes[i]
                    if b0 < 0x80 { out[o] = UInt16(b0); o += 1; i += 1; continue }
                    // A String holds valid UTF-8.
                    if b0 < 0xE0 {
                        out[o] = UInt16(b0 & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
                        o += 1; i += 2
                    } else if b0 < 0xF0 {
                        out[o] = UInt16(b0 & 0x0F) << 12 | UInt16(bytes[i + 1] & 0x3F) << 6 | UInt16(bytes[i + 2] & 0x3F)
                        o += 1; i += 3
                    } else {
                        let v = (UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                                 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)) - 0x10000
                        out[o] = UInt16(0xD800 | (v >> 10))
                        out[o + 1] = UInt16(0xDC00 | (v & 0x3FF))
                        o += 2; i += 4
                    }
                }
                made = o
            }
        }
    }

    private final class Last {
        var string = ""
        var units: [UInt16] = []
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            #if os(Linux)
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
            #else
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
            #endif
        }
        return key
    }()

    /// Where a String's bytes are and how many, when it has storage of its own (not a small String).
    private static func address(_ string: String) -> (Int, Int)? {
        guard string.utf8.count > 15 else { return nil }
        return string.utf8.withContiguousStorageIfAvailable { (Int(bitPattern: $0.baseAddress), $0.count) }
    }

    /// `of(string)`, made again only when the thread's last text was another.
    static func cached(_ string: String) -> [UInt16] {
        let last: Last
        if let pointer = pthread_getspecific(key) {
            last = Unmanaged<Last>.fromOpaque(pointer).takeUnretainedValue()
        } else {
            last = Last()
            pthread_setspecific(key, Unmanaged.passRetained(last).toOpaque())
        }
        // The same bytes in the same storage (kept alive by `last`), so the same units; `==` would not
        // do: it holds canonically equivalent texts equal, whose units differ.
        if let here = address(string), let there = address(last.string), here == there { return last.units }
        last.string = string
        last.units = of(string)
        return last.units
    }
}
