import Foundation
import PlanModel
import Testing

struct HTMLRendererTests {
    private func body(_ blocks: [Block]) -> String {
        let html = HTMLRenderer().render(Document(title: "t", blocks: blocks))
        let start = html.range(of: "<body>\n")!.upperBound
        let end = html.range(of: "</body>")!.lowerBound
        return String(html[start..<end])
    }

    @Test func writesStandaloneDutchDocumentWithEscapedTitleAndPrintStyle() {
        let html = HTMLRenderer().render(Document(title: "Brief <A&B>", blocks: []))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.contains("<title>Brief &lt;A&amp;B&gt;</title>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
        for rule in [
            "@page { size: A4; margin: 2cm; }", "border-collapse: collapse;", "border: 1px solid #000;",
            "thead { display: table-header-group; }", "tr { break-inside: avoid; page-break-inside: avoid; }",
            "vertical-align: top;",
        ] {
            #expect(html.contains(rule), "missing \(rule)")
        }
    }

    @Test func rendersHeadingsParagraphsListsBreaksAndRules() {
        #expect(
            body(RenderingFixtures.letter.blocks) == """
                <h1>Raadsbrief</h1>
                <p>Geachte <strong>raadsleden</strong>, zie <em>bijlage</em></p>
                <ul>
                <li>eerste</li>
                <li>tweede</li>
                </ul>
                <p>Met vriendelijke groet,<br>het college</p>
                <hr>

                """)
    }

    @Test func rendersSpannedTableWithRowspanColgroupAndNoCellForCoveredSlot() {
        #expect(
            body([.table(RenderingFixtures.spannedTable)]) == """
                <table>
                <colgroup>
                <col style="width: 33.3%">
                <col style="width: 66.7%">
                </colgroup>
                <thead>
                <tr><th>Aandachtspunt</th><th>Actie</th></tr>
                </thead>
                <tbody>
                <tr><td rowspan="2"><p>Regie</p><p>Tweede alinea</p></td><td><p>Casusoverleg</p></td></tr>
                <tr><td><p>Scholing</p></td></tr>
                </tbody>
                </table>

                """)
    }

    @Test func usesEqualWidthsWhenWeightsAreMissingOrUnusable() {
        let table = ReportTable(header: ["a", "b", "c", "d"], rows: [], columnWeights: [1, 0, 1, 1])
        let html = body([.table(table)])
        #expect(html.components(separatedBy: "<col style=\"width: 25%\">").count == 5)
    }

    @Test func escapesHostileTextInParagraphsAndCells() {
        let expected =
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;x&quot; &#39;y&#39; | =cmd *bold* _u_ [l](u)"
        #expect(body([.paragraph([.text(RenderingFixtures.hostile)])]) == "<p>\(expected)</p>\n")
        let table = ReportTable(
            header: ["<h>"], rows: [[.cell(TableCell(RenderingFixtures.hostile + "\n# kop"))]])
        let html = body([.table(table)])
        #expect(html.contains("<th>&lt;h&gt;</th>"))
        #expect(html.contains("<td><p>\(expected)<br># kop</p></td>"))
        #expect(!html.contains("<script>"))
    }

    @Test func turnsEveryLineEndingInsideTextIntoBr() {
        #expect(body([.paragraph([.text("a\nb\r\nc")])]) == "<p>a<br>b<br>c</p>\n")
    }

    @Test func clampsRowspanToTheRowsThatExist() {
        let table = ReportTable(header: ["a"], rows: [[.cell(TableCell(["x"], rowSpan: 3))]])
        #expect(body([.table(table)]).contains("<tr><td><p>x</p></td></tr>"))
    }
}
