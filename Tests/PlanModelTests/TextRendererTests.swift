import Foundation
import PlanModel
import Testing

struct TextRendererTests {
    private func render(_ blocks: [Block], width: Int = 100) -> String {
        TextRenderer(width: width).render(Document(title: "t", blocks: blocks))
    }

    @Test func underlinesHeadingsAndDropsEmphasis() {
        #expect(
            TextRenderer().render(RenderingFixtures.letter) == """
                Raadsbrief
                ==========

                Geachte raadsleden, zie bijlage

                - eerste
                - tweede

                Met vriendelijke groet,
                het college

                \(String(repeating: "-", count: 100))

                """)
        #expect(render([.heading(level: 2, [.text("Acties")])]) == "Acties\n------\n")
    }

    @Test func wrapsParagraphsAndListItemsWithHangingIndent() {
        let blocks: [Block] = [
            .paragraph([.text("een twee drie vier vijf zes")]),
            .bulletList([[.text("alfa beta gamma delta")]]),
        ]
        #expect(
            render(blocks, width: 12) == "een twee\ndrie vier\nvijf zes\n\n- alfa beta\n  gamma\n  delta\n")
    }

    @Test func countsCharactersNotBytes() {
        #expect(render([.paragraph([.text("één één één")])], width: 10) == "één één\néén\n")
    }

    @Test func rendersTableAsOneBlockPerRowWithSpannedCellOnce() {
        let text = render([.table(RenderingFixtures.spannedTable)], width: 30)
        #expect(
            text == """
                Aandachtspunt: Regie
                  Tweede alinea
                Actie: Casusoverleg

                Actie: Scholing

                """)
        #expect(text.components(separatedBy: "Regie").count == 2)
    }

    @Test func separatesUnrelatedTableRowsWithALine() {
        let table = ReportTable(
            header: ["Actie", "Deadline"],
            rows: [
                [.cell(TableCell("a")), .cell(TableCell(""))],
                [.cell(TableCell("b")), .cell(TableCell("2025"))],
            ])
        #expect(render([.table(table)], width: 10) == "Actie: a\n----------\nActie: b\nDeadline:\n  2025\n")
    }

    @Test(arguments: [10, 17, 23, 40, 61])
    func neverExceedsWidth(width: Int) {
        let long =
            "Het college informeert de raad https://www.example.org/een/heel/lang/adres/zonder/spaties "
            + "twee keer per jaar over de voortgang van het verbeterplan."
        let table = ReportTable(
            header: ["Een zeer lange kolomnaam", "Actie"],
            rows: [
                [.cell(TableCell([long, long], rowSpan: 2)), .cell(TableCell(long))],
                [.covered, .cell(TableCell(long))],
            ])
        let text = render(
            [
                .heading(level: 1, [.text(long)]), .paragraph([.text(long)]), .bulletList([[.text(long)]]),
                .table(table),
            ],
            width: width)
        for line in text.split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
        #expect(text.hasSuffix("\n"))
    }
}
