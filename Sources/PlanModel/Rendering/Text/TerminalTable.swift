/// A compact aligned table for the terminal (`verbeter achterstallig`, `lijst`).
///
/// Columns are separated by two spaces and padded by Characters. When the table is wider than
/// `maxWidth`, the widest column gives up one Character at a time (the rightmost of equals) down
/// to a minimum of 4; body cells then wrap within their column, headers are cut with "…". Lines
/// never carry trailing spaces. The header is bold only when `color` is true.
public struct TerminalTable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    static let separator = "  "
    static let minimumColumnWidth = 4
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    public func render(maxWidth: Int, color: Bool) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "\n" }
        let head = Self.padded(header, columns).map { WordWrap.lines($0).joined(separator: " ") }
        let body = rows.map { Self.padded($0, columns) }
        let widths = Self.fit(naturalWidths(head: head, body: body), maxWidth: maxWidth)

        var headLine = Self.line(zip(head, widths).map { Self.truncate($0, to: $1) }, widths)
        if color && !headLine.isEmpty { headLine = Self.bold + headLine + Self.reset }
        var lines = [headLine]
        for row in body {
            let wrapped = zip(row, widths).map { cell, width in
                WordWrap.lines(cell).flatMap { WordWrap.wrap($0, width: width) }
            }
            let height = wrapped.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                lines.append(Self.line(wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }, widths))
            }
        }
        // Last resort when even minimum widths do not fit: cut every line.
        return lines.map { Self.truncate($0, to: max(maxWidth, 1), keepingANSI: color) }
            .joined(separator: "\n") + "\n"
    }

    private func naturalWidths(head: [String], body: [[String]]) -> [Int] {
        head.indices.map { column in
            let cells = [head[column]] + body.flatMap { WordWrap.lines($0[column]) }
            return cells.map(\.count).max() ?? 0
        }
    }

    /// Shrinks the widest column one Character at a time until the line fits.
    static func fit(_ natural: [Int], maxWidth: Int) -> [Int] {
        var widths = natural
        let separators = separator.count * (widths.count - 1)
        while widths.reduce(0, +) + separators > maxWidth {
            guard let widest = widths.indices.last(where: { widths[$0] == widths.max()! }),
                widths[widest] > minimumColumnWidth
            else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private static func padded(_ cells: [String], _ count: Int) -> [String] {
        Array(cells.prefix(count)) + Array(repeating: "", count: max(0, count - cells.count))
    }

    private static func line(_ cells: [String], _ widths: [Int]) -> String {
        let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: max(0, $1 - $0.count)) }
        return WordWrap.trimTrailingSpaces(padded.joined(separator: separator))
    }

    /// Cuts `text` to `width` Characters, the last one "…". ANSI codes, when kept, count as zero.
    static func truncate(_ text: String, to width: Int, keepingANSI: Bool = false) -> String {
        let visible = keepingANSI ? text.replacing(bold, with: "").replacing(reset, with: "") : text
        guard visible.count > width else { return text }
        let cut = WordWrap.trimTrailingSpaces(String(visible.prefix(max(0, width - 1)))) + "…"
        return keepingANSI && text.hasPrefix(bold) ? bold + cut + reset : cut
    }
}
