/// Builds the typed `Plan` from the syntax tree, reporting fields the schema does not know, fields
/// of the wrong shape and missing required fields. It reads every field it can, so that one run
/// reports every problem.
public struct PlanBuilder {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    /// What the direct reader keeps of the texts it reads (`TextsKept`).
    var textsKept = TextsKept.all

    init(source: SourceText, textsKept: TextsKept = .all) {
        self.source = source
        self.textsKept = textsKept
    }

    public static func build(_ tree: SyntaxTree) -> (Plan?, [Diagnostic]) {
        var builder = PlanBuilder(source: tree.source)
        guard let root = tree.root else { return (nil, []) }
        guard case .mapping(let mapping) = root else {
            builder.fout(root.position, ModelMessages.rootNotMapping)
            return (nil, builder.diagnostics)
        }
        let plan = builder.plan(mapping)
        return (plan, builder.diagnostics)
    }

    var file: String { source.file }

    mutating func fout(_ position: SourcePosition, _ message: String) {
        diagnostics.append(
            Diagnostic(
                .fout, SourceLocation(file: file, line: position.line, column: position.column), message))
    }

    // MARK: Plan

    mutating func plan(_ mapping: MappingNode) -> Plan {
        var plan = Plan(file: file)
        for entry in mapping.entries {
            switch entry.key {
            case "gemeente": plan.gemeente = text(entry)
            case "titel": plan.titel = text(entry)
            case "vastgesteld": plan.vastgesteld = text(entry)
            case "opdrachtgever": plan.opdrachtgever = text(entry)
            case "opdrachtnemer": plan.opdrachtnemer = text(entry)
            case "toelichting": plan.toelichting = text(entry)
            case "rapport": plan.rapport = rapport(entry)
            case "college": plan.college = college(entry)
            case "termijnen": plan.termijnen = termijnen(entry)
            // A second list (a duplicate field, already a fout) is read on, as when streaming.
            case "aandachtspunten": plan.aandachtspunten += aandachtspunten(entry)
            default: unknownField(entry, known: Schema.planFields, context: "het plan")
            }
        }
        required(plan.gemeente, "gemeente", in: mapping, context: "het plan")
        required(plan.titel, "titel", in: mapping, context: "het plan")
        if mapping.entry("aandachtspunten") == nil {
            fout(mapping.position, ModelMessages.missingField("aandachtspunten", context: "het plan"))
        }
        return plan
    }

    mutating func rapport(_ entry: MappingEntry) -> Rapport {
        var rapport = Rapport()
        guard let mapping = mapping(entry) else { return rapport }
        for field in mapping.entries {
            switch field.key {
            case "titel": rapport.titel = text(field)
            case "door": rapport.door = text(field)
            case "datum": rapport.datum = text(field)
            case "reactie-voor": rapport.reactieVoor = text(field)
            case "vervolgonderzoek": rapport.vervolgonderzoek = text(field)
            default: unknownField(field, known: Schema.rapportFields, context: "rapport")
            }
        }
        return rapport
    }

    mutating func college(_ entry: MappingEntry) -> College {
        var college = College()
        guard let mapping = mapping(entry) else { return college }
        for field in mapping.entries {
            switch field.key {
            case "onderwerp": college.onderwerp = text(field)
            case "behandeldatum": college.behandeldatum = text(field)
            case "portefeuillehouder": college.portefeuillehouder = text(field)
            case "hoofdopgave": college.hoofdopgave = text(field)
            case "besluit": college.besluit = text(field)
            case "bijlagen": college.bijlagen = text(field)
            default: unknownField(field, known: Schema.collegeFields, context: "college")
            }
        }
        return college
    }

    mutating func termijnen(_ entry: MappingEntry) -> [Termijn] {
        guard let mapping = mapping(entry) else { return [] }
        var result: [Termijn] = []
        for field in mapping.entries {
            guard let deadline = text(field) else { continue }
            let name = PlanText(field.key, line: field.keyPosition.line, column: field.keyPosition.column)
            let lastDay = DeadlineForm.parseDateLike(deadline.value)?.lastDay(termijnen: [:])
            result.append(Termijn(name: name, deadline: deadline, lastDay: lastDay))
        }
        return result
    }

    // MARK: Shapes

    /// A text value; reports a mapping or list where text belongs. Empty values read as absent.
    mutating func text(_ entry: MappingEntry) -> PlanText? {
        switch entry.value {
        case nil: return nil
        case .scalar(let scalar)?:
            if scalar.text.isEmpty { return nil }
            return PlanText(scalar.text, line: scalar.position.line, column: scalar.position.column)
        case .mapping?, .sequence?:
            fout(entry.keyPosition, ModelMessages.expectedText(entry.key))
            return nil
        }
    }

    mutating func mapping(_ entry: MappingEntry) -> MappingNode? {
        guard let value = entry.value else { return nil }
        guard case .mapping(let mapping) = value else {
            fout(entry.keyPosition, ModelMessages.expectedFields(entry.key))
            return nil
        }
        return mapping
    }

    mutating func sequence(_ entry: MappingEntry) -> SequenceNode? {
        guard let value = entry.value else { return nil }
        guard case .sequence(let sequence) = value else {
            fout(entry.keyPosition, ModelMessages.expectedList(entry.key))
            return nil
        }
        return sequence
    }

    mutating func unknownField(_ entry: MappingEntry, known: [String], context: String) {
        fout(entry.keyPosition, ModelMessages.unknownField(entry.key, known: known, context: context))
    }

    mutating func required<T>(_ value: T?, _ key: String, in mapping: MappingNode, context: String) {
        guard value == nil else { return }
        if let entry = mapping.entry(key) {
            if entry.isInvalid { return }  // its value was already reported
            fout(entry.keyPosition, ModelMessages.emptyField(key, context: context))
        } else {
            fout(mapping.position, ModelMessages.missingField(key, context: context))
        }
    }
}

