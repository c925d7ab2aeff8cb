import Foundation
import Testing

/// End to end: the built binary on purpose-made plans, a throwaway git repository and bad sides.
@Suite struct VoortgangCommandTests {
    static let oldPlan = """
        gemeente: Testdorp
        titel: Testplan
        aandachtspunten:
          - id: A1
            titel: Eerste punt
            acties:
              - id: A1.1
                actie: Eerste actie
                implementatie: Wordt gestart.
                eigenaar: teamleider
                deadline: 2017-05
                status: in-uitvoering
          - id: A2
            titel: Tweede punt
            acties:
              - id: A2.1
                actie: Vervalt later
                eigenaar: teamleider
                deadline: 2017-06
                status: gepland

        """
    static let newPlan = """
        gemeente: Testdorp
        titel: Testplan
        aandachtspunten:
          - id: A1
            titel: Eerste punt
            acties:
              - id: A1.1
                actie: Eerste actie
                implementatie: Is uitgevoerd.
                borging: Vastgelegd in het werkproces.
                eigenaar: teamleider
                deadline: 2017-08
                status: gerealiseerd

        """

    @Test func almeloExampleShowsTheYearLaterReport() throws {
        let run = try VoortgangRunner.runVoortgang([
            "voortgang", "plans/almelo-2017.yaml", "--van", "2017-04-18", "--tot", "2018-04-18",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Van de 9 acties zijn er 7 gerealiseerd (waarvan 6 geborgd)"))
        #expect(
            run.stdout.contains(
                "- A7.1: korte termijn (30 juni 2017) → eerste kwartaal 2018 (274 dagen later)"))
    }

    @Test func comparesTwoGitRevisionsAndARevisionWithAFile() throws {
        let folder = try VoortgangRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml")
        try VoortgangRunner.git(["init", "-q"], in: folder)
        try Self.oldPlan.write(to: plan, atomically: true, encoding: .utf8)
        try VoortgangRunner.git(["add", "plan.yaml"], in: folder)
        try VoortgangRunner.git(["commit", "-q", "-m", "oud"], in: folder)
        try Self.newPlan.write(to: plan, atomically: true, encoding: .utf8)
        try VoortgangRunner.git(["commit", "-q", "-a", "-m", "nieuw"], in: folder)

        let run = try VoortgangRunner.runVoortgang(
            [
                "voortgang", "HEAD~1:plan.yaml", "HEAD:plan.yaml", "--van", "2017-04-18", "--tot",
                "2017-09-01", "--format", "json",
            ],
            in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""bron_van": "HEAD~1:plan.yaml""#))
        #expect(run.stdout.contains(#""verschuiving_dagen": 92"#))
        #expect(run.stdout.contains(#""wijziging": "verwijderd""#))
        #expect(run.stdout.contains(#""verwijderd": 1"#))

        let mixed = try VoortgangRunner.runVoortgang(
            ["voortgang", "HEAD~1:plan.yaml", "plan.yaml", "--tot", "2017-09-01"], in: folder)
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(mixed.stdout.contains("1 deadline verschoven, gemiddeld 92 dagen; 1 actie verwijderd."))
    }

    @Test func missingFileIsAUsageErrorNamingTheSide() throws {
        let run = try VoortgangRunner.runVoortgang([
            "voortgang", "bestaat-niet.yaml", "plans/almelo-2017.yaml",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("OUD 'bestaat-niet.yaml' is niet te lezen: bestand of map bestaat niet"))
    }

    @Test func unknownRevisionIsAUsageErrorNamingTheSide() throws {
        let run = try VoortgangRunner.runVoortgang([
            "voortgang", "plans/almelo-2017.yaml", "geen-revisie-xyz:plans/almelo-2017.yaml",
        ])
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("NIEUW 'geen-revisie-xyz:plans/almelo-2017.yaml' is niet te lezen uit git"))
    }

    @Test func planWithAFoutStopsWithExitOne() throws {
        let folder = try VoortgangRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = Self.newPlan.replacingOccurrences(of: "status: gerealiseerd", with: "status: klaar")
        try broken.write(to: folder.appendingPathComponent("kapot.yaml"), atomically: true, encoding: .utf8)
        let run = try VoortgangRunner.runVoortgang(
            ["voortgang", "kapot.yaml", "--van", "2017-01-01"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("kapot.yaml:"))
        #expect(run.stderr.contains("plan 'kapot.yaml' bevat een fout"))
        #expect(run.stdout.isEmpty)
    }

    @Test func onePlanWithoutVanAndUnreadableDatesAreUsageErrors() throws {
        let noVan = try VoortgangRunner.runVoortgang(["voortgang", "plans/almelo-2017.yaml"])
        #expect(noVan.status == 2)
        #expect(noVan.stderr.contains("met één plan is --van DATUM nodig"))
        let badDate = try VoortgangRunner.runVoortgang([
            "voortgang", "plans/almelo-2017.yaml", "--van", "2017-13-01",
        ])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("onleesbare datum '2017-13-01' bij --van"))
    }

    @Test func writesOdtAndMarkdownFiles() throws {
        let folder = try VoortgangRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let odt = folder.appendingPathComponent("voortgang.odt").path
        let md = folder.appendingPathComponent("voortgang.md").path
        let common = ["voortgang", "plans/almelo-2017.yaml", "--van", "18 april 2017", "--tot", "2018-04-18"]
        #expect(try VoortgangRunner.runVoortgang(common + ["--format", "odt", "-o", odt]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: odt)).prefix(2) == Data("PK".utf8))
        #expect(try VoortgangRunner.runVoortgang(common + ["--format", "md", "-o", md]).status == 0)
        let text = try String(contentsOfFile: md, encoding: .utf8)
        #expect(text.contains("# Voortgang verbeterplan Almelo"))
        let noFile = try VoortgangRunner.runVoortgang(common + ["--format", "odt"])
        #expect(noFile.status == 2)
    }
}
