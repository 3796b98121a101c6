import Foundation
#if os(Linux)
import CoreFoundation
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
struct UnitRegex: @unchecked Sendable {
    #if os(Linux)
    private let cf: _CFRegularExpression?
    #endif

    init(_ expression: NSRegularExpression) {
        #if os(Linux)
        cf = Self.underlying(expression)
        #endif
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
    /// of `expression` (its stored property `_internal`, read by reflection; nil if it has another
    /// name or type in another Foundation).
    private static func underlying(_ expression: NSRegularExpression) -> _CFRegularExpression? {
        guard let child = Mirror(reflecting: expression).children.first(where: { $0.label == "_internal" }),
              type(of: child.value) is AnyClass else { return nil }
        let cf = unsafeBitCast(child.value as AnyObject, to: _CFRegularExpression.self)
        guard _CFRegularExpressionGetOptions(cf).rawValue == expression.options.rawValue else { return nil }
        let pattern = _CFRegularExpressionGetPattern(cf)
        let length = CFStringGetLength(pattern)
        var units = [UInt16](repeating: 0, count: length)
        if length > 0 { CFStringGetCharacters(pattern, CFRange(location: 0, length: length), &units) }
        return units.elementsEqual(expression.pattern.utf16) ? cf : nil
    }

    /// What the matcher's callback fills in.
    private final class Found {
        var ranges: [NSRange] = []
    }
    #endif

    /// `expression.matches(in: string, range: NSRange(location: 0, length: units.count)).map(\.range)`
    /// for the String whose UTF-16 units these are; nil where the expression could not be reached.
    func matchRanges(_ units: [UInt16]) -> [NSRange]? {
        #if os(Linux)
        guard let cf else { return nil }
        let found = Found()
        units.withUnsafeBufferPointer { buffer in
            // An empty text: a CFString of no characters (the pointer is not read).
            let base = buffer.baseAddress ?? UnsafePointer<UInt16>(bitPattern: 1)!
            // The units are not copied and not freed by CoreFoundation: the string lives only in this call.
            guard let string = CFStringCreateWithCharactersNoCopy(kCFAllocatorSystemDefault, base, buffer.count, kCFAllocatorNull) else { return }
            withExtendedLifetime(found) {
                _CFRegularExpressionEnumerateMatchesInString(cf, string, _CFRegularExpressionMatchingOptions(rawValue: 0),
                                                             CFRange(location: 0, length: buffer.count),
                                                             Unmanaged.passUnretained(found).toOpaque()) { context, ranges, count, _, _ in
                    // A match gives the whole match's range first; a call without ranges reports progress.
                    guard let context, let ranges, count > 0 else { return }
                    let found = Unmanaged<Found>.fromOpaque(context).takeUnretainedValue()
                    found.ranges.append(NSRange(location: ranges[0].location, length: ranges[0].length))
                }
            }
        }
        return found.ranges
        #else
        return nil
        #endif
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
