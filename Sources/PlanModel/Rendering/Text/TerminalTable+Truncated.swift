extension TerminalTable {
    /// One line per row, for lists people scan: only the `flexible` columns give up width, step by
    /// step in the order given (column, down to that many Characters), and their cells are cut with
    /// "…" instead of wrapped, so ids, statuses, dates and day counts stay whole.
    public func renderOneLinePerRow(maxWidth: Int, color: Bool, flexible: [(column: Int, minimum: Int)])
        -> String
    {
        let head = header.map(Self.oneLine)
        let body = rows.map { $0.map(Self.oneLine) }
        var widths = head.indices.map { column in
            ([head[column]] + body.map { column < $0.count ? $0[column] : "" }).map(Self.length).max() ?? 0
        }
        let separators = Self.separator.count * max(widths.count - 1, 0)
        for (column, minimum) in flexible where column < widths.count {
            let excess = widths.reduce(0, +) + separators - maxWidth
            if excess <= 0 { break }
            widths[column] = max(min(minimum, widths[column]), widths[column] - excess)
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, width) in widths.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let length = Self.length(cell)
                let cut = length > width ? Self.prefix(cell, max(width - 1, 0)) + "…" : cell
                parts.append(
                    index == widths.count - 1
                        ? cut : cut + String(repeating: " ", count: width - min(length, width)))
            }
            var text = parts.joined(separator: Self.separator)
            while text.last == " " { text.removeLast() }
            return text
        }
        var headLine = line(head)
        if color { headLine = Self.bold + headLine + Self.reset }
        // Last resort when even the minimum widths do not fit: cut the lines themselves.
        let cut = { (text: String) in
            Self.length(text) > maxWidth ? Self.prefix(text, max(maxWidth - 1, 0)) + "…" : text
        }
        return ([color ? headLine : cut(headLine)] + body.map { cut(line($0)) }).joined(separator: "\n")
            + "\n"
    }

    /// The lines of a cell joined by spaces, empty lines left out. On the bytes when its only line
    /// breaks are LF and CR (a literal block ends in one): splitting by `Character` was most of
    /// the time of a long list.
    static func oneLine(_ text: String) -> String {
        guard WordWrap.hasLineBreak(text) else { return text }
        guard !text.utf8.contains(where: LineBreaks.mayStartOtherThanLFOrCR) else {
            return text.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x0A || byte == 0x0D {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of Characters of a text without line breaks. Counted on the bytes when every
    /// scalar lies below U+0300 (so none combines with the one before): a list of 100 000 rows
    /// spent most of its time walking Characters to measure and cut its cells.
    static func length(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            if byte >= 0xCC || byte == 0x0D { return text.count }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }

    /// The first `count` Characters, cut on the bytes under the same condition as `length`.
    static func prefix(_ text: String, _ count: Int) -> String {
        var seen = 0
        var end = 0
        for byte in text.utf8 {
            if byte >= 0xCC || byte == 0x0D { return String(text.prefix(count)) }
            if byte & 0xC0 != 0x80 {
                if seen == count { break }
                seen += 1
            }
            end += 1
        }
        return String(decoding: text.utf8.prefix(end), as: UTF8.self)
    }
}
