extension LineParser {
    /// A `|` or `>` block scalar: the header on the current line, then every following line that
    /// is blank or indented deeper than the parent.
    mutating func parseBlockScalar(parentIndent: Int) -> ScalarNode? {
        let start = position(contentStart)
        let headerStart = contentStart
        let isLiteral = bytes[headerStart] == UInt8(ascii: "|")
        var index = headerStart + 1
        var strip = false
        if index < lineEnd {
            switch bytes[index] {
            case UInt8(ascii: "-"):
                strip = true
                index += 1
            case UInt8(ascii: "+"):
                report(index, SyntaxMessages.keepChomping)
                skipLine(andChildrenDeeperThan: parentIndent)
                return nil
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                report(index, SyntaxMessages.indentationIndicator)
                skipLine(andChildrenDeeperThan: parentIndent)
                return nil
            default: break
            }
        }
        while index < lineEnd && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        if index < lineEnd && (bytes[index] != UInt8(ascii: "#") || index == headerStart + 1) {
            report(index, SyntaxMessages.textAfterBlockHeader)
        }
        var rangeEnd = index
        // Header end: just after the indicator(s), before spaces and any comment.
        rangeEnd = headerStart + 1 + (strip ? 1 : 0)
        consumeLine()

        // Content lines relative to the content indent; empty for blank lines. The parser's buffer
        // is reused, so a plan's thousands of blocks do not each grow an array.
        // Taken out, not copied: a copy shares the buffer, and emptying it would allocate anew.
        var lines: [Range<Int>] = []
        swap(&lines, &blockLines)
        lines.removeAll(keepingCapacity: true)
        defer { blockLines = lines }
        var contentIndent: Int?
        var pendingBlank = 0
        while !atEnd {
            if contentStart == lineEnd {  // only spaces: a blank line inside or after the block
                // Spaces beyond the content indent are content in YAML (a line of spaces), not blank.
                if let blockIndent = contentIndent, indent > blockIndent {
                    for _ in 0..<pendingBlank { lines.append(0..<0) }
                    pendingBlank = 0
                    lines.append((lineStart + blockIndent)..<lineEnd)
                    rangeEnd = lineEnd
                    consumeLine()
                    continue
                }
                pendingBlank += 1
                advanceLine()
                continue
            }
            guard indent > parentIndent else { break }
            if contentIndent == nil { contentIndent = indent }
            guard let blockIndent = contentIndent, indent >= blockIndent else {
                // A comment less indented than the text ends the block, as in YAML.
                if bytes[contentStart] == UInt8(ascii: "#") { break }
                report(contentStart, SyntaxMessages.blockLessIndented)
                skipLine(andChildrenDeeperThan: parentIndent)
                break
            }
            for _ in 0..<pendingBlank { lines.append(0..<0) }
            pendingBlank = 0
            lines.append((lineStart + blockIndent)..<lineEnd)
            rangeEnd = lineEnd
            consumeLine()
        }
        // Clip keeps the last line break only if there is one: not at the end of a file without newline.
        let clipped = !strip && !lines.isEmpty && rangeEnd == bytes.count
        let textStart = textBytes.count
        appendBlockText(lines, literal: isLiteral, strip: strip)
        if clipped { textBytes.removeLast() }
        let text: String
        if collectsText {
            text = ""
        } else {
            text = String.fromCheckedUTF8(textBytes.bytes(from: textStart))
            textBytes.truncate(to: textStart)
        }
        let style: ScalarStyle = isLiteral ? .literal(strip: strip) : .folded(strip: strip)
        return ScalarNode(
            position: start, style: style, range: headerStart..<rangeEnd, text: text,
            contentIndent: contentIndent ?? parentIndent + 2, end: consumedEnd)
    }

    /// Joins content lines as YAML 1.2 does: literal keeps line breaks; folded joins adjacent
    /// lines with a space, keeps a break per blank line, and keeps breaks around more-indented
    /// lines. Clip chomping ends with one newline, strip with none. Written as bytes at the end
    /// of `textBytes` (an actie's texts, or scratch space), from which the string is made
    /// without validating again (the file is checked UTF-8 and lines start and end at character
    /// boundaries): a `historie` block can have a million lines.
    func appendBlockText(_ lines: [Range<Int>], literal: Bool, strip: Bool) {
        guard !lines.isEmpty else { return }
        // At most one byte (a break or a space) between lines, one per blank line, and a final break.
        var capacity = lines.count + 1
        for line in lines { capacity += line.count }
        textBytes.reserve(capacity)
        let out = textBytes
        bytes.withUnsafeBufferPointer { source in
            var blanks = 0
            var previousSpaced = false
            var first = true
            for line in lines {
                if line.isEmpty {
                    blanks += 1
                    continue
                }
                let spaced = source[line.lowerBound] == 0x20 || source[line.lowerBound] == 0x09
                var breaks = blanks
                if !first && (literal || previousSpaced || spaced) {
                    breaks = blanks + 1
                } else if !first && blanks == 0 {
                    out.appendReserved(0x20)
                }
                for _ in 0..<breaks { out.appendReserved(0x0A) }
                out.appendReserved(source.baseAddress! + line.lowerBound, count: line.count)
                blanks = 0
                previousSpaced = spaced
                first = false
            }
        }
        if !strip { out.appendReserved(0x0A) }
    }
}
