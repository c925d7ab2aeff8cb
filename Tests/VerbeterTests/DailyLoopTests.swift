import Foundation
import Testing

/// `achterstallig`, `lijst`, `status` and `deadline` through the built binary.
@Suite struct DailyLoopTests {
    /// One actie per deadline form and per status; ids say what they test.
    static let plan = """
        gemeente: Proefstad
        titel: Proefplan
        termijnen:
          korte termijn: 2017-06-30
          lange termijn: 2019-Q1
        aandachtspunten:
          - id: P
            titel: Alle vormen
            acties:
              - id: dag
                actie: Dag
                eigenaar: Anna
                deadline: 2017-05-31
                status: gepland
              - id: maand
                actie: Maand
                eigenaar: Bram
                deadline: 2017-05
                status: in-uitvoering
              - id: kwartaal
                actie: Kwartaal
                eigenaar: Anna
                deadline: 2017-Q2
                status: in-onderzoek
              - id: jaar
                actie: Jaar
                eigenaar: Carla
                deadline: "2017"
                status: uitgesteld
              - id: nl-dag
                actie: Nederlandse dag
                eigenaar: Bram
                deadline: 15 juni 2017
                status: gepland
              - id: nl-maand
                actie: Nederlandse maand
                eigenaar: Bram
                deadline: april 2017
                status: gepland
              - id: termijn
                actie: Korte termijn
                eigenaar: Anna
                deadline: korte termijn
                status: gepland
              - id: lange
                actie: Lange termijn
                eigenaar: Anna
                deadline: lange termijn
                status: gepland
              - id: doorlopend
                actie: Doorlopend
                eigenaar: Anna
                deadline: doorlopend
                status: in-uitvoering
              - id: schrikkel
                actie: Schrikkelmaand
                eigenaar: Dirk
                deadline: 2020-02
                status: gepland
              - id: klaar
                actie: Gerealiseerd
                eigenaar: Anna
                borging: Jaarlijkse controle.
                deadline: 2017-01-01
                status: gerealiseerd
              - id: geborgd
                actie: Geborgd
                eigenaar: Anna
                borging: Contract.
                deadline: 2017-01-01
                status: geborgd
              - id: onhaalbaar
                actie: Niet haalbaar
                eigenaar: Anna
                deadline: 2017-01-01
                status: niet-haalbaar
              - id: vervallen
                actie: Vervallen
                eigenaar: Anna
                deadline: 2017-01-01
                status: vervallen

        """

    func overdueIds(per: String, extra: [String] = []) throws -> [String] {
        let folder = Verbeter.temporaryFolder()
        let file = folder.appendingPathComponent("proef.yaml")
        Verbeter.write(Self.plan, to: file)
        let result = Verbeter.run(["achterstallig", file.path, "--per", per, "--format", "json"] + extra)
        #expect(result.code == 0, "\(result.err)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        return rows.map { $0["id"] as! String }
    }

    @Test(arguments: [
        ("2017-04-30", [String]()),
        ("2017-05-01", ["nl-maand"]),
        ("2017-05-31", ["nl-maand"]),
        ("2017-06-01", ["nl-maand", "dag", "maand"]),
        ("2017-06-16", ["nl-maand", "dag", "maand", "nl-dag"]),
        ("2017-07-01", ["nl-maand", "dag", "maand", "nl-dag", "kwartaal", "termijn"]),
        ("2018-01-01", ["nl-maand", "dag", "maand", "nl-dag", "kwartaal", "termijn", "jaar"]),
        ("2019-04-01", ["nl-maand", "dag", "maand", "nl-dag", "kwartaal", "termijn", "jaar", "lange"]),
    ])
    func overdueAtPeildata(per: String, expected: [String]) throws {
        #expect(try overdueIds(per: per) == expected)
    }

    @Test func leapYearMonthEndsOnTheTwentyNinth() throws {
        #expect(try !overdueIds(per: "2020-02-29").contains("schrikkel"))
        #expect(try overdueIds(per: "2020-03-01").contains("schrikkel"))
    }

    @Test func closedStatusesAndDoorlopendAreNeverOverdue() throws {
        let ids = try overdueIds(per: "2030-01-01")
        for closed in ["klaar", "geborgd", "onhaalbaar", "vervallen", "doorlopend"] {
            #expect(!ids.contains(closed))
        }
        #expect(ids.count == 9)
    }

