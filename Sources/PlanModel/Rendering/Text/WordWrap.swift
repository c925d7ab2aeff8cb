/// Greedy word wrapping by Characters (what a reader counts), shared by the text renderer and the
/// terminal table. Runs of whitespace collapse to one space; a word longer than a line is cut hard.
enum WordWrap {
    /// Wraps `text` (no newlines expected) so that no line is longer than `width` Characters,
    /// the prefixes included. `width` must exceed both prefixes.
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", restPrefix: String = "")
        -> [String]
    {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        var lines: [String] = []
        var line = firstPrefix
        var lineHasWord = false
        func prefix() -> String { lines.isEmpty ? firstPrefix : restPrefix }

        for word in words {
            if lineHasWord && line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = prefix()
            }
            var rest = Substring(word)
            // Cut a word that does not fit on an empty line into line-sized pieces.
            while line.count + rest.count > width {
                let room = max(1, width - line.count)
                lines.append(line + rest.prefix(room))
                rest = rest.dropFirst(room)
                line = prefix()
            }
            line += rest
            lineHasWord = !rest.isEmpty
        }
        if lineHasWord || lines.isEmpty { lines.append(lineHasWord ? line : trimTrailingSpaces(line)) }
        return lines
    }

    static func trimTrailingSpaces(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// Whether the text may hold a line break: a byte that starts one (LF, VT, FF, CR; U+0085 and
    /// U+2028/9 start with C2 and E2). False means certainly none.
    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains(where: LineBreaks.mayStart)
    }

    /// Splits on every kind of line ending (`\n`, `\r\n`, `\r`, U+2028 ...).
    static func lines(_ text: String) -> [String] {
        // Most texts are one line: then no splitting by `Character` (a long list has tens of
        // thousands of cells).
        if !hasLineBreak(text) { return [text] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).map(String.init)
    }
}
