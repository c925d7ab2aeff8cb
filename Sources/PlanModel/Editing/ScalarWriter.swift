/// Writes a text as a YAML scalar that reads back as exactly that text: plain where YAML allows
/// it and the core schema would still read text, otherwise quoted. An edit keeps the old quote
/// style when the new text fits it.
public enum ScalarWriter {
    public static func render(_ text: String, keeping style: ScalarStyle = .plain) -> String {
        switch style {
        case .doubleQuoted:
            return doubleQuoted(text)
        case .singleQuoted
        where !text.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) }):
            return "'" + text.replacingOccurrences("'", "''") + "'"
        default:
            return isSafePlain(text) ? text : doubleQuoted(text)
        }
    }

    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// True when `text` can be written without quotes and any YAML 1.2 parser reads it as this text.
    public static func isSafePlain(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 || last == UInt8(ascii: ":") { return false }
        if Array("-?:,[]{}#&*!|>'\"%@`".utf8).contains(first) { return false }
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == UInt8(ascii: ":") && index + 1 < bytes.count && bytes[index + 1] == 0x20 {
                return false
            }
            if byte == UInt8(ascii: "#") && index > 0 && bytes[index - 1] == 0x20 { return false }
        }
        return CoreSchema.nonStringReading(bytes, bytes.indices) == nil
    }
}
