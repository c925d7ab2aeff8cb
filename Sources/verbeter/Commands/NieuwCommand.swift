import PlanModel

/// `verbeter nieuw`: writes a new plan with every field, ready to fill in.
enum NieuwCommand: Command {
    static let name = "nieuw"
    static let abstract = "maak een nieuw, leeg verbeterplan om in te vullen"
    static let usage = "verbeter nieuw PAD --gemeente NAAM [--titel TEKST] [--vastgesteld DATUM]"
    static let discussion = """
        Schrijft een plan met alle velden uit docs/FORMAT.md en één aandachtspunt met één actie als
        voorbeeld. Een bestaand bestand wordt nooit overschreven.

        Voorbeeld:
          verbeter nieuw plans/hengelo-2026.yaml --gemeente Hengelo --titel "Verbeterplan jeugdhulp"
        """
    static let options: [OptionSpec] = [
        .value("--gemeente", "NAAM", "de gemeente (verplicht)"),
        .value("--titel", "TEKST", "titel van het plan (standaard: 'Verbeterplan')"),
        .value("--vastgesteld", "DATUM", "datum van vaststelling (JJJJ-MM-DD), standaard vandaag"),
    ]
    static let positionals: (min: Int, max: Int?) = (1, 1)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let path = arguments.positionals[0]
        guard let gemeente = arguments.value("--gemeente"), !gemeente.isEmpty else {
            throw UsageError(message: "geef de gemeente met --gemeente NAAM")
        }
        let vastgesteld = try DateOption.valueOrToday(arguments, "--vastgesteld")
        if PlanFiles.exists(path) {
            throw UsageError(message: "\(path) bestaat al; er is niets overschreven")
        }
        let text = NewPlan.text(
            gemeente: gemeente, titel: arguments.value("--titel") ?? "Verbeterplan", vastgesteld: vastgesteld)
        try AtomicWrite.write(Array(text.utf8), to: path)
        console.print("\(path) gemaakt; vul het in en controleer het met 'verbeter check \(path)'.")
        return .ok
    }
}
