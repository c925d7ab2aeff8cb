import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `verbeter document`: any letter template drawn over a plan. `raadsbrief` and `inspectie` are
/// this command with their own default template (`DocumentJob`).
enum DocumentCommand: Command {
    static let name = "document"
    static let abstract = "maak een brief uit een plan en een eigen sjabloon (md, html, odt, txt)"
    static let usage =
        "verbeter document PAD --template BESTAND [--per DATUM] [--format md|html|odt|txt] [-o BESTAND]"
    static let discussion = """
        Vult het sjabloon (zie docs/TEMPLATES.md) met de gegevens van het plan op de peildatum en
        schrijft het resultaat naar standaarduitvoer, of met -o naar een bestand. Het formaat volgt
        uit --format, anders uit de extensie van -o, anders md. Een plan met een fout of een sjabloon
        met een fout levert geen document op (afsluitcode 1).

        Voorbeelden:
          verbeter document plans/almelo-2017.yaml --template templates/collegevoorstel.md
          verbeter document plans/almelo-2017.yaml --template mijnbrief.md -o brief.odt
        """
    static let options = DocumentJob.options(templateHelp: "het sjabloon (verplicht)")
    static let positionals: (min: Int, max: Int?) = (1, 1)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        try DocumentJob.run(arguments, command: name, defaultTemplate: nil, &console)
    }
}