    @Test func sortedByDaysLateMostFirst() throws {
        let folder = Verbeter.temporaryFolder()
        let file = folder.appendingPathComponent("proef.yaml")
        Verbeter.write(Self.plan, to: file)
        let result = Verbeter.run(["achterstallig", file.path, "--per", "2017-07-01", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        let days = rows.map { $0["dagen_te_laat"] as! Int }
        #expect(days == days.sorted(by: >))
        #expect(days.first == 62)  // april 2017 ends on 30 April; 1 July is 62 days after it
        let keys = Set(rows[0].keys)
        for key in [
            "plan", "gemeente", "aandachtspunt", "id", "actie", "eigenaar", "status", "deadline",
            "vervaldatum", "dagen_te_laat",
        ] {
            #expect(keys.contains(key), "missing key \(key)")
        }
    }

    @Test func binnenAddsActiesDueSoon() throws {
        let ids = try overdueIds(per: "2017-06-20", extra: ["--binnen", "10"])
        #expect(ids.suffix(2) == ["kwartaal", "termijn"])  // same due day: plan order
    }

    @Test func eigenaarFilter() throws {
        #expect(
            try overdueIds(per: "2018-01-01", extra: ["--eigenaar", "bram"]) == [
                "nl-maand", "maand", "nl-dag",
            ])
    }

    @Test func nothingOverdueSaysSoInOneLine() {
        let folder = Verbeter.temporaryFolder()
        let file = folder.appendingPathComponent("proef.yaml")
        Verbeter.write(Self.plan, to: file)
        let result = Verbeter.run(["achterstallig", file.path, "--per", "2017-01-02"])
        #expect(result.code == 0)
        #expect(result.out == "Geen achterstallige acties op 2 januari 2017.\n")
    }

    @Test func textTableHasNoColourWithoutTerminal() {
        let result = Verbeter.run(
            ["achterstallig", "plans/", "--per", "2018-04-18"], env: ["COLUMNS": "100"])
        #expect(result.code == 0)
        #expect(!result.out.contains("\u{1B}"))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(result.out.contains("A7.1"))
    }

    @Test func csvIsForDutchExcelAndDisarmsFormulas() {
        let folder = Verbeter.temporaryFolder()
        let file = folder.appendingPathComponent("proef.yaml")
        Verbeter.write(
            Self.plan.replacingOccurrences(of: "actie: Dag", with: "actie: \"=HYPERLINK(\\\"x\\\"); -1\""),
            to: file)
        let result = Verbeter.run(["lijst", file.path, "--per", "2017-07-01", "--format", "csv"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("\u{FEFF}Actie;Omschrijving;"))
        #expect(result.out.contains("dag;\"'=HYPERLINK(\"\"x\"\"); -1\";Anna;"))
        #expect(result.out.contains("\r\n"))
    }

    @Test func lijstFiltersByStatus() throws {
        let folder = Verbeter.temporaryFolder()
        let file = folder.appendingPathComponent("proef.yaml")
        Verbeter.write(Self.plan, to: file)
        let result = Verbeter.run([
            "lijst", file.path, "--per", "2017-07-01", "--status", "gerealiseerd,geborgd", "--format", "json",
        ])
        let rows = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["id"] as! String } == ["klaar", "geborgd"])
        #expect(rows.allSatisfy { $0["vervaldatum"] as? String == "2017-01-01" })
    }

    @Test func unknownStatusFilterIsWrongUse() {
        let result = Verbeter.run(["lijst", "plans/", "--status", "klaar"])
        #expect(result.code == 2)
        #expect(result.err.contains("onbekende status 'klaar'"))
    }
}

/// A copied binary, run outside the repository, still draws up its letters.
@Suite struct CopiedBinaryTests {
    @Test func raadsbriefUsesTheBuiltInTemplateOutsideTheRepository() {
        let folder = Verbeter.temporaryFolder()
        let plan = folder.appendingPathComponent("plan.yaml")
        try! FileManager.default.copyItem(
            at: Verbeter.packageRoot.appendingPathComponent("plans/almelo-2017.yaml"), to: plan)
        let result = Verbeter.run(
            ["raadsbrief", "plan.yaml", "--per", "2017-04-18", "--format", "md"], cwd: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("Geachte raadsleden,"))
        #expect(
            result.out.contains(
                "| Aandachtspunt | Verbeterplan | Actie/maatregel | Implementatie en borging |"))
    }
}

@Suite struct NieuwCommandTests {
    @Test func nieuwWritesACleanPlanAndNeverOverwrites() {
        let folder = Verbeter.temporaryFolder()
        let path = folder.appendingPathComponent("plan.yaml").path
        var result = Verbeter.run(["nieuw", path, "--gemeente", "Hengelo", "--vastgesteld", "2026-11-23"])
        #expect(result.code == 0, "\(result.err)")
        #expect(Verbeter.run(["check", path]).code == 0)
        let written = Verbeter.read(URL(fileURLWithPath: path))
        result = Verbeter.run(["nieuw", path, "--gemeente", "Anders"])
        #expect(result.code == 2)
        #expect(result.err.contains("bestaat al"))
        #expect(Verbeter.read(URL(fileURLWithPath: path)) == written)
    }
}
