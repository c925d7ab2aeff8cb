/// Backslash escapes for CommonMark text. See `MarkdownInlineWriter` for what is escaped where.
enum MarkdownEscaping {
    private static let always: Set<Character> = ["\\", "*", "_", "`", "[", "]", "<", ">", "~"]

    static func escape(_ text: Substring, pipes: Bool, hashes: Bool) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if always.contains(c) || (pipes && c == "|") || (hashes && c == "#")
                || (c == "&" && startsEntity(text[text.index(after: index)...]))
            {
                out.append("\\")
            }
            out.append(c)
            index = text.index(after: index)
        }
        return out
    }

    /// How many leading Characters of a line `escapeLineStart` handles (0 if nothing to escape).
    static func lineStartLength(_ line: Substring) -> Int {
        guard let first = line.first else { return 0 }
        if "#-+=".contains(first) { return 1 }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        let after = line.dropFirst(digits.count)
        if !digits.isEmpty, let marker = after.first, marker == "." || marker == ")",
            after.dropFirst().first.map({ $0.isWhitespace }) ?? true
        {
            return digits.count + 1
        }
        return 0
    }

    /// The escaped form of the first `lineStartLength(line)` Characters of a line.
    static func escapeLineStart(_ line: Substring) -> String {
        let length = lineStartLength(line)
        guard length > 0 else { return "" }
        if length == 1 { return "\\" + String(line.prefix(1)) }
        return String(line.prefix(length - 1)) + "\\" + String(line.dropFirst(length - 1).prefix(1))
    }

    /// `&name;`, `&#123;` or `&#x1F;`: text that Markdown would turn into another character.
    private static func startsEntity(_ rest: Substring) -> Bool {
        let body = rest.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") })
        return !body.isEmpty && rest.dropFirst(body.count).first == ";"
    }
}
