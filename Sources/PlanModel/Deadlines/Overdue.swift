/// When an actie is due and whether it is late on a peildatum. Overdue means: the status is open
/// and the last day of the deadline is before the peildatum (docs/FORMAT.md).
public struct ActieTiming: Hashable, Sendable {
    /// The last day of the deadline; nil for `doorlopend`, a missing or an unreadable deadline.
    public var dueDate: Day?
    /// Days past the due date on the peildatum, when overdue (at least 1).
    public var daysLate: Int?
    /// Days until the due date (0 = due on the peildatum), for open acties not yet overdue.
    public var daysLeft: Int?

    public var isOverdue: Bool { daysLate != nil }

    public init(actie: Actie, termijnen: [String: Day], peildatum: Day) {
        self.init(
            status: actie.statusValue, deadline: actie.deadlineForm, termijnen: termijnen,
            peildatum: peildatum)
    }

    public init(status: Status?, deadline: DeadlineForm?, termijnen: [String: Day], peildatum: Day) {
        dueDate = deadline?.lastDay(termijnen: termijnen)
        guard let dueDate, let status, status.isOpen else { return }
        let difference = peildatum.days(since: dueDate)
        if difference > 0 {
            daysLate = difference
        } else {
            daysLeft = -difference
        }
    }
}

/// Counts over a plan on a peildatum, for summaries and letters ("7 van de 9 acties zijn gerealiseerd").
public struct PlanCounts: Hashable, Sendable {
    public var aandachtspunten = 0
    public var acties = 0
    /// Realised, including geborgd.
    public var gerealiseerd = 0
    public var geborgd = 0
    public var open = 0
    public var achterstallig = 0
    public var perStatus: [Status: Int] = [:]

    public init(plan: Plan, peildatum: Day) {
        let termijnen = plan.termijnDays
        aandachtspunten = plan.aandachtspunten.count
        for punt in plan.aandachtspunten {
            for actie in punt.acties {
                acties += 1
                guard let status = actie.statusValue else { continue }
                perStatus[status, default: 0] += 1
                if status.isRealised { gerealiseerd += 1 }
                if status == .geborgd { geborgd += 1 }
                if status.isOpen { open += 1 }
                if ActieTiming(actie: actie, termijnen: termijnen, peildatum: peildatum).isOverdue {
                    achterstallig += 1
                }
            }
        }
    }
}
