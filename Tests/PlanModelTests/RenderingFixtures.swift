import PlanModel

/// Small documents shared by the renderer tests.
enum RenderingFixtures {
    /// An aandachtspunt spanning two acties, the shape of the seeds' plan tables.
    static let spannedTable = ReportTable(
        header: ["Aandachtspunt", "Actie"],
        rows: [
            [.cell(TableCell(["Regie", "Tweede alinea"], rowSpan: 2)), .cell(TableCell("Casusoverleg"))],
            [.covered, .cell(TableCell("Scholing"))],
        ],
        columnWeights: [1, 2])

    static let letter = Document(
        title: "Raadsbrief",
        blocks: [
            .heading(level: 1, [.text("Raadsbrief")]),
            .paragraph([
                .text("Geachte "), .bold([.text("raadsleden")]), .text(", zie "), .italic([.text("bijlage")]),
            ]),
            .bulletList([[.text("eerste")], [.text("tweede")]]),
            .paragraph([.text("Met vriendelijke groet,"), .lineBreak, .text("het college")]),
            .rule,
        ])

    static let hostile = "<script>alert(1)</script> &amp; \"x\" 'y' | =cmd *bold* _u_ [l](u)"
}
