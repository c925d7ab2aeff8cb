import PlanModel

/// `verbeter deadline`: moves an actie's deadline and records the move in its historie.
enum DeadlineCommand: Command {
    static let name = "deadline"
    static let abstract = "verschuif de deadline van een actie en schrijf het in de historie"
    static let usage = "verbeter deadline PAD ID DEADLINE [--datum DATUM] [--toelichting TEKST]"
    static let discussion = """
        Wijzigt alleen de waarde achter 'deadline:' en voegt 'DATUM deadline NIEUW' toe aan de
        historie. Een deadline is een datum (2017-05-31, 31 mei 2017), een maand (2017-05, mei 2017),
        een kwartaal (2017-Q2), een jaar (2017), een termijn uit 'termijnen' of doorlopend.

        Voorbeeld:
          verbeter deadline plans/almelo-2017.yaml A6.1 2017-Q4 --datum 2017-06-01 --toelichting "wacht op formatie"
        """
    static let options: [OptionSpec] = StatusCommand.options
    static let positionals: (min: Int, max: Int?) = (3, 3)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let (path, id) = (arguments.positionals[0], arguments.positionals[1])
        let deadline = arguments.positionals[2].trimmedWhitespace
        let (date, toelichting) = try PlanEditRunner.change(arguments)
        let code = PlanEditRunner.run(
            path: path, &console,
            edit: { loaded in
                // The new deadline must mean something in this plan (termijn names come from it).
                let termijnen = loaded.plan?.termijnen ?? []
                if let problem = DeadlineMessages.problem(
                    deadline, termijnen: loaded.plan?.termijnDays ?? [:],
                    names: termijnen.map { $0.name.value })
                {
                    return .failure(PlanEdit.Failure(message: problem))
                }
                return PlanEdit.setDeadline(
                    loaded.tree, actie: id, to: deadline, on: date, toelichting: toelichting)
            },
            verify: { plan in
                plan.acties.contains { $0.actie.id.value == id && $0.actie.deadline?.value == deadline }
            })
        if code == .ok { console.print("\(path): actie \(id) heeft nu deadline \(deadline) (\(date.iso)).") }
        return code
    }
}
