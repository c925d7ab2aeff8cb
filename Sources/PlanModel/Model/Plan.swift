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

/// One action or measure, with owner, deadline, status and history.
///
/// A value type whose texts live in one shared, immutable box: checks, lists and the plan as it
/// stood on a peildatum copy acties all the time, and copying a dozen strings retains each of
/// them (a tenth of `check` on a large plan). Setting a field makes a new box.
public struct Actie: Hashable, Sendable {
    /// The texts of an actie, as the builder collects them.
    struct Fields: Hashable, Sendable {
        var id: PlanText
        var doel: PlanText?
        var actie: PlanText?
        var implementatie: PlanText?
        var borging: PlanText?
        var eigenaar: PlanText?
        var deadline: PlanText?
        var status: PlanText?
        var kosten: PlanText?
        var bron: PlanText?
        var historie: [HistorieEntry] = []
        var historieColumn: Int32?
    }

    /// The fields and what is read from them: status and deadline are parsed once, when the
    /// actie is made, not by every check and list that asks.
    final class Box: Sendable {
        let fields: Fields
        let statusValue: Status?
        let deadlineForm: DeadlineForm?
        /// Takes the fields over (read first, then moved in): copying them retained every text.
        init(_ fields: consuming Fields) {
            statusValue = fields.status.flatMap { Status(rawValue: $0.value) }
            deadlineForm = fields.deadline.flatMap { DeadlineForm.parse($0.value) }
            self.fields = consume fields
        }
    }

    private var box: Box
    public var line: Int32
    public var column: Int32

    init(_ fields: consuming Fields, line: Int32, column: Int32) {
        self.box = Box(consume fields)
        self.line = line
        self.column = column
    }

    /// Takes the builder's fields over, leaving it fields with only the id: passing them by
    /// value copied them (a dozen strings retained, then released).
    init(taking fields: inout Fields, line: Int32, column: Int32) {
        var taken = Fields(id: fields.id)
        swap(&taken, &fields)
        self.init(taken, line: line, column: column)
    }

    public init(id: PlanText, line: Int32, column: Int32) {
        self.init(Fields(id: id), line: line, column: column)
    }

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = box.fields
        edit(&fields)
        box = Box(fields)
    }

    public var id: PlanText {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    public var doel: PlanText? {
        get { box.fields.doel }
        set { change { $0.doel = newValue } }
    }
    public var actie: PlanText? {
        get { box.fields.actie }
        set { change { $0.actie = newValue } }
    }
    public var implementatie: PlanText? {
        get { box.fields.implementatie }
        set { change { $0.implementatie = newValue } }
    }
    public var borging: PlanText? {
        get { box.fields.borging }
        set { change { $0.borging = newValue } }
    }
    public var eigenaar: PlanText? {
        get { box.fields.eigenaar }
        set { change { $0.eigenaar = newValue } }
    }
    public var deadline: PlanText? {
        get { box.fields.deadline }
        set { change { $0.deadline = newValue } }
    }
    public var status: PlanText? {
        get { box.fields.status }
        set { change { $0.status = newValue } }
    }
    public var kosten: PlanText? {
        get { box.fields.kosten }
        set { change { $0.kosten = newValue } }
    }
    public var bron: PlanText? {
        get { box.fields.bron }
        set { change { $0.bron = newValue } }
    }
    public var historie: [HistorieEntry] {
        get { box.fields.historie }
        set { change { $0.historie = newValue } }
    }
    /// The column of the `historie:` value. Its text is not kept: the entries hold what it says,
    /// and a second copy of every historie was a tenth of a large plan's memory.
    public var historieColumn: Int32? {
        get { box.fields.historieColumn }
        set { change { $0.historieColumn = newValue } }
    }

    public static func == (a: Actie, b: Actie) -> Bool {
        a.line == b.line && a.column == b.column && (a.box === b.box || a.box.fields == b.box.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
        hasher.combine(line)
        hasher.combine(column)
    }

    /// The parsed status; nil when missing or unknown (reported by the checks).
    public var statusValue: Status? { box.statusValue }

    /// The parsed deadline form; nil when missing or unreadable.
    public var deadlineForm: DeadlineForm? { box.deadlineForm }
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
