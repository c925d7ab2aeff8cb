import Testing

@testable import PlanModel

/// A large plan's list is made in two halves side by side and gives what the acties give one
/// aandachtspunt at a time.
struct ActieListTests {
    /// `punten` aandachtspunten of one actie each; every third actie changes after 2017-06-30.
    static func plan(punten: Int) -> String {
        var text = "gemeente: Proefstad\ntitel: Proef\ntermijnen:\n  kort: 2017-06-30\naandachtspunten:\n"
        let deadlines = ["2017-03-31", "2017-05", "2017-Q2", "kort", "2018", "doorlopend"]
        let statuses = ["gepland", "in-uitvoering", "uitgesteld", "gerealiseerd"]
        for index in 1...punten {
            // The status field says where the actie is now: after the later line, if any.
            let changes = index % 3 == 0
            let later = changes ? "\n          2017-08-01 \(statuses[(index + 1) % 4])" : ""
            let now = statuses[(changes ? index + 1 : index) % 4]
            text += """
                  - id: P\(index)
                    titel: Punt \(index)
                    acties:
                      - id: P\(index).1
                        actie: Doen \(index)
                        eigenaar: eigenaar \(index % 7)
                        deadline: \(deadlines[index % deadlines.count])
                        status: \(now)
                        historie: |
                          2017-01-01 \(statuses[index % 4])\(later)

                """
        }
        return text
    }

    @Test func aLargePlanListsTheSameAsItsAandachtspuntenOneByOne() throws {
        let punten = ActieList.parallelAbove + 100
        let plan = try #require(
            LoadedPlan(source: SourceText(file: "p", text: Self.plan(punten: punten)), checks: .skip).plan)
        let peildatum = Day(year: 2017, month: 6, day: 30)!
        var oneByOne: [ActieRow] = []
        for punt in plan.aandachtspunten {
            var single = plan
            single.aandachtspunten = [punt]
            oneByOne += ActieList.rows(of: single, peildatum: peildatum)
        }
        let whole = ActieList.rows(of: plan, peildatum: peildatum)
        #expect(whole.count == punten)
        #expect(whole == oneByOne)
        // Taken back to the peildatum: the acties that change later show their status of then.
        #expect(whole[2].id == "P3.1" && whole[2].status == "gerealiseerd")
        #expect(plan.aandachtspunten[2].acties[0].status?.value == "gepland")
        #expect(whole[5].id == "P6.1" && whole[5].status == "uitgesteld")
        #expect(plan.aandachtspunten[5].acties[0].status?.value == "gerealiseerd")
        let overdue = ActieList.ordered(
            dueRows: ActieList.dueRows(of: plan, peildatum: peildatum, binnen: nil), binnen: nil)
        #expect(overdue.count > 1000)
        #expect(Set(overdue.map(\.id)) == Set(oneByOne.filter { $0.timing.isOverdue }.map(\.id)))
        // Most days late first, ties in plan order.
        let position = Dictionary(uniqueKeysWithValues: oneByOne.enumerated().map { ($1.id, $0) })
        for (earlier, later) in zip(overdue, overdue.dropFirst()) {
            let (a, b) = (earlier.timing.daysLate!, later.timing.daysLate!)
            #expect(a > b || (a == b && position[earlier.id]! < position[later.id]!))
        }
    }

    /// After a sixteenth of the aandachtspunten a list foresees its rows (`ActieList.foreseeAbove`):
    /// 1 100 rows in room for about as many, not the 2 048 that growing by doubling leaves.
    @Test func aListForeseesItsRows() throws {
        let punten = 1_100
        let plan = try #require(
            LoadedPlan(source: SourceText(file: "p", text: Self.plan(punten: punten)), checks: .skip).plan)
        let rows = ActieList.rows(of: plan, peildatum: Day(year: 2017, month: 6, day: 30)!)
        #expect(rows.count == punten)
        #expect(rows.capacity >= punten && rows.capacity <= punten + punten / 5)
    }
}

