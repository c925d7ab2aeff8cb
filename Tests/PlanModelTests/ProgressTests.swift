import Testing

@testable import PlanModel

/// Purpose-made plans: each change kind once, and historie lines around fixed dates.
enum ProgressFixtures {
    static func plan(_ yaml: String, file: String = "test.yaml") -> Plan {
        let loaded = LoadedPlan(source: SourceText(file: file, text: yaml))
        #expect(!loaded.hasFout, "\(loaded.diagnostics.map(\.rendered))")
        return loaded.plan!
    }

    static func day(_ iso: String) -> Day { Day.parseISO(iso)! }

    static let old = """
        gemeente: Testdorp
        titel: Testplan
        termijnen:
          korte termijn: 2017-06-30
        aandachtspunten:
          - id: A1
            titel: Eerste punt
            acties:
              - id: A1.1
                actie: Eerste actie
                implementatie: Wordt gestart.
                borging: Nog niet geregeld.
                eigenaar: teamleider
                deadline: 2017-06
                status: gepland
              - id: A1.2
                actie: Tweede actie
                eigenaar: teamleider
                deadline: 2017-05
                status: in-uitvoering
              - id: A1.3
                actie: Derde actie
                eigenaar: teamleider
                deadline: korte termijn
                status: gerealiseerd
                borging: Vastgelegd.
          - id: A2
            titel: Tweede punt
            acties:
              - id: A2.1
                actie: Vervalt later
                eigenaar: teamleider
                deadline: korte termijn
                status: gepland
        """

    static let new = """
        gemeente: Testdorp
        titel: Testplan
        termijnen:
          korte termijn: 2017-06-30
        aandachtspunten:
          - id: A1
            titel: Eerste punt, herzien
            acties:
              - id: A1.1
                actie: Eerste actie
                implementatie: Is uitgevoerd.
                borging: Halfjaarlijkse controle.
                eigenaar: teamleider
                deadline: 2017-06
                status: geborgd
              - id: A1.2
                actie: Tweede actie
                eigenaar: teamleider
                deadline: 2017-08
                status: in-uitvoering
              - id: A1.3
                actie: Derde actie
                eigenaar: teamleider
                deadline: 2017-06-30
                status: gerealiseerd
                borging: Vastgelegd.
              - id: A1.4
                actie: Nieuwe actie
                eigenaar: teamleider
                deadline: 2018
                status: gepland
          - id: A3
            titel: Nieuw punt
            acties:
              - id: A3.1
                actie: Nieuw in nieuw punt
                eigenaar: teamleider
                deadline: doorlopend
                status: in-uitvoering
        """

    static let withHistorie = """
        gemeente: Testdorp
        titel: Testplan
        aandachtspunten:
          - id: A1
            titel: Punt
            acties:
              - id: A1.1
                actie: Met historie
                eigenaar: teamleider
                deadline: 2017-09
                status: gerealiseerd
                borging: Vastgelegd.
                historie: |
                  2017-01-10 gepland
                  2017-01-10 deadline 2017-05
                  2017-03-01 in-uitvoering: gestart
                  2017-06-15 deadline 2017-09: uitgesteld
                  2017-09-20 gerealiseerd
              - id: A1.2
                actie: Zonder historie
                eigenaar: teamleider
                deadline: 2017-12
                status: in-uitvoering
              - id: A1.3
                actie: Alleen een latere verschuiving
                eigenaar: teamleider
                deadline: 2018
                status: in-uitvoering
                historie: |
                  2017-02-01 in-uitvoering
                  2017-08-01 deadline 2018
          - id: A2
            titel: Later toegevoegd punt
            acties:
              - id: A2.1
                actie: Later toegevoegd
                eigenaar: teamleider
                deadline: 2018-Q1
                status: gepland
                historie: |
                  2017-10-01 deadline 2018-Q1: toegevoegd na de tussenevaluatie
                  2017-10-02 gepland
          - id: A3
            titel: Verwijst
            zie: A1
        """
}

@Suite struct PlanAtDateTests {
    let plan = ProgressFixtures.plan(ProgressFixtures.withHistorie)
    func actie(_ id: String, on iso: String) -> Actie? {
        plan.atDate(ProgressFixtures.day(iso)).acties.first { $0.actie.id.value == id }?.actie
    }

