/// The plan as the table of the Almelo raadsbrief (seed 000): **Aandachtspunt · Verbeterplan ·
/// Actie/maatregel · Implementatie en borging**, one row per actie. An aandachtspunt with several
/// acties is one cell spanning their rows, as in the letter.
public enum RaadsbriefTable {
    public static let header = [
        "Aandachtspunt", "Verbeterplan", "Actie/maatregel", "Implementatie en borging",
    ]

    /// Texts exactly as in the plan. The last column holds the implementatie, the borging and a
    /// status line ("Status: gerealiseerd; uiterlijk 30 juni 2017"). A point with `zie` shows
    /// "Zie 01" instead of a copy of the other point's acties.
    public static func make(_ plan: Plan) -> ReportTable {
        let termijnen = plan.termijnDays
        var rows: [[TableSlot]] = []
        for punt in plan.aandachtspunten {
            let heading = punt.headingText
            if punt.acties.isEmpty {
                let zie = punt.zieText ?? ""
                rows.append([
                    .cell(TableCell(heading)), .cell(TableCell("")), .cell(TableCell(zie)),
                    .cell(TableCell(zie)),
                ])
                continue
            }
            for (index, actie) in punt.acties.enumerated() {
                let first: TableSlot =
                    index == 0
                    ? .cell(TableCell(cellParagraphs(heading), rowSpan: punt.acties.count)) : .covered
                rows.append([
                    first,
                    .cell(TableCell(cellParagraphs(actie.doel.cellText))),
                    .cell(TableCell(cellParagraphs(actie.actie.cellText))),
                    .cell(
                        TableCell(
                            cellParagraphs(
                                actie.implementatie.cellText, actie.borging.cellText,
                                actie.statusLine(termijnen: termijnen)))),
                ])
            }
        }
        return ReportTable(header: header, rows: rows, columnWeights: [2, 2.2, 3.4, 3.4])
    }
}
