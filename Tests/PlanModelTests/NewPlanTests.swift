import Testing

@testable import PlanModel

/// A plan the tool creates is clean and canonical: it passes the checks, and it prints, parses and
/// prints the same.
struct NewPlanTests {
    @Test(arguments: [
        ("Almelo", "Verbeterplan"), ("Den Helder", "Plan: jeugd # 2026"), ("'s-Hertogenbosch", "true"),
    ])
    func aNewPlanIsCleanAndCanonical(gemeente: String, titel: String) {
        let text = NewPlan.text(
            gemeente: gemeente, titel: titel, vastgesteld: Day(year: 2026, month: 11, day: 23)!)
        let loaded = LoadedPlan(source: SourceText(file: "nieuw.yaml", text: text))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map(\.rendered))")
        #expect(loaded.plan?.gemeente?.value == gemeente)
        #expect(loaded.plan?.titel?.value == titel)
        let printed = SyntaxPrinter.print(loaded.tree)
        #expect(printed == Array(text.utf8))
        #expect(SyntaxPrinter.print(SyntaxParser.parse(SourceText(file: "p", bytes: printed))) == printed)
    }
}
