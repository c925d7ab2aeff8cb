/// The counts on top of a progress report: by status then and now, moved deadlines, added and
/// removed acties and aandachtspunten.
public struct ProgressSummary: Hashable, Sendable {
    public struct Counts: Hashable, Sendable {
        public var acties = 0
        public var perStatus: [Status: Int] = [:]
        /// Open and overdue on that side's peildatum.
        public var achterstallig = 0
        /// Open acties not overdue, by status.
        public var onSchedule: [Status: Int] = [:]
        /// Realised, including geborgd.
        public var gerealiseerd: Int { (perStatus[.gerealiseerd] ?? 0) + (perStatus[.geborgd] ?? 0) }
        public var geborgd: Int { perStatus[.geborgd] ?? 0 }

        /// Each status with its count, in the order of `Status.allCases` (zeros included).
        public var statusCounts: [(status: Status, count: Int)] {
            Status.allCases.map { ($0, perStatus[$0] ?? 0) }
        }
    }

    public var van = Counts()
    public var tot = Counts()
    /// Acties whose deadline's last day moved.
    public var verschoven = 0
    /// The mean move of those deadlines in days, rounded (positive: later); nil when none moved.
    public var gemiddeldeVerschuiving: Int?
    public var gewijzigd = 0
    public var toegevoegd = 0
    public var verwijderd = 0
    public var aandachtspuntenToegevoegd = 0
    public var aandachtspuntenVerwijderd = 0

    public init(acties: [ActieProgress], aandachtspunten: [AandachtspuntProgress]) {
        var shifts: [Int] = []
        for actie in acties {
            if let snapshot = actie.van { van.add(snapshot) }
            if let snapshot = actie.tot { tot.add(snapshot) }
            switch actie.wijziging {
            case .toegevoegd: toegevoegd += 1
            case .verwijderd: verwijderd += 1
            case .gewijzigd: gewijzigd += 1
            case .ongewijzigd: break
            }
            if actie.isVerschoven, let shift = actie.verschuivingDagen { shifts.append(shift) }
        }
        verschoven = shifts.count
        if !shifts.isEmpty {
            gemiddeldeVerschuiving = Int((Double(shifts.reduce(0, +)) / Double(shifts.count)).rounded())
        }
        aandachtspuntenToegevoegd = aandachtspunten.filter { $0.wijziging == .toegevoegd }.count
        aandachtspuntenVerwijderd = aandachtspunten.filter { $0.wijziging == .verwijderd }.count
    }
}

extension ProgressSummary.Counts {
    mutating func add(_ snapshot: ActieSnapshot) {
        acties += 1
        if let status = snapshot.status {
            perStatus[status, default: 0] += 1
            if status.isOpen && !snapshot.isOverdue { onSchedule[status, default: 0] += 1 }
        }
        if snapshot.isOverdue { achterstallig += 1 }
    }

    /// "9 gerealiseerd (waarvan 5 geborgd), 3 in uitvoering, 2 achterstallig": realised first, then
    /// open acties not overdue per status, then the overdue ones, then those closed otherwise. An
    /// overdue actie counts as achterstallig only, so the parts add up to `acties` (apart from
    /// acties without a readable status).
    public var parts: [String] {
        var parts = ["\(gerealiseerd) gerealiseerd" + (geborgd > 0 ? " (waarvan \(geborgd) geborgd)" : "")]
        for status in Status.allCases where status.isOpen {
            if let count = onSchedule[status], count > 0 { parts.append("\(count) \(status.dutchLabel)") }
        }
        if achterstallig > 0 { parts.append("\(achterstallig) achterstallig") }
        for status in [Status.nietHaalbaar, .vervallen] {
            if let count = perStatus[status], count > 0 { parts.append("\(count) \(status.dutchLabel)") }
        }
        return parts
    }

    /// "Van de 14 acties zijn er 9 gerealiseerd (waarvan 5 geborgd), 3 in uitvoering, 2 achterstallig".
    public var sentence: String {
        guard acties > 0 else { return "Het plan bevat geen acties" }
        let total = acties == 1 ? "Van de 1 actie" : "Van de \(acties) acties"
        let verb = gerealiseerd == 1 ? "is er" : "zijn er"
        return "\(total) \(verb) " + parts.joined(separator: ", ")
    }
}

extension ProgressSummary {
    /// "4 deadlines verschoven, gemiddeld 92 dagen" / "geen deadlines verschoven".
    public var verschovenPhrase: String {
        guard verschoven > 0, let mean = gemiddeldeVerschuiving else { return "geen deadlines verschoven" }
        let count = verschoven == 1 ? "1 deadline verschoven" : "\(verschoven) deadlines verschoven"
        let days = abs(mean) == 1 ? "1 dag" : "\(abs(mean)) dagen"
        return count + (mean < 0 ? ", gemiddeld \(days) naar voren" : ", gemiddeld \(days)")
    }

    /// "2 acties toegevoegd en 1 verwijderd", "1 actie verwijderd"; "" when none.
    public var toegevoegdVerwijderdPhrase: String {
        func acties(_ count: Int) -> String { count == 1 ? "1 actie" : "\(count) acties" }
        switch (toegevoegd, verwijderd) {
        case (0, 0): return ""
        case (let added, 0): return acties(added) + " toegevoegd"
        case (0, let removed): return acties(removed) + " verwijderd"
        case (let added, let removed): return acties(added) + " toegevoegd en \(removed) verwijderd"
        }
    }

    /// The summary sentence for the report: the state now, moved deadlines, added and removed acties.
    /// "Van de 14 acties zijn er 9 gerealiseerd (waarvan 5 geborgd), 3 in uitvoering,
    /// 2 achterstallig; 4 deadlines verschoven, gemiddeld 92 dagen."
    public var sentence: String {
        var text = tot.sentence + "; " + verschovenPhrase
        let changes = toegevoegdVerwijderdPhrase
        if !changes.isEmpty { text += "; " + changes }
        return text + "."
    }
}
