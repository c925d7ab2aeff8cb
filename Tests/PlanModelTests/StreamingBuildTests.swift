import Testing

@testable import PlanModel

/// Building while parsing (read-only commands) gives exactly the plan and the diagnostics of the
/// two-step build (edits, round trips).
struct StreamingBuildTests {
    func assertSame(_ source: SourceText) {
        let full = LoadedPlan(source: source)
        let streamed = LoadedPlan(source: source, keepTree: false)
        #expect(streamed.plan == full.plan)
        #expect(streamed.diagnostics == full.diagnostics)
    }

    @Test(arguments: PackageFiles.plans)
    func realPlansReadTheSame(path: String) throws {
        assertSame(SourceText(file: path, bytes: try PackageFiles.bytes(path)))
    }

    @Test(arguments: DiagnosticCase.all)
    func everyCatalogueInputReadsTheSame(_ row: DiagnosticCase) {
        assertSame(SourceText(file: "plan.yaml", bytes: row.bytes))
    }

    @Test func theStreamedTreeHasNoAandachtspunten() {
        let source = SourceText(
            file: "p", text: "gemeente: X\ntitel: Y\naandachtspunten:\n  - id: A\n    titel: T\n")
        let streamed = LoadedPlan(source: source, keepTree: false)
        #expect(streamed.plan?.aandachtspunten.map(\.id.value) == ["A"])
        guard case .mapping(let root)? = streamed.tree.root,
            case .sequence(let list)? = root.entry("aandachtspunten")?.value
        else {
            Issue.record("no aandachtspunten list in the tree")
            return
        }
        #expect(list.items.isEmpty)
    }
}

/// Reading on two cores (forced here with `splitAbove: 0`) gives exactly the one-parser result.
struct SplitBuildTests {
    /// Where a split parse's items go when only whether it splits matters.
    static func sink(_ source: SourceText) -> StreamingState { StreamingState(PlanBuilder(source: source)) }

