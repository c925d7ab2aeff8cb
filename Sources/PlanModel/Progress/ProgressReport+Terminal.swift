extension ProgressReport {
    /// The terminal view: the summary as wrapped text, then one line per actie (status and
    /// deadline then and now, shift, kind of change), then the lists of what changed.
    public func terminalText(width: Int, color: Bool) -> String {
        var document = textDocument
        guard
            let tableIndex = document.blocks.firstIndex(where: {
                if case .table = $0 { return true } else { return false }
            })
        else { return TextRenderer(width: width).render(document) }
        let after = Array(document.blocks[(tableIndex + 1)...])
        document.blocks = Array(document.blocks[..<tableIndex])
        let rows = diff.acties.map { actie in
            [
                actie.id, actie.van?.status?.rawValue ?? "—", actie.tot?.status?.rawValue ?? "—",
                actie.van.map { $0.deadline ?? "onbekend" } ?? "—",
                actie.tot.map { $0.deadline ?? "onbekend" } ?? "—",
                actie.verschuivingDagen.map { $0 == 0 ? "" : ($0 > 0 ? "+\($0) d." : "\($0) d.") } ?? "",
                ProgressReport.wijzigingLabel(actie),
            ]
        }
        let header = [
            "Actie", "Status toen", "Status nu", "Deadline toen", "Deadline nu", "Verschoven", "Wijziging",
        ]
        let table = TerminalTable(header: header, rows: rows)
            .renderOneLinePerRow(maxWidth: width, color: color, flexible: [(6, 12), (3, 12), (4, 12)])
        var text = TextRenderer(width: width).render(document) + "\n" + table
        if !after.isEmpty {
            text += "\n" + TextRenderer(width: width).render(Document(title: "", blocks: after))
        }
        return text
    }
}
