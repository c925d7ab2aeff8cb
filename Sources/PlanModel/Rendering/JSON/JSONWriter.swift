/// A JSON value with object members in the order given, so that output is deterministic and keys
/// appear in the order the documentation lists them.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Written with Swift's shortest round-trip form; NaN and infinities become `null`.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// `nil` becomes `null`.
    public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    public static func int(_ number: Int?) -> JSONValue { number.map { .int($0) } ?? .null }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// Writes JSON text (RFC 8259) without Foundation: two-space indentation, one member per line,
/// `": "` after keys, a final newline; or compact on one line. The text is built as UTF-8 bytes in
/// one buffer and decoded once: a list of a million acties is written in one pass.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        write(value, indent: pretty ? 0 : nil, into: &out)
        if pretty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A pretty-printed array of `count` objects whose members `members` writes straight into the
    /// output: the same text as `write(.array(...))` of `.object` values, without a `JSONValue` (and
    /// its allocations) for every member of every row of a long list.
    /// Returned as bytes: a long list goes to standard output as it is, without the check a
    /// `String` makes of every byte.
    public static func writeObjects(_ count: Int, _ members: @Sendable (Int, inout JSONMembers) -> Void)
        -> [UInt8]
    {
        let pieces = writeObjectPieces(count, members)
        return pieces.count == 1 ? pieces[0] : pieces.flatMap { $0 }
    }

    /// The text of `writeObjects` in pieces, to be written one after the other. A long list is
    /// written in two halves side by side; joining them copied the whole list into fresh memory
    /// once more (at a million acties 100 MB), so they are handed out as they are.
    public static func writeObjectPieces(
        _ count: Int, _ members: @Sendable (Int, inout JSONMembers) -> Void
    ) -> [[UInt8]] {
        guard count > 0 else { return [Array("[]\n".utf8)] }
        func objects(_ range: Range<Int>) -> [UInt8] {
            var writer = JSONMembers()
            for index in range {
                // Room for the rest once the first objects show how long one is: growing by
                // doubling copied the list about once more, into fresh pages each time.
                if index == range.lowerBound + 64 {
                    writer.out.reserveCapacity(writer.out.count / 64 * (range.count + range.count / 8) + 4)
                }
                writer.out.append(index == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
                append("\n  {", to: &writer.out)
                writer.written = 0
                members(index, &writer)
                append(writer.written == 0 ? "}" : "\n  }", to: &writer.out)
            }
            if range.upperBound == count { append("\n]\n", to: &writer.out) }
            return writer.out
        }
        guard count >= parallelAbove else { return [objects(0..<count)] }
        return [[UInt8]].concurrentlyMade(count: 2) { half in
            objects(half == 0 ? 0..<count / 2 : count / 2..<count)
        }
    }

    /// Below this many objects a list is written faster than a second thread starts.
    static let parallelAbove = 4_000

    /// A string literal with quotes: `"`, `\` and the control characters U+0000...U+001F are escaped
    /// (short forms where RFC 8259 has them, else `\u00XX`), as are U+2028 and U+2029 so that the
    /// text is also a valid JavaScript literal. Everything else is written as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the text with its quotes and escapes, copying runs that need no escape in one go.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < bytes.count {
                // Most text needs no escape: eight plain ASCII bytes at a time (no control
                // character, quote or backslash; exact per byte, no carry crosses a byte).
                if let raw, index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let high = ones &* 0x80
                    let low = ones &* 0x7F
                    let quote = word ^ (ones &* 0x22)
                    let backslash = word ^ (ones &* 0x5C)
                    let special =
                        (((word | high) &- ones &* 0x20) & high ^ high)
                        | (~(((quote & low) &+ low) | quote) & high)
                        | (~(((backslash & low) &+ low) | backslash) & high)
                    if word & high == 0 && special == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                // Most bytes need nothing: test that first, before the switch below.
                if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0xE2 {
                    index += 1
                    continue
                }
                var escape: StaticString?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20: break
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped so the text is also valid JavaScript.
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    length = 3
                default:
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                if let escape {
                    out.append(
                        contentsOf: UnsafeBufferPointer(
                            start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    let value: UInt32 =
                        length == 3 ? (bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029) : UInt32(byte)
                    out.append(contentsOf: Array(("\\u" + hex4(value)).utf8))
                }
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func append(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func newline(_ indent: Int, _ out: inout [UInt8]) {
        out.append(0x0A)
        for _ in 0..<indent { out.append(0x20) }
    }

    static func write(_ value: JSONValue, indent: Int?, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let flag): flag ? append("true", to: &out) : append("false", to: &out)
        case .int(let number): out.append(contentsOf: Array(String(number).utf8))
        case .double(let number):
            out.append(contentsOf: Array((number.isFinite ? number.description : "null").utf8))
        case .string(let text): appendQuoted(text, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            guard !items.isEmpty else { return out.append(UInt8(ascii: "]")) }
            let inner = indent.map { $0 + 2 }
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if let inner { newline(inner, &out) }
                write(item, indent: inner, into: &out)
            }
            if let indent { newline(indent, &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            guard !members.isEmpty else { return out.append(UInt8(ascii: "}")) }
            let inner = indent.map { $0 + 2 }
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                if let inner { newline(inner, &out) }
                appendQuoted(member.key, to: &out)
                indent == nil ? append(":", to: &out) : append(": ", to: &out)
                write(member.value, indent: inner, into: &out)
            }
            if let indent { newline(indent, &out) }
            out.append(UInt8(ascii: "}"))
        }
    }
}

/// The members of one object written by `JSONWriter.writeObjects`, in the order they are added.
/// Keys are written as given: they are plain ASCII names without quotes or backslashes.
public struct JSONMembers {
    var out: [UInt8] = []
    var written = 0

    /// Put together on the stack and appended in one call: appending its bytes one by one
    /// checked the array's capacity per byte, a third of writing a long list.
    mutating func key(_ key: StaticString) {
        let prefix: StaticString = ",\n    \""
        let suffix: StaticString = "\": "
        let comma = written > 0 ? 0 : 1
        let count = prefix.utf8CodeUnitCount - comma + key.utf8CodeUnitCount + suffix.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var at = buffer.baseAddress!
            func add(_ start: UnsafePointer<UInt8>, _ count: Int) {
                at.initialize(from: start, count: count)
                at += count
            }
            add(prefix.utf8Start + comma, prefix.utf8CodeUnitCount - comma)
            add(key.utf8Start, key.utf8CodeUnitCount)
            add(suffix.utf8Start, suffix.utf8CodeUnitCount)
            out.append(contentsOf: UnsafeBufferPointer(buffer))
        }
        written += 1
    }

    /// `nil` is written as `null`.
    public mutating func string(_ key: StaticString, _ text: String?) {
        self.key(key)
        if let text { JSONWriter.appendQuoted(text, to: &out) } else { JSONWriter.append("null", to: &out) }
    }

    /// `nil` is written as `null`.
    public mutating func int(_ key: StaticString, _ number: Int?) {
        self.key(key)
        guard let number else { return JSONWriter.append("null", to: &out) }
        var text = String(number)
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    public mutating func bool(_ key: StaticString, _ flag: Bool) {
        self.key(key)
        JSONWriter.append(flag ? "true" : "false", to: &out)
    }
}
