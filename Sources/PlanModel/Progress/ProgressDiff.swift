/// One side of a comparison: a plan state and the peildatum it is judged on (for overdue).
public struct ProgressSide: Sendable {
    public var plan: Plan
    public var peildatum: Day
    /// How the side is named in reports: "plans/almelo-2017.yaml", "v2017-04:plans/almelo-2017.yaml".
    public var label: String

    public init(plan: Plan, peildatum: Day, label: String? = nil) {
        self.plan = plan
        self.peildatum = peildatum
        self.label = label ?? plan.file
    }
}

/// Two plan states compared, matched by id (source locations play no part): what was promised
/// then, what stands now, which deadlines moved, what was added or dropped (seed 001, §6.4).
public struct ProgressDiff: Sendable {
    public var van: ProgressSide
    public var tot: ProgressSide
    /// Every actie of either side: those of `tot` in plan order, then those only in `van`.
    public var acties: [ActieProgress]
    /// Every aandachtspunt of either side, in the same order.
    public var aandachtspunten: [AandachtspuntProgress]
    public var summary: ProgressSummary

    public init(van: ProgressSide, tot: ProgressSide) {
        self.van = van
        self.tot = tot
        let before = ProgressDiff.snapshots(van)
        let after = ProgressDiff.snapshots(tot)
        let beforeById = Dictionary(
            before.map { ($0.id, $0.snapshot) }, uniquingKeysWith: { first, _ in first })
        let afterIds = Set(after.map(\.id))
        var acties: [ActieProgress] = []
        var seen = Set<String>()
        for (id, snapshot) in after where seen.insert(id).inserted {
            acties.append(ActieProgress(id: id, van: beforeById[id], tot: snapshot))
        }
        for (id, snapshot) in before where !afterIds.contains(id) && seen.insert(id).inserted {
            acties.append(ActieProgress(id: id, van: snapshot, tot: nil))
        }
        self.acties = acties

        let puntenBefore = Dictionary(
            van.plan.aandachtspunten.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        let puntenAfterIds = Set(tot.plan.aandachtspunten.map(\.id.value))
        var punten: [AandachtspuntProgress] = []
        var seenPunten = Set<String>()
        for punt in tot.plan.aandachtspunten where seenPunten.insert(punt.id.value).inserted {
            punten.append(
                AandachtspuntProgress(id: punt.id.value, van: puntenBefore[punt.id.value], tot: punt))
        }
        for punt in van.plan.aandachtspunten
        where !puntenAfterIds.contains(punt.id.value) && seenPunten.insert(punt.id.value).inserted {
            punten.append(AandachtspuntProgress(id: punt.id.value, van: punt, tot: nil))
        }
        aandachtspunten = punten
        summary = ProgressSummary(acties: acties, aandachtspunten: punten)
    }

    /// `verbeter voortgang PAD --van DATUM --tot DATUM`: the plan compared with itself on two dates.
    public init(plan: Plan, van: Day, tot: Day) {
        self.init(
            van: ProgressSide(plan: plan.atDate(van), peildatum: van),
            tot: ProgressSide(plan: plan.atDate(tot), peildatum: tot))
    }

    static func snapshots(_ side: ProgressSide) -> [(id: String, snapshot: ActieSnapshot)] {
        let termijnen = side.plan.termijnDays
        return side.plan.acties.map { punt, actie in
            (
                actie.id.value,
                ActieSnapshot(
                    actie: actie, aandachtspuntId: punt.id.value, termijnen: termijnen,
                    peildatum: side.peildatum)
            )
        }
    }
}
