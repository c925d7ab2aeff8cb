extension ProgressReport {
    /// Acties added since, "A9.1 doel".
    public var toegevoegd: [String] {
        diff.acties.filter { $0.wijziging == .toegevoegd }.map(ProgressReport.actieLine)
    }

    /// Acties removed since.
    public var verwijderd: [String] {
        diff.acties.filter { $0.wijziging == .verwijderd }.map(ProgressReport.actieLine)
    }

    public var aandachtspuntenToegevoegd: [String] {
        diff.aandachtspunten.filter { $0.wijziging == .toegevoegd }.map { "\($0.id) \($0.titel)" }
    }

    public var aandachtspuntenVerwijderd: [String] {
        diff.aandachtspunten.filter { $0.wijziging == .verwijderd }.map { "\($0.id) \($0.titel)" }
    }

    /// "A7.1: korte termijn (30 juni 2017) → 31 december 2017 (184 dagen later)".
    public var verschoven: [String] {
        diff.acties.compactMap { actie in
            guard actie.isVerschoven, let van = actie.van, let tot = actie.tot else { return nil }
            return "\(actie.id): \(van.deadlineLabel) → \(tot.deadlineLabel) "
                + "(\(ProgressReport.shiftLabel(actie.verschuivingDagen)))"
        }
    }

    /// Changed implementatie and borging texts, old and new in one line:
    /// `A6.1, implementatie: was "Implementatie april/mei 2017."; nu "Is geïmplementeerd."`.
    public var tekstwijzigingen: [String] {
        diff.acties.flatMap { actie in
            [("implementatie", actie.implementatie), ("borging", actie.borging)].compactMap { field, change in
                change.map {
                    "\(actie.id), \(field): was \(ProgressReport.quote($0.van)); nu \(ProgressReport.quote($0.tot))"
                }
            }
        }
    }

    /// Acties overdue on the later date: "A7.1 doel (deadline korte termijn (30 juni 2017))".
    public var achterstallig: [String] {
        diff.acties.compactMap { actie in
            guard let tot = actie.tot, tot.isOverdue else { return nil }
            return ProgressReport.actieLine(actie) + " (deadline \(tot.deadlineLabel))"
        }
    }

    static func quote(_ text: String?) -> String {
        guard let text else { return "(leeg)" }
        return "“" + text + "”"
    }
}
