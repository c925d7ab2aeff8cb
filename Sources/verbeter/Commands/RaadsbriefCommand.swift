import PlanModel

/// `verbeter raadsbrief`: the letter to the council with the plan's table (seed 000).
enum RaadsbriefCommand: Command {
    static let name = "raadsbrief"
    static let abstract = "maak de raadsbrief met de tabel van het verbeterplan (md, html, odt, txt)"
    static let usage =
        "verbeter raadsbrief PAD [--per DATUM] [--template BESTAND] [--format md|html|odt|txt] [-o BESTAND]"
    static let discussion = """
        De brief aan de gemeenteraad: de tekst van het sjabloon rond de tabel Aandachtspunt ·
        Verbeterplan · Actie/maatregel · Implementatie en borging, met de stand op de peildatum.
        Standaardsjabloon: templates/raadsbrief.md in de huidige map, anders naast het programma.

        Voorbeelden:
          verbeter raadsbrief plans/almelo-2017.yaml --per 2017-09-30 -o raadsbrief.odt
          verbeter raadsbrief plans/almelo-2017.yaml --format html > raadsbrief.html
        """
    static let options = DocumentJob.options(
        templateHelp: "eigen sjabloon (standaard templates/raadsbrief.md)")
    static let positionals: (min: Int, max: Int?) = (1, 1)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        try DocumentJob.run(arguments, command: name, defaultTemplate: "templates/raadsbrief.md", &console)
    }
}
