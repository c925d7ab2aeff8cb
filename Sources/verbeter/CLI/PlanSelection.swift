import PlanModel

/// The options `lijst` and `achterstallig` share: which plans, which peildatum, which acties,
/// which format. Loads the plans, reduces each to its rows, and reports the ones with a fout.
struct PlanSelection {
    /// The rows of every plan without a fout, joined in the order of the paths.
    var rows: [ActieRow] = []
    /// How many plans gave rows (had no fout).
    var planCount = 0
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

    /// Parses the shared options, loads the plans and makes each plan's rows with `rowsOf` on the
    /// thread that read it; fouten go to standard error.
    static func load(
        _ arguments: ParsedArguments, _ console: inout Console,
        rowsOf: @Sendable (Plan, Day, ActieFilter) -> [ActieRow]
    ) throws -> PlanSelection {
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
        // Only the rows outlive each plan. A folder's plans are freed one by one as their rows
        // are made (their memory is reused by the next); a single plan, which may hold a million
        // acties, is left to the kernel at exit instead of being freed node by node. Each file's
        // bytes (one allocation) are freed before its rows are made. A list shows no warnings,
        // so only the checks that can find a fout run, and it shows few of an actie's texts, so
        // only those are kept (`TextsKept.shownInLists`).
        let keepModel = paths.count < 2
        let peildatum = selection.peildatum
        let filter = selection.filter
        var outcomes = LoadedPlan.readEach(
            paths, checks: .thoseGivingFouten, keepTree: false, textsKept: .shownInLists
        ) {
            (loaded: consuming LoadedPlan) -> PlanRows in
            let file = loaded.source.file
            let fouten = loaded.diagnostics.filter { $0.severity == .fout }
            guard let plan = loaded.plan, fouten.isEmpty else {
                return PlanRows(file: file, fouten: fouten, rows: nil)
            }
            // The file's bytes and the rest of the load go before the rows are made.
            _ = consume loaded
            if keepModel { KeptUntilExit.keep(plan) }
            return PlanRows(file: file, fouten: [], rows: rowsOf(plan, peildatum, filter))
        }
        defer { KeptUntilExit.keep(outcomes) }
        for index in outcomes.indices {
            switch outcomes[index] {
            case .failure(let error):
                throw UsageError(message: "\(error)")
            case .success(var plan):
                // The rows are handed over, not kept here as well: `takeRows` promises the only
                // reference (kept here, ordering a million acties' rows copied all 36 MB of them).
                outcomes[index] = .success(PlanRows(file: plan.file, fouten: [], rows: nil))
                if let rows = plan.rows.take() {
                    if selection.rows.isEmpty { selection.rows = rows } else { selection.rows += rows }
                    selection.planCount += 1
                } else {
                    selection.hadFout = true
                    for diagnostic in plan.fouten { console.error(diagnostic.rendered) }
                    console.error(
                        "verbeter: \(plan.file) overgeslagen: het plan bevat fouten (verbeter check)")
                }
            }
        }
        return selection
    }

    /// The rows, handed over: the selection keeps none, so that whoever takes them holds the
    /// only reference and can reorder them in place.
    mutating func takeRows() -> [ActieRow] {
        var taken: [ActieRow] = []
        swap(&taken, &rows)
        return taken
    }

    func print(_ report: ActieListReport, _ console: inout Console) {
        // Every plan was skipped for a fout (said on standard error): "geen acties" would claim
        // a plan was read and found in order. Machine formats still get their empty list.
        if planCount == 0 && hadFout && (format == .tekst || format == .md) { return }
        if format == .json {
            console.printBytes(report.jsonPieces())
            return
        }
        let text = report.render(
            format, width: Console.terminalWidth, color: format == .tekst && Console.useColor)
        console.out += text
    }
}

/// What one plan of a selection leaves: its rows, or the fouten that kept it out.
struct PlanRows: Sendable {
    var file: String
    var fouten: [Diagnostic]
    var rows: [ActieRow]?
}
