/// One actie as a row of `lijst` and `achterstallig`: plain data that every format renders.
public struct ActieRow: Hashable, Sendable {
    public var plan: String
    public var gemeente: String
    public var aandachtspunt: String
    public var id: String
    public var actie: String
    public var eigenaar: String
    /// The status as written.
    public var status: String
    /// The deadline as written.
    public var deadline: String
    /// The deadline's last day; nil for `doorlopend` or an unusable deadline.
    public var vervaldatum: Day?
    public var timing: ActieTiming
}

/// Which acties a list shows.
public struct ActieFilter: Sendable {
    public var statuses: Set<Status>?
    /// Case-insensitive part of the eigenaar.
    public var eigenaar: String?
    public var aandachtspunt: String?

    public init(statuses: Set<Status>? = nil, eigenaar: String? = nil, aandachtspunt: String? = nil) {
        self.statuses = statuses
        self.eigenaar = eigenaar
        self.aandachtspunt = aandachtspunt
    }

    func admits(_ punt: Aandachtspunt, _ actie: Actie) -> Bool {
        if let statuses, !(actie.statusValue.map(statuses.contains) ?? false) { return false }
        if let aandachtspunt, punt.id.value != aandachtspunt { return false }
        if let eigenaar {
            guard let owner = actie.eigenaar?.value, owner.lowercased().contains(eigenaar.lowercased()) else {
                return false
            }
        }
        return true
    }
}

public enum ActieList {
    /// Every admitted actie of the plans, in plan order.
    public static func rows(_ plans: [Plan], peildatum: Day, filter: ActieFilter = ActieFilter())
        -> [ActieRow]
    {
        rows(plans, peildatum: peildatum, filter: filter) { _ in true }
    }

    /// The admitted acties whose timing `wanted` accepts. Timing is decided before a row is made,
    /// so an overdue list over a million acties builds rows only for the late ones.
    static func rows(
        _ plans: [Plan], peildatum: Day, filter: ActieFilter, where wanted: (ActieTiming) -> Bool
    ) -> [ActieRow] {
        var rows: [ActieRow] = []
        for current in plans {
            let plan = current.standing(on: peildatum)
            let termijnen = plan.termijnDays
            for punt in plan.aandachtspunten {
                // Through a buffer: iterating the array would copy every Actie, retaining each text.
                punt.acties.withUnsafeBufferPointer { acties in
                    for index in acties.indices {
                        let timing = ActieTiming(
                            status: acties[index].statusValue, deadline: acties[index].deadlineForm,
                            termijnen: termijnen, peildatum: peildatum)
                        guard wanted(timing), filter.admits(punt, acties[index]) else { continue }
                        let actie = acties[index]
                        rows.append(
                            ActieRow(
                                plan: plan.file, gemeente: plan.gemeente?.value ?? "",
                                aandachtspunt: punt.id.value,
                                id: actie.id.value, actie: actie.actie?.value ?? "",
                                eigenaar: actie.eigenaar?.value ?? "", status: actie.status?.value ?? "",
                                deadline: actie.deadline?.value ?? "", vervaldatum: timing.dueDate,
                                timing: timing))
                    }
                }
            }
        }
        return rows
    }

    /// The overdue acties, most days late first (ties in plan order); with `binnen`, also the open
    /// acties due within that many days, soonest first, after the overdue ones.
    public static func overdue(
        _ plans: [Plan], peildatum: Day, filter: ActieFilter = ActieFilter(), binnen: Int? = nil
    )
        -> [ActieRow]
    {
        let all = rows(plans, peildatum: peildatum, filter: filter) { timing in
            timing.isOverdue || (binnen.map { days in timing.daysLeft.map { $0 <= days } ?? false } ?? false)
        }
        // Sorted as positions with their keys, not as rows: moving a row moves eight strings.
        func order(_ key: (ActieTiming) -> Int?, descending: Bool) -> [ActieRow] {
            let keyed = all.indices.compactMap { index in key(all[index].timing).map { (index, $0) } }
            return keyed.sorted { a, b in
                a.1 != b.1 ? (descending ? a.1 > b.1 : a.1 < b.1) : a.0 < b.0
            }.map { all[$0.0] }
        }
        let late = order({ $0.daysLate }, descending: true)
        guard let binnen else { return late }
        let soon = order({ timing in timing.daysLeft.flatMap { $0 <= binnen ? $0 : nil } }, descending: false)
        return late + soon
    }
}
