import PlanModel

/// `verbeter status`: sets an actie's status and records it in its historie; a one-line diff plus
/// the historie line.
enum StatusCommand: Command {
    static let name = "status"
    static let abstract = "zet de status van een actie en schrijf het in de historie"
    static let usage = "verbeter status PAD ID STATUS [--datum DATUM] [--toelichting TEKST]"
    static let discussion = """
        Wijzigt alleen de waarde achter 'status:' en voegt één regel toe aan 'historie' (of maakt
        'historie: |' aan). Opmaak, commentaar en de rest van het bestand blijven byte voor byte gelijk.
        Statussen: gepland, in-uitvoering, in-onderzoek, uitgesteld (open); gerealiseerd, geborgd,
        niet-haalbaar, vervallen (afgesloten). --datum is standaard vandaag.

        Voorbeeld:
          verbeter status plans/almelo-2017.yaml A7.1 gerealiseerd --datum 2017-10-02 --toelichting "plan van aanpak vastgesteld"
        """
    static let options: [OptionSpec] = [
        .value("--datum", "DATUM", "datum van de wijziging (JJJJ-MM-DD), standaard vandaag"),
        .value("--toelichting", "TEKST", "korte toelichting in de historie"),
    ]
    static let positionals: (min: Int, max: Int?) = (3, 3)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let (path, id, statusText) = (
            arguments.positionals[0], arguments.positionals[1], arguments.positionals[2]
        )
        guard let status = Status(rawValue: statusText) else {
            throw UsageError(message: StatusMessages.unknown(statusText))
        }
        let (date, toelichting) = try PlanEditRunner.change(arguments)
        let code = PlanEditRunner.run(
            path: path, &console,
            edit: { PlanEdit.setStatus($0.tree, actie: id, to: status, on: date, toelichting: toelichting) },
            verify: { plan in
                plan.acties.contains { $0.actie.id.value == id && $0.actie.statusValue == status }
            })
        if code == .ok {
            console.print("\(path): actie \(id) heeft nu status \(status.rawValue) (\(date.iso)).")
        }
        return code
    }
}
