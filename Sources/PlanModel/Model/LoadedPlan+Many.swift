extension LoadedPlan {
    /// Reads many plans on all cores (a province's folder holds hundreds) and hands each one, on
    /// the thread that read it, to `use`; only what `use` returns is kept, in the order of
    /// `paths`, and an unreadable file is returned as its error. A command that needs a few rows
    /// per plan lets each model go as soon as its rows are made, and the next plan's model
    /// reuses that memory: over a folder of 400 plans this left a tenth of the page faults
    /// (each ≈ 3 µs here) and made the rows on every core (docs/PERFORMANCE.md). `use` owns the
    /// plan it is given, so it can let the file's bytes go before it makes anything new.
    public static func readEach<Value: Sendable>(
        _ paths: [String], checks: CheckScope = .all, keepTree: Bool = true, textsKept: TextsKept = .all,
        _ use: @Sendable (consuming LoadedPlan) -> Value
    ) -> [Result<Value, PlanFiles.IOError>] {
        func load(_ path: String) -> Result<Value, PlanFiles.IOError> {
            Result { use(try read(path, checks: checks, keepTree: keepTree, textsKept: textsKept)) }
                .mapError(asIOError(path))
        }
        if paths.count < 2 { return paths.map(load) }
        return .concurrentlyMade(count: paths.count) { load(paths[$0]) }
    }

    static func asIOError(_ path: String) -> (Error) -> PlanFiles.IOError {
        { error in (error as? PlanFiles.IOError) ?? PlanFiles.IOError(path: path, reason: "\(error)") }
    }
}
