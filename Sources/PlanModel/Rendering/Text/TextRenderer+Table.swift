extension TextRenderer {
    /// A table as one block per row, which reads well in an e-mail at any width:
    ///
    ///     Aandachtspunt: Het college informeert de raad
    ///       niet tijdig.
    ///     Actie: Kwartaalrapportage opstellen.
    ///
    ///     Actie: Tweede actie.
    ///     ----------------------------------------
    ///
    /// Each non-empty cell is its column name, a colon and the wrapped text with a hanging indent
    /// of two; a further paragraph of the cell starts a new line at the same indent. Empty cells
    /// are left out. A spanned cell is printed once, in its first row; a row that continues a
    /// span follows after a blank line, other rows after a line of `-`.
    func renderTable(_ table: ReportTable) -> [String] {
        var lines: [String] = []
        for (index, slots) in table.rows.enumerated() {
            if index > 0 {
                let continuesSpan = slots.contains(.covered)
                lines.append(continuesSpan ? "" : String(repeating: "-", count: width))
            }
            for (column, slot) in slots.enumerated() {
                guard case .cell(let cell) = slot else { continue }
                let paragraphs = cell.paragraphs.flatMap(WordWrap.lines).filter {
                    $0.contains(where: { !$0.isWhitespace })
                }
                guard !paragraphs.isEmpty else { continue }
                let name = column < table.header.count ? table.header[column] : ""
                let label = name.isEmpty ? "" : name + ": "
                for (number, paragraph) in paragraphs.enumerated() {
                    let text = number == 0 ? label + paragraph : paragraph
                    lines += WordWrap.wrap(
                        text, width: width, firstPrefix: number == 0 ? "" : "  ", restPrefix: "  ")
                }
            }
        }
        return lines
    }
}
