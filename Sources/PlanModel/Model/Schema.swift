/// The field names the format knows, per level (docs/FORMAT.md). Used for "onbekend veld"
/// suggestions. Aandachtspunt and actie fields, read for every item of a large plan, are enums the
/// builder switches over; the builder's string `switch` statements for the plan, `rapport` and
/// `college` read the names listed here (`SchemaTests` checks that every name here is read).
enum Schema {
    static let planFields = [
        "gemeente", "titel", "rapport", "vastgesteld", "opdrachtgever", "opdrachtnemer", "toelichting",
        "college", "termijnen", "aandachtspunten",
    ]
    static let rapportFields = ["titel", "door", "datum", "reactie-voor", "vervolgonderzoek"]
    static let collegeFields = [
        "onderwerp", "behandeldatum", "portefeuillehouder", "hoofdopgave", "besluit", "bijlagen",
    ]
    static let aandachtspuntFields = AandachtspuntField.allCases.map(\.rawValue)
    static let actieFields = ActieField.allCases.map(\.rawValue)
}

/// The fields of an aandachtspunt, in the order docs/FORMAT.md lists them.
enum AandachtspuntField: String, CaseIterable {
    case id, titel, bevinding, risico, uitwerking, zie, acties

    /// The field named `name`, found by length first (see `Status.init(rawValue:)`).
    init?(name: String) {
        let found: Self?
        switch name.utf8.count {
        case 2: found = .matching(name, .id)
        case 3: found = .matching(name, .zie)
        case 5: found = .matching(name, .titel)
        case 6: found = .matching(name, .risico, .acties)
        case 9: found = .matching(name, .bevinding)
        case 10: found = .matching(name, .uitwerking)
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }
}

/// The fields of an actie, in the order docs/FORMAT.md lists them.
enum ActieField: String, CaseIterable {
    case id, doel, actie, implementatie, borging, eigenaar, deadline, status, kosten, bron, historie

    /// The field named `name`, found by length first: the builder looks up every key of every
    /// actie, and a `switch` over strings compares the key with each name in turn.
    init?(name: String) {
        let found: Self?
        switch name.utf8.count {
        case 2: found = .matching(name, .id)
        case 4: found = .matching(name, .doel, .bron)
        case 5: found = .matching(name, .actie)
        case 6: found = .matching(name, .status, .kosten)
        case 7: found = .matching(name, .borging)
        case 8: found = .matching(name, .eigenaar, .deadline, .historie)
        case 13: found = .matching(name, .implementatie)
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }

    /// The text field this is; nil for `historie`, which is kept parsed.
    var text: ActieText? {
        switch self {
        case .id: .id
        case .doel: .doel
        case .actie: .actie
        case .implementatie: .implementatie
        case .borging: .borging
        case .eigenaar: .eigenaar
        case .deadline: .deadline
        case .status: .status
        case .kosten: .kosten
        case .bron: .bron
        case .historie: nil
        }
    }
}
