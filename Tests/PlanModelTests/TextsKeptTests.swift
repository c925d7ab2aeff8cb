import Testing

@testable import PlanModel

/// A list load (`TextsKept.shownInLists`) leaves out the texts a list never shows; the rows and
/// the fouten it gives are those of a load that keeps everything.
struct TextsKeptTests {
    static let peildata = ["2016-12-01", "2017-09-30", "2018-04-18", "2020-01-01"].map { Day.parseISO($0)! }

    /// A list load, streamed on two cores from `splitAbove` bytes on, against a full streamed load.
    func assertListsTheSame(
        _ source: SourceText, splitAbove: Int = PlanBuilder.splitThreshold,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let full = LoadedPlan(source: source, checks: .thoseGivingFouten, keepTree: false)
        let (tree, plan, diagnostics) = PlanBuilder.buildStreaming(
            source, splitAbove: splitAbove, textsKept: .shownInLists)
        var all = tree.diagnostics + diagnostics
        if let plan { all += PlanChecks.run(plan, .thoseGivingFouten) }
        #expect(
            all.sortedByLocation().filter { $0.severity == .fout }
                == full.diagnostics.filter { $0.severity == .fout },
            sourceLocation: sourceLocation)
        guard let plan, let fullPlan = full.plan else {
            #expect(plan == nil && full.plan == nil, sourceLocation: sourceLocation)
            return
        }
        compareRows(fullPlan, plan, sourceLocation)
    }

    func compareRows(_ full: Plan, _ lists: Plan, _ sourceLocation: Testing.SourceLocation) {
        for peildatum in Self.peildata {
            #expect(
                ActieList.rows(of: lists, peildatum: peildatum)
                    == ActieList.rows(of: full, peildatum: peildatum),
                sourceLocation: sourceLocation)
            #expect(
                ActieList.ordered(
                    dueRows: ActieList.dueRows(of: lists, peildatum: peildatum, binnen: 60), binnen: 60)
                    == ActieList.ordered(
                        dueRows: ActieList.dueRows(of: full, peildatum: peildatum, binnen: 60), binnen: 60),
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: PackageFiles.plans)
    func realPlansListTheSame(path: String) throws {
        assertListsTheSame(SourceText(file: path, bytes: try PackageFiles.bytes(path)))
    }

    @Test(arguments: DiagnosticCase.all)
    func everyCatalogueInputListsTheSame(_ row: DiagnosticCase) {
        assertListsTheSame(SourceText(file: "plan.yaml", bytes: row.bytes))
    }

    @Test func aLargePlanReadOnTwoCoresListsTheSame() {
        let source = SourceText(file: "p", text: SplitBuildTests.plan(punten: 300))
        assertListsTheSame(source, splitAbove: 0)
        assertListsTheSame(source)
    }

    /// What a list load keeps: every field where it stands; the texts a list shows, whole; the
    /// others empty; no toelichting.
    @Test func theTextsAListNeverShowsAreEmptyAtTheirPlace() throws {
        let text = """
            gemeente: X
            titel: Y
            aandachtspunten:
              - id: A1
                titel: Een titel
                bevinding: |
                  Een bevinding.
                zie: A2
                acties:
                  - id: A1.1
                    doel: Een doel
                    actie: Doen
                    implementatie: 'Uitvoeren'
                    eigenaar: Anna
                    deadline: 2017-Q3
                    status: gepland
                    historie: |
                      2017-01-01 gepland: waarom
                      2017-02-01 deadline 2017-Q3: later
              - id: A2
                risico: Een risico
                acties:
                  - id: A2.1
                    actie: Ook doen
                    status: gerealiseerd

            """
        let full = try #require(LoadedPlan(source: SourceText(file: "p", text: text), keepTree: false).plan)
        let lists = try #require(
            LoadedPlan(source: SourceText(file: "p", text: text), keepTree: false, textsKept: .shownInLists)
                .plan)
        let (punt, actie) = (lists.aandachtspunten[0], lists.aandachtspunten[0].acties[0])
        let (fullPunt, fullActie) = (full.aandachtspunten[0], full.aandachtspunten[0].acties[0])
        #expect(punt.titel == PlanText("", line: 5, column: 12) && fullPunt.titel?.value == "Een titel")
        #expect(punt.bevinding?.value == "" && punt.bevinding?.line == fullPunt.bevinding?.line)
        #expect(punt.id == fullPunt.id && punt.zie == fullPunt.zie)
        #expect(lists.aandachtspunten[1].risico?.value == "" && lists.aandachtspunten[1].isRisico)
        #expect(actie.doel?.value == "" && actie.doel?.line == fullActie.doel?.line)
        #expect(actie.implementatie?.value == "" && actie.borging == nil && actie.kosten == nil)
        #expect(
            actie.id == fullActie.id && actie.actie == fullActie.actie && actie.eigenaar == fullActie.eigenaar
        )
        #expect(actie.deadline == fullActie.deadline && actie.status == fullActie.status)
        #expect(actie.historie.map(\.toelichting) == [nil, nil])
        #expect(fullActie.historie.map(\.toelichting) == ["waarom", "later"])
        #expect(actie.historie.map(\.change) == fullActie.historie.map(\.change))
        #expect(actie.historie.map(\.date) == fullActie.historie.map(\.date))
    }
}
