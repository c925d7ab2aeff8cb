/// Reconstructs a plan as it stood on a date from each actie's `historie`, so that
/// `verbeter voortgang PAD --van DATUM` can compare a plan with its own past.
///
/// Rules (documented in docs/JSON.md, section "voortgang"):
/// - An actie without `historie` keeps its current values on every date: nothing says otherwise.
/// - An actie with `historie` did not exist before its first entry: it was added to the plan later,
///   so on an earlier date it is absent (the comparison reports it as `toegevoegd`). An
///   aandachtspunt is absent when it has acties and none of them existed yet.
/// - The status on a date is that of the last status line on or before it. Before the first status
///   line (the historie starts with a deadline line) it is the first recorded status; without any
///   status line, the current `status`.
/// - The deadline on a date is that of the last `deadline` line on or before it. Without any
///   deadline line it is the current `deadline`. When all deadline lines are later, the deadline the
///   first line replaced was never written down: it is unknown (nil). Record the deadline a plan
///   starts with as a `deadline` line on the actie's first date to make it reconstructable.
///
/// Other fields (texts, owners, termijnen) are not versioned and keep their current values. Source
/// locations are those of the current fields and mean nothing for a reconstructed value.
extension Plan {
    /// The plan as it stood on `day` according to its historie.
    public func atDate(_ day: Day) -> Plan {
        var result = self
        result.aandachtspunten = aandachtspunten.compactMap { punt in
            var punt = punt
            let acties = punt.acties.compactMap { $0.atDate(day) }
            if !punt.acties.isEmpty && acties.isEmpty { return nil }
            punt.acties = acties
            return punt
        }
        return result
    }
}

extension Actie {
    /// The actie as it stood on `day`, or nil when it did not exist yet (see `Plan.atDate`).
    public func atDate(_ day: Day) -> Actie? {
        // Made once: the entries and their texts are made from the actie's storage when asked for.
        let historie = historie
        guard let first = historie.min(by: { $0.date < $1.date }) else { return self }
        if day < first.date { return nil }
        var result = self
        result.status = statusText(on: day, historie)
        result.deadline = deadlineText(on: day, historie)
        result.historie = historie.filter { $0.date <= day }
        return result
    }

    /// The status line in force on `day` (see `Plan.atDate`).
    func statusText(on day: Day, _ historie: [HistorieEntry]) -> PlanText? {
        var firstStatus: (HistorieEntry, Status)?
        var current: (HistorieEntry, Status)?
        for entry in historie {
            guard case .status(let status) = entry.change else { continue }
            if firstStatus == nil || entry.date < firstStatus!.0.date { firstStatus = (entry, status) }
            if entry.date <= day, current == nil || entry.date >= current!.0.date {
                current = (entry, status)
            }
        }
        guard let (entry, status) = current ?? firstStatus else { return status }
        return PlanText(status.rawValue, line: Int(entry.line), column: Int(historieColumn ?? column))
    }

    /// The deadline in force on `day`; nil when it is unknown (see `Plan.atDate`).
    func deadlineText(on day: Day, _ historie: [HistorieEntry]) -> PlanText? {
        var anyDeadline = false
        var current: (HistorieEntry, String)?
        for entry in historie {
            guard case .deadline(let text) = entry.change else { continue }
            anyDeadline = true
            if entry.date <= day, current == nil || entry.date >= current!.0.date { current = (entry, text) }
        }
        guard anyDeadline else { return deadline }
        guard let (entry, text) = current else { return nil }
        return PlanText(text, line: Int(entry.line), column: Int(historieColumn ?? column))
    }
}

extension Plan {
    /// The plan as it stood on a peildatum, for lists and letters: an actie whose historie has
    /// nothing after `day` keeps its current fields (so a hand-edited `status` counts); an actie
    /// with later historie is taken back to `day` (see `atDate`). So the same command with the same
    /// peildatum gives the same answer after the plan has moved on.
    public func standing(on day: Day) -> Plan {
        // Most plans, and most aandachtspunten, have nothing after the peildatum: those stand as
        // they are, uncopied (a copy of a million acties would double the memory of a list).
        guard aandachtspunten.contains(where: { $0.changes(after: day) }) else { return self }
        var result = self
        result.aandachtspunten = aandachtspunten.compactMap { $0.standing(on: day) }
        return result
    }
}

extension Aandachtspunt {
    /// One aandachtspunt of `Plan.standing(on:)`: nil when none of its acties existed yet.
    public func standing(on day: Day) -> Aandachtspunt? {
        guard changes(after: day) else { return self }
        var punt = self
        punt.acties = acties.compactMap { $0.changes(after: day) ? $0.atDate(day) : $0 }
        return punt.acties.isEmpty ? nil : punt
    }

    func changes(after day: Day) -> Bool { acties.contains { $0.changes(after: day) } }
}