    @Test func actieDoesNotExistBeforeItsFirstHistorieLine() {
        #expect(actie("A1.1", on: "2017-01-09") == nil)
        #expect(actie("A2.1", on: "2017-09-30") == nil)
    }

    @Test func statusAndDeadlineOnTheFirstDateAreThoseOfThatDate() {
        let a = actie("A1.1", on: "2017-01-10")
        #expect(a?.statusValue == .gepland)
        #expect(a?.deadline?.value == "2017-05")
    }

    @Test func statusAndDeadlineBetweenLinesAreThoseOfTheLastLineBefore() {
        let a = actie("A1.1", on: "2017-07-01")
        #expect(a?.statusValue == .inUitvoering)
        #expect(a?.deadline?.value == "2017-09")
        #expect(actie("A1.1", on: "2017-06-14")?.deadline?.value == "2017-05")
        #expect(actie("A1.1", on: "2017-06-14")?.historie.count == 3)
    }

    @Test func afterTheLastLineTheActieHasItsCurrentValues() {
        let a = actie("A1.1", on: "2019-01-01")
        #expect(a?.statusValue == .gerealiseerd)
        #expect(a?.deadline?.value == "2017-09")
    }

    @Test func actieWithoutHistorieKeepsItsCurrentValuesOnEveryDate() {
        #expect(actie("A1.2", on: "2000-01-01")?.statusValue == .inUitvoering)
        #expect(actie("A1.2", on: "2000-01-01")?.deadline?.value == "2017-12")
    }

    @Test func deadlineBeforeAnUnrecordedFirstMoveIsUnknown() {
        #expect(actie("A1.3", on: "2017-03-01")?.deadline == nil)
        #expect(actie("A1.3", on: "2017-08-01")?.deadline?.value == "2018")
    }

    @Test func statusBeforeTheFirstStatusLineIsTheFirstRecordedStatus() {
        // A2.1 starts with a deadline line on 2017-10-01, its first status line is a day later.
        #expect(actie("A2.1", on: "2017-10-01")?.statusValue == .gepland)
    }

    @Test func aandachtspuntWhoseActiesDidNotExistYetIsAbsentButZieIsKept() {
        let ids = plan.atDate(ProgressFixtures.day("2017-05-01")).aandachtspunten.map(\.id.value)
        #expect(ids == ["A1", "A3"])
    }

    @Test func diffOverHistorieReportsAddedActieAndMovedDeadline() {
        let diff = ProgressDiff(
            plan: plan, van: ProgressFixtures.day("2017-04-01"), tot: ProgressFixtures.day("2018-01-01"))
        let byId = Dictionary(uniqueKeysWithValues: diff.acties.map { ($0.id, $0) })
        #expect(byId["A2.1"]?.wijziging == .toegevoegd)
        #expect(byId["A1.1"]?.verschuivingDagen == 122)
        #expect(byId["A1.1"]?.van?.isOverdue == false)
        #expect(byId["A1.2"]?.wijziging == .ongewijzigd)
        #expect(byId["A1.3"]?.verschuivingDagen == nil)
        #expect(byId["A1.3"]?.velden == ["deadline"])
        #expect(diff.aandachtspunten.first { $0.id == "A2" }?.wijziging == .toegevoegd)
    }
}

@Suite struct ProgressDiffTests {
    let diff = ProgressDiff(
        van: ProgressSide(
            plan: ProgressFixtures.plan(ProgressFixtures.old, file: "oud.yaml"),
            peildatum: ProgressFixtures.day("2017-04-18")),
        tot: ProgressSide(
            plan: ProgressFixtures.plan(ProgressFixtures.new, file: "nieuw.yaml"),
            peildatum: ProgressFixtures.day("2017-07-15")))

    func actie(_ id: String) -> ActieProgress { diff.acties.first { $0.id == id }! }

