/// Escaping for HTML text and attribute values: every `& < > " '` becomes an entity, so plan text
/// such as `<script>` prints as text. Line endings become `<br>` where `lineBreaks` is set.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Escapes `text` and turns each line ending (`\n`, `\r\n`, ...) into `<br>`.
    static func escapeWithBreaks(_ text: String) -> String {
        WordWrap.lines(text).map(escape).joined(separator: "<br>")
    }
}
