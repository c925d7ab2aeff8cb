import PlanModel

/// `verbeter achterstallig`: what is overdue on the peildatum, and whose it is.
enum AchterstalligCommand: Command {
    static let name = "achterstallig"
    static let abstract = "toon de acties waarvan de deadline is verstreken, met eigenaar"
    static let usage =
        "verbeter achterstallig [PAD...] [--per DATUM] [--binnen DAGEN] [--eigenaar TEKST] [--format tekst|json|csv|md]"
    static let discussion = """
        Een actie is achterstallig als haar status open is (gepland, in-uitvoering, in-onderzoek,
        uitgesteld) en de laatste dag van haar deadline vóór de peildatum ligt. De acties staan op
        aantal dagen te laat, de meeste eerst. PAD is een plan of een map (standaard: plans/).
        Met --binnen DAGEN ook de open acties die binnen zoveel dagen moeten zijn afgerond.

        Voorbeelden:
          verbeter achterstallig plans/ --per 2017-09-30
          verbeter achterstallig plans/denhelder-2017.yaml --binnen 30 --format csv > achterstallig.csv
        """
    static let options: [OptionSpec] =
        PlanSelection.options + [.value("--binnen", "DAGEN", "ook acties die binnen zoveel dagen vervallen")]
    static let positionals: (min: Int, max: Int?) = (0, nil)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let binnen = try binnenDays(arguments)
        var selection = try PlanSelection.load(arguments, &console) { plan, peildatum, filter in
            ActieList.dueRows(of: plan, peildatum: peildatum, filter: filter, binnen: binnen)
        }
        let report = ActieListReport(
            kind: .achterstallig, rows: ActieList.ordered(dueRows: selection.takeRows(), binnen: binnen),
            peildatum: selection.peildatum, multiplePlans: selection.planCount > 1)
        selection.print(report, &console)
        return selection.hadFout ? .problems : .ok
    }

    static func binnenDays(_ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value("--binnen") else { return nil }
        guard let days = Int(text), days >= 0 else {
            throw UsageError(message: "--binnen verwacht een aantal dagen (0 of meer), niet '\(text)'")
        }
        return days
    }
}
