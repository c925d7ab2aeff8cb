extension Plan {
    /// The latest date the plan itself names: `vastgesteld` or a historie line, whichever is later.
    /// The peildatum of an old version when none is given.
    public var latestDate: Day? {
        // Each actie's latest historie date was worked out when it was made: no entries are made.
        let historie = acties.compactMap { $0.actie.latestHistorieDay }
        let adopted = vastgesteld.flatMap { DeadlineForm.parseDateLike($0.value)?.lastDay(termijnen: [:]) }
        return (historie + [adopted].compactMap { $0 }).max()
    }
}
