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

extension ActieRow {
    /// What a row moved out of a list leaves behind: nothing to free.
    static let placeholder = ActieRow(
        plan: "", gemeente: "", aandachtspunt: "", id: "", actie: "", eigenaar: "", status: "", deadline: "",
        vervaldatum: nil,
        timing: ActieTiming(status: nil, deadline: nil, termijnen: [:], peildatum: Day(unchecked: 2000, 1, 1))
    )
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
    /// Every admitted actie of one plan, in plan order.
    public static func rows(of plan: Plan, peildatum: Day, filter: ActieFilter = ActieFilter()) -> [ActieRow]
    {
        rows(of: plan, peildatum: peildatum, filter: filter) { _ in true }
    }

    /// The admitted acties whose timing `wanted` accepts, as they stood on the peildatum. Timing
    /// is decided before a row is made, so an overdue list over a million acties builds rows only
    /// for the late ones. A large plan is listed in two halves side by side, joined in order.
    static func rows(
        of plan: Plan, peildatum: Day, filter: ActieFilter, where wanted: @Sendable (ActieTiming) -> Bool
    ) -> [ActieRow] {
        let termijnen = plan.termijnDays
        let punten = plan.aandachtspunten
        /// The rows of the aandachtspunten in `part`, with room foreseen for those of `roomFor`
        /// aandachtspunten (see `foreseeAbove`).
        func rows(_ part: Range<Int>, roomFor share: Int) -> [ActieRow] {
            var rows: [ActieRow] = []
            func add(_ punt: Aandachtspunt) {
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
            let foreseeAt = part.count >= Self.foreseeAbove ? part.lowerBound + part.count / 16 : -1
            punten.withUnsafeBufferPointer { punten in
                for index in part {
                    if index == foreseeAt {
                        let expected = min(rows.count * share / (index - part.lowerBound), plan.actieCount)
                        rows.reserveCapacity(expected + expected / 8)
                    }
                    // Copied only when taken back to the peildatum.
                    if !punten[index].changes(after: peildatum) {
                        add(punten[index])
                    } else if let punt = punten[index].standing(on: peildatum) {
                        add(punt)
                    }
                }
            }
            return rows
        }
        guard plan.actieCount >= parallelAbove else { return rows(punten.indices, roomFor: punten.count) }
        let parts = plan.parts(2)
        // The first half foresees the rows of both, and the second half's are moved into its room.
        var halves = [[ActieRow]].concurrentlyMade(count: 2) {
            rows(parts[$0], roomFor: $0 == 0 ? punten.count : parts[$0].count)
        }
        return .joinedInFirst(&halves, placeholder: .placeholder)
    }

    /// A part of at least this many aandachtspunten foresees its rows once it has made those of
    /// the first sixteenth: the rows of the rest at the same rate, and an eighth more. Growing
    /// by doubling, and then joining the halves, copied the rows into fresh memory twice more.
    static let foreseeAbove = 1_024

    /// Below this many acties a list takes less time than starting a second thread.
    static let parallelAbove = 10_000

    /// The acties of one plan that are overdue on the peildatum (or, with `binnen`, due within
    /// that many days), in plan order, not yet sorted: a folder's plans are read and reduced to
    /// these rows on every core, and `ordered` sorts them together.
    public static func dueRows(
        of plan: Plan, peildatum: Day, filter: ActieFilter = ActieFilter(), binnen: Int?
    )
        -> [ActieRow]
    {
        rows(of: plan, peildatum: peildatum, filter: filter) { timing in
            timing.isOverdue || (binnen.map { days in timing.daysLeft.map { $0 <= days } ?? false } ?? false)
        }
    }

    /// The rows of `dueRows`, joined in plan order, as `achterstallig` lists them: the overdue
    /// acties most days late first (ties in plan order); with `binnen`, then the open acties due
    /// within that many days, soonest first.
    public static func ordered(dueRows all: consuming [ActieRow], binnen: Int?) -> [ActieRow] {
        // Sorted as positions with their keys, then the rows moved into that order: copying a
        // row retains its eight texts (6 ms of 170 at 100 000 acties). A row is late or due
        // soon, never both, so the positions name each row once at most.
        let positions = orderedPositions(all, binnen: binnen)
        // Not captured by a closure: a captured list was no longer the only reference to its
        // rows, and rearranging it copied them all (36 MB at a million acties).
        var rows = consume all
        // Rows from `dueRows` are all late or due soon: rearranged in place, without a second list.
        guard positions.count == rows.count else {
            return rows.moveOut(at: positions, placeholder: .placeholder)
        }
        rows.arrange(in: positions)
        return rows
    }

    /// The places of the late rows, most days late first, then with `binnen` those due within
    /// that many days, soonest first; ties in list order.
    static func orderedPositions(_ rows: borrowing [ActieRow], binnen: Int?) -> [Int] {
        func order(_ key: (ActieTiming) -> Int?, descending: Bool) -> [Int] {
            var keyed: [(Int, Int)] = []
            for index in rows.indices {
                if let value = key(rows[index].timing) { keyed.append((index, value)) }
            }
            keyed.sort { a, b in a.1 != b.1 ? (descending ? a.1 > b.1 : a.1 < b.1) : a.0 < b.0 }
            return keyed.map(\.0)
        }
        var positions = order({ $0.daysLate }, descending: true)
        if let binnen {
            positions += order(
                { timing in timing.daysLeft.flatMap { $0 <= binnen ? $0 : nil } }, descending: false)
        }
        return positions
    }
}
