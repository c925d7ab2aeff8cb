extension ProgressReport {
    /// A compact document for the terminal (`--format tekst`): the summary, the table and the
    /// lists, without the letter around them.
    public var textDocument: Document {
        let title = "Voortgang " + (diff.tot.plan.titel?.value ?? diff.tot.label)
        var blocks: [Block] = [
            .heading(level: 1, [.text(title)]),
            .paragraph([
                .text("Toen: \(diff.van.label) op \(diff.van.peildatum.dutch)"), .lineBreak,
                .text("Nu: \(diff.tot.label) op \(diff.tot.peildatum.dutch)"),
            ]),
            .paragraph([.text(diff.summary.sentence)]),
            .paragraph([.text("Toen: " + ProgressReport.stand(diff.summary.van) + ".")]),
            .table(table),
        ]
        let sections: [(String, [String])] = [
            ("Aandachtspunten toegevoegd", aandachtspuntenToegevoegd),
            ("Aandachtspunten verwijderd", aandachtspuntenVerwijderd),
            ("Acties toegevoegd", toegevoegd),
            ("Acties verwijderd", verwijderd),
            ("Deadlines verschoven", verschoven),
            ("Tekst gewijzigd", tekstwijzigingen),
            ("Achterstallig op \(diff.tot.peildatum.dutch)", achterstallig),
        ]
        for (heading, items) in sections where !items.isEmpty {
            blocks.append(.heading(level: 2, [.text(heading)]))
            blocks.append(.bulletList(items.map { [.text($0)] }))
        }
        return Document(title: title, blocks: blocks)
    }
}