extension PlanBuilder {
    /// Builds the plan while parsing, each aandachtspunt as soon as it is read (see
    /// `SyntaxParser.parse(_:items:)`), for read-only use of large plans. Gives the same
    /// plan and diagnostics as `build(SyntaxParser.parse(source))`; the tree it returns has an
    /// empty `aandachtspunten` list.
    public static func buildStreaming(
        _ source: SourceText, splitAbove: Int = splitThreshold, textsKept: TextsKept = .all
    ) -> (SyntaxTree, Plan?, [Diagnostic]) {
        if source.bytes.count > splitAbove, let result = buildOnTwoCores(source, textsKept: textsKept) {
            return result
        }
        let state = StreamingState(PlanBuilder(source: source, textsKept: textsKept))
        let tree = SyntaxParser.parse(source, items: state)
        return state.finish(tree, with: [])
    }

    /// Plans larger than this are read on two cores (see `SyntaxParser+Split.swift`).
    public static let splitThreshold = 1 << 20

    static func buildOnTwoCores(_ source: SourceText, textsKept: TextsKept) -> (
        SyntaxTree, Plan?, [Diagnostic]
    )? {
        let first = StreamingState(PlanBuilder(source: source, textsKept: textsKept))
        let second = StreamingState(PlanBuilder(source: source, textsKept: textsKept))
        guard let tree = SyntaxParser.parseSplit(source, first: first, second: second) else {
            return nil
        }
        return first.finish(tree, with: [second])
    }
}

/// The builder and the aandachtspunten built so far, for one streaming parser.
final class StreamingState: @unchecked Sendable {
    var builder: PlanBuilder
    var aandachtspunten: [Aandachtspunt] = []
    /// Where the first item this state read began, to foresee how many the file holds.
    var firstItemAt: Int?
    /// Up to where in the file the heap this state builds in is advised for 2 MB pages: the
    /// warm-up maps 60 MB of model ahead (about 45 MB of file), and past it a million acties made
    /// 369 000 page faults of 4 KB (120 000 with the advice). 0 until the first item.
    var hugePagesUpTo = 0

    /// Called with the file offset the parse has reached once it passes `hugePagesUpTo`: the
    /// first time it only notes where the warm-up will run out, later it advises 2 MB pages for
    /// the next 32 MB of heap (about 24 MB of file), without mapping them.
    func adviseHugePagesAhead(from offset: Int) {
        if hugePagesUpTo == 0 {
            hugePagesUpTo = offset + (40 << 20)
            return
        }
        HeapWarmup.adviseAhead(bytes: 32 << 20)
        hugePagesUpTo = offset + (24 << 20)
    }

    init(_ builder: PlanBuilder) { self.builder = builder }

    /// Maps the memory this part's model will take (`HeapWarmup`, at most 60 MB): 0.6 of the
    /// file's bytes per part with every text; 0.4 for a list load, which leaves texts out
    /// (`TextsKept`; at 100 000 acties 0.3 left faults past the warm-up, and 0.6 took peak
    /// memory from 172 to 208 MB).
    func prepareToRead(partOf fileBytes: Int) {
        HeapWarmup.prepare(bytes: fileBytes * (builder.textsKept == .all ? 6 : 4) / 10)
    }

    /// After this many items a state foresees how many the rest of the file holds.
    static let itemsToForesee = 64

    /// Makes room for the items the rest of the file would hold if they were as long as those
    /// read so far, and an eighth more. Growing by doubling copied the list into fresh memory
    /// about once more, and joining the parts of a split parse copied it again (40-60 ms at a
    /// million acties). The first part foresees the items of the whole file, so that the second
    /// part's are moved into its room (`joinedInFirst`).
    func reserveForRestOfFile(read: Int, remaining: Int) {
        guard read > 0, remaining > 0 else { return }
        let perItem = max(read / aandachtspunten.count, 64)
        let expected = aandachtspunten.count + remaining / perItem
        aandachtspunten.reserveCapacity(expected + expected / 8)
    }

    func add(_ node: SyntaxNode) {
        guard case .mapping(let mapping) = node else {
            builder.fout(node.position, ModelMessages.expectedItemFields("aandachtspunt"))
            return
        }
        if let punt = builder.aandachtspunt(mapping) { aandachtspunten.append(punt) }
    }

    /// Builds the rest of the plan from the tree and joins the aandachtspunten of later parts.
    func finish(_ tree: SyntaxTree, with later: [StreamingState]) -> (SyntaxTree, Plan?, [Diagnostic]) {
        let laterDiagnostics = later.flatMap { $0.builder.diagnostics }
        guard let root = tree.root else { return (tree, nil, laterDiagnostics) }
        guard case .mapping(let mapping) = root else {
            builder.fout(root.position, ModelMessages.rootNotMapping)
            return (tree, nil, builder.diagnostics + laterDiagnostics)
        }
        var plan = builder.plan(mapping)
        // Moved, not copied: at 100 000 acties joining copies of the two lists took 12 ms, and
        // at a million the copy of the second half 30-130 ms.
        var parts = [aandachtspunten] + later.map(\.aandachtspunten)
        aandachtspunten = []
        for part in later { part.aandachtspunten = [] }
        plan.aandachtspunten = .joinedInFirst(&parts, placeholder: Self.placeholder)
        return (tree, plan, builder.diagnostics + laterDiagnostics)
    }

    /// What a moved-out aandachtspunt leaves behind: nothing to free.
    private static let placeholder = Aandachtspunt(id: PlanText("", line: 0, column: 0), line: 0, column: 0)
}
