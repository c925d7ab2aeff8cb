import PlanModel

/// `verbeter check`: reads every plan and prints every problem as `pad:regel:kolom: fout: …`.
enum CheckCommand: Command {
    static let name = "check"
    static let abstract = "controleer plannen en meld elke fout en waarschuwing met regel en kolom"
    static let usage = "verbeter check [PAD...]"
    static let discussion = """
        PAD is een planbestand of een map met plannen (standaard: plans/). Elk probleem komt op een
        eigen regel als 'pad:regel:kolom: fout: …' of '… waarschuwing: …'. Afsluitcode 1 als er
        een fout is, anders 0.

        Voorbeelden:
          verbeter check plans/almelo-2017.yaml
          verbeter check plans/
        """
    static let options: [OptionSpec] = [.flag("--stil", "alleen problemen tonen, geen samenvatting")]
    static let positionals: (min: Int, max: Int?) = (0, nil)

    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode {
        let paths = try PlanFiles.expand(arguments.positionals.isEmpty ? ["plans"] : arguments.positionals)
        // A folder's plans are reduced to their messages and counts on the thread that read them,
        // and freed there; a single plan is left to the kernel at exit (see `KeptUntilExit`).
        let keepModel = paths.count < 2
        let outcomes = LoadedPlan.readEach(paths, keepTree: false) { loaded in
            if keepModel { KeptUntilExit.keep(loaded) }
            return CheckedPlan(loaded)
        }
        defer { KeptUntilExit.keep(outcomes) }
        var fouten = 0
        var waarschuwingen = 0
        var plansWithFout = 0
        var acties = 0
        var aandachtspunten = 0
        for outcome in outcomes {
            let checked: CheckedPlan
            switch outcome {
            case .success(let plan): checked = plan
            case .failure(let error): throw error
            }
            for message in checked.messages { console.error(message) }
            fouten += checked.fouten
            waarschuwingen += checked.messages.count - checked.fouten
            if checked.fouten > 0 { plansWithFout += 1 }
            aandachtspunten += checked.aandachtspunten
            acties += checked.acties
        }
        if !arguments.has("--stil") {
            console.print(
                CheckSummary.text(
                    plans: paths.count, plansWithFout: plansWithFout, aandachtspunten: aandachtspunten,
                    acties: acties, fouten: fouten, waarschuwingen: waarschuwingen))
        }
        return fouten > 0 ? .problems : .ok
    }
}

/// What `check` reports of one plan.
struct CheckedPlan: Sendable {
    var messages: [String]
    var fouten: Int
    var aandachtspunten: Int
    var acties: Int

    init(_ loaded: LoadedPlan) {
        messages = loaded.diagnostics.map(\.rendered)
        fouten = loaded.diagnostics.filter { $0.severity == .fout }.count
        aandachtspunten = loaded.plan?.aandachtspunten.count ?? 0
        acties = loaded.plan?.actieCount ?? 0
    }
}
