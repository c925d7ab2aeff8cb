import Testing

@testable import PlanModel

/// The lists run only the checks that can report a `fout`: they must find every fout that all
/// checks find, so the flags in `PlanChecks.checks` must be right.
struct CheckScopeTests {
    static let plan = """
        gemeente: X
        titel: Y
        vastgesteld: ooit
        termijnen:
          kort: 2017-06-30
        aandachtspunten:
          - id: A
            titel: T
            acties:
              - id: A.1
                actie: Doen
                status: klaar
              - id: A.1
                actie: Nog eens
                eigenaar: Anna
                deadline: middel
                status: gepland
              - id: A.3
                actie: Later
                status: gereed
                historie: |
                  2017-03-01 gepland
                  2017-02-01 deadline volgend jaar
          - id: B
            titel: U
            zie: C

        """

    func diagnostics(_ scope: CheckScope) throws -> [Diagnostic] {
        let loaded = LoadedPlan(source: SourceText(file: "p", text: Self.plan), checks: scope)
        _ = try #require(loaded.plan)
        return loaded.diagnostics
    }

    @Test func theChecksGivingFoutenFindEveryFout() throws {
        let all = try diagnostics(.all)
        let fouten = all.filter { $0.severity == .fout }
        for message in [
            "vastgesteld", "onbekende status 'klaar'", "dubbel id 'A.1'", "onbekende termijn 'middel'",
            "onbekende status 'gereed'", "(in de historie)", "'zie: C'",
        ] {
            #expect(fouten.contains { $0.message.contains(message) }, "\(message)")
        }
        #expect(all.contains { $0.message.contains("heeft geen eigenaar") })
        #expect(all.contains { $0.message.contains("historie niet op datumvolgorde") })

        let fewer = try diagnostics(.thoseGivingFouten)
        #expect(fewer.filter { $0.severity == .fout } == fouten)
        #expect(!fewer.contains { $0.message.contains("heeft geen eigenaar") })
        #expect(!fewer.contains { $0.message.contains("historie niet op datumvolgorde") })
    }

    @Test func skippingTheChecksLeavesOnlyWhatReadingFound() throws {
        #expect(try diagnostics(.skip).allSatisfy { !$0.message.contains("dubbel id") })
    }
}
