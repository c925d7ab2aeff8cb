/// Turns filled-in lines into blocks: `#`–`###` headings, `---` rules, `- ` bullet items,
/// paragraphs separated by blank lines, and tables and lists that stand alone on a line.
/// Markup is only recognised in template text: a value at the start of a line never makes it a
/// heading or a bullet.
enum TemplateBlockParser {
    static func blocks(from lines: [[TemplatePiece]]) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [[TemplatePiece]] = []
        var items: [[[TemplatePiece]]] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(inlines(paragraph))) }
            if !items.isEmpty { blocks.append(.bulletList(items.map(inlines))) }
            paragraph = []
            items = []
        }
        for line in lines {
            if let block = line.lazy.compactMap(\.block).first {
                flush()
                blocks.append(block)
                continue
            }
            if line.allSatisfy(\.isBlank) {
                flush()
                continue
            }
            let lead: Substring
            if case .markup(let text)? = line.first { lead = Substring(text) } else { lead = "" }
            let indent = lead.prefix(while: \.isWhitespace).count
            let rest = lead.dropFirst(indent)
            if line.count == 1 && rest.trimmedWhitespace == "---" {
                flush()
                blocks.append(.rule)
            } else if let level = headingLevel(rest) {
                flush()
                blocks.append(.heading(level: level, inlines([dropping(indent + level + 1, from: line)])))
            } else if rest.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                items.append([dropping(indent + 2, from: line)])
            } else if !items.isEmpty && indent > 0 {
                items[items.count - 1].append(line)
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    /// 1...3 for `# `, `## `, `### `; nil otherwise.
    private static func headingLevel(_ text: Substring) -> Int? {
        let hashes = text.prefix(while: { $0 == "#" }).count
        guard (1...3).contains(hashes), text.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func dropping(_ count: Int, from line: [TemplatePiece]) -> [TemplatePiece] {
        guard case .markup(let text)? = line.first else { return line }
        return [.markup(String(text.dropFirst(count)))] + line.dropFirst()
    }

    /// The inlines of consecutive lines: joined by a space, or by a line break where a line
    /// ends in two spaces or a backslash.
    static func inlines(_ lines: [[TemplatePiece]]) -> [Inline] {
        var atoms: [TemplateInlineAtom] = []
        var breakBefore = false
        for (index, line) in lines.enumerated() {
            var lineAtoms: [TemplateInlineAtom] = []
            for piece in line {
                switch piece {
                case .markup(let text): lineAtoms += text.map(TemplateInlineAtom.markup)
                case .value(let text): lineAtoms += text.map { $0.isNewline ? .lineBreak : .literal($0) }
                case .block: break
                }
            }
            var hardBreak = false
            if index < lines.count - 1, case .markup(let text)? = line.last {
                if text.hasSuffix("\\") {
                    hardBreak = true
                    lineAtoms.removeLast()
                } else if text.hasSuffix("  ") {
                    hardBreak = true
                }
            }
            let start = lineAtoms.firstIndex { !$0.isSpace } ?? lineAtoms.endIndex
            let end = (lineAtoms.lastIndex { !$0.isSpace } ?? -1) + 1
            if index > 0 { atoms.append(breakBefore ? .lineBreak : .markup(" ")) }
            if start < end { atoms += lineAtoms[start..<end] }
            breakBefore = hardBreak
        }
        return TemplateInlineParser.parse(atoms)
    }
}

extension TemplatePiece {
    fileprivate var block: Block? {
        if case .block(let block) = self { return block }
        return nil
    }

    fileprivate var isBlank: Bool {
        switch self {
        case .markup(let text), .value(let text): text.allSatisfy(\.isWhitespace)
        case .block: false
        }
    }
}
