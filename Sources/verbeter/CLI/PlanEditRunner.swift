import PlanModel

/// The flow `status` and `deadline` share: parse the plan under the lock, refuse a plan with a
/// fout, apply the edit, verify that the result reads back with the new value, write atomically.
enum PlanEditRunner {
    /// Gets the plan as read under the lock (without a fout), returns the new bytes.
    typealias Edit = (LoadedPlan) -> Result<[UInt8], PlanEdit.Failure>
    typealias Verify = (Plan) -> Bool

    static func run(path: String, _ console: inout Console, edit: Edit, verify: @escaping Verify) -> ExitCode
    {
        var diagnostics: [Diagnostic] = []
        var exitCode = ExitCode.ok
        let result = LockedRewrite.rewrite(path) { bytes in
            let loaded = LoadedPlan(source: SourceText(file: path, bytes: bytes))
            if loaded.hasFout {
                diagnostics = loaded.diagnostics.filter { $0.severity == .fout }
                exitCode = .problems
                return .failure(
                    .init(
                        message:
                            "\(path): het plan bevat fouten; los die eerst op (verbeter check \(path)); er is niets gewijzigd"
                    ))
            }
            switch edit(loaded) {
            case .failure(let failure):
                exitCode = .usage
                return .failure(.init(message: failure.message))
            case .success(let newBytes):
                let reread = LoadedPlan(source: SourceText(file: path, bytes: newBytes))
                guard !reread.hasFout, let plan = reread.plan, verify(plan) else {
                    exitCode = .problems
                    return .failure(
                        .init(
                            message:
                                "\(path): de wijziging leest niet goed terug; er is niets gewijzigd (meld dit als fout in verbeter)"
                        ))
                }
                return .success(newBytes)
            }
        }
        for diagnostic in diagnostics { console.error(diagnostic.rendered) }
        switch result {
        case .success:
            return .ok
        case .failure(let failure):
            console.error("verbeter: \(failure.message)")
            return exitCode == .ok ? .usage : exitCode
        }
    }

    /// `--datum` and `--toelichting`; wrong use of either is thrown as a `UsageError`.
    static func change(_ arguments: ParsedArguments) throws -> (Day, String?) {
        (try DateOption.valueOrToday(arguments, "--datum"), try toelichting(arguments))
    }

    /// `--toelichting`, which must fit on one historie line.
    static func toelichting(_ arguments: ParsedArguments) throws -> String? {
        guard let text = arguments.value("--toelichting") else { return nil }
        if text.unicodeScalars.contains(where: {
            $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) || text.contains(where: \.isNewline) {
            throw UsageError(
                message: "--toelichting moet op één regel passen (de historie heeft één regel per wijziging)")
        }
        return text.trimmedWhitespace
    }
}
