import Foundation
import Testing

@testable import PlanModel

/// A small plan that `check` accepts without any diagnostic. Each catalogue row changes one thing.
///
///  1 gemeente            7 - id: A1            13 eigenaar
///  2 titel               8   titel             14 deadline
///  3 vastgesteld         9   acties            15 status
///  4 termijnen          10 - id: A1.1          16 historie: |
///  5   korte termijn    11   actie             17   2016-11-01 in-uitvoering
///  6 aandachtspunten    12   borging           18   2017-02-01 gerealiseerd
let basePlan = """
    gemeente: Almelo
    titel: Verbeterplan
    vastgesteld: 2017-04-11
    termijnen:
      korte termijn: 2017-06-30
    aandachtspunten:
      - id: A1
        titel: Problematiek onvoldoende in beeld
        acties:
          - id: A1.1
            actie: Quick scan van de problematiek
            borging: Vast onderdeel van de werkwijze
            eigenaar: teamleider sociale wijkteams
            deadline: korte termijn
            status: gerealiseerd
            historie: |
              2016-11-01 in-uitvoering
              2017-02-01 gerealiseerd

    """

/// The base plan with each `old` text replaced by its `new` text; `old` must occur exactly once.
func variant(_ replacements: (String, String)...) -> String {
    var text = basePlan
    for (old, new) in replacements {
        precondition(
            text.components(separatedBy: old).count == 2, "'\(old)' does not occur once in the base plan")
        text = text.replacingOccurrences(of: old, with: new)
    }
    return text
}

func load(_ text: String) -> LoadedPlan { LoadedPlan(source: SourceText(file: "plan.yaml", text: text)) }

/// One row of the catalogue: an input, and the diagnostic it must produce.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var severity: Severity
    var line: Int
    var column: Int
    /// A distinctive part of the Dutch message.
    var message: String

    var testDescription: String { name }

    init(_ name: String, _ text: String, _ severity: Severity, _ line: Int, _ column: Int, _ message: String)
    {
        self.init(name, bytes: Array(text.utf8), severity, line, column, message)
    }

    init(_ name: String, bytes: [UInt8], _ severity: Severity, _ line: Int, _ column: Int, _ message: String)
    {
        self.name = name
        self.bytes = bytes
        self.severity = severity
        self.line = line
        self.column = column
        self.message = message
    }

}

extension DiagnosticCase {
    static let titel = "titel: Verbeterplan\n"
    static let extraPunt = "\n  - id: A2\n    titel: Tweede punt\n"

