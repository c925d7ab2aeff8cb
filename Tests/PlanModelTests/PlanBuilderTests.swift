import Testing

@testable import PlanModel

@Suite("Plan builder")
struct PlanBuilderTests {
    func build(_ text: String) -> (Plan?, [Diagnostic]) {
        PlanBuilder.build(SyntaxParser.parse(SourceText(file: "plan.yaml", text: text)))
    }

    @Test func basePlanBuildsEveryField() throws {
        let (built, diagnostics) = build(basePlan)
        #expect(diagnostics.isEmpty)
        let plan = try #require(built)
        #expect(plan.file == "plan.yaml")
        #expect(plan.gemeente?.value == "Almelo")
        #expect(plan.titel?.value == "Verbeterplan")
        #expect(plan.vastgesteld?.value == "2017-04-11")
        #expect(plan.termijnen.map(\.name.value) == ["korte termijn"])
        #expect(plan.termijnDays["korte termijn"] == Day(year: 2017, month: 6, day: 30))
        let punt = try #require(plan.aandachtspunten.first)
        #expect(punt.id.value == "A1")
        #expect(punt.heading == "Problematiek onvoldoende in beeld")
        #expect(!punt.isRisico)
        let actie = try #require(punt.acties.first)
        #expect(actie.id.value == "A1.1")
        #expect(actie.statusValue == .gerealiseerd)
        #expect(actie.deadlineForm == .termijn("korte termijn"))
        #expect(actie.eigenaar?.value == "teamleider sociale wijkteams")
        #expect(actie.historie.count == 2)
        #expect(actie.historie.first?.date == Day(year: 2016, month: 11, day: 1))
        #expect(actie.historie.first?.change == .status(.inUitvoering))
        #expect(actie.historie.map(\.line) == [17, 18])
    }

    @Test func fieldsRememberWhereTheyWereWritten() throws {
        let (built, _) = build(basePlan)
        let plan = try #require(built)
        #expect(plan.gemeente?.line == 1)
        #expect(plan.gemeente?.column == 11)
        let punt = try #require(plan.aandachtspunten.first)
        #expect(punt.line == 7)
        #expect(punt.column == 5)
        let actie = try #require(punt.acties.first)
        #expect(actie.line == 10)
        #expect(actie.column == 9)
        #expect(actie.status?.line == 15)
        #expect(actie.status?.column == 17)
        #expect(plan.termijnen.first?.name.line == 5)
        #expect(plan.termijnen.first?.name.column == 3)
    }

