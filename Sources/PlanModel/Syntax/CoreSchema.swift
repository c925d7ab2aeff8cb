#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a YAML 1.2 parser with the core schema would read a plain scalar as, when not as text.
/// `verbeter` reads every scalar as text, so such a value is only a warning: quote it so that other
/// YAML tools read the same text.
enum CoreSchema {
    /// The reading of `bytes[range]`. Takes the bytes and a range, not a slice: a slice holds a
    /// reference to the file's buffer, and both threads of a two-core parse counting references
    /// on that one buffer for every plain value made them wait on each other.
    static func nonStringReading(_ bytes: ByteView, _ range: Range<Int>) -> String? {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        // Fast exit: most values start with a letter that cannot begin a number, null or boolean.
        guard !range.isEmpty, mayStartNonString(bytes[range.lowerBound]) else { return nil }
        return bytes.withUnsafeBufferPointer { nonStringReading(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The same for a text of its own (`ScalarWriter`, before an edit).
    static func nonStringReading(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        bytes.withUnsafeBufferPointer { nonStringReading(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    static func mayStartNonString(_ first: UInt8) -> Bool {
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"):
            return true
        default: return false
        }
    }

    static func nonStringReading(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first, mayStartNonString(first), bytes.count <= 40 else { return nil }
        // Without building a String: this runs for every plain value that starts with a digit
        // (every date) or with n, t, f.
        func equals(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == bytes.count else { return false }
            return memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0
        }
        if nulls.contains(where: equals) { return "leeg (null)" }
        if booleans.contains(where: equals) { return "waar/onwaar" }
        if specials.contains(where: equals) { return "getal" }
        return isNumber(bytes) ? "getal" : nil
    }

    static let nulls: [StaticString] = ["null", "Null", "NULL", "~"]
    static let booleans: [StaticString] = ["true", "True", "TRUE", "false", "False", "FALSE"]
    static let specials: [StaticString] = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    static func isNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func digits(_ from: Int, _ allowed: (UInt8) -> Bool) -> Int {
            var i = from
            while i < b.count && allowed(b[i]) { i += 1 }
            return i
        }
        let isDigit: (UInt8) -> Bool = { $0 >= 48 && $0 <= 57 }
        if b.count > 2 && b[0] == 48 && (b[1] == UInt8(ascii: "o") || b[1] == UInt8(ascii: "x")) {
            let hex = b[1] == UInt8(ascii: "x")
            let end = digits(2) { c in isDigit(c) || (hex && ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)))
            }
            return end == b.count
        }
        var i = 0
        if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
        let intEnd = digits(i, isDigit)
        var sawDigits = intEnd > i
        i = intEnd
        if i < b.count && b[i] == UInt8(ascii: ".") {
            let fracEnd = digits(i + 1, isDigit)
            sawDigits = sawDigits || fracEnd > i + 1
            i = fracEnd
        }
        guard sawDigits else { return false }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
            let expEnd = digits(i, isDigit)
            guard expEnd > i else { return false }
            i = expEnd
        }
        return i == b.count
    }
}