    static let syntax: [DiagnosticCase] = [
        DiagnosticCase(
            "tab indentation", variant(("  korte termijn", "\tkorte termijn")), .fout, 5, 1,
            "tab gebruikt voor inspringing"),
        DiagnosticCase(
            "inconsistent indentation", variant(("    titel: Problematiek", "     titel: Problematiek")),
            .fout, 8, 6,
            "inconsistente inspringing: deze regel springt 5 spaties in waar 4 verwacht werd"),
        DiagnosticCase(
            "unterminated double quote", variant((titel, "titel: \"Verbeterplan\n")), .fout, 2, 8,
            "dubbel aanhalingsteken '\"' wordt op deze regel niet afgesloten"),
        DiagnosticCase(
            "unterminated single quote", variant((titel, "titel: 'Verbeterplan\n")), .fout, 2, 8,
            "enkel aanhalingsteken ''' wordt op deze regel niet afgesloten"),
        DiagnosticCase(
            "value that starts a list", variant((titel, "titel: - eerste stap\n")), .fout, 2, 8,
            "een waarde die met '- ' begint leest YAML als een lijst"),
        DiagnosticCase(
            "control character through an escape", variant((titel, "titel: \"Plan\\e[31m\"\n")), .fout, 2, 13,
            "'\\e' schrijft een stuurteken"),
        DiagnosticCase(
            "value on the line below its key", variant((titel, "titel:\n  Verbeterplan\n")), .fout, 3, 3,
            "tekst op de regel onder een veld"),
        DiagnosticCase(
            "text after closing quote", variant((titel, "titel: \"Verbeter\"plan\n")), .fout, 2, 18,
            "tekst na het afsluitende aanhalingsteken"),
        DiagnosticCase(
            "unknown escape", variant((titel, "titel: \"C:\\map\"\n")), .fout, 2, 11, "onbekende escape '\\m'"
        ),
        DiagnosticCase(
            "invalid UTF-8", bytes: Array("gemeente: Alm".utf8) + [0xFF] + Array(basePlan.utf8.dropFirst(13)),
            .fout, 1, 14, "ongeldige UTF-8"),
        DiagnosticCase(
            "NUL byte", bytes: Array("gemeente: Alm".utf8) + [0x00] + Array(basePlan.utf8.dropFirst(13)),
            .fout, 1, 14, "niet-toegestaan stuurteken U+0000"),
        DiagnosticCase("empty file", "", .fout, 1, 1, "leeg bestand"),
        DiagnosticCase("only comments", "# nog niets\n\n", .fout, 1, 1, "leeg bestand"),
        DiagnosticCase("anchor", variant((titel, "titel: &t Verbeterplan\n")), .fout, 2, 8, "ankers ('&')"),
        DiagnosticCase("alias", variant((titel, "titel: *t\n")), .fout, 2, 8, "verwijzingen ('*')"),
        DiagnosticCase("tag", variant((titel, "titel: !!str Verbeterplan\n")), .fout, 2, 8, "tags ('!')"),
        DiagnosticCase("flow mapping", variant((titel, "titel: {a: b}\n")), .fout, 2, 8, "accolades ('{ }')"),
        DiagnosticCase(
            "flow sequence", variant((titel, "titel: [a, b]\n")), .fout, 2, 8, "blokhaken ('[ ]')"),
        DiagnosticCase(
            "second document", basePlan + "---\ngemeente: Den Helder\n", .fout, 19, 1, "meerdere documenten"),
        DiagnosticCase("document end marker", basePlan + "...\n", .fout, 19, 1, "meerdere documenten"),
        DiagnosticCase("text after ---", "--- gemeente\n" + basePlan, .fout, 1, 5, "tekst na '---'"),
        DiagnosticCase("explicit key", variant((titel, "? titel\n")), .fout, 2, 1, "expliciete sleutel"),
        DiagnosticCase(
            "percent start", variant((titel, "titel: %Verbeterplan\n")), .fout, 2, 8, "niet met '%' beginnen"),
        DiagnosticCase(
            "at start", variant((titel, "titel: @gemeente\n")), .fout, 2, 8, "niet met '@' beginnen"),
        DiagnosticCase(
            "keep chomping", variant(("historie: |", "historie: |+")), .fout, 16, 20,
            "'+' (lege regels aan het eind"),
        DiagnosticCase(
            "indentation indicator", variant(("historie: |", "historie: |2")), .fout, 16, 20,
            "inspringingsindicator (zoals '|2')"),
        DiagnosticCase(
            "text after block header", variant(("historie: |", "historie: | tekst")), .fout, 16, 21,
            "tekst na '|' of '>'"),
        DiagnosticCase(
            "block line less indented", variant(("\n          2017-02-01", "\n         2017-02-01")), .fout,
            18, 10, "springt minder ver in dan de eerste regel"),
        DiagnosticCase(
            "colon in plain value", variant((titel, "titel: Verbeterplan: zorg\n")), .fout, 2, 20,
            "': ' in een waarde zonder aanhalingstekens"),
        DiagnosticCase(
            "multi-line plain scalar", variant((titel, "titel: Verbeterplan\n  en meer\n")), .fout, 3, 3,
            "de waarde loopt door op de volgende regel"),
        DiagnosticCase(
            "multi-line quoted scalar", variant((titel, "titel: \"Verbeterplan\"\n  \"en meer\"\n")), .fout,
            3, 3,
            "de waarde loopt door op de volgende regel"),
        DiagnosticCase(
            "duplicate key", variant((titel, "titel: Verbeterplan\ntitel: Ander plan\n")), .fout, 3, 1,
            "dubbel veld 'titel' (eerder op regel 2)"),
        DiagnosticCase(
            "empty sequence item", variant(("  - id: A1\n", "  -\n  - id: A1\n")), .fout, 7, 3,
            "lege lijstregel '-'"),
        DiagnosticCase(
            "indented top level", "  " + basePlan, .fout, 1, 3, "het plan begint ingesprongen"),
        DiagnosticCase(
            "plain value YAML reads as number", variant(("deadline: korte termijn", "deadline: 2017")),
            .waarschuwing,
            14, 19, "een YAML-parser leest '2017' als getal, niet als tekst"),
        DiagnosticCase(
            "plain value YAML reads as boolean",
            variant(("eigenaar: teamleider sociale wijkteams", "eigenaar: true")),
            .waarschuwing, 13, 19, "leest 'true' als waar/onwaar"),
    ]

