/// The Dutch messages of the syntax layer, in one place so that they read alike and tests can
/// name them.
enum SyntaxMessages {
    static let tabIndentation =
        "tab gebruikt voor inspringing; YAML staat alleen spaties toe: vervang de tab door spaties"
    static func inconsistentIndentation(_ found: Int, expected: Int) -> String {
        "inconsistente inspringing: deze regel springt \(found) spaties in waar \(expected) verwacht werd"
    }
    static let multilineScalar =
        "de waarde loopt door op de volgende regel; schrijf tekst over meerdere regels als blok met '>' (samengevoegd) of '|' (regel voor regel)"
    static let unterminatedDoubleQuote =
        "dubbel aanhalingsteken '\"' wordt op deze regel niet afgesloten; sluit de tekst af met '\"', of schrijf tekst over meerdere regels als blok met '>'"
    static let unterminatedSingleQuote =
        "enkel aanhalingsteken ''' wordt op deze regel niet afgesloten; sluit de tekst af met ''' (een ' in de tekst schrijft u als ''), of gebruik '>'"
    static let textAfterQuote =
        "tekst na het afsluitende aanhalingsteken; zet de hele waarde tussen de aanhalingstekens"
    static let expectedKey = "verwacht 'veld: waarde' of '- ' (een lijstregel)"
    static let dashInMapping =
        "lijstregel '- ' tussen velden; spring de lijst in onder het veld waar hij bij hoort"
    static let anchor = "ankers ('&') worden niet ondersteund; schrijf de tekst voluit"
    static let alias =
        "verwijzingen ('*') worden niet ondersteund; schrijf de tekst voluit, of verwijs naar een ander aandachtspunt met 'zie: ID'"
    static let tag = "tags ('!') worden niet ondersteund; alle waarden zijn tekst, laat de tag weg"
    static let flowMapping =
        "accolades ('{ }') worden niet ondersteund; schrijf elk veld op een eigen regel als 'veld: waarde', of zet tekst tussen aanhalingstekens"
    static let flowSequence =
        "blokhaken ('[ ]') worden niet ondersteund; schrijf elke waarde op een eigen regel als '- waarde', of zet tekst tussen aanhalingstekens"
    static let valueOnNextLine =
        "tekst op de regel onder een veld; zet een korte waarde achter de dubbele punt ('veld: waarde'), of begin een blok met 'veld: >' of 'veld: |'"
    static func escapedControlCharacter(_ escape: String) -> String {
        "'\(escape)' schrijft een stuurteken, dat niet in een plan mag; verwijder het"
    }
    static let dashValue =
        "een waarde die met '- ' begint leest YAML als een lijst op de verkeerde plek; zet de tekst tussen aanhalingstekens, of schrijf een lijst op de regels eronder"
    static let explicitKey = "'? ' (een expliciete sleutel) wordt niet ondersteund; schrijf 'veld: waarde'"
    static func reservedStart(_ character: String) -> String {
        "een waarde mag in YAML niet met '\(character)' beginnen; zet de tekst tussen aanhalingstekens"
    }
    static let multipleDocuments =
        "meerdere documenten in één bestand ('---' of '...') worden niet ondersteund; zet elk plan in een eigen bestand"
    static let contentAfterDocumentStart = "tekst na '---'; begin het plan op de volgende regel"
    static let emptyFile = "leeg bestand; een plan begint met 'gemeente: …' (zie docs/FORMAT.md)"
    static let indentedTopLevel =
        "het plan begint ingesprongen; de velden op het hoogste niveau beginnen in kolom 1"
    static let tooDeep = "te diep genest (meer dan \(maximumNestingDepth) niveaus)"
    static let colonInPlainValue =
        "': ' in een waarde zonder aanhalingstekens; YAML leest dat als een nieuw veld: zet de waarde tussen aanhalingstekens of gebruik '>'"
    static func unknownEscape(_ escape: String) -> String {
        "onbekende escape '\(escape)' tussen dubbele aanhalingstekens; schrijf '\\\\' voor een backslash"
    }
    static let keepChomping =
        "'+' (lege regels aan het eind behouden) wordt niet ondersteund; gebruik '|' of '|-'"
    static let indentationIndicator =
        "een inspringingsindicator (zoals '|2') wordt niet ondersteund; laat het getal weg"
    static let textAfterBlockHeader = "tekst na '|' of '>'; de tekst van het blok begint op de volgende regel"
    static let blockLessIndented =
        "deze regel van het blok springt minder ver in dan de eerste regel van het blok; lijn de regels van het blok uit"
    static func duplicateKey(_ key: String, earlierLine: Int) -> String {
        "dubbel veld '\(key)' (eerder op regel \(earlierLine)); elk veld mag één keer voorkomen"
    }
    static let emptySequenceItem =
        "lege lijstregel '-'; schrijf de waarde achter het streepje of verwijder de regel"
    static func readsAsNonString(_ text: String, _ reading: String) -> String {
        "een YAML-parser leest '\(text)' als \(reading), niet als tekst; schrijf \"\(text)\" tussen aanhalingstekens"
    }
    static let invalidUTF8 = "ongeldige UTF-8; sla het bestand op als UTF-8"
    static let loneCarriageReturn =
        "regeleinde met alleen CR (oude Mac-stijl); YAML leest dat als een nieuwe regel: sla het bestand op met LF- of CRLF-regeleinden"
    static func controlCharacter(_ value: UInt8) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return
            "niet-toegestaan stuurteken U+\(String(repeating: "0", count: 4 - hex.count))\(hex); verwijder het"
    }
}
