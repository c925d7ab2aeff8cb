import PlanModel

/// `verbeter voortgang`: what became of the plan, from two versions or from its own historie.
enum VoortgangCommand: Command {
    static let name = "voortgang"
    static let abstract =
        "vergelijk het plan van toen met nu: status, verschoven termijnen, toegevoegd en vervallen"
    static let usage = "verbeter voortgang OUD NIEUW | verbeter voortgang PAD --van DATUM [--tot DATUM]"
    static let discussion = """
        Met twee plannen: OUD en NIEUW zijn elk een planbestand of REVISIE:pad (een versie uit git,
        gelezen met 'git show'). Acties en aandachtspunten worden op id vergeleken. --van en --tot zijn
        dan de peildatums voor 'achterstallig' (standaard: de laatste datum in het oude plan, en vandaag).
        Met één plan en --van: de stand op beide datums wordt uit de historie van elke actie afgeleid
        (standaard --tot: vandaag). Een actie met historie bestaat vanaf haar eerste historieregel.

        Uitvoer: tekst (terminal), md, html of odt (de voortgangsrapportage uit templates/voortgang.md)
        of json (zie docs/JSON.md). Afsluitcode 1 als een kant een fout bevat, 2 als een kant niet
        gelezen kan worden.

        Voorbeelden:
          verbeter voortgang plans/almelo-2017.yaml --van 2017-04-18 --tot 2018-04-18
          verbeter voortgang v2017-04:plans/almelo-2017.yaml plans/almelo-2017.yaml --format json
          verbeter voortgang plans/almelo-2017.yaml --van 2017-04-18 --format odt -o voortgang.odt
        """
    static let options: [OptionSpec] = [
        .value("--van", "DATUM", "peildatum toen (JJJJ-MM-DD of '18 april 2017')"),
        .value("--tot", "DATUM", "peildatum nu (standaard: vandaag)"),
        .value("--format", "FORMAAT", "tekst, md, html, odt of json (standaard: tekst)"),
        .value("-o", "BESTAND", "schrijf naar BESTAND ('-' voor standaarduitvoer)"),
        .value("--template", "BESTAND", "sjabloon voor md, html en odt (standaard: templates/voortgang.md)"),
    ]
    static let positionals: (min: Int, max: Int?) = (1, 2)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        do {
            let format = try VoortgangFormat.parse(arguments.value("--format"))
            let van = try DateOption.value(arguments, "--van")
            let tot = try DateOption.valueOrToday(arguments, "--tot")
            let diff: ProgressDiff
            if arguments.positionals.count == 1 {
                guard let van else {
                    throw VoortgangFailure.usage(
                        "met één plan is --van DATUM nodig; of geef twee plannen: OUD NIEUW")
                }
                let side = try VoortgangSide.load(arguments.positionals[0], role: "plan")
                diff = ProgressDiff(plan: side.plan, van: van, tot: tot)
            } else {
                let old = try VoortgangSide.load(arguments.positionals[0], role: "OUD")
                let new = try VoortgangSide.load(arguments.positionals[1], role: "NIEUW")
                diff = ProgressDiff(
                    van: ProgressSide(
                        plan: old.plan, peildatum: van ?? old.plan.latestDate ?? tot, label: old.label),
                    tot: ProgressSide(plan: new.plan, peildatum: tot, label: new.label))
            }
            try VoortgangOutput.write(
                ProgressReport(diff), format: format, to: arguments.value("-o"),
                template: arguments.value("--template"), &console)
            return .ok
        } catch let failure as VoortgangFailure {
            switch failure {
            case .usage(let message):
                console.error("verbeter voortgang: \(message)")
                return .usage
            case .plan(let diagnostics, let message):
                for diagnostic in diagnostics { console.error(diagnostic.rendered) }
                console.error("verbeter voortgang: \(message)")
                return .problems
            }
        }
    }
}

/// Why `voortgang` stops: wrong use or an unreadable side (exit 2), or a side with a fout (exit 1).
enum VoortgangFailure: Error {
    case usage(String)
    case plan([Diagnostic], String)
}
