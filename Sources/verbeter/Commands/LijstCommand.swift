import PlanModel

/// `verbeter lijst`: every actie with its state on the peildatum, filtered.
enum LijstCommand: Command {
    static let name = "lijst"
    static let abstract = "toon alle acties met status, eigenaar en deadline"
    static let usage =
        "verbeter lijst [PAD...] [--status S[,S]] [--eigenaar TEKST] [--aandachtspunt ID] [--per DATUM] [--format tekst|json|csv|md]"
    static let discussion = """
        Toont elke actie met haar status, eigenaar, deadline en hoe ze er op de peildatum voor staat.
        PAD is een plan of een map (standaard: plans/).

        Voorbeelden:
          verbeter lijst plans/almelo-2017.yaml --status in-uitvoering,gepland
          verbeter lijst plans/ --eigenaar teamleider --format json
        """
    static let options: [OptionSpec] = PlanSelection.options
    static let positionals: (min: Int, max: Int?) = (0, nil)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let selection = try PlanSelection.load(arguments, &console) { plan, peildatum, filter in
            ActieList.rows(of: plan, peildatum: peildatum, filter: filter)
        }
        let report = ActieListReport(
            kind: .lijst, rows: selection.rows, peildatum: selection.peildatum,
            multiplePlans: selection.planCount > 1)
        selection.print(report, &console)
        return selection.hadFout ? .problems : .ok
    }
}
