/// The Dutch messages of the model layer.
enum ModelMessages {
    static let rootNotMapping = "een plan bestaat uit velden 'veld: waarde' (zie docs/FORMAT.md)"
    static func unknownField(_ key: String, known: [String], context: String) -> String {
        if let near = EditDistance.nearest(to: key, in: known) {
            return "onbekend veld '\(key)' in \(context); bedoelde u '\(near)'?"
        }
        return "onbekend veld '\(key)' in \(context); bekende velden: \(known.joined(separator: ", "))"
    }
    static func missingField(_ key: String, context: String) -> String {
        "verplicht veld '\(key)' ontbreekt in \(context)"
    }
    static func emptyField(_ key: String, context: String) -> String {
        "verplicht veld '\(key)' is leeg in \(context)"
    }
    static func expectedText(_ key: String) -> String {
        "'\(key)' verwacht tekst, geen lijst of velden; schrijf tekst over meerdere regels als blok met '>' of '|'"
    }
    static func expectedFields(_ key: String) -> String {
        "'\(key)' verwacht velden op de regels eronder, ingesprongen ('  veld: waarde')"
    }
    static func expectedList(_ key: String) -> String {
        "'\(key)' verwacht een lijst op de regels eronder ('  - id: …')"
    }
    static func expectedItemFields(_ what: String) -> String {
        "een \(what) in de lijst verwacht velden ('- id: …')"
    }
    static func aandachtspuntWithoutText(_ context: String) -> String {
        "\(context) heeft geen 'titel', 'bevinding' of 'risico'; geef ten minste één daarvan"
    }
    static let historieNotLiteral =
        "'historie' moet een letterlijk blok zijn ('historie: |'), zodat elke wijziging op een eigen regel blijft"
}
