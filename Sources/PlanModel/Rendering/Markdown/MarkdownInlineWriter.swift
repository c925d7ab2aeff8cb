/// Writes inline content as Markdown, escaping plan text so it stays text.
///
/// Escaped everywhere: `\ * _ ` [ ] < > ~`, and `&` only where it starts an entity (`&amp;`).
/// At the start of a line also `# - + =` and the `.`/`)` after digits (lists, headings, rules,
/// setext underlines). `|` only in table cells, `#` everywhere in headings (closing sequences).
/// Ordinary punctuation (`. , : ; ! ? ( ) ' " /`) is left alone.
struct MarkdownInlineWriter {
    enum Context { case block, heading, cell }

    let context: Context
    private(set) var output = ""
    private var atLineStart: Bool

    static func render(_ inlines: [Inline], context: Context) -> String {
        var writer = MarkdownInlineWriter(context: context)
        writer.write(inlines)
        writer.trimTrailingSpaces()
        return writer.output
    }

    private init(context: Context) {
        self.context = context
        // A cell is not a line: `-` or `#` starting a cell is text.
        self.atLineStart = context != .cell
    }

    private mutating func write(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text): write(text: text)
            case .bold(let inner): write(emphasized: inner, delimiter: "**")
            case .italic(let inner): write(emphasized: inner, delimiter: "*")
            case .lineBreak: writeLineBreak()
            }
        }
    }

    private mutating func write(text: String) {
        for (index, line) in WordWrap.lines(text).enumerated() {
            if index > 0 { writeLineBreak() }
            var line = Substring(line.utf8.contains(0x09) ? line.replacing("\t", with: " ") : line)
            if context == .cell && (output.isEmpty || output.hasSuffix("<br>")) {
                line = line.drop(while: { $0 == " " })
            }
            if atLineStart {
                // Leading spaces would start an indented code block or mean nothing.
                line = line.drop(while: { $0.isWhitespace })
                if line.isEmpty { continue }
                output += MarkdownEscaping.escapeLineStart(line)
                line = line.dropFirst(MarkdownEscaping.lineStartLength(line))
            }
            output += MarkdownEscaping.escape(line, pipes: context == .cell, hashes: context == .heading)
            if !output.isEmpty { atLineStart = false }
        }
    }

    private mutating func writeLineBreak() {
        trimTrailingSpaces()
        // Nothing to break yet, or a break already: blank lines would end the paragraph.
        guard !output.isEmpty, !output.hasSuffix("\\\n"), !output.hasSuffix("<br>") else { return }
        switch context {
        case .block:
            output += "\\\n"
            atLineStart = true
        case .heading, .cell:
            output += context == .cell ? "<br>" : " "
        }
    }

    /// Emphasis delimiters must touch their text, so surrounding spaces move outside them.
    private mutating func write(emphasized inner: [Inline], delimiter: String) {
        var innerWriter = MarkdownInlineWriter(context: context)
        innerWriter.atLineStart = false
        innerWriter.write(inner)
        let text = innerWriter.output
        let core = text.drop(while: { $0 == " " })
        let trimmed = WordWrap.trimTrailingSpaces(String(core))
        guard !trimmed.isEmpty else {
            if !text.isEmpty && !atLineStart { output += " " }
            return
        }
        if core.count < text.count && !atLineStart { output += " " }
        output += delimiter + trimmed + delimiter
        if trimmed.count < core.count { output += " " }
        atLineStart = false
    }

    private mutating func trimTrailingSpaces() {
        while output.last == " " { output.removeLast() }
    }
}
