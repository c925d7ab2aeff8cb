import Foundation
import PlanModel
import Testing

@testable import verbeter

/// `PlanSelection.takeRows` hands over the only reference to the rows, so that `achterstallig`
/// orders them in place (`ActieList.ordered`); a second reference made that copy every row.
struct PlanSelectionTests {
    @Test(arguments: [1, 2])
    func takenRowsAreReorderedWithoutACopy(plans: Int) throws {
        let paths = ["almelo-2017.yaml", "denhelder-2017.yaml"].prefix(plans).map {
            Verbeter.packageRoot.appendingPathComponent("plans/\($0)").path
        }
        let arguments = try ArgumentParser.parse(
            ["--per", "2018-04-18"] + paths, for: AchterstalligCommand.self)
        var console = Console()
        var selection = try PlanSelection.load(arguments, &console) { plan, peildatum, filter in
            ActieList.rows(of: plan, peildatum: peildatum, filter: filter)
        }
        var rows = selection.takeRows()
        #expect(rows.count > 2 && selection.rows.isEmpty)
        let first = rows[0].id
        let place = rows.withUnsafeBufferPointer(\.baseAddress)
        rows.swapAt(0, 1)
        #expect(rows[1].id == first)
        #expect(rows.withUnsafeBufferPointer(\.baseAddress) == place, "the rows were copied")
    }
}