    @Test func actiesAreMatchedByIdInNewOrderThenRemoved() {
        #expect(diff.acties.map(\.id) == ["A1.1", "A1.2", "A1.3", "A1.4", "A3.1", "A2.1"])
        #expect(
            diff.acties.map(\.wijziging) == [
                .gewijzigd, .gewijzigd, .gewijzigd, .toegevoegd, .toegevoegd, .verwijderd,
            ])
    }

    @Test func statusAndTextChangesAreReportedWithOldAndNew() {
        let a = actie("A1.1")
        #expect(a.van?.status == .gepland)
        #expect(a.tot?.status == .geborgd)
        #expect(a.velden == ["implementatie", "borging", "status"])
        #expect(a.implementatie == TextChange(van: "Wordt gestart.", tot: "Is uitgevoerd."))
        #expect(a.borging == TextChange(van: "Nog niet geregeld.", tot: "Halfjaarlijkse controle."))
        #expect(a.verschuivingDagen == 0)
        #expect(!a.isVerschoven)
    }

    @Test func movedDeadlineHasItsShiftInDaysAndOverdueThenAndNow() {
        let a = actie("A1.2")
        #expect(a.velden == ["deadline"])
        #expect(a.verschuivingDagen == 92)
        #expect(a.van?.isOverdue == false)
        #expect(a.tot?.isOverdue == false)
        #expect(actie("A1.1").tot?.isOverdue == false)
    }

    @Test func rewrittenDeadlineOnTheSameDayIsAChangeButNoShift() {
        let a = actie("A1.3")
        #expect(a.velden == ["deadline"])
        #expect(a.verschuivingDagen == 0)
    }

    @Test func removedActieHasOnlyItsOldState() {
        let a = actie("A2.1")
        #expect(a.tot == nil)
        #expect(a.van?.deadline == "korte termijn")
        #expect(a.van?.dueDate == ProgressFixtures.day("2017-06-30"))
    }

    @Test func aandachtspuntenAddedRemovedAndChanged() {
        #expect(diff.aandachtspunten.map(\.id) == ["A1", "A3", "A2"])
        #expect(diff.aandachtspunten.map(\.wijziging) == [.gewijzigd, .toegevoegd, .verwijderd])
        #expect(diff.aandachtspunten[0].velden == ["titel"])
    }

    @Test func summaryCountsAndSentence() {
        let s = diff.summary
        #expect(s.van.acties == 4)
        #expect(s.tot.acties == 5)
        #expect(s.van.perStatus[.gepland] == 2)
        #expect(s.tot.perStatus[.geborgd] == 1)
        #expect(s.verschoven == 1)
        #expect(s.gemiddeldeVerschuiving == 92)
        #expect(s.toegevoegd == 2)
        #expect(s.verwijderd == 1)
        #expect(s.gewijzigd == 3)
        #expect(s.aandachtspuntenToegevoegd == 1)
        #expect(s.aandachtspuntenVerwijderd == 1)
        #expect(
            s.sentence
                == "Van de 5 acties zijn er 2 gerealiseerd (waarvan 1 geborgd), 1 gepland, 2 in uitvoering; "
                + "1 deadline verschoven, gemiddeld 92 dagen; 2 acties toegevoegd en 1 verwijderd.")
    }

    @Test func identicalPlansAreUnchanged() {
        let plan = ProgressFixtures.plan(ProgressFixtures.old)
        let same = ProgressDiff(
            van: ProgressSide(plan: plan, peildatum: ProgressFixtures.day("2017-04-18")),
            tot: ProgressSide(plan: plan, peildatum: ProgressFixtures.day("2017-04-18")))
        #expect(same.acties.allSatisfy { $0.wijziging == .ongewijzigd })
        #expect(same.summary.verschovenPhrase == "geen deadlines verschoven")
    }

    @Test func termijnMovedInTheTermijnenShiftsItsActies() {
        let later = ProgressFixtures.old.replacingFirst(
            "korte termijn: 2017-06-30", "korte termijn: 2017-07-31")
        let moved = ProgressDiff(
            van: ProgressSide(
                plan: ProgressFixtures.plan(ProgressFixtures.old),
                peildatum: ProgressFixtures.day("2017-07-15")),
            tot: ProgressSide(
                plan: ProgressFixtures.plan(later), peildatum: ProgressFixtures.day("2017-07-15")))
        let a = moved.acties.first { $0.id == "A2.1" }!
        #expect(a.verschuivingDagen == 31)
        #expect(a.wijziging == .gewijzigd)
        #expect(a.van?.isOverdue == true)
        #expect(a.tot?.isOverdue == false)
    }

    @Test func sentenceGroupsOverdueAndClosedStatuses() {
        var counts = ProgressSummary.Counts()
        counts.acties = 4
        counts.perStatus = [.gerealiseerd: 1, .inUitvoering: 2, .vervallen: 1]
        counts.onSchedule = [.inUitvoering: 1]
        counts.achterstallig = 1
        #expect(
            counts.sentence
                == "Van de 4 acties is er 1 gerealiseerd, 1 in uitvoering, 1 achterstallig, 1 vervallen")
    }
}

