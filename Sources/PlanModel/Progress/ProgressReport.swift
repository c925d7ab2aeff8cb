/// The year-later progress report as plain data: a table, the lists and values for
/// `templates/voortgang.md`, JSON and a compact terminal document. Computed from a `ProgressDiff`;
/// the renderers only render.
public struct ProgressReport: Sendable {
    public var diff: ProgressDiff

    public init(_ diff: ProgressDiff) { self.diff = diff }

    public static let tableHeader = [
        "Actie", "Status toen", "Status nu", "Deadline toen", "Deadline nu", "Verschuiving", "Wijziging",
    ]

    /// One row per actie: Actie · Status toen · Status nu · Deadline toen · Deadline nu ·
    /// Verschuiving · Wijziging. A side where the actie does not exist shows "—".
    public var table: ReportTable {
        let rows: [[TableSlot]] = diff.acties.map { actie in
            let name = [actie.id] + [actie.latest?.doel ?? actie.latest?.actie].compactMap { $0 }
            return [
                .cell(TableCell(name)),
                .cell(TableCell(ProgressReport.statusLabel(actie.van))),
                .cell(TableCell(ProgressReport.statusLabel(actie.tot))),
                .cell(TableCell(actie.van?.deadlineLabel ?? "—")),
                .cell(TableCell(actie.tot?.deadlineLabel ?? "—")),
                .cell(TableCell(ProgressReport.shiftLabel(actie.verschuivingDagen))),
                .cell(TableCell(ProgressReport.wijzigingLabel(actie))),
            ]
        }
        return ReportTable(
            header: ProgressReport.tableHeader, rows: rows, columnWeights: [3, 1.3, 1.3, 1.4, 1.4, 1, 1.3])
    }

    /// Status · toen · nu: how many acties had each status on both dates.
    public var statusTable: ReportTable {
        let summary = diff.summary
        var rows: [[TableSlot]] = []
        for status in Status.allCases {
            let then = summary.van.perStatus[status] ?? 0
            let now = summary.tot.perStatus[status] ?? 0
            if then == 0 && now == 0 { continue }
            rows.append([
                .cell(TableCell(status.dutchLabel)), .cell(TableCell(String(then))),
                .cell(TableCell(String(now))),
            ])
        }
        rows.append([
            .cell(TableCell("waarvan achterstallig")), .cell(TableCell(String(summary.van.achterstallig))),
            .cell(TableCell(String(summary.tot.achterstallig))),
        ])
        rows.append([
            .cell(TableCell("totaal")), .cell(TableCell(String(summary.van.acties))),
            .cell(TableCell(String(summary.tot.acties))),
        ])
        return ReportTable(
            header: ["Status", diff.van.peildatum.dutch, diff.tot.peildatum.dutch], rows: rows,
            columnWeights: [2, 1, 1])
    }

    /// "in uitvoering (achterstallig)", "—" when the actie does not exist on that side.
    static func statusLabel(_ snapshot: ActieSnapshot?) -> String {
        guard let snapshot else { return "—" }
        return snapshot.statusLabel + (snapshot.isOverdue ? " (achterstallig)" : "")
    }

    /// "184 dagen later", "30 dagen eerder", "" when not moved or not computable.
    public static func shiftLabel(_ days: Int?) -> String {
        guard let days, days != 0 else { return "" }
        let amount = abs(days) == 1 ? "1 dag" : "\(abs(days)) dagen"
        return amount + (days > 0 ? " later" : " eerder")
    }

    /// "gewijzigd: status, deadline"; the other kinds as they are.
    static func wijzigingLabel(_ actie: ActieProgress) -> String {
        guard actie.wijziging == .gewijzigd else { return actie.wijziging.rawValue }
        return "gewijzigd: " + actie.velden.joined(separator: ", ")
    }

    /// "A9.1 Casusregie in één hand" for lists.
    static func actieLine(_ actie: ActieProgress) -> String {
        let text = actie.latest?.doel ?? actie.latest?.actie
        return text.map { "\(actie.id) \($0)" } ?? actie.id
    }
}
