extension TerminalTable {
    /// One line per row, for lists people scan: only the `flexible` columns give up width, step by
    /// step in the order given (column, down to that many Characters), and their cells are cut with
    /// "…" instead of wrapped, so ids, statuses, dates and day counts stay whole.
    public func renderOneLinePerRow(maxWidth: Int, color: Bool, flexible: [(column: Int, minimum: Int)])
        -> String
    {
        let flatten = { (text: String) in text.split(whereSeparator: \.isNewline).joined(separator: " ") }
        let head = header.map(flatten)
        let body = rows.map { $0.map(flatten) }
        var widths = head.indices.map { column in
            ([head[column]] + body.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
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
                let cut = cell.count > width ? String(cell.prefix(max(width - 1, 0))) + "…" : cell
                parts.append(
                    index == widths.count - 1 ? cut : cut + String(repeating: " ", count: width - cut.count))
            }
            var text = parts.joined(separator: Self.separator)
            while text.last == " " { text.removeLast() }
            return text
        }
        var headLine = line(head)
        if color { headLine = Self.bold + headLine + Self.reset }
        // Last resort when even the minimum widths do not fit: cut the lines themselves.
        let cut = { (text: String) in
            text.count > maxWidth ? String(text.prefix(max(maxWidth - 1, 0))) + "…" : text
        }
        return ([color ? headLine : cut(headLine)] + body.map { cut(line($0)) }).joined(separator: "\n")
            + "\n"
    }
}
