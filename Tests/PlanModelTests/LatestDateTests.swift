import Testing

@testable import PlanModel

/// `Plan.latestDate`: the later of `vastgesteld` (its last day) and the latest historie line, in
/// any order of the lines.
struct LatestDateTests {
    func plan(vastgesteld: String, historie: [String]) throws -> Plan {
        let lines = historie.map { "          \($0)\n" }.joined()
        let text = """
            gemeente: X
            titel: Y
            vastgesteld: \(vastgesteld)
            aandachtspunten:
              - id: A
                titel: T
                acties:
                  - id: A.1
                    actie: a
                    status: gepland
                    historie: |

            """ + lines
        return try #require(LoadedPlan(source: SourceText(file: "p", text: text)).plan)
    }

    @Test func theLatestHistorieLineInAnyOrderOrVastgesteld() throws {
        let later = try plan(vastgesteld: "2017-04", historie: ["2018-02-01 gepland", "2017-05-01 gepland"])
        #expect(later.latestDate == Day(year: 2018, month: 2, day: 1))
        let adopted = try plan(vastgesteld: "2019-Q1", historie: ["2018-02-01 gepland"])
        #expect(adopted.latestDate == Day(year: 2019, month: 3, day: 31))
    }
}
