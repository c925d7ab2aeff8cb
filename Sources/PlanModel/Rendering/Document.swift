/// A document in a neutral form: what a template becomes once its placeholders are filled.
/// One renderer per output format (Markdown, HTML, ODT, text) turns it into bytes; renderers
/// escape every text for their format, so plan text never becomes markup.
public struct Document: Hashable, Sendable {
    /// Used as the HTML `<title>` and the ODT title metadata.
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

public enum Block: Hashable, Sendable {
    /// Level 1...3.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    case bulletList([[Inline]])
    case table(ReportTable)
    /// A visual separator (Markdown `---`).
    case rule
}

public enum Inline: Hashable, Sendable {
    case text(String)
    case bold([Inline])
    case italic([Inline])
    /// A line break inside a paragraph (signatures, addresses).
    case lineBreak
}
