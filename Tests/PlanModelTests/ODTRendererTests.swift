import Foundation
import Testing

@testable import PlanModel

private let hostile = "<script>alert('x')</script> & \"quoted\" | =cmd|' /C calc'!A0"

private let sampleDocument = Document(
    title: "Raadsbrief <verbeterplan> & \"voortgang\"",
    blocks: [
        .heading(level: 1, [.text("Voortgang verbeterplan")]),
        .paragraph([.text("Geachte raad,"), .lineBreak, .text("Zie "), .bold([.text("bijlage")]), .text(".")]
        ),
        .paragraph([.text(hostile)]),
        .bulletList([[.text("eerste")], [.italic([.text("tweede")])]]),
        .table(
            ReportTable(
                header: ["Aandachtspunt", "Actie", "Status"],
                rows: [
                    [
                        .cell(TableCell(["AP1 <b>", "tweede\nregel"], rowSpan: 2)), .cell(TableCell("A1")),
                        .cell(TableCell("=cmd")),
                    ],
                    [.covered, .cell(TableCell("A2 & meer")), .cell(TableCell([]))],
                ],
                columnWeights: [2, 3, 1])),
        .rule,
    ])

/// Unzips `odt`, checks every XML part with Python's parser and returns the text of every
/// `text:p` / `text:h` in `content.xml`, read back the way ODF defines it (`text:s`, breaks, tabs).
private func paragraphsReadBack(_ odt: [UInt8]) throws -> [String] {
    let output = try runPython(
        """
        import sys, zipfile, json, xml.dom.minidom
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        docs = {n: xml.dom.minidom.parseString(z.read(n)) for n in z.namelist() if n.endswith('.xml')}
        def text(node):
            out = ''
            for c in node.childNodes:
                if c.nodeType == c.TEXT_NODE: out += c.data
                elif c.tagName == 'text:s': out += ' ' * int(c.getAttribute('text:c') or 1)
                elif c.tagName == 'text:line-break': out += '\\n'
                elif c.tagName == 'text:tab': out += '\\t'
                else: out += text(c)
            return out
        content = docs['content.xml']
        nodes = [n for n in content.getElementsByTagName('*') if n.tagName in ('text:p', 'text:h')]
        print(json.dumps([text(n) for n in nodes]))
        """, file: odt)
    return try JSONDecoder().decode([String].self, from: Data(output.utf8))
}

private func part(_ odt: [UInt8], _ name: String) throws -> String {
    let data = try #require(try TestZipReader(odt).data(name))
    return String(decoding: data, as: UTF8.self)
}

@Test func packageStartsWithStoredMimetypeThenManifestAndParts() throws {
    let odt = ODTRenderer().render(sampleDocument)
    let archive = try TestZipReader(odt)

    #expect(
        archive.entries.map(\.name) == [
            "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml",
        ])
    #expect(archive.entries[0].localHeaderOffset == 0 && archive.entries[0].extraLength == 0)
    #expect(
        String(decoding: odt[30..<77], as: UTF8.self) == "mimetypeapplication/vnd.oasis.opendocument.text")
    let manifest = try part(odt, "META-INF/manifest.xml")
    for name in ["content.xml", "styles.xml", "meta.xml"] {
        #expect(manifest.contains("manifest:full-path=\"\(name)\""))
    }
}

@Test func hostileTextIsEscapedAndReadsBackUnchanged() throws {
    let odt = ODTRenderer().render(sampleDocument)
    let content = try part(odt, "content.xml")

    #expect(!content.contains("<script>"))
    #expect(content.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
    let paragraphs = try paragraphsReadBack(odt)
    #expect(paragraphs.contains(hostile))
    #expect(paragraphs.contains("AP1 <b>"))
    #expect(paragraphs.contains("tweede\nregel"))
    #expect(paragraphs.contains("=cmd"))
    #expect(paragraphs.contains("A2 & meer"))
    #expect(paragraphs.contains("Geachte raad,\nZie bijlage."))
}

@Test func metaTitleIsEscapedAndCarriesNoDates() throws {
    let meta = try part(ODTRenderer().render(sampleDocument), "meta.xml")
    #expect(meta.contains("<dc:title>Raadsbrief &lt;verbeterplan&gt; &amp; &quot;voortgang&quot;</dc:title>"))
    #expect(!meta.contains("date"))
}