    static let model: [DiagnosticCase] = [
        DiagnosticCase(
            "unknown field with suggestion", variant(("eigenaar:", "eigenaaar:")), .fout, 13, 9,
            "onbekend veld 'eigenaaar' in een actie; bedoelde u 'eigenaar'?"),
        DiagnosticCase(
            "unknown field without near match", variant((titel, titel + "kleur: blauw\n")), .fout, 3, 1,
            "onbekend veld 'kleur' in het plan; bekende velden: gemeente, titel, rapport"),
        DiagnosticCase(
            "missing gemeente", variant(("gemeente: Almelo\n", "")), .fout, 1, 1,
            "verplicht veld 'gemeente' ontbreekt in het plan"),
        DiagnosticCase(
            "missing titel", variant((titel, "")), .fout, 1, 1, "verplicht veld 'titel' ontbreekt in het plan"
        ),
        DiagnosticCase(
            "missing aandachtspunten",
            String(basePlan[..<basePlan.range(of: "aandachtspunten:")!.lowerBound]), .fout, 1, 1,
            "verplicht veld 'aandachtspunten' ontbreekt in het plan"),
        DiagnosticCase(
            "missing aandachtspunt id", variant(("  - id: A1\n    titel:", "  - titel:")), .fout, 7, 5,
            "verplicht veld 'id' ontbreekt in een aandachtspunt"),
        DiagnosticCase(
            "missing actie id", variant(("      - id: A1.1\n        actie:", "      - actie:")), .fout, 10, 9,
            "verplicht veld 'id' ontbreekt in een actie"),
        DiagnosticCase(
            "missing actie", variant(("        actie: Quick scan van de problematiek\n", "")), .fout, 10, 9,
            "verplicht veld 'actie' ontbreekt in actie A1.1"),
        DiagnosticCase(
            "missing status", variant(("        status: gerealiseerd\n", "")), .fout, 10, 9,
            "verplicht veld 'status' ontbreekt in actie A1.1"),
        DiagnosticCase(
            "empty required field", variant(("gemeente: Almelo", "gemeente:")), .fout, 1, 1,
            "verplicht veld 'gemeente' is leeg in het plan"),
        DiagnosticCase(
            "empty quoted required field", variant(("status: gerealiseerd", "status: ''")), .fout, 15, 9,
            "verplicht veld 'status' is leeg in actie A1.1"),
        DiagnosticCase(
            "text expected, got a list", variant((titel, "titel:\n  - Verbeterplan\n")), .fout, 2, 1,
            "'titel' verwacht tekst, geen lijst of velden"),
        DiagnosticCase(
            "fields expected",
            variant(("termijnen:\n  korte termijn: 2017-06-30\n", "termijnen: 2017-06-30\n")), .fout,
            4, 1, "'termijnen' verwacht velden op de regels eronder"),
        DiagnosticCase(
            "list expected",
            String(basePlan[..<basePlan.range(of: "aandachtspunten:")!.lowerBound])
                + "aandachtspunten: geen\n",
            .fout, 6, 1, "'aandachtspunten' verwacht een lijst"),
        DiagnosticCase(
            "list item without fields", variant(("acties:\n", "acties:\n      - los\n")), .fout, 10, 9,
            "een actie in de lijst verwacht velden"),
        DiagnosticCase(
            "aandachtspunt without titel, bevinding or risico",
            variant(("    titel: Problematiek onvoldoende in beeld\n", "")), .fout, 7, 5,
            "aandachtspunt A1 heeft geen 'titel', 'bevinding' of 'risico'"),
    ]

