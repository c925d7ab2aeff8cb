import Foundation
import Testing

@testable import PlanModel

private func plan(_ yaml: String) -> Plan {
    let loaded = LoadedPlan(source: SourceText(file: "test.yaml", bytes: Array(yaml.utf8)))
    #expect(!loaded.hasFout, "\(loaded.diagnostics.map(\.rendered))")
    return loaded.plan!
}

private let twoActies = """
    gemeente: Almelo
    titel: Plan
    opdrachtgever: sectordirecteur
    termijnen:
      korte termijn: 2017-06-30
    aandachtspunten:
      - id: A1
        titel: Risicoanalyse
        bevinding: Onvoldoende.
        acties:
          - id: A1.1
            doel: Instrument
            actie: >
              Balansmodel
              ingevoerd.
            implementatie: Begin februari.
            borging: Via verslaglegging.
            eigenaar: teamleider
            deadline: korte termijn
            status: gerealiseerd
          - id: A1.2
            doel: Werkwijze
            actie: Werkafspraken.
            eigenaar: teamleider
            deadline: 2017-05
            status: in-uitvoering
      - id: "01"
        risico: Geen beeld
        uitwerking: Escalatie.
        acties:
          - id: "01.1"
            actie: Criteria opnemen.
            implementatie: Is gerealiseerd.
            eigenaar: teamleider
            deadline: 2017-Q3
            status: geborgd
            borging: In contract.
      - id: "02"
        risico: Niet met iedereen gesproken
        uitwerking: Eenzijdig beeld.
        zie: "01"

    """

@Test func raadsbriefTableSpansAnAandachtspuntOverItsActies() {
    let table = RaadsbriefTable.make(plan(twoActies))
    #expect(table.header == ["Aandachtspunt", "Verbeterplan", "Actie/maatregel", "Implementatie en borging"])
    #expect(table.rows.count == 4)
    #expect(table.rows[0][0] == .cell(TableCell(["Risicoanalyse"], rowSpan: 2)))
    #expect(table.rows[1][0] == .covered)
    #expect(table.columnWeights.count == 4)
}

@Test func raadsbriefTableLastColumnHoldsImplementatieBorgingAndStatusInWords() {
    let table = RaadsbriefTable.make(plan(twoActies))
    #expect(
        table.rows[0][3]
            == .cell(
                TableCell([
                    "Begin februari.", "Via verslaglegging.",
                    "Status: gerealiseerd; korte termijn (uiterlijk 30 juni 2017)",
                ])))
    #expect(table.rows[1][3] == .cell(TableCell(["Status: in uitvoering; uiterlijk mei 2017"])))
    // A folded block keeps its text but loses the block's final newline.
    #expect(table.rows[0][2] == .cell(TableCell(["Balansmodel ingevoerd."])))
}

@Test func raadsbriefTableShowsZieReferenceInsteadOfACopy() {
    let table = RaadsbriefTable.make(plan(twoActies))
    #expect(table.rows[3][2] == .cell(TableCell("Zie 01")))
    #expect(table.rows[3][3] == .cell(TableCell("Zie 01")))
}

@Test func inspectieTablesSplitFindingsFromNumberedRisks() {
    let p = plan(twoActies)
    let bevindingen = InspectieTables.bevindingen(p)
    #expect(bevindingen.header == ["Oordeel/bevinding", "uitwerking", "Gerealiseerd/realiteit"])
    #expect(bevindingen.rows.count == 1)
    #expect(bevindingen.rows[0][0] == .cell(TableCell("Onvoldoende.")))
    let risicos = InspectieTables.risicos(p)
    #expect(risicos.header == ["nr", "Risico's", "Uitwerking", "Beheersmaatregel", "Realisatie"])
    #expect(risicos.rows.map { $0[0] } == [.cell(TableCell("01")), .cell(TableCell("02"))])
    #expect(risicos.rows[0][3] == .cell(TableCell("Criteria opnemen.")))
    #expect(
        risicos.rows[0][4]
            == .cell(
                TableCell([
                    "Is gerealiseerd.", "Status: gerealiseerd en geborgd; uiterlijk derde kwartaal 2017",
                ])))
    #expect(risicos.rows[1][3] == .cell(TableCell("Zie 01")))
    #expect(risicos.rows[1][4] == .cell(TableCell("Zie 01")))
}

@Test func letterContextListsOverdueActiesWithOwnerDueDateAndDaysLate() {
    let context = LetterContext.make(plan(twoActies), peildatum: Day(year: 2017, month: 7, day: 15)!)
    #expect(
        context.lists["achterstallig"] == [
            "A1.2 Werkafspraken. — eigenaar teamleider, uiterlijk 31 mei 2017, 45 dagen te laat"
        ])
    #expect(context.values["aantal.achterstallig"] == "1")
    #expect(context.values["peildatum"] == "15 juli 2017")
    #expect(context.values["aantal.risicos"] == "2")
}

@Test func letterContextWritesDatesInDutchAndMissingValuesEmpty() {
    var p = plan(twoActies)
    p.rapport.datum = PlanText("2017-03", line: 1, column: 1)
    p.college.behandeldatum = PlanText("2017-04-18", line: 1, column: 1)
    p.vastgesteld = PlanText("ergens in april", line: 1, column: 1)
    let context = LetterContext.make(p, peildatum: Day(year: 2017, month: 9, day: 30)!)
    #expect(context.values["rapport.datum"] == "maart 2017")
    #expect(context.values["college.behandeldatum"] == "18 april 2017")
    #expect(context.values["vastgesteld"] == "ergens in april")
    #expect(context.values["opdrachtnemer"] == "")
    #expect(context.values["college.besluit"] == "")
}

/// Every template in templates/ renders without a fout against a minimal and a full plan: the
/// context provides every name they use.
@Test(arguments: ["raadsbrief.md", "inspectie-reactie.md", "collegevoorstel.md"])
func shippedTemplatesUseOnlyKnownNames(_ name: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("templates/" + name), encoding: .utf8)
    for p in [plan(twoActies), Plan(file: "leeg.yaml")] {
        let context = LetterContext.make(p, peildatum: Day(year: 2017, month: 9, day: 30)!)
        let (document, problems) = renderTemplate(text, file: name, context: context)
        #expect(document != nil, "\(problems.map(\.rendered))")
    }
}

@Test func documentFormatFollowsTheFileExtension() {
    #expect(DocumentFormat(fileName: "brief.ODT") == .odt)
    #expect(DocumentFormat(fileName: "uit/brief.html") == .html)
    #expect(DocumentFormat(fileName: "brief.txt") == .txt)
    #expect(DocumentFormat(fileName: "map.v2/brief") == nil)
    #expect(DocumentFormat(fileName: "brief.pdf") == nil)
}

@Test func atomicWriteReplacesTheFileAndLeavesNoTemporaryFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("brief.md").path
    try AtomicWrite.write(Array("oud".utf8), to: path)
    try AtomicWrite.write(Array("nieuw".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "nieuw")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["brief.md"])
    #expect(throws: (any Error).self) { try AtomicWrite.write([1], to: folder.path + "/geen/map/x.md") }
}
