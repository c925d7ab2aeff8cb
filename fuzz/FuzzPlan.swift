/// libFuzzer entry point for the syntax layer, the model and the edits. Compiled into the
/// `PlanModel` module by `fuzz/build.sh` (not part of the package), so it can use internals.
///
/// Properties, each a `fatalError` so that libFuzzer reports and saves the input:
/// - loading any bytes never crashes or hangs (the sanitizers and `-timeout` watch that);
/// - the fast UTF-8 pass calls a file clean exactly when the exact pass finds no problem;
/// - every diagnostic points at a line and column that exist in the file;
/// - printing the syntax tree gives back the input byte for byte (lossless);
/// - building while parsing, on two cores where the input allows (read-only commands), gives the
///   same plan and diagnostics as building from the whole tree;
/// - a list load, which leaves out the texts a list never shows (`TextsKept.shownInLists`),
///   gives the same fouten and the same rows and overdue rows as that plan;
/// - on a plan without `fout`, `PlanEdit.setStatus` on its first actie gives bytes that load
///   again without `fout`, with the new status and the new historie line read back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loaded = LoadedPlan(source: SourceText(file: "fuzz.yaml", bytes: bytes))
    let clean = loaded.source.bytes.withUnsafeBufferPointer {
        UTF8Check.isClean($0, from: loaded.source.contentStart)
    }
    if clean != (UTF8Check.problems(in: loaded.source, limit: 1) == nil) {
        fatalError("the fast and the exact UTF-8 pass disagree")
    }
    checkPositions(loaded)
    if loaded.tree.root != nil, SyntaxPrinter.print(loaded.tree) != bytes {
        fatalError("printing the syntax tree does not reproduce the input")
    }
    let (streamedTree, streamedPlan, streamedDiagnostics) = PlanBuilder.buildStreaming(
        loaded.source, splitAbove: 0)
    var streamed = streamedTree.diagnostics + streamedDiagnostics
    if let streamedPlan { streamed += PlanChecks.run(streamedPlan) }
    if streamedPlan != loaded.plan || streamed.sortedByLocation() != loaded.diagnostics {
        fatalError("building while parsing differs from building from the tree")
    }
    checkListLoad(loaded.source, streamedPlan, streamed)
    guard !loaded.hasFout else { return 0 }

    guard let actie = TreeLocator.allActies(in: loaded.tree).first, let id = TreeLocator.idText(of: actie),
        let day = Day(year: 2030, month: 1, day: 1)
    else { return 0 }
    let edited: [UInt8]
    switch PlanEdit.setStatus(loaded.tree, actie: id, to: .gerealiseerd, on: day, toelichting: "fuzz") {
    case .success(let result): edited = result
    case .failure: return 0  // a refused edit (a block-scalar status) is a message, not a bug
    }
    let reloaded = LoadedPlan(source: SourceText(file: "fuzz.yaml", bytes: edited))
    if reloaded.hasFout {
        let messages = reloaded.diagnostics.filter { $0.severity == .fout }.map(\.rendered)
        fatalError("edit of actie \(id) gives fout: \(messages)")
    }
    guard let plan = reloaded.plan, let after = plan.acties.first(where: { $0.actie.id.value == id })?.actie
    else {
        fatalError("edit of actie \(id) loses the actie")
    }
    guard after.status?.value == "gerealiseerd" else {
        fatalError("edit of actie \(id) reads back status \(String(describing: after.status?.value))")
    }
    guard let last = after.historie.last, last.date == day, last.change == .status(.gerealiseerd),
        last.toelichting == "fuzz"
    else {
        fatalError("edit of actie \(id) reads back historie \(after.historie)")
    }
    return 0
}

/// Diagnostics must point inside the file: line 1...lines, column at least 1.
func checkPositions(_ loaded: LoadedPlan) {
    var lines = 1
    for byte in loaded.source.bytes where byte == 0x0A { lines += 1 }
    for diagnostic in loaded.diagnostics {
        let location = diagnostic.location
        if location.line < 1 || location.line > lines || location.column < 1 {
            fatalError("diagnostic outside the file (\(lines) lines): \(diagnostic.rendered)")
        }
    }
}

/// A list load gives what the full streamed load gives a list: its fouten and its rows.
func checkListLoad(_ source: SourceText, _ plan: Plan?, _ diagnostics: [Diagnostic]) {
    let (tree, listPlan, listDiagnostics) = PlanBuilder.buildStreaming(
        source, splitAbove: 0, textsKept: .shownInLists)
    var fouten = tree.diagnostics + listDiagnostics
    if let listPlan { fouten += PlanChecks.run(listPlan, .thoseGivingFouten) }
    let expected = diagnostics.sortedByLocation().filter { $0.severity == .fout }
    guard fouten.sortedByLocation().filter({ $0.severity == .fout }) == expected,
        (plan == nil) == (listPlan == nil)
    else {
        fatalError("a list load gives other fouten than a full load")
    }
    guard let plan, let listPlan, let day = Day(year: 2017, month: 9, day: 30) else { return }
    if ActieList.rows(of: listPlan, peildatum: day) != ActieList.rows(of: plan, peildatum: day)
        || ActieList.dueRows(of: listPlan, peildatum: day, binnen: 60)
            != ActieList.dueRows(of: plan, peildatum: day, binnen: 60)
    {
        fatalError("a list load gives other rows than a full load")
    }
}
