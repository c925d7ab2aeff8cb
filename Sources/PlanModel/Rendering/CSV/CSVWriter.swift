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
        if value.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) {
            return "\""
                + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
                + "\""
        }
        return value
    }
}