    func assertSameWhenSplit(_ source: SourceText, expectSplit: Bool? = nil) {
        let full = LoadedPlan(source: source)
        let (tree, plan, diagnostics) = PlanBuilder.buildStreaming(source, splitAbove: 0)
        #expect(plan == full.plan)
        var all = tree.diagnostics + diagnostics
        if let plan { all += PlanChecks.run(plan) }
        #expect(all.sortedByLocation() == full.diagnostics)
        if let expectSplit {
            #expect((SyntaxParser.splitPoint(source) != nil) == expectSplit)
            if expectSplit && !full.hasFout {
                #expect(
                    SyntaxParser.parseSplit(source, first: Self.sink(source), second: Self.sink(source))
                        != nil, "fell back")
            }
        }
    }

    static func plan(punten: Int, indent: String = "  ", trailing: String = "", comment: Bool = true)
        -> String
    {
        var text =
            "# Groot plan\ngemeente: Proefstad\ntitel: Proef\ntermijnen:\n  kort: 2017-06-30\naandachtspunten:\n"
        for index in 1...punten {
            if comment && index % 7 == 0 { text += "\(indent)# punt \(index)\n\n" }
            text += """
                \(indent)- id: P\(index)
                \(indent)  titel: Punt \(index)
                \(indent)  bevinding: >
                \(indent)    Tekst over
                \(indent)    twee regels.
                \(indent)  acties:
                \(indent)    - id: P\(index).1
                \(indent)      actie: Doen \(index)
                \(indent)      eigenaar: Anna
                \(indent)      deadline: kort
                \(indent)      status: \(index % 3 == 0 ? "gerealiseerd" : "gepland")
                \(indent)      historie: |
                \(indent)        2017-01-01 gepland

                """
        }
        return text + trailing
    }

    /// After 64 items a streaming parse foresees the rest of the file's items
    /// (`StreamingState.reserveForRestOfFile`): the list neither grows by doubling (200 items in
    /// room for 256, 3 000 in room for 4 096) nor keeps much room to spare.
    @Test(arguments: [200, 3_000])
    func theListOfAandachtspuntenHasRoomForTheForeseenItems(punten: Int) {
        let source = SourceText(file: "p", text: Self.plan(punten: punten))
        for splitAbove in [0, Int.max] {
            let (_, plan, _) = PlanBuilder.buildStreaming(source, splitAbove: splitAbove)
            let list = plan?.aandachtspunten ?? []
            #expect(list.count == punten)
            #expect(
                list.capacity >= punten && list.capacity <= punten + punten / 5, "split above \(splitAbove)")
        }
    }

    @Test func aLargePlanSplitsAndReadsTheSame() {
        assertSameWhenSplit(SourceText(file: "p", text: Self.plan(punten: 200)), expectSplit: true)
    }

    @Test func aCompactListSplitsAndReadsTheSame() {
        assertSameWhenSplit(
            SourceText(file: "p", text: Self.plan(punten: 120, indent: "")), expectSplit: true)
    }

    @Test func fieldsAfterTheListAreKept() {
        let text = Self.plan(
            punten: 80, trailing: "opdrachtgever: afdelingsmanager\nvastgesteld: 2017-04-11\n")
        assertSameWhenSplit(SourceText(file: "p", text: text), expectSplit: true)
    }

    @Test func crlfAndBomSplitAndReadTheSame() {
        let text = "\u{FEFF}" + Self.plan(punten: 60).replacingOccurrences(of: "\n", with: "\r\n")
        assertSameWhenSplit(SourceText(file: "p", text: text))
    }

    @Test func aFoutInTheSecondHalfIsReportedAsInOnePiece() {
        var text = Self.plan(punten: 60)
        text = text.replacingOccurrences(
            of: "      status: gepland\n", with: "      status: gepland\n\t      x: y\n")
        assertSameWhenSplit(SourceText(file: "p", text: text))
        let duplicate = Self.plan(punten: 60, trailing: "gemeente: Dubbel\n")
        assertSameWhenSplit(SourceText(file: "p", text: duplicate))
    }

    @Test(arguments: PackageFiles.plans)
    func realPlansReadTheSameWhenSplit(path: String) throws {
        assertSameWhenSplit(SourceText(file: path, bytes: try PackageFiles.bytes(path)), expectSplit: true)
    }

    @Test(arguments: DiagnosticCase.all)
    func catalogueInputsReadTheSameWhenSplit(_ row: DiagnosticCase) {
        assertSameWhenSplit(SourceText(file: "plan.yaml", bytes: row.bytes))
    }
}

/// Inputs the fuzzer found where building while parsing differed from building from the tree.
struct StreamingRegressionTests {
    /// A list at column 0 ends at `-veld:` (a key, not an item); the items below it are not in
    /// the list. The two-core reader took that line for an item and cut the list after it.
    @Test func aDashWordAtColumnZeroEndsTheListForTheTwoCoreReaderToo() {
        for ending in ["-verbeter document id: A", "---", "-\tid: B"] {
            let text = """
                gemeente: X
                titel: Y
                aandachtspunten:
                - id: A
                  titel: Eerste
                \(ending)
                - id: A
                  titel: Tweede
                - id: A2
                  zie: A1

                """
            let source = SourceText(file: "p", text: text)
            let full = LoadedPlan(source: source)
            let (_, plan, _) = PlanBuilder.buildStreaming(source, splitAbove: 0)
            #expect(plan == full.plan, "\(ending)")
            SplitBuildTests().assertSameWhenSplit(source)
        }
        #expect(
            SyntaxParser.splitPoint(
                SourceText(
                    file: "p",
                    text: "aandachtspunten:\n- id: A\n-veld: x\n" + String(repeating: "- id: B\n", count: 20))
            )
                == nil)
    }

    @Test func aDuplicateAandachtspuntenListReadsTheSame() {
        let text = """
            gemeente: X
            titel: Y
            aandachtspunten:
              - id: A0
                titel: Eerste lijst
            termijnen:
              kort: 2017-06-30
            aandachtspunten:
              - id: A1
                titel: Tweede lijst
                acties:
                  - id: A1.1
                    actie: Doen
                    status: gepland

            """
        let full = LoadedPlan(source: SourceText(file: "p", text: text))
        let streamed = LoadedPlan(source: SourceText(file: "p", text: text), keepTree: false)
        #expect(full.plan?.aandachtspunten.map(\.id.value) == ["A0", "A1"])
        #expect(streamed.plan == full.plan)
        #expect(streamed.diagnostics == full.diagnostics)
        #expect(full.diagnostics.contains { $0.message.hasPrefix("dubbel veld 'aandachtspunten'") })
    }
}

