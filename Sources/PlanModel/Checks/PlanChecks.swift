import Dispatch

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
    /// A large plan's checks run side by side: each reads the plan only, and the results are
    /// joined in check order, so the outcome is the same.
    public static func run(_ plan: Plan) -> [Diagnostic] {
        let acties = plan.aandachtspunten.reduce(0) { $0 + $1.acties.count }
        guard acties >= parallelAbove else { return all.flatMap { $0(plan) } }
        // One slot per check, each written by one thread only.
        let slots = UnsafeMutableBufferPointer<[Diagnostic]>.allocate(capacity: all.count)
        slots.initialize(repeating: [])
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: all.count) { index in slots[index] = all[index](plan) }
        return slots.flatMap { $0 }
    }

    /// Below this many acties the checks take less time than starting threads.
    static let parallelAbove = 2_000
}

extension Plan {
    func diagnostic(_ severity: Severity, _ text: PlanText, _ message: String) -> Diagnostic {
        Diagnostic(severity, text.location(in: file), message)
    }

    func diagnostic(_ severity: Severity, line: Int32, column: Int32, _ message: String) -> Diagnostic {
        Diagnostic(severity, SourceLocation(file: file, line: Int(line), column: Int(column)), message)
    }
}
