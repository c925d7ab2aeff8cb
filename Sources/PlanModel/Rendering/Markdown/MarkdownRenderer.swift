/// Renders a `Document` as CommonMark with GitHub pipe tables.
///
/// Choices, so the output stays readable as plain text and plan text never becomes markup:
/// - a line break inside a paragraph or list item is a backslash at the end of the line (the
///   CommonMark hard break; no invisible trailing spaces);
/// - inside a table cell a line cannot end, so a line break is `<br>` and a new paragraph `<br><br>`;
/// - Markdown has no row spans: a covered slot is an empty cell;
/// - the document title is not printed: templates start with their own heading.
public struct MarkdownRenderer {
    public init() {}

    public func render(_ document: Document) -> String {
        document.blocks.compactMap(render(block:)).joined(separator: "\n\n") + "\n"
    }

    private func render(block: Block) -> String? {
        switch block {
        case .heading(let level, let inlines):
            let text = MarkdownInlineWriter.render(inlines, context: .heading)
            guard !text.isEmpty else { return nil }
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + text
        case .paragraph(let inlines):
            let text = MarkdownInlineWriter.render(inlines, context: .block)
            return text.isEmpty ? nil : text
        case .bulletList(let items):
            let lines = items.map { item in
                "- " + MarkdownInlineWriter.render(item, context: .block).replacing("\n", with: "\n  ")
            }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        case .table(let table):
            return renderTable(table)
        case .rule:
            return "---"
        }
    }

    private func renderTable(_ table: ReportTable) -> String? {
        guard !table.header.isEmpty else { return nil }
        func row(_ cells: [String]) -> String {
            "| " + cells.joined(separator: " | ") + " |"
        }
        let columns = table.header.count
        var lines = [
            row(table.header.map { MarkdownInlineWriter.render([.text($0)], context: .cell) }),
            row(Array(repeating: "---", count: columns)),
        ]
        for slots in table.rows {
            var cells: [String] = slots.prefix(columns).map { slot in
                guard case .cell(let cell) = slot else { return "" }
                return cell.paragraphs.filter { !$0.isEmpty }
                    .map { MarkdownInlineWriter.render([.text($0)], context: .cell) }
                    .joined(separator: "<br><br>")
            }
            cells += Array(repeating: "", count: columns - cells.count)
            lines.append(row(cells))
        }
        return lines.joined(separator: "\n")
    }
}