    @Test func allOptionalFieldsAreRead() throws {
        let text = """
            gemeente: Den Helder
            titel: Plan
            rapport:
              titel: Toezicht
              door: TSD
              datum: 2017-03
              reactie-voor: 2017-05-01
              vervolgonderzoek: 2018-04
            opdrachtgever: college
            opdrachtnemer: team
            toelichting: >-
              Een
              inleiding.
            college:
              onderwerp: Rapport
              behandeldatum: 2017-04-18
              portefeuillehouder: wethouder
              hoofdopgave: Zorg
              besluit: |
                1 Kennisnemen.
              bijlagen: Brief
            aandachtspunten:
              - id: "01"
                risico: Overbelasting
                uitwerking: Toelichting
                acties:
                  - id: 01.1
                    doel: Doel
                    actie: Maatregel
                    implementatie: Gedaan
                    borging: Vast
                    eigenaar: teamleider
                    deadline: 2017-Q3
                    status: geborgd
                    kosten: geen
                    bron: tabel
              - id: "02"
                risico: Ander risico
                zie: "01"
            """
        let (built, diagnostics) = build(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        let plan = try #require(built)
        #expect(plan.rapport.reactieVoor?.value == "2017-05-01")
        #expect(plan.rapport.vervolgonderzoek?.value == "2018-04")
        #expect(plan.toelichting?.value == "Een inleiding.")
        #expect(plan.college.besluit?.value == "1 Kennisnemen.\n")
        #expect(plan.college.behandeldatum?.value == "2017-04-18")
        #expect(plan.opdrachtnemer?.value == "team")
        let risico = try #require(plan.aandachtspunt(id: "01"))
        #expect(risico.isRisico)
        #expect(risico.heading == "Overbelasting")
        let actie = try #require(risico.acties.first)
        #expect(actie.kosten?.value == "geen")
        #expect(actie.bron?.value == "tabel")
        #expect(actie.deadlineForm == .quarter(year: 2017, quarter: 3))
        #expect(plan.aandachtspunt(id: "02")?.zie?.value == "01")
        #expect(plan.acties.map(\.actie.id.value) == ["01.1"])
    }

    @Test func emptyOptionalValuesReadAsAbsent() throws {
        let (built, diagnostics) = build(
            variant(
                (
                    "        eigenaar: teamleider sociale wijkteams\n",
                    "        eigenaar:\n        kosten: ''\n"
                )))
        #expect(diagnostics.isEmpty)
        let actie = try #require(built?.acties.first?.actie)
        #expect(actie.eigenaar == nil)
        #expect(actie.kosten == nil)
    }

    @Test func rootThatIsNotAMappingIsReported() {
        let (plan, diagnostics) = build("- gemeente: Almelo\n")
        #expect(plan == nil)
        #expect(diagnostics.first?.message.contains("een plan bestaat uit velden") == true)
    }

    @Test func treeWithoutRootBuildsNoPlanAndAddsNothing() {
        let (plan, diagnostics) = build("")
        #expect(plan == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func problemsInOneActieDoNotHideTheRestOfThePlan() throws {
        let text =
            variant(
                ("        actie: Quick scan van de problematiek\n", ""),
                (
                    "    titel: Problematiek onvoldoende in beeld\n",
                    "    titel: Problematiek onvoldoende in beeld\n    kleur: rood\n"
                ))
            + "  - id: A2\n    titel: Tweede\n    acties:\n      - id: A2.1\n        actie: Iets\n        status: gepland\n"
        let (built, diagnostics) = build(text)
        let plan = try #require(built)
        #expect(plan.aandachtspunten.map(\.id.value) == ["A1", "A2"])
        #expect(plan.acties.map(\.actie.id.value) == ["A1.1", "A2.1"])
        #expect(diagnostics.count == 2)
    }

    @Test func historieLinesWithDeadlineChangesAndToelichting() throws {
        let text = variant(
            (
                "2017-02-01 gerealiseerd",
                "2017-01-15 deadline 2017-Q2: uitgesteld door ziekte\n          2017-02-01 gerealiseerd: klaar"
            ),
            ("deadline: korte termijn", "deadline: 2017-Q2"))
        let (built, diagnostics) = build(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        let historie = try #require(built?.acties.first?.actie.historie)
        #expect(
            historie.map(\.change) == [.status(.inUitvoering), .deadline("2017-Q2"), .status(.gerealiseerd)])
        #expect(historie.map(\.toelichting) == [nil, "uitgesteld door ziekte", "klaar"])
        #expect(historie.map(\.line) == [17, 18, 19])
    }

    @Test func historieToelichtingKeepsEveryCharacter() throws {
        let text = variant(
            (
                "2017-02-01 gerealiseerd",
                "2017-01-15 deadline 2017-Q2: Zoë's café, e\u{301} 数据 😀\n          2017-02-01 gerealiseerd:  één"
            ),
            ("deadline: korte termijn", "deadline: 2017-Q2"))
        let (built, diagnostics) = build(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        let historie = try #require(built?.acties.first?.actie.historie)
        #expect(historie.map(\.toelichting) == [nil, "Zoë's café, e\u{301} 数据 😀", "één"])
        #expect(historie.last?.toelichting?.count == 3)
    }

    @Test func realPlansBuildWithoutFouten() throws {
        for path in PackageFiles.plans {
            let loaded = LoadedPlan(source: SourceText(file: path, bytes: try PackageFiles.bytes(path)))
            #expect(!loaded.hasFout, "\(loaded.diagnostics.map(\.rendered))")
            let plan = try #require(loaded.plan)
            #expect(plan.gemeente != nil)
            #expect(!plan.aandachtspunten.isEmpty)
            #expect(!plan.acties.isEmpty)
        }
    }
}
