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
/// `": "` after keys, a final newline; or compact on one line.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        write(value, indent: pretty ? 0 : nil, into: &out)
        return pretty ? out + "\n" : out
    }

    /// A string literal with quotes: `"`, `\` and the control characters U+0000...U+001F are escaped
    /// (short forms where RFC 8259 has them, else `\u00XX`), as are U+2028 and U+2029 so that the
    /// text is also a valid JavaScript literal. Everything else is written as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        appendQuoted(text, to: &out)
        return out + "\""
    }

    /// Appends the escaped text (without quotes), copying runs that need no escape in one go:
    /// a list of a million acties passes every text through here.
    static func appendQuoted(_ text: String, to out: inout String) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush(_ end: Int) {
                if end > runStart {
                    out += String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self)
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                var escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x00..<0x20: escape = "\\u" + hex4(UInt32(byte))
                // U+2028 and U+2029 (E2 80 A8/A9) are escaped so the text is also valid JavaScript.
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = "\\u" + hex4(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    length = 3
                default: break
                }
                if let escape {
                    flush(index)
                    out += escape
                    runStart = index + length
                }
                index += length
            }
            flush(bytes.count)
        }
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func write(_ value: JSONValue, indent: Int?, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? number.description : "null"
        case .string(let text):
            out += "\""
            appendQuoted(text, to: &out)
            out += "\""
        case .array(let items):
            writeContainer(open: "[", close: "]", items.map { (nil, $0) }, indent: indent, into: &out)
        case .object(let members):
            writeContainer(
                open: "{", close: "}", members.map { ($0.key, $0.value) }, indent: indent, into: &out)
        }
    }

    static func writeContainer(
        open: String, close: String, _ items: [(String?, JSONValue)], indent: Int?, into out: inout String
    ) {
        out += open
        guard !items.isEmpty else {
            out += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { out += "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            if let key { out += quoted(key) + (indent == nil ? ":" : ": ") }
            write(value, indent: inner, into: &out)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }
}
