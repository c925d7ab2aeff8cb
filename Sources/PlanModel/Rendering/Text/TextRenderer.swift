/// Renders a `Document` as plain text for an e-mail body, wrapped at `width` Characters.
///
/// Headings are underlined (`=` level 1, `-` level 2, level 3 stays a plain line); bold and
/// italic are dropped, because `*markers*` in a letter read as noise; list items start with `- `
/// and wrap with a hanging indent; a rule is a line of `-`. Tables become one block per row (see
/// `renderTable`). The document title is not printed: it is the e-mail subject.
public struct TextRenderer {
    /// Maximum line length in Characters; at least 10.
    public let width: Int

    public init(width: Int = 100) {
        self.width = max(width, 10)
    }

    public func render(_ document: Document) -> String {
        document.blocks.compactMap(render(block:)).joined(separator: "\n\n") + "\n"
    }

    private func render(block: Block) -> String? {
        let lines: [String]
        switch block {
        case .heading(let level, let inlines):
            let text = Self.plainLines(inlines).joined(separator: " ")
            let wrapped = WordWrap.wrap(text, width: width)
            let underline: Character? = level <= 1 ? "=" : level == 2 ? "-" : nil
            lines =
                wrapped
                + (underline.map { [String(repeating: $0, count: wrapped.map(\.count).max()!)] } ?? [])
        case .paragraph(let inlines):
            lines = Self.plainLines(inlines).flatMap { WordWrap.wrap($0, width: width) }
        case .bulletList(let items):
            lines = items.flatMap { item in
                Self.plainLines(item).enumerated().flatMap { index, line in
                    WordWrap.wrap(line, width: width, firstPrefix: index == 0 ? "- " : "  ", restPrefix: "  ")
                }
            }
        case .table(let table):
            lines = renderTable(table)
        case .rule:
            lines = [String(repeating: "-", count: width)]
        }
        let trimmed = lines.map(WordWrap.trimTrailingSpaces)
        return trimmed.allSatisfy(\.isEmpty) ? nil : trimmed.joined(separator: "\n")
    }

    /// The text of inlines split into lines at line breaks, without emphasis.
    static func plainLines(_ inlines: [Inline]) -> [String] {
        var lines = [""]
        func collect(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .text(let text):
                    let parts = WordWrap.lines(text)
                    lines[lines.count - 1] += parts[0]
                    lines += parts.dropFirst()
                case .bold(let inner), .italic(let inner):
                    collect(inner)
                case .lineBreak:
                    lines.append("")
                }
            }
        }
        collect(inlines)
        return lines
    }
}
