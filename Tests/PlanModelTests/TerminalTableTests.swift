import PlanModel
import Testing

struct TerminalTableTests {
    private let table = TerminalTable(
        header: ["Id", "Actie", "Deadline"],
        rows: [
            ["A1.1", "Casusoverleg inrichten", "2017-06-30"],
            ["A1.2", "Scholing risicotaxatie voor alle medewerkers van het wijkteam", "2017-12-31"],
        ])

    @Test func alignsColumnsByCharactersWithoutTrailingSpaces() {
        let t = TerminalTable(header: ["Id", "Naam"], rows: [["é", "x"], ["A12", "y"]])
        #expect(t.render(maxWidth: 80, color: false) == "Id   Naam\né    x\nA12  y\n")
    }

    @Test func boldsHeaderOnlyWithColor() {
        let colored = table.render(maxWidth: 100, color: true)
        #expect(colored.hasPrefix("\u{1B}[1mId    Actie"))
        #expect(colored.split(separator: "\n")[0].hasSuffix("Deadline\u{1B}[0m"))
        #expect(!table.render(maxWidth: 100, color: false).contains("\u{1B}"))
    }

    @Test func wrapsTheWidestColumnToFit() {
        #expect(
            table.render(maxWidth: 50, color: false) == """
                Id    Actie                             Deadline
                A1.1  Casusoverleg inrichten            2017-06-30
                A1.2  Scholing risicotaxatie voor alle  2017-12-31
                      medewerkers van het wijkteam

                """)
    }

    @Test(arguments: [1, 8, 20, 33, 50, 120])
    func linesNeverExceedMaxWidth(maxWidth: Int) {
        for color in [false, true] {
            let text = table.render(maxWidth: maxWidth, color: color)
            for line in text.split(separator: "\n") {
                let visible = line.replacing("\u{1B}[1m", with: "").replacing("\u{1B}[0m", with: "")
                #expect(visible.count <= maxWidth, "\(line)")
            }
            #expect(text.contains("\u{1B}") == color)
        }
    }
}