/// A large plan's checks run side by side and give what running them one after another gives.
struct ParallelCheckTests {
    @Test func checksOfALargePlanGiveTheSameDiagnosticsInTheSameOrder() throws {
        // Problems for every check, early and late in the list: duplicate ids, unknown statuses,
        // unknown termijnen (also in a historie), realised acties without borging, a historie out
        // of order and one that disagrees with the deadline, an actie without eigenaar.
        var text = SplitBuildTests.plan(punten: PlanChecks.parallelAbove + 10, comment: false)
        for (from, to) in [
            ("id: P17.1\n", "id: P16.1\n"),
            (
                "Doen 40\n        eigenaar: Anna\n        deadline: kort\n        status: gepland",
                "Doen 40\n        eigenaar: Anna\n        deadline: kort\n        status: klaar"
            ),
            (
                "Doen 41\n        eigenaar: Anna\n        deadline: kort",
                "Doen 41\n        eigenaar: Anna\n        deadline: lang"
            ),
            // And in the later parts of the list, which are checked on other threads.
            (
                "Doen 1501\n        eigenaar: Anna\n        deadline: kort\n        status: gepland",
                "Doen 1501\n        eigenaar: Anna\n        deadline: kort\n        status: klaar"
            ),
            (
                "Doen 1999\n        eigenaar: Anna\n        deadline: kort\n        status: gepland\n        historie: |\n          2017-01-01 gepland\n",
                "Doen 1999\n        eigenaar: Anna\n        deadline: kort\n        status: gepland\n        historie: |\n          2017-01-01 gepland\n          2016-05-01 deadline middel\n"
            ),
            ("Doen 2005\n        eigenaar: Anna\n", "Doen 2005\n"),
            ("Doen 700\n        eigenaar: Anna\n", "Doen 700\n"),
            (
                "Doen 701\n        eigenaar: Anna\n        deadline: kort\n        status: gepland",
                "Doen 701\n        eigenaar: Anna\n        deadline: middel\n        status: bezig"
            ),
            ("id: P2009.1\n", "id: P3.1\n"),
        ] {
            #expect(text.contains(from))
            text = text.replacingOccurrences(from, to)
        }
        let plan = try #require(LoadedPlan(source: SourceText(file: "p", text: text), checks: .skip).plan)
        let oneByOne = PlanChecks.all.flatMap { $0(plan) }
        #expect(oneByOne.count > 10)
        for message in [
            "dubbel id 'P3.1'", "onbekende status 'klaar'", "onbekende termijn 'middel'",
            "historie niet op datumvolgorde", "laatste deadline in de historie van actie P1999.1",
            "actie P2005.1 heeft geen eigenaar", "actie P700.1 heeft geen eigenaar",
            "onbekende status 'bezig'",
        ] {
            #expect(oneByOne.contains { $0.message.contains(message) }, "\(message)")
        }
        #expect(PlanChecks.run(plan) == oneByOne)
        let fouten = oneByOne.filter { $0.severity == .fout }
        #expect(fouten.count >= 4)
        #expect(PlanChecks.run(plan, .thoseGivingFouten).filter { $0.severity == .fout } == fouten)
    }
}

/// A large plan's heap is advised for 2 MB pages as the parse goes, past what the warm-up mapped.
struct HugePagesAheadTests {
    @Test func theAdviceFollowsTheParseAfterTheWarmUp() {
        let state = StreamingState(PlanBuilder(source: SourceText(file: "p", text: "")))
        state.adviseHugePagesAhead(from: 1_000)
        #expect(state.hugePagesUpTo == 1_000 + (40 << 20), "the first item notes where the warm-up ends")
        state.adviseHugePagesAhead(from: 1_000 + (40 << 20) + 5)
        #expect(state.hugePagesUpTo == 1_000 + (40 << 20) + 5 + (24 << 20))
    }
}
