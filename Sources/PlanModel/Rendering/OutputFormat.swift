/// The formats a document can be written in; commands pick one and call `render`.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case md, html, odt, txt

    /// The format a file name asks for by its extension (`brief.odt`), if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "odt": self = .odt
        case "txt", "text": self = .txt
        default: return nil
        }
    }

    public func render(_ document: Document) -> [UInt8] {
        switch self {
        case .md: return Array(MarkdownRenderer().render(document).utf8)
        case .html: return Array(HTMLRenderer().render(document).utf8)
        case .odt: return ODTRenderer().render(document)
        case .txt: return Array(TextRenderer().render(document).utf8)
        }
    }
}
