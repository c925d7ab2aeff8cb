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
        var fouten = 0
        var waarschuwingen = 0
        var plansWithFout = 0
        var acties = 0
        var aandachtspunten = 0
        let results = LoadedPlan.readAll(paths, keepTree: false)
        defer { KeptUntilExit.keep(results) }
        for result in results {
            let loaded: LoadedPlan
            switch result {
            case .success(let plan): loaded = plan
            case .failure(let error): throw error
            }
            for diagnostic in loaded.diagnostics { console.error(diagnostic.rendered) }
            let planFouten = loaded.diagnostics.filter { $0.severity == .fout }.count
            fouten += planFouten
            waarschuwingen += loaded.diagnostics.count - planFouten
            if planFouten > 0 { plansWithFout += 1 }
            aandachtspunten += loaded.plan?.aandachtspunten.count ?? 0
            acties += loaded.plan?.aandachtspunten.reduce(0) { $0 + $1.acties.count } ?? 0
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
