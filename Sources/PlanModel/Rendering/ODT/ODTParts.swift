/// The fixed parts of the ODT package: manifest, styles and metadata. Page: A4 portrait with 2 cm
/// margins; text in Liberation Sans (metric-compatible with Arial, which office suites substitute).
enum ODTParts {
    static let mimeType = "application/vnd.oasis.opendocument.text"
    /// ODF 1.2: the newest version that every office suite in use at municipalities reads.
    static let version = "1.2"
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"

    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
        """

    static let manifest = """
        \(xmlDeclaration)
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="\(version)">
         <manifest:file-entry manifest:full-path="/" manifest:version="\(version)" \
        manifest:media-type="\(mimeType)"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>

        """

    /// Title only: no creation date, so rendering stays deterministic.
    static func meta(title: String) -> String {
        """
        \(xmlDeclaration)
        <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="\(version)">\
        <office:meta><meta:generator>verbeter</meta:generator>\
        <dc:title>\(ODTXML.escape(title))</dc:title><dc:language>nl-NL</dc:language></office:meta>\
        </office:document-meta>

        """
    }

    static let fontFaces = """
        <office:font-face-decls><style:font-face style:name="Liberation Sans" \
        svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" \
        style:font-pitch="variable"/></office:font-face-decls>
        """

    /// Cell and row styles every table shares (automatic styles of `content.xml`, where Writer
    /// expects them). Rows do not split across pages; cells have a thin black border all round.
    static let tableStyles = """
        <style:style style:name="\(ODTStyleName.tableRow)" style:family="table-row">\
        <style:table-row-properties fo:keep-together="always"/></style:style>\
        <style:style style:name="\(ODTStyleName.tableCell)" style:family="table-cell">\
        <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>\
        <style:style style:name="\(ODTStyleName.tableHeaderCell)" style:family="table-cell">\
        <style:table-cell-properties fo:background-color="#e6e6e6" fo:padding="0.1cm" \
        fo:border="0.5pt solid #000000"/></style:style>
        """

    static let styles = """
        \(xmlDeclaration)
        <office:document-styles \(namespaces) office:version="\(version)">\
        \(fontFaces)\
        <office:styles>\
        <style:default-style style:family="paragraph">\
        <style:paragraph-properties fo:orphans="2" fo:widows="2"/>\
        <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" \
        fo:language="nl" fo:country="NL"/></style:default-style>\
        <style:style style:name="Standard" style:family="paragraph" style:class="text"/>\
        <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" \
        style:parent-style-name="Standard" style:class="text">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" \
        fo:line-height="115%"/></style:style>\
        <style:style style:name="List_20_Contents" style:display-name="List Contents" \
        style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list">\
        <style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>\
        <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" \
        style:next-style-name="Text_20_body" style:class="text">\
        <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" \
        fo:keep-with-next="always"/>\
        <style:text-properties fo:font-weight="bold"/></style:style>\
        \(heading(1, size: "16pt"))\(heading(2, size: "13pt"))\(heading(3, size: "11pt"))\
        <style:style style:name="Table_20_Contents" style:display-name="Table Contents" \
        style:family="paragraph" style:parent-style-name="Standard" style:class="extra">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>\
        <style:text-properties fo:font-size="10pt"/></style:style>\
        <style:style style:name="Table_20_Heading" style:display-name="Table Heading" \
        style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">\
        <style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="Horizontal_20_Line" style:display-name="Horizontal Line" \
        style:family="paragraph" style:parent-style-name="Standard" style:class="html">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.5cm" \
        fo:border-bottom="0.5pt solid #000000" fo:padding="0cm"/>\
        <style:text-properties fo:font-size="6pt"/></style:style>\
        <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" \
        style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="Emphasis" style:family="text">\
        <style:text-properties fo:font-style="italic"/></style:style>\
        <text:list-style style:name="\(ODTStyleName.bulletList)">\
        <text:list-level-style-bullet text:level="1" text:bullet-char="•">\
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
        <style:list-level-label-alignment text:label-followed-by="listtab" \
        text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>\
        </style:list-level-properties></text:list-level-style-bullet></text:list-style>\
        </office:styles>\
        <office:automatic-styles><style:page-layout style:name="A4">\
        <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" \
        style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" \
        fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>\
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/>\
        </office:master-styles>\
        </office:document-styles>

        """

    private static func heading(_ level: Int, size: String) -> String {
        """
        <style:style style:name="\(ODTStyleName.heading(level))" style:display-name="Heading \(level)" \
        style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" \
        style:default-outline-level="\(level)" style:class="text">\
        <style:text-properties fo:font-size="\(size)" fo:font-weight="bold"/></style:style>
        """
    }
}
