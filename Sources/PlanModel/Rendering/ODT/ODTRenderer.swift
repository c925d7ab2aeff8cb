/// Renders a `Document` as an OpenDocument Text package (`.odt`) that LibreOffice and Word open.
///
/// The package is a stored ZIP: `mimetype` first (uncompressed, no extra field, as ODF requires),
/// then the manifest, `content.xml`, `styles.xml` and `meta.xml`. Nothing depends on the clock or
/// the machine, so the same document always gives the same bytes.
public struct ODTRenderer {
    public init() {}

    public func render(_ document: Document) -> [UInt8] {
        var zip = ZipWriter()
        zip.add(path: "mimetype", data: Array(ODTParts.mimeType.utf8))
        zip.add(path: "META-INF/manifest.xml", data: Array(ODTParts.manifest.utf8))
        zip.add(path: "content.xml", data: Array(contentXML(document).utf8))
        zip.add(path: "styles.xml", data: Array(ODTParts.styles.utf8))
        zip.add(path: "meta.xml", data: Array(ODTParts.meta(title: document.title).utf8))
        return zip.bytes()
    }

    /// The document body with the automatic styles its tables need (column widths differ per table).
    func contentXML(_ document: Document) -> String {
        var content = ODTContent()
        for block in document.blocks {
            content.add(block)
        }
        return """
            \(ODTParts.xmlDeclaration)
            <office:document-content \(ODTParts.namespaces) office:version="\(ODTParts.version)">\
            \(ODTParts.fontFaces)\
            <office:automatic-styles>\(ODTParts.tableStyles)\(content.automaticStyles)</office:automatic-styles>\
            <office:body><office:text>\(content.body)</office:text></office:body>\
            </office:document-content>

            """
    }
}

/// The body of `content.xml`, built block by block.
struct ODTContent {
    private(set) var body = ""
    private(set) var automaticStyles = ""
    private var tableCount = 0

    mutating func add(_ block: Block) {
        switch block {
        case .heading(let level, let inlines):
            let level = min(max(level, 1), 3)
            body +=
                "<text:h text:style-name=\"\(ODTStyleName.heading(level))\" text:outline-level=\"\(level)\">"
            body += Self.inlineXML(inlines)
            body += "</text:h>"
        case .paragraph(let inlines):
            body += "<text:p text:style-name=\"\(ODTStyleName.body)\">\(Self.inlineXML(inlines))</text:p>"
        case .bulletList(let items):
            guard !items.isEmpty else { return }
            body += "<text:list text:style-name=\"\(ODTStyleName.bulletList)\">"
            for item in items {
                body += "<text:list-item><text:p text:style-name=\"\(ODTStyleName.listItem)\">"
                body += Self.inlineXML(item)
                body += "</text:p></text:list-item>"
            }
            body += "</text:list>"
        case .table(let table):
            guard !table.header.isEmpty else { return }
            tableCount += 1
            let odt = ODTTable(table, name: "Tabel\(tableCount)")
            automaticStyles += odt.automaticStyles()
            body += odt.body()
        case .rule:
            body += "<text:p text:style-name=\"\(ODTStyleName.rule)\"/>"
        }
    }

    static func inlineXML(_ inlines: [Inline]) -> String {
        var writer = ODTParagraphWriter()
        writer.inlines(inlines)
        return writer.finish()
    }
}
