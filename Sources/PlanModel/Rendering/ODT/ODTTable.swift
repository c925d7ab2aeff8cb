/// One `ReportTable` as an ODF table: bordered cells, a bold header row that repeats on every page,
/// rows kept whole across page breaks, and column widths from `columnWeights`.
struct ODTTable {
    let table: ReportTable
    /// Unique per document; names the table and its column styles.
    let name: String

    init(_ table: ReportTable, name: String) {
        self.table = table
        self.name = name
    }

    /// The text width of an A4 page with 2 cm margins, in thousandths of a centimetre.
    static let textWidth = 17_000

    /// Column widths in thousandths of a centimetre, summing exactly to `textWidth`.
    /// Weights that do not fit the columns (wrong count, not positive) fall back to equal widths.
    static func columnWidths(weights: [Double], columns: Int) -> [Int] {
        guard columns > 0 else { return [] }
        let usable = weights.count == columns && weights.allSatisfy { $0 > 0 && $0.isFinite }
        let weights = usable ? weights : Array(repeating: 1, count: columns)
        let total = weights.reduce(0, +)
        var widths = weights.map { Int(Double(textWidth) * $0 / total) }  // truncates: positive
        widths[columns - 1] += textWidth - widths.reduce(0, +)
        return widths
    }

    func automaticStyles() -> String {
        var xml = """
            <style:style style:name="\(name)" style:family="table">\
            <style:table-properties style:width="\(Self.centimetres(Self.textWidth))" \
            table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
            """
        let widths = Self.columnWidths(weights: table.columnWeights, columns: table.header.count)
        for (index, width) in widths.enumerated() {
            xml += """
                <style:style style:name="\(name).K\(index + 1)" style:family="table-column">\
                <style:table-column-properties style:column-width="\(Self.centimetres(width))" \
                style:rel-column-width="\(width)*"/></style:style>
                """
        }
        return xml
    }

    func body() -> String {
        let columns = table.header.count
        var xml = "<table:table table:name=\"\(name)\" table:style-name=\"\(name)\">"
        for index in 0..<columns {
            xml += "<table:table-column table:style-name=\"\(name).K\(index + 1)\"/>"
        }
        xml += "<table:table-header-rows><table:table-row table:style-name=\"\(ODTStyleName.tableRow)\">"
        for heading in table.header {
            xml += Self.cell(
                paragraphs: [heading], rowSpan: 1, cellStyle: ODTStyleName.tableHeaderCell,
                paragraphStyle: ODTStyleName.tableHeading)
        }
        xml += "</table:table-row></table:table-header-rows>"

        for (rowIndex, row) in table.rows.enumerated() {
            let rowsLeft = table.rows.count - rowIndex
            xml += "<table:table-row table:style-name=\"\(ODTStyleName.tableRow)\">"
            for column in 0..<columns {
                // Missing slots become empty cells, so a short row cannot shift the table.
                let slot = column < row.count ? row[column] : .cell(TableCell([]))
                switch slot {
                case .cell(let cell):
                    xml += Self.cell(
                        paragraphs: cell.paragraphs, rowSpan: min(max(cell.rowSpan, 1), rowsLeft),
                        cellStyle: ODTStyleName.tableCell, paragraphStyle: ODTStyleName.tableContents)
                case .covered:
                    xml += "<table:covered-table-cell/>"
                }
            }
            xml += "</table:table-row>"
        }
        return xml + "</table:table>"
    }

    /// Each string is one paragraph; an empty cell still gets one so every cell has the same style.
    private static func cell(
        paragraphs: [String], rowSpan: Int, cellStyle: String, paragraphStyle: String
    ) -> String {
        var xml = "<table:table-cell table:style-name=\"\(cellStyle)\""
        if rowSpan > 1 { xml += " table:number-rows-spanned=\"\(rowSpan)\"" }
        xml += ">"
        for paragraph in paragraphs.isEmpty ? [""] : paragraphs {
            var writer = ODTParagraphWriter()
            writer.text(paragraph)
            xml += "<text:p text:style-name=\"\(paragraphStyle)\">\(writer.finish())</text:p>"
        }
        return xml + "</table:table-cell>"
    }

    /// 17000 -> "17cm", 4250 -> "4.25cm", 5666 -> "5.666cm".
    static func centimetres(_ thousandths: Int) -> String {
        let whole = thousandths / 1000
        var fraction = String(thousandths % 1000)
        guard fraction != "0" else { return "\(whole)cm" }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)cm"
    }
}
