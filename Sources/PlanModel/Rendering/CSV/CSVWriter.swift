/// CSV for Dutch Excel: semicolon-separated, UTF-8 with a byte order mark, CRLF rows. A cell that
/// starts with `=`, `+`, `-`, `@` (or a tab or CR) gets a leading apostrophe so that it can never
/// become a formula (CSV injection).
public enum CSVWriter {
    public static func render(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(cell).joined(separator: ";") + "\r\n"
        }
        return out
    }

    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard needsQuotes(value) else { return value }
        // Quotes doubled byte by byte: a `"` followed by a combining mark is one `Character`
        // but still a quote to a CSV reader.
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }

    /// A `;`, a `"` or a line break (LF, VT, FF, CR, U+0085, U+2028, U+2029) anywhere in the
    /// text, found on its bytes: walking `Character`s was most of the time of a CSV list of
    /// 100 000 acties, and a `;` carrying a combining mark is still a separator to Excel.
    static func needsQuotes(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"")
                || LineBreaks.ends(at: byte, previous: previous, beforePrevious: beforePrevious)
            {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
