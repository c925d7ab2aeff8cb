/// The field names the format knows, per level (docs/FORMAT.md). Used for "onbekend veld"
/// suggestions; the builder's `switch` statements read the same names (`SchemaTests` checks that
/// every name here is read).
enum Schema {
    static let planFields = [
        "gemeente", "titel", "rapport", "vastgesteld", "opdrachtgever", "opdrachtnemer", "toelichting",
        "college", "termijnen", "aandachtspunten",
    ]
    static let rapportFields = ["titel", "door", "datum", "reactie-voor", "vervolgonderzoek"]
    static let collegeFields = [
        "onderwerp", "behandeldatum", "portefeuillehouder", "hoofdopgave", "besluit", "bijlagen",
    ]
    static let aandachtspuntFields = ["id", "titel", "bevinding", "risico", "uitwerking", "zie", "acties"]
    static let actieFields = [
        "id", "doel", "actie", "implementatie", "borging", "eigenaar", "deadline", "status", "kosten", "bron",
        "historie",
    ]
}
