/// A table as plain data: what a report computes once and every renderer only renders.
public struct ReportTable: Hashable, Sendable {
    /// Column headings, as in the seeds ("Aandachtspunt", "Verbeterplan", ...).
    public var header: [String]
    /// Every row has exactly `header.count` slots.
    public var rows: [[TableSlot]]
    /// Relative column widths (any positive numbers); empty means equal widths.
    public var columnWeights: [Double]

    public init(header: [String], rows: [[TableSlot]], columnWeights: [Double] = []) {
        self.header = header
        self.rows = rows
        self.columnWeights = columnWeights
    }
}

/// One position in a table row: a cell that starts here, or a position covered by a cell above
/// that spans several rows (an aandachtspunt with several acties is one cell spanning its rows).
public enum TableSlot: Hashable, Sendable {
    case cell(TableCell)
    case covered
}

/// The content of a cell: paragraphs of text exactly as written in the plan.
public struct TableCell: Hashable, Sendable {
    public var paragraphs: [String]
    /// How many rows this cell spans (1 = no span). The rows below hold `.covered` in this column.
    public var rowSpan: Int

    public init(_ paragraphs: [String], rowSpan: Int = 1) {
        self.paragraphs = paragraphs
        self.rowSpan = rowSpan
    }

    public init(_ text: String) {
        self.init(text.isEmpty ? [] : [text])
    }
}