    static let checks: [DiagnosticCase] = [
        DiagnosticCase(
            "duplicate id", variant(("id: A1.1", "id: A1")), .fout, 10, 13,
            "dubbel id 'A1' (eerder op regel 7)"),
        DiagnosticCase(
            "unknown status with suggestion", variant(("status: gerealiseerd", "status: gerealiseer")), .fout,
            15,
            17, "onbekende status 'gerealiseer'; bedoelde u 'gerealiseerd'?"),
        DiagnosticCase(
            "unknown status without suggestion", variant(("status: gerealiseerd", "status: klaar")), .fout,
            15, 17,
            "onbekende status 'klaar'; toegestaan: open: gepland"),
        DiagnosticCase(
            "unreadable deadline", variant(("deadline: korte termijn", "deadline: 2017-13")), .fout, 14, 19,
            "onleesbare deadline '2017-13'"),
        DiagnosticCase(
            "unknown termijn with suggestion", variant(("deadline: korte termijn", "deadline: korte termjn")),
            .fout,
            14, 19, "onbekende termijn 'korte termjn'; bedoelde u 'korte termijn'?"),
        DiagnosticCase(
            "unreadable date", variant(("vastgesteld: 2017-04-11", "vastgesteld: gisteren")), .fout, 3, 14,
            "onleesbare datum 'gisteren' in vastgesteld"),
        DiagnosticCase(
            "unreadable termijn date", variant(("korte termijn: 2017-06-30", "korte termijn: 31 juni 2017")),
            .fout,
            5, 18, "onleesbare datum '31 juni 2017' in termijn 'korte termijn'"),
        DiagnosticCase(
            "zie to unknown id", basePlan + extraPunt + "    zie: B9\n", .fout, 22, 10,
            "'zie: B9' verwijst naar een onbekend aandachtspunt"),
        DiagnosticCase(
            "zie to itself", basePlan + extraPunt + "    zie: A2\n", .fout, 22, 10,
            "aandachtspunt A2 verwijst naar zichzelf"),
        DiagnosticCase(
            "aandachtspunt without acties", basePlan + extraPunt, .waarschuwing, 20, 5,
            "aandachtspunt A2 heeft geen acties"),
        DiagnosticCase(
            "realised without borging", variant(("        borging: Vast onderdeel van de werkwijze\n", "")),
            .waarschuwing, 14, 17, "actie A1.1 is gerealiseerd maar heeft geen borging"),
        DiagnosticCase(
            "no eigenaar", variant(("        eigenaar: teamleider sociale wijkteams\n", "")), .waarschuwing,
            10, 13,
            "actie A1.1 heeft geen eigenaar"),
        DiagnosticCase(
            "no deadline on an open actie",
            variant(
                ("        deadline: korte termijn\n", ""), ("status: gerealiseerd", "status: in-uitvoering"),
                ("\n          2017-02-01 gerealiseerd", "")),
            .waarschuwing, 10, 13, "actie A1.1 heeft geen deadline"),
        DiagnosticCase(
            "historie out of order", variant(("2016-11-01 in-uitvoering", "2017-03-01 in-uitvoering")),
            .waarschuwing, 18, 11, "historie niet op datumvolgorde: 2017-02-01 staat na 2017-03-01"
        ),
        DiagnosticCase(
            "historie last status differs", variant(("2017-02-01 gerealiseerd", "2017-02-01 geborgd")),
            .waarschuwing, 18, 11,
            "laatste status in de historie van actie A1.1 is 'geborgd', maar 'status' is 'gerealiseerd'"
        ),
        DiagnosticCase(
            "historie last deadline differs",
            variant(
                ("2017-02-01 gerealiseerd", "2017-01-01 deadline 2017-Q3\n          2017-02-01 gerealiseerd")),
            .waarschuwing, 18, 11,
            "laatste deadline in de historie van actie A1.1 is '2017-Q3', maar 'deadline' is 'korte termijn'"
        ),
        DiagnosticCase(
            "historie deadline with an unknown termijn",
            variant(
                (
                    "2017-02-01 gerealiseerd",
                    "2017-01-01 deadline kort termijn\n          2017-02-01 gerealiseerd"
                )),
            .fout, 18, 11, "onbekende termijn 'kort termijn'; bedoelde u 'korte termijn'? (in de historie)"
        ),
        DiagnosticCase(
            "historie impossible date", variant(("2017-02-01 gerealiseerd", "2017-02-30 gerealiseerd")),
            .fout,
            18, 11, "onleesbare datum '2017-02-30' vooraan in de historieregel"),
        DiagnosticCase(
            "historie date without change", variant(("2017-02-01 gerealiseerd", "2017-02-01")), .fout, 18, 11,
            "na de datum ontbreekt de wijziging"),
        DiagnosticCase(
            "historie deadline without value", variant(("2017-02-01 gerealiseerd", "2017-02-01 deadline")),
            .fout,
            18, 11, "na 'deadline' ontbreekt de nieuwe deadline"),
        DiagnosticCase(
            "historie unreadable line", variant(("2017-02-01 gerealiseerd", "februari gerealiseerd")), .fout,
            18, 11,
            "onleesbare historieregel: geen datum vooraan"),
        DiagnosticCase(
            "historie unknown status", variant(("2017-02-01 gerealiseerd", "2017-02-01 gerealseerd")), .fout,
            18, 11,
            "onbekende status 'gerealseerd' in historie; bedoelde u 'gerealiseerd'?"),
        DiagnosticCase(
            "historie as folded block", variant(("historie: |", "historie: >")), .fout, 16, 19,
            "'historie' moet een letterlijk blok zijn"),
    ]

