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
        let source = SourceText(file: "p", text: "gemeente: X\ntitel: Y\naandachtspunten:\n  - id: A\n    titel: T\n")
        let streamed = LoadedPlan(source: source, keepTree: false)
        #expect(streamed.plan?.aandachtspunten.map(\.id.value) == ["A"])
        guard case .mapping(let root)? = streamed.tree.root, case .sequence(let list)? = root.entry("aandachtspunten")?.value
        else {
            Issue.record("no aandachtspunten list in the tree")
            return
        }
        #expect(list.items.isEmpty)
    }
}
