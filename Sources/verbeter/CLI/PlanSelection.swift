import PlanModel

/// The options `lijst` and `achterstallig` share: which plans, which peildatum, which acties,
/// which format. Loads the plans and reports the ones with a fout.
struct PlanSelection {
    var plans: [Plan] = []
    var peildatum: Day
    var filter = ActieFilter()
    var format = ListFormat.tekst
    var hadFout = false

    static let options: [OptionSpec] = [
        .value("--per", "DATUM", "peildatum (JJJJ-MM-DD), standaard vandaag"),
        .value("--eigenaar", "TEKST", "alleen acties waarvan de eigenaar deze tekst bevat"),
        .value("--status", "S[,S]", "alleen acties met deze status(sen)"),
        .value("--aandachtspunt", "ID", "alleen acties van dit aandachtspunt"),
        .value("--format", "tekst|json|csv|md", "uitvoerformaat, standaard tekst"),
    ]

    /// Parses the shared options and loads the plans; fouten go to standard error.
    static func load(_ arguments: ParsedArguments, _ console: inout Console) throws -> PlanSelection {
        var selection = PlanSelection(peildatum: try DateOption.valueOrToday(arguments, "--per"))
        if let text = arguments.value("--format") {
            guard let format = ListFormat(rawValue: text) else {
                throw UsageError(message: "onbekend formaat '\(text)'; kies uit tekst, json, csv, md")
            }
            selection.format = format
        }
        if let text = arguments.value("--status") {
            var statuses = Set<Status>()
            for name in text.split(separator: ",").map({ String($0).trimmedWhitespace }) {
                guard let status = Status(rawValue: name) else {
                    throw UsageError(message: StatusMessages.unknown(name))
                }
                statuses.insert(status)
            }
            selection.filter.statuses = statuses
        }
        selection.filter.eigenaar = arguments.value("--eigenaar")
        selection.filter.aandachtspunt = arguments.value("--aandachtspunt")
        let paths: [String]
        do {
            paths = try PlanFiles.expand(arguments.positionals.isEmpty ? ["plans"] : arguments.positionals)
        } catch {
            throw UsageError(message: "\(error)")
        }
        // Only the models outlive this function: each file's bytes (one allocation) are freed here,
        // before the rows and the output are made, which keeps a large list's peak memory down.
        defer { KeptUntilExit.keep(selection.plans) }
        for result in LoadedPlan.readAll(paths, keepTree: false) {
            switch result {
            case .failure(let error):
                throw UsageError(message: "\(error)")
            case .success(let loaded):
                let fouten = loaded.diagnostics.filter { $0.severity == .fout }
                if let plan = loaded.plan, fouten.isEmpty {
                    selection.plans.append(plan)
                } else {
                    selection.hadFout = true
                    for diagnostic in fouten { console.error(diagnostic.rendered) }
                    console.error(
                        "verbeter: \(loaded.source.file) overgeslagen: het plan bevat fouten (verbeter check)"
                    )
                }
            }
        }
        return selection
    }

    func print(_ report: ActieListReport, _ console: inout Console) {
        if format == .json {
            console.outBytes += report.jsonBytes()
            return
        }
        let text = report.render(
            format, width: Console.terminalWidth, color: format == .tekst && Console.useColor)
        console.out += text
    }
}