@Test func spannedCellsUseRowSpanAndCoveredCells() throws {
    let content = try part(ODTRenderer().render(sampleDocument), "content.xml")
    #expect(content.contains("table:number-rows-spanned=\"2\""))
    #expect(content.components(separatedBy: "<table:covered-table-cell/>").count == 2)
    #expect(content.contains("<table:table-header-rows><table:table-row"))
    #expect(
        content.contains(
            "AP1 &lt;b&gt;</text:p><text:p text:style-name=\"Table_20_Contents\">tweede<text:line-break/>regel"
        ))
}

@Test func rowSpanBeyondTheLastRowIsClamped() {
    let table = ReportTable(header: ["A"], rows: [[.cell(TableCell(["x"], rowSpan: 5))], [.covered]])
    let body = ODTTable(table, name: "T").body()
    #expect(body.contains("table:number-rows-spanned=\"2\""))
    #expect(!body.contains("table:number-rows-spanned=\"5\""))
}

@Test(arguments: [
    ([2.0, 3.0, 1.0], [5666, 8500, 2834]),
    ([], [5666, 5666, 5668]),
    ([1.0, 0.0, 1.0], [5666, 5666, 5668]),
    ([1.0], [5666, 5666, 5668]),
])
func columnWidthsFollowWeightsAndFillTheTextWidth(weights: [Double], expected: [Int]) {
    let widths = ODTTable.columnWidths(weights: weights, columns: 3)
    #expect(widths == expected)
    #expect(widths.reduce(0, +) == 17_000)
}

@Test func columnStylesUseCentimetres() {
    #expect(ODTTable.centimetres(17_000) == "17cm")
    #expect(ODTTable.centimetres(4_250) == "4.25cm")
    #expect(ODTTable.centimetres(5_666) == "5.666cm")
    #expect(ODTTable.centimetres(2_005) == "2.005cm")
    let table = ReportTable(header: ["A", "B"], rows: [], columnWeights: [1, 3])
    let styles = ODTTable(table, name: "Tabel1").automaticStyles()
    #expect(
        styles.contains(
            "style:name=\"Tabel1.K1\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"4.25cm\""
        ))
    #expect(styles.contains("style:column-width=\"12.75cm\""))
}

@Test func repeatedSpacesTabsAndLeadingSpacesSurvive() throws {
    var writer = ODTParagraphWriter()
    writer.text("  a  b\tc ")
    #expect(writer.finish() == "<text:s text:c=\"2\"/>a <text:s/>b<text:tab/>c ")

    let document = Document(title: "t", blocks: [.paragraph([.text("a  "), .bold([.text(" b")])])])
    #expect(try paragraphsReadBack(ODTRenderer().render(document)) == ["a   b"])
}

@Test func charactersForbiddenInXMLAreDropped() throws {
    #expect(ODTXML.escape("a\u{0}b\u{1B}c\u{0C}d\u{FFFE}e\tf") == "abcde\tf")
    let document = Document(title: "t\u{7}", blocks: [.paragraph([.text("bel\u{7}\r\nnieuw")])])
    let odt = ODTRenderer().render(document)
    #expect(try paragraphsReadBack(odt) == ["bel\nnieuw"])
}

@Test func boldAndItalicBecomeCharacterStyleSpans() throws {
    let content = try part(ODTRenderer().render(sampleDocument), "content.xml")
    #expect(content.contains("<text:span text:style-name=\"Strong_20_Emphasis\">bijlage</text:span>"))
    #expect(content.contains("<text:span text:style-name=\"Emphasis\">tweede</text:span>"))
    #expect(content.contains("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">"))
}

@Test func stylesDefineA4PageBordersAndUnsplitRows() throws {
    let odt = ODTRenderer().render(sampleDocument)
    let styles = try part(odt, "styles.xml")
    let content = try part(odt, "content.xml")
    #expect(styles.contains("fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""))
    #expect(styles.contains("style:font-name=\"Liberation Sans\" fo:font-size=\"11pt\""))
    #expect(content.contains("<style:table-row-properties fo:keep-together=\"always\"/>"))
    #expect(content.contains("fo:border=\"0.5pt solid #000000\""))
}

@Test func renderingIsDeterministic() {
    #expect(ODTRenderer().render(sampleDocument) == ODTRenderer().render(sampleDocument))
}
