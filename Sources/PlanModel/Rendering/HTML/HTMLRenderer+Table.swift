extension HTMLRenderer {
    func renderTable(_ table: ReportTable) -> String {
        let columns = table.header.count
        guard columns > 0 else { return "" }
        var out = "<table>\n<colgroup>\n"
        for percent in Self.columnPercentages(table.columnWeights, columns: columns) {
            out += "<col style=\"width: \(percent)%\">\n"
        }
        out += "</colgroup>\n<thead>\n<tr>"
        out += table.header.map { "<th>\(HTMLEscaping.escapeWithBreaks($0))</th>" }.joined()
        out += "</tr>\n</thead>\n<tbody>\n"
        for (rowIndex, slots) in table.rows.enumerated() {
            out += "<tr>"
            for slot in slots.prefix(columns) {
                guard case .cell(let cell) = slot else { continue }
                // A span never reaches past the last row: browsers would otherwise add empty rows.
                let span = min(cell.rowSpan, table.rows.count - rowIndex)
                out += span > 1 ? "<td rowspan=\"\(span)\">" : "<td>"
                out += cell.paragraphs.map { "<p>\(HTMLEscaping.escapeWithBreaks($0))</p>" }.joined()
                out += "</td>"
            }
            out += String(repeating: "<td></td>", count: max(0, columns - slots.count))
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// Widths in percent with one decimal, from the weights; equal widths when the weights are
    /// missing, of the wrong count or not all positive.
    static func columnPercentages(_ weights: [Double], columns: Int) -> [String] {
        let usable = weights.count == columns && weights.allSatisfy { $0 > 0 && $0.isFinite }
        let w = usable ? weights : Array(repeating: 1, count: columns)
        let total = w.reduce(0, +)
        return w.map { weight in
            // `Int(x + 0.5)` rounds the positive share without libm, which PlanModel does not link.
            let tenths = Int(weight / total * 1000 + 0.5)
            return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        }
    }
}
