/// The checks `verbeter check` runs after the plan was read: small pure functions over the model,
/// each returning its diagnostics, run in this order and collected (beancount's validation list).
public typealias PlanCheck = @Sendable (Plan) -> [Diagnostic]

public enum PlanChecks {
    public static let all: [PlanCheck] = [
        checkUniqueIds,
        checkDates,
        checkStatuses,
        checkDeadlines,
        checkReferences,
        checkOwnershipAndBorging,
        checkHistorie,
    ]

    /// Runs every check and returns their diagnostics in check order (`LoadedPlan` sorts them).
    public static func run(_ plan: Plan) -> [Diagnostic] {
        all.flatMap { $0(plan) }
    }
}

extension Plan {
    func diagnostic(_ severity: Severity, _ text: PlanText, _ message: String) -> Diagnostic {
        Diagnostic(severity, text.location(in: file), message)
    }

    func diagnostic(_ severity: Severity, line: Int32, column: Int32, _ message: String) -> Diagnostic {
        Diagnostic(severity, SourceLocation(file: file, line: Int(line), column: Int(column)), message)
    }
}
