import Foundation
import Testing

/// A province's folder: every plan is read, checked and reduced to its rows on its own thread,
/// and the result is what the plans give one by one, in the order of their names.
@Suite struct FolderTests {
    /// Plan `number`: four acties whose deadlines repeat across plans, so that plans tie on days late.
    static func plan(_ number: Int) -> String {
        var text =
            "gemeente: Gemeente \(number)\ntitel: Plan \(number)\naandachtspunten:\n  - id: A\n    titel: T\n    acties:\n"
        for (index, deadline) in [
            "2017-05-31", "2017-0\(1 + number % 3)", "2017-Q\(1 + number % 2)", "2018-01-01",
        ]
        .enumerated() {
            text += """
                      - id: A.\(index + 1)
                        actie: Actie \(index + 1) van plan \(number)
                        eigenaar: eigenaar \(number % 4)
                        deadline: \(deadline)
                        status: \(index == 3 ? "gerealiseerd" : "gepland")

                """
        }
        return text
    }

    /// A folder of twelve plans; plan 6 has a fout and is skipped.
    static func folder() -> URL {
        let folder = Verbeter.temporaryFolder()
        for number in 1...12 {
            var text = plan(number)
            if number == 6 { text = text.replacingOccurrences(of: "status: gepland", with: "status: bezig") }
            Verbeter.write(text, to: folder.appendingPathComponent(String(format: "plan-%02d.yaml", number)))
        }
        return folder
    }

    func rows(_ output: String) throws -> [[String: Any]] {
        try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [[String: Any]]
    }

    @Test func achterstalligOverAFolderIsTheOnePlanListsSortedTogether() throws {
        let folder = Self.folder()
        let arguments = ["--per", "2017-09-30", "--format", "json"]
        let whole = Verbeter.run(["achterstallig", folder.path] + arguments)
        #expect(whole.code == 1, "plan 6 has a fout")
        #expect(whole.err.contains("plan-06.yaml overgeslagen"))
        var expected: [[String: Any]] = []
        for number in [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12] {
            let path = folder.appendingPathComponent(String(format: "plan-%02d.yaml", number)).path
            let single = Verbeter.run(["achterstallig", path] + arguments)
            #expect(single.code == 0, "\(single.err)")
            expected += try rows(single.out)
        }
        // Most days late first; a stable sort keeps ties in the order of the files, then of the plan.
        let days = { (row: [String: Any]) in row["dagen_te_laat"] as! Int }
        let merged = expected.enumerated().sorted { a, b in
            days(a.element) != days(b.element) ? days(a.element) > days(b.element) : a.offset < b.offset
        }.map(\.element)
        let got = try rows(whole.out)
        #expect(got.count == 33)
        #expect(got.map { "\($0["plan"]!) \($0["id"]!)" } == merged.map { "\($0["plan"]!) \($0["id"]!)" })
        // And the same again: the threads never change the order.
        #expect(Verbeter.run(["achterstallig", folder.path] + arguments).out == whole.out)
    }

    @Test func lijstOverAFolderKeepsTheOrderOfTheFiles() throws {
        let folder = Self.folder()
        let result = Verbeter.run(["lijst", folder.path, "--per", "2017-09-30", "--format", "json"])
        let plans = try rows(result.out).map { ($0["plan"] as! String).split(separator: "/").last! }
        #expect(plans.count == 44)
        #expect(plans == plans.sorted())
        #expect(!plans.contains("plan-06.yaml"))
    }

    @Test func checkOverAFolderReportsEachPlanInNameOrder() {
        let folder = Self.folder()
        let result = Verbeter.run(["check", folder.path])
        #expect(result.code == 1)
        let fouten = result.err.split(separator: "\n").filter { $0.contains(": fout:") }
        #expect(fouten.count == 3)
        #expect(fouten.allSatisfy { $0.contains("plan-06.yaml:") })
        #expect(result.out.contains("3 fouten in 1 van de 12 plannen"), "\(result.out)")
        // Every plan has a waarschuwing (a realised actie without borging): the messages come
        // plan by plan, in the order of the names, whichever thread read which plan.
        let files = result.err.split(separator: "\n").compactMap { line in
            line.split(separator: "/").last?.split(separator: ":").first.map(String.init)
        }
        var order: [String] = []
        for file in files where order.last != file { order.append(file) }
        #expect(order == (1...12).map { String(format: "plan-%02d.yaml", $0) })
    }
}
