/// The two tables of Den Helder's reactie to the inspectorate (seed 003): the findings without a
/// number, then the numbered risks with their beheersmaatregelen.
public enum InspectieTables {
    public static let bevindingenHeader = ["Oordeel/bevinding", "uitwerking", "Gerealiseerd/realiteit"]
    public static let risicosHeader = ["nr", "Risico's", "Uitwerking", "Beheersmaatregel", "Realisatie"]

    /// Aandachtspunten without `risico`: bevinding · uitwerking · the acties' implementatie with
    /// their status. Empty rows (header only) when the plan holds no findings.
    public static func bevindingen(_ plan: Plan) -> ReportTable {
        let termijnen = plan.termijnDays
        let rows: [[TableSlot]] = plan.aandachtspunten.filter { !$0.isRisico }.map { punt in
            [
                .cell(
                    TableCell(
                        cellParagraphs(
                            punt.bevinding.cellText.isEmpty ? punt.headingText : punt.bevinding.cellText))),
                .cell(TableCell(cellParagraphs(punt.uitwerking.cellText))),
                .cell(TableCell(realisatie(punt, termijnen: termijnen))),
            ]
        }
        return ReportTable(header: bevindingenHeader, rows: rows, columnWeights: [3, 3, 4])
    }

    /// Aandachtspunten with `risico`: nr (the id) · risico · uitwerking · the acties' `actie` ·
    /// their implementatie with status. A `zie` point shows "Zie 01" in both measure columns.
    public static func risicos(_ plan: Plan) -> ReportTable {
        let termijnen = plan.termijnDays
        let rows: [[TableSlot]] = plan.aandachtspunten.filter(\.isRisico).map { punt in
            let maatregel =
                punt.zieText.map { [$0] } ?? punt.acties.map(\.actie.cellText).filter { !$0.isEmpty }
            return [
                .cell(TableCell(punt.id.value)),
                .cell(TableCell(cellParagraphs(punt.risico.cellText))),
                .cell(TableCell(cellParagraphs(punt.uitwerking.cellText))),
                .cell(TableCell(maatregel)),
                .cell(TableCell(realisatie(punt, termijnen: termijnen))),
            ]
        }
        return ReportTable(header: risicosHeader, rows: rows, columnWeights: [0.8, 3, 3, 3.4, 3.4])
    }

    /// Per actie its implementatie, then a status line; "Zie 01" for a `zie` point.
    static func realisatie(_ punt: Aandachtspunt, termijnen: [String: Day]) -> [String] {
        if let zie = punt.zieText { return [zie] }
        return punt.acties.flatMap { actie in
            cellParagraphs(actie.implementatie.cellText, actie.statusLine(termijnen: termijnen))
        }
    }
}
