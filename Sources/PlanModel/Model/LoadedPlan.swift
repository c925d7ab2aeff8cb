/// A plan read from text: its syntax tree (for edits), its model (for everything else) and every
/// diagnostic of every stage, sorted by position.
public struct LoadedPlan: Sendable {
    public let tree: SyntaxTree
    public let plan: Plan?
    public let diagnostics: [Diagnostic]

    public var source: SourceText { tree.source }
    public var hasFout: Bool { diagnostics.hasFout }

    /// Parses, builds and checks. The parser recovers at the next line, so the checks also run on
    /// a plan with syntax errors: one run reports every problem.
    ///
    /// With `keepTree: false` the model is built while parsing and the syntax tree of the
    /// aandachtspunten is not kept (for commands that only read: a large plan then needs far less
    /// memory); such a `tree` cannot be printed or edited. `textsKept` says which texts such a load
    /// keeps (`TextsKept`); a load that keeps the tree keeps every text.
    public init(
        source: SourceText, checks: CheckScope = .all, keepTree: Bool = true, textsKept: TextsKept = .all
    ) {
        let tree: SyntaxTree
        let plan: Plan?
        let modelDiagnostics: [Diagnostic]
        if keepTree {
            tree = SyntaxParser.parse(source)
            (plan, modelDiagnostics) = PlanBuilder.build(tree)
        } else {
            (tree, plan, modelDiagnostics) = PlanBuilder.buildStreaming(source, textsKept: textsKept)
        }
        var diagnostics = tree.diagnostics + modelDiagnostics
        if let plan {
            diagnostics += PlanChecks.run(plan, checks)
        }
        self.tree = tree
        self.plan = plan
        self.diagnostics = diagnostics.sortedByLocation()
    }

    /// Reads and loads a file.
    public static func read(
        _ path: String, checks: CheckScope = .all, keepTree: Bool = true, textsKept: TextsKept = .all
    ) throws -> LoadedPlan {
        // No heap warm-up ahead of the parse: each part of a two-core parse maps its memory on
        // the thread that builds it, and memory mapped on another thread stayed unused. A very
        // large plan that is only read is mapped, not copied (`MappedFile`).
        let bytes = try PlanFiles.readSource(path, mappedIfLarge: !keepTree)
        return LoadedPlan(
            source: SourceText(file: path, bytes: bytes), checks: checks, keepTree: keepTree,
            textsKept: textsKept)
    }
}
