/// What happened between two plan states, for one actie or aandachtspunt.
public enum Wijziging: String, CaseIterable, Hashable, Sendable {
    case toegevoegd
    case verwijderd
    case gewijzigd
    case ongewijzigd
}

/// A text field that differs between the two states; nil means the field was absent.
public struct TextChange: Hashable, Sendable {
    public var van: String?
    public var tot: String?
}

/// One actie as it stood on one side of a comparison, with its timing on that side's peildatum.
public struct ActieSnapshot: Hashable, Sendable {
    public var aandachtspuntId: String
    public var status: Status?
    /// The deadline as written ("korte termijn", "2017-Q3"); nil when missing or unknown.
    public var deadline: String?
    public var deadlineForm: DeadlineForm?
    /// The last day of the deadline, resolved with that side's termijnen.
    public var dueDate: Day?
    /// Open and past its deadline on that side's peildatum.
    public var isOverdue: Bool
    public var doel: String?
    public var actie: String?
    public var implementatie: String?
    public var borging: String?
    public var eigenaar: String?

    public init(actie: Actie, aandachtspuntId: String, termijnen: [String: Day], peildatum: Day) {
        let timing = ActieTiming(actie: actie, termijnen: termijnen, peildatum: peildatum)
        self.aandachtspuntId = aandachtspuntId
        status = actie.statusValue
        deadline = actie.deadline?.value
        deadlineForm = actie.deadlineForm
        dueDate = timing.dueDate
        isOverdue = timing.isOverdue
        doel = actie.doel?.value
        self.actie = actie.actie?.value
        implementatie = actie.implementatie?.value
        borging = actie.borging?.value
        eigenaar = actie.eigenaar?.value
    }

    /// The deadline in words: "korte termijn (uiterlijk 30 juni 2017)"-like, "onbekend" when unknown.
    public var deadlineLabel: String {
        guard let deadlineForm else { return deadline ?? "onbekend" }
        switch deadlineForm {
        case .termijn(let name):
            return dueDate.map { "\(name) (\($0.dutch))" } ?? name
        default:
            return deadlineForm.dutchName
        }
    }

    /// The status in words, "onbekend" when missing.
    public var statusLabel: String { status?.dutchLabel ?? "onbekend" }
}

/// One actie compared between two states, matched by id.
public struct ActieProgress: Hashable, Sendable {
    public var id: String
    public var wijziging: Wijziging
    /// The actie then; nil when it was added since.
    public var van: ActieSnapshot?
    /// The actie now; nil when it was removed since.
    public var tot: ActieSnapshot?
    /// Plan field names that differ ("status", "deadline", "implementatie", ...), in schema order.
    public var velden: [String]
    /// Days the deadline's last day moved (positive: later); nil unless both last days are known.
    public var verschuivingDagen: Int?
    public var implementatie: TextChange?
    public var borging: TextChange?

    public init(id: String, van: ActieSnapshot?, tot: ActieSnapshot?) {
        self.id = id
        self.van = van
        self.tot = tot
        velden = []
        if let van, let tot {
            let fields: [(String, String?, String?)] = [
                ("aandachtspunt", van.aandachtspuntId, tot.aandachtspuntId),
                ("doel", van.doel, tot.doel),
                ("actie", van.actie, tot.actie),
                ("implementatie", van.implementatie, tot.implementatie),
                ("borging", van.borging, tot.borging),
                ("eigenaar", van.eigenaar, tot.eigenaar),
                ("deadline", van.deadline, tot.deadline),
                ("status", van.status?.rawValue, tot.status?.rawValue),
            ]
            velden = fields.filter { $0.1 != $0.2 }.map(\.0)
            if let from = van.dueDate, let to = tot.dueDate {
                verschuivingDagen = to.days(since: from)
                if to != from && !velden.contains("deadline") { velden.append("deadline") }
            }
            if van.implementatie != tot.implementatie {
                implementatie = TextChange(van: van.implementatie, tot: tot.implementatie)
            }
            if van.borging != tot.borging { borging = TextChange(van: van.borging, tot: tot.borging) }
            wijziging = velden.isEmpty ? .ongewijzigd : .gewijzigd
        } else {
            wijziging = van == nil ? .toegevoegd : .verwijderd
        }
    }

    /// The deadline's last day moved.
    public var isVerschoven: Bool { (verschuivingDagen ?? 0) != 0 }

    /// The current state, else the state then: what names the actie in tables.
    public var latest: ActieSnapshot? { tot ?? van }
}

/// One aandachtspunt compared between two states, matched by id. Changes of its acties are
/// reported per actie, not here.
public struct AandachtspuntProgress: Hashable, Sendable {
    public var id: String
    public var titel: String
    public var wijziging: Wijziging
    /// Own fields that differ ("titel", "bevinding", "risico", "uitwerking", "zie").
    public var velden: [String]

    public init(id: String, van: Aandachtspunt?, tot: Aandachtspunt?) {
        self.id = id
        titel = (tot ?? van)?.heading ?? id
        velden = []
        if let van, let tot {
            let fields: [(String, String?, String?)] = [
                ("titel", van.titel?.value, tot.titel?.value),
                ("bevinding", van.bevinding?.value, tot.bevinding?.value),
                ("risico", van.risico?.value, tot.risico?.value),
                ("uitwerking", van.uitwerking?.value, tot.uitwerking?.value),
                ("zie", van.zie?.value, tot.zie?.value),
            ]
            velden = fields.filter { $0.1 != $0.2 }.map(\.0)
            wijziging = velden.isEmpty ? .ongewijzigd : .gewijzigd
        } else {
            wijziging = van == nil ? .toegevoegd : .verwijderd
        }
    }
}
