/// Renders a `Document` as one standalone HTML file (Dutch, UTF-8, embedded print style) that a
/// browser prints well on A4. Every text is escaped; a line ending inside a text becomes `<br>`.
/// Tables get `<colgroup>` widths from `columnWeights` and `rowspan` for spanned cells; covered
/// slots emit nothing.
public struct HTMLRenderer {
    public init() {}

    public func render(_ document: Document) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLEscaping.escape(document.title))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>

            """
        for block in document.blocks {
            out += render(block: block)
        }
        out += "</body>\n</html>\n"
        return out
    }

    private func render(block: Block) -> String {
        switch block {
        case .heading(let level, let inlines):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(renderInlines(inlines))</\(tag)>\n"
        case .paragraph(let inlines):
            return "<p>\(renderInlines(inlines))</p>\n"
        case .bulletList(let items):
            guard !items.isEmpty else { return "" }
            return "<ul>\n" + items.map { "<li>\(renderInlines($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table):
            return renderTable(table)
        case .rule:
            return "<hr>\n"
        }
    }

    func renderInlines(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): HTMLEscaping.escapeWithBreaks(text)
            case .bold(let inner): "<strong>\(renderInlines(inner))</strong>"
            case .italic(let inner): "<em>\(renderInlines(inner))</em>"
            case .lineBreak: "<br>"
            }
        }.joined()
    }
}