@Suite struct ProgressReportTests {
    let report = ProgressReport(
        ProgressDiff(
            van: ProgressSide(
                plan: ProgressFixtures.plan(ProgressFixtures.old),
                peildatum: ProgressFixtures.day("2017-04-18")),
            tot: ProgressSide(
                plan: ProgressFixtures.plan(ProgressFixtures.new),
                peildatum: ProgressFixtures.day("2017-07-15"))))

    @Test func tableHasTheDocumentedColumnsAndOneRowPerActie() {
        #expect(report.table.header == ProgressReport.tableHeader)
        #expect(report.table.rows.count == 6)
        #expect(report.table.rows[1][5] == .cell(TableCell("92 dagen later")))
        #expect(report.table.rows[5][2] == .cell(TableCell("—")))
    }

    @Test func jsonHasTheDocumentedKeysInOrder() {
        guard case .object(let top) = report.json else {
            Issue.record("no object")
            return
        }
        #expect(
            top.map(\.key) == [
                "van", "tot", "bron_van", "bron_tot", "samenvatting", "acties", "aandachtspunten",
            ])
        #expect(top[0].value == .string("2017-04-18"))
        guard case .object(let summary) = top[4].value, case .array(let acties) = top[5].value,
            case .object(let first) = acties[1]
        else {
            Issue.record("shape")
            return
        }
        #expect(summary.map(\.key).starts(with: ["acties_van", "acties_tot", "status_van", "status_tot"]))
        for key in ["verschoven", "toegevoegd", "verwijderd"] { #expect(summary.contains { $0.key == key }) }
        #expect(
            first.map(\.key) == [
                "id", "aandachtspunt", "wijziging", "velden", "status_van", "status_tot", "deadline_van",
                "deadline_tot", "einddatum_van", "einddatum_tot", "verschuiving_dagen", "achterstallig_van",
                "achterstallig_tot", "implementatie", "borging",
            ])
        #expect(first.first { $0.key == "verschuiving_dagen" }?.value == .int(92))
        #expect(JSONWriter.write(report.json).contains("\"status_tot\": null"))
    }

    @Test func templateRendersWithoutProblems() throws {
        let path =
            String(#filePath.dropLast("Tests/PlanModelTests/ProgressTests.swift".count))
            + "templates/voortgang.md"
        let text = String(decoding: try PlanFiles.read(path), as: UTF8.self)
        let (document, diagnostics) = renderTemplate(text, file: path, context: report.templateContext)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        let markdown = MarkdownRenderer().render(try #require(document))
        #expect(markdown.contains("A1.1, implementatie: was “Wordt gestart.”; nu “Is uitgevoerd.”"))
        #expect(markdown.contains("## Vervallen acties"))
        #expect(markdown.contains("A3 Nieuw punt"))
    }
}

@Suite struct JSONWriterTests {
    @Test func escapesPerRFC8259() {
        #expect(JSONWriter.quoted("a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(JSONWriter.quoted("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONWriter.quoted("\u{00}\u{1F}\u{7F}") == "\"\\u0000\\u001f\u{7F}\"")
        #expect(JSONWriter.quoted("é “x” \u{2028}") == "\"é “x” \\u2028\"")
    }

    @Test func writesPrettyOutputInGivenKeyOrder() {
        let value = JSONValue.object([
            JSONMember("z", .int(1)), JSONMember("a", .array([.bool(true), .null, .double(1.5)])),
            JSONMember("leeg", .object([])), JSONMember("l", .array([])),
        ])
        #expect(
            JSONWriter.write(value) == """
                {
                  "z": 1,
                  "a": [
                    true,
                    null,
                    1.5
                  ],
                  "leeg": {},
                  "l": []
                }

                """)
        #expect(JSONWriter.write(value, pretty: false) == #"{"z":1,"a":[true,null,1.5],"leeg":{},"l":[]}"#)
        #expect(JSONWriter.write(.double(.nan)) == "null\n")
    }
}

extension String {
    func replacingFirst(_ target: String, _ replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
