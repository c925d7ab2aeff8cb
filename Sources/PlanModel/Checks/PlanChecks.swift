/// A check `verbeter check` runs after the plan was read: a small pure function over the model
/// returning its diagnostics; `PlanChecks.checks` lists them in the order their diagnostics are
/// collected (beancount's validation list).
public typealias PlanCheck = @Sendable (Plan) -> [Diagnostic]

/// A check of one actie, adding its diagnostics to the list it is given. The acties of a large
/// plan are all checked in one pass: walking a hundred thousand acties once per check cost more
/// in memory traffic than the checks themselves. Named cases calling the functions directly,
/// not closures in a list: calling a stored closure retained its context and the actie for
/// every actie and check.
enum ActieCheck: Sendable {
    case status, deadline, ownershipAndBorging, historie

    /// Whether this check can report a `fout` (the others only warn).
    var canGiveFout: Bool {
        switch self {
        case .status, .deadline: true
        case .ownershipAndBorging, .historie: false
        }
    }

    func run(_ context: ActieCheckContext, _ actie: Actie, _ result: inout [Diagnostic]) {
        switch self {
        case .status: checkStatus(context, actie, &result)
        case .deadline: checkDeadline(context, actie, &result)
        case .ownershipAndBorging: checkOwnershipAndBorging(context, actie, &result)
        case .historie: checkHistorie(context, actie, &result)
        }
    }
}

/// What the actie checks read of the plan as a whole, worked out once per pass. A class: the
/// checks were called through closures whose thunks copied a struct holding the plan (a memcpy
/// and a retain per field) for every actie and check. Each pass over a part of the list has its
/// own, so that two threads never count references on one object.
final class ActieCheckContext: Sendable {
    let plan: Plan
    let termijnen: [String: Day]
    let termijnNames: [String]

    init(_ plan: Plan) {
        self.plan = plan
        termijnen = plan.termijnDays
        termijnNames = plan.termijnen.map(\.name.value)
    }
}

/// Which checks a load runs: all of them (`check`, the documents), only those that can report a
/// `fout` (the lists, which skip a plan with a fout and show no warnings), or none.
public enum CheckScope: Sendable {
    case all, thoseGivingFouten, skip
}

public enum PlanChecks {
    enum Check {
        case plan(PlanCheck, canGiveFout: Bool)
        case actie(ActieCheck)

        var canGiveFout: Bool {
            switch self {
            case .plan(_, let canGiveFout): canGiveFout
            case .actie(let check): check.canGiveFout
            }
        }

        /// The check as a function of the whole plan (an actie check over every actie).
        var overPlan: PlanCheck {
            switch self {
            case .plan(let check, _): check
            case .actie(let check): overActies(check)
            }
        }
    }

    /// Every check, in the order their diagnostics are given.
    static let checks: [Check] = [
        .plan(checkUniqueIds, canGiveFout: true),
        .plan(checkDates, canGiveFout: true),
        .actie(.status),
        .actie(.deadline),
        .plan(checkReferences, canGiveFout: true),
        .actie(.ownershipAndBorging),
        .actie(.historie),
    ]

    /// Every check as a function of the whole plan.
    public static let all: [PlanCheck] = checks.map(\.overPlan)

    /// An actie check run over every actie of the plan, in plan order.
    static func overActies(_ check: ActieCheck) -> PlanCheck {
        { plan in
            let context = ActieCheckContext(plan)
            var result: [Diagnostic] = []
            plan.forEachActie(in: plan.aandachtspunten.indices) { actie in check.run(context, actie, &result)
            }
            return result
        }
    }

    /// Runs the checks of `scope` and returns their diagnostics in check order (`LoadedPlan`
    /// sorts them). A large plan is checked side by side: each plan check is a task, and all
    /// actie checks run in one pass over each part of the aandachtspunten, a task per part; the
    /// results are joined in check order and plan order, so the outcome is the same.
    public static func run(_ plan: Plan, _ scope: CheckScope = .all) -> [Diagnostic] {
        let checks: [Check]
        switch scope {
        case .all: checks = Self.checks
        case .thoseGivingFouten: checks = Self.checks.filter(\.canGiveFout)
        case .skip: return []
        }
        guard plan.actieCount >= parallelAbove else { return checks.flatMap { $0.overPlan(plan) } }
        let planChecks = checks.compactMap { check -> PlanCheck? in
            if case .plan(let check, _) = check { return check } else { return nil }
        }
        let actieChecks = checks.compactMap { check -> ActieCheck? in
            if case .actie(let check) = check { return check } else { return nil }
        }
        let parts = plan.parts(4)
        // Task p < planChecks.count: plan check p's results; then per part, its results per actie
        // check. Handed out to the cores as they become free: the duplicate-id check takes about
        // as long as two parts of the actie checks.
        let slots = [[[Diagnostic]]].concurrentlyMade(count: planChecks.count + parts.count) { task in
            if task < planChecks.count { return [planChecks[task](plan)] }
            let context = ActieCheckContext(plan)
            var results = Array(repeating: [Diagnostic](), count: actieChecks.count)
            plan.forEachActie(in: parts[task - planChecks.count]) { actie in
                for check in actieChecks.indices { actieChecks[check].run(context, actie, &results[check]) }
            }
            return results
        }
        var result: [Diagnostic] = []
        var planIndex = 0
        var actieIndex = 0
        for check in checks {
            switch check {
            case .plan:
                result += slots[planIndex][0]
                planIndex += 1
            case .actie:
                for part in parts.indices { result += slots[planChecks.count + part][actieIndex] }
                actieIndex += 1
            }
        }
        return result
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