    static let all = syntax + model + checks
}

@Suite("Diagnostic catalogue")
struct DiagnosticCatalogueTests {
    @Test func basePlanHasNoDiagnostics() {
        let loaded = load(basePlan)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.rendered))")
        #expect(loaded.plan?.acties.count == 1)
    }

    @Test(arguments: DiagnosticCase.all)
    func eachProblemIsReportedWithPlaceAndDutchMessage(_ row: DiagnosticCase) {
        let loaded = LoadedPlan(source: SourceText(file: "plan.yaml", bytes: row.bytes))
        let matching = loaded.diagnostics.filter { $0.message.contains(row.message) }
        #expect(matching.count == 1, "got: \(loaded.diagnostics.map(\.rendered))")
        guard let diagnostic = matching.first else { return }
        #expect(diagnostic.severity == row.severity)
        #expect(diagnostic.location.line == row.line, "\(diagnostic.rendered)")
        #expect(diagnostic.location.column == row.column, "\(diagnostic.rendered)")
        #expect(diagnostic.location.file == "plan.yaml")
        if row.severity == .fout { #expect(loaded.hasFout) }
    }

    @Test func severalProblemsInOneFileAreAllReportedSortedByLine() {
        let text = variant(
            ("vastgesteld: 2017-04-11", "vastgesteld: gisteren"),
            (DiagnosticCase.titel, "titel: [Verbeterplan]\n"),
            ("eigenaar:", "eigenaaar:"),
            ("status: gerealiseerd", "status: klaar"),
            ("2017-02-01 gerealiseerd", "2017-02-01 gerealseerd"),
            ("  korte termijn", "\tkorte termijn"))
        let loaded = load(text)
        let lines = loaded.diagnostics.map(\.location.line)
        #expect(lines == lines.sorted())
        for line in [2, 3, 5, 13, 15, 18] {
            #expect(
                lines.contains(line), "no diagnostic on line \(line): \(loaded.diagnostics.map(\.rendered))")
        }
        #expect(loaded.plan != nil)
        #expect(loaded.hasFout)
    }

    @Test func termijnWithUnreadableDateIsReportedOnceNotAsUnknownTermijn() {
        let loaded = load(variant(("korte termijn: 2017-06-30", "korte termijn: 31 juni 2017")))
        #expect(loaded.diagnostics.contains { $0.message.contains("onleesbare datum '31 juni 2017'") })
        #expect(!loaded.diagnostics.contains { $0.message.contains("onbekende termijn 'korte termijn'") })
    }

    @Test func renderedDiagnosticIsPathLineColumnSeverityMessage() {
        let diagnostic = load(variant(("vastgesteld: 2017-04-11", "vastgesteld: gisteren"))).diagnostics.first
        #expect(diagnostic?.rendered.hasPrefix("plan.yaml:3:14: fout: onleesbare datum 'gisteren'") == true)
    }
}
