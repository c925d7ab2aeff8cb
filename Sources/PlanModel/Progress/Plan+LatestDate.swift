extension Plan {
    /// The latest date the plan itself names: `vastgesteld` or a historie line, whichever is later.
    /// The peildatum of an old version when none is given.
    public var latestDate: Day? {
        let historie = acties.flatMap { $0.actie.historie.map(\.date) }
        let adopted = vastgesteld.flatMap { DeadlineForm.parseDateLike($0.value)?.lastDay(termijnen: [:]) }
        return (historie + [adopted].compactMap { $0 }).max()
    }
}