/// `achterstallig`'s order: most days late first, then (with `binnen`) soonest due first; ties
/// in plan order; rows without a place in either list are left out.
struct OrderedRowsTests {
    func row(_ id: String, late: Int? = nil, left: Int? = nil) -> ActieRow {
        var timing = ActieTiming(
            status: nil, deadline: nil, termijnen: [:], peildatum: Day(year: 2017, month: 1, day: 1)!)
        timing.daysLate = late
        timing.daysLeft = left
        return ActieRow(
            plan: "p", gemeente: "g", aandachtspunt: "A", id: id, actie: "tekst \(id)", eigenaar: "e",
            status: "gepland", deadline: "2017", vervaldatum: nil, timing: timing)
    }

    var rows: [ActieRow] {
        [
            row("a", late: 3), row("b", left: 5), row("c", late: 10), row("d", left: 0), row("e", late: 3),
            row("f", left: 40), row("g"), row("h", late: 1),
        ]
    }

    @Test func lateFirstThenSoonestWithinBinnen() {
        #expect(ActieList.ordered(dueRows: rows, binnen: nil).map(\.id) == ["c", "a", "e", "h"])
        let withSoon = ActieList.ordered(dueRows: rows, binnen: 7)
        #expect(withSoon.map(\.id) == ["c", "a", "e", "h", "d", "b"])
        // Every field of a row comes through.
        #expect(withSoon[0] == rows[2] && withSoon[5] == rows[1])
    }

    /// Rows that are all late or due soon (as `dueRows` makes them) are rearranged in place.
    @Test func dueRowsOnlyAreOrderedTheSame() {
        let due = rows.filter { $0.id != "g" && $0.id != "f" }
        #expect(ActieList.ordered(dueRows: due, binnen: 7).map(\.id) == ["c", "a", "e", "h", "d", "b"])
        #expect(ActieList.ordered(dueRows: due, binnen: 7)[5] == rows[1])
        let late = rows.filter { $0.timing.isOverdue }
        #expect(ActieList.ordered(dueRows: late, binnen: nil).map(\.id) == ["c", "a", "e", "h"])
        #expect(ActieList.ordered(dueRows: [], binnen: nil).isEmpty)
    }

    @Test func billionsOfDaysLateComeFirst() {
        var rows = rows
        rows.append(row("far", late: 3_000_000_000))
        rows.append(row("near", late: 2))
        #expect(
            ActieList.ordered(dueRows: rows, binnen: 7).map(\.id) == [
                "far", "c", "a", "e", "near", "h", "d", "b",
            ])
    }
}

/// Work side by side is cut by acties, not by aandachtspunten.
struct PlanPartsTests {
    func plan(acties: [Int]) -> Plan {
        var plan = Plan(file: "p")
        plan.aandachtspunten = acties.enumerated().map { index, count in
            var punt = Aandachtspunt(id: PlanText("P\(index)", line: 1, column: 1), line: 1, column: 1)
            punt.acties = (0..<count).map {
                Actie(id: PlanText("P\(index).\($0)", line: 1, column: 1), line: 1, column: 1)
            }
            return punt
        }
        return plan
    }

    @Test(arguments: [
        [], [5000], [1, 1, 1], [4000, 10, 10, 10, 10, 10], [1, 1, 1, 1, 1, 1, 1, 3000],
        Array(repeating: 7, count: 101),
    ])
    func partsCoverEveryAandachtspuntOnceInOrder(acties: [Int]) {
        let plan = plan(acties: acties)
        for count in [2, 4] {
            let parts = plan.parts(count)
            #expect(parts.count == count)
            #expect(parts.flatMap { Array($0) } == Array(acties.indices))
            // No part holds more than its share plus one aandachtspunt.
            let total = acties.reduce(0, +)
            for part in parts {
                let held = part.reduce(0) { $0 + acties[$1] }
                #expect(held <= total / count + (acties.max() ?? 0))
            }
        }
        #expect(plan.actieCount == acties.reduce(0, +))
    }
}
