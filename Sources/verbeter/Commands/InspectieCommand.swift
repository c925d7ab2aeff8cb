import PlanModel

/// `verbeter inspectie`: the reactie to the inspectorate with the findings and risks tables (seed 003).
enum InspectieCommand: Command {
    static let name = "inspectie"
    static let abstract = "maak de reactie aan de inspectie met bevindingen en risico's (md, html, odt, txt)"
    static let usage =
        "verbeter inspectie PAD [--per DATUM] [--template BESTAND] [--format md|html|odt|txt] [-o BESTAND]"
    static let discussion = """
        De reactie aan de inspectie: eerst de bevindingen zonder nummer (Oordeel/bevinding ·
        uitwerking · Gerealiseerd/realiteit), dan de genummerde risico's (nr · Risico's · Uitwerking ·
        Beheersmaatregel · Realisatie). Verwijst het plan naar een ander punt, dan staat er "Zie 01".
        Standaardsjabloon: templates/inspectie-reactie.md in de huidige map, anders naast het programma.

        Voorbeelden:
          verbeter inspectie plans/denhelder-2017.yaml --per 2017-09-30 -o reactie.odt
          verbeter inspectie plans/denhelder-2017.yaml --format txt
        """
    static let options = DocumentJob.options(
        templateHelp: "eigen sjabloon (standaard templates/inspectie-reactie.md)")
    static let positionals: (min: Int, max: Int?) = (1, 1)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        try DocumentJob.run(
            arguments, command: name, defaultTemplate: "templates/inspectie-reactie.md", &console)
    }
}
