/// `lijst` and `achterstallig` in every format they offer. The rows are computed once
/// (`ActieList`); this only chooses columns and renders.
public enum ListFormat: String, CaseIterable, Sendable {
    case tekst, json, csv, md
}

public struct ActieListReport: Sendable {
    public enum Kind: Sendable {
        case lijst
        case achterstallig
    }

    public var kind: Kind
    public var rows: [ActieRow]
    public var peildatum: Day
    /// Whether rows come from more than one plan (then the gemeente is a column).
    public var multiplePlans: Bool

    public init(kind: Kind, rows: [ActieRow], peildatum: Day, multiplePlans: Bool) {
        self.kind = kind
        self.rows = rows
        self.peildatum = peildatum
        self.multiplePlans = multiplePlans
    }

    public func render(_ format: ListFormat, width: Int = 100, color: Bool = false) -> String {
        switch format {
        case .tekst: return text(width: width, color: color)
        case .json: return String(decoding: jsonBytes(), as: UTF8.self)
        case .csv: return CSVWriter.render(header: header, rows: rows.map(cells))
        case .md:
            return MarkdownRenderer().render(
                Document(title: title, blocks: [.heading(level: 1, [.text(title)]), .table(table)]))
        }
    }

    var title: String {
        switch kind {
        case .lijst: return "Acties op \(peildatum.dutch)"
        case .achterstallig: return "Achterstallige acties op \(peildatum.dutch)"
        }
    }

    var header: [String] {
        var columns = ["Actie", "Omschrijving", "Eigenaar", "Status", "Deadline", "Vervaldatum"]
        if kind == .achterstallig { columns.insert("Te laat", at: 0) }
        if kind == .lijst { columns.append("Stand") }
        if multiplePlans { columns.insert("Gemeente", at: 0) }
        return columns
    }

    func cells(_ row: ActieRow) -> [String] {
        var cells = [row.id, row.actie, row.eigenaar, row.status, row.deadline, row.vervaldatum?.dutch ?? ""]
        if kind == .achterstallig {
            cells.insert(
                row.timing.daysLate.map { "\($0) d." } ?? "over \(row.timing.daysLeft ?? 0) d.", at: 0)
        }
        if kind == .lijst { cells.append(ActieListReport.stand(row.timing)) }
        if multiplePlans { cells.insert(row.gemeente, at: 0) }
        return cells
    }

    static func stand(_ timing: ActieTiming) -> String {
        if let late = timing.daysLate { return late == 1 ? "1 dag te laat" : "\(late) dagen te laat" }
        if let left = timing.daysLeft { return left == 0 ? "vandaag" : "nog \(left) d." }
        return ""
    }

    var table: ReportTable {
        ReportTable(header: header, rows: rows.map { cells($0).map { .cell(TableCell($0)) } })
    }

    func text(width: Int, color: Bool) -> String {
        if rows.isEmpty {
            switch kind {
            case .achterstallig: return "Geen achterstallige acties op \(peildatum.dutch).\n"
            case .lijst: return "Geen acties gevonden op \(peildatum.dutch).\n"
            }
        }
        let late = rows.filter { $0.timing.isOverdue }.count
        var summary: String
        switch kind {
        case .achterstallig:
            summary = late == 1 ? "1 achterstallige actie" : "\(late) achterstallige acties"
            if rows.count > late { summary += ", \(rows.count - late) binnenkort te doen" }
            summary += " op \(peildatum.dutch)."
        case .lijst:
            summary = rows.count == 1 ? "1 actie" : "\(rows.count) acties"
            summary += " op \(peildatum.dutch)" + (late > 0 ? ", waarvan \(late) achterstallig." : ".")
        }
        let steps = [
            ("Eigenaar", 24), ("Omschrijving", 24), ("Eigenaar", 12), ("Gemeente", 12), ("Omschrijving", 8),
        ]
        let flexible = steps.compactMap { name, minimum in header.firstIndex(of: name).map { ($0, minimum) } }
        let table = TerminalTable(header: header, rows: rows.map(cells))
        return table.renderOneLinePerRow(maxWidth: width, color: color, flexible: flexible) + summary + "\n"
    }

    /// One JSON object per row, its members written straight into the output (docs/JSON.md).
    public func jsonBytes() -> [UInt8] { jsonPieces().flatMap { $0 } }

    /// `jsonBytes` in pieces, to be written one after the other (`JSONWriter.writeObjectPieces`).
    public func jsonPieces() -> [[UInt8]] {
        // Each row is read in place: a copy retained and released its texts, and every row
        // shares the plan's file name and gemeente, so both halves counted on those two.
        rows.withUnsafeBufferPointer { buffer in
            // Only read, and only during this call (both halves are written before it returns).
            nonisolated(unsafe) let rows = buffer
            return JSONWriter.writeObjectPieces(rows.count) { index, object in write(rows[index], to: &object)
            }
        }
    }

    private func write(_ row: borrowing ActieRow, to object: inout JSONMembers) {
        object.string("plan", row.plan)
        object.string("gemeente", row.gemeente)
        object.string("aandachtspunt", row.aandachtspunt)
        object.string("id", row.id)
        object.string("actie", row.actie)
        object.string("eigenaar", row.eigenaar)
        object.string("status", row.status)
        object.string("deadline", row.deadline)
        object.string("vervaldatum", row.vervaldatum?.iso)
        object.int("dagen_te_laat", row.timing.daysLate)
        switch kind {
        case .achterstallig:
            if row.timing.daysLate == nil { object.int("dagen_resterend", row.timing.daysLeft) }
        case .lijst:
            object.bool("achterstallig", row.timing.isOverdue)
        }
    }
}
