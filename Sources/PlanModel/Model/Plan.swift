/// A verbeterplan: value types only, each field with its place in the file. Built from the syntax
/// tree by `PlanBuilder`; the domain logic (deadlines, checks, progress) works on these values.
public struct Plan: Hashable, Sendable {
    /// The path the plan was read from, as shown in diagnostics and reports.
    public var file: String
    public var gemeente: PlanText?
    public var titel: PlanText?
    public var rapport = Rapport()
    public var vastgesteld: PlanText?
    public var opdrachtgever: PlanText?
    public var opdrachtnemer: PlanText?
    public var toelichting: PlanText?
    public var college = College()
    public var termijnen: [Termijn] = []
    public var aandachtspunten: [Aandachtspunt] = []

    public init(file: String) { self.file = file }

    /// Termijn names to their last day, for resolving deadlines.
    public var termijnDays: [String: Day] {
        var days: [String: Day] = [:]
        for termijn in termijnen {
            if let day = termijn.lastDay { days[termijn.name.value] = day }
        }
        return days
    }

    /// Every actie in plan order, with the aandachtspunt it belongs to.
    public var acties: [(aandachtspunt: Aandachtspunt, actie: Actie)] {
        aandachtspunten.flatMap { punt in punt.acties.map { (punt, $0) } }
    }

    public func aandachtspunt(id: String) -> Aandachtspunt? { aandachtspunten.first { $0.id.value == id } }
}

/// The report the plan answers.
public struct Rapport: Hashable, Sendable {
    public var titel: PlanText?
    public var door: PlanText?
    public var datum: PlanText?
    public var reactieVoor: PlanText?
    public var vervolgonderzoek: PlanText?
    public init() {}
}

/// What the collegevoorstel template needs (seed 002).
public struct College: Hashable, Sendable {
    public var onderwerp: PlanText?
    public var behandeldatum: PlanText?
    public var portefeuillehouder: PlanText?
    public var hoofdopgave: PlanText?
    public var besluit: PlanText?
    public var bijlagen: PlanText?
    public init() {}
}

/// A named term of the plan ("korte termijn: 2017-06-30").
public struct Termijn: Hashable, Sendable {
    public var name: PlanText
    public var deadline: PlanText
    /// The last day of the written period; nil when unreadable (reported by the checks).
    public var lastDay: Day?
}

/// A point of attention: a finding or a numbered risk that the plan answers.
public struct Aandachtspunt: Hashable, Sendable {
    public var id: PlanText
    public var titel: PlanText?
    public var bevinding: PlanText?
    public var risico: PlanText?
    public var uitwerking: PlanText?
    /// Den Helder's "Zie 01": answered by the measures of another aandachtspunt.
    public var zie: PlanText?
    public var acties: [Actie] = []
    /// Where the aandachtspunt starts (its `- ` item).
    public var line: Int32
    public var column: Int32

    /// A numbered risk (has `risico`) rather than a finding.
    public var isRisico: Bool { risico != nil }

    /// The short text that names this point in tables: its titel, else its risico or bevinding.
    public var heading: String { (titel ?? risico ?? bevinding)?.value ?? id.value }
}

/// One line of an actie's `historie`.
public struct HistorieEntry: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        case status(Status)
        /// The deadline as written, e.g. "2017-Q3".
        case deadline(String)
    }

    public var date: Day
    public var change: Change
    public var toelichting: String?
    public var line: Int32
    /// Where the line's text starts (the block's content indentation + 1).
    public var column: Int32 = 1
}
