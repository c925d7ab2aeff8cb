import Foundation
import Testing

/// The Dutch help is part of the interface: `verbeter --help` and `verbeter help COMMAND` are
/// compared verbatim with Fixtures/help/. `VERBETER_RECORD=1 swift test` rewrites them (and fails,
/// so a re-recording is never mistaken for a pass).
@Suite struct HelpTests {
    /// Every command `verbeter --help` lists (so a new command cannot miss its golden file).
    static let names: [String] = {
        let overview = Verbeter.run(["--help"]).out
        let commands = overview.components(separatedBy: "Commando's:\n").last!
            .components(separatedBy: "\n\n").first!
        return ["--help"] + commands.split(separator: "\n").map { String($0.split(separator: " ").first!) }
    }()

    @Test(arguments: names)
    func helpMatchesItsGoldenFile(_ name: String) throws {
        let arguments = name == "--help" ? ["--help"] : ["help", name]
        let result = Verbeter.run(arguments)
        #expect(result.code == 0, "\(result.err)")
        let golden = Verbeter.packageRoot.appendingPathComponent(
            "Tests/VerbeterTests/Fixtures/help/\(name == "--help" ? "overzicht" : name).txt")
        if ProcessInfo.processInfo.environment["VERBETER_RECORD"] == "1" {
            try Data(result.out.utf8).write(to: golden)
            Issue.record("re-recorded \(golden.lastPathComponent)")
            return
        }
        #expect(result.out == Verbeter.read(golden))
    }

    @Test func theOverviewListsTheCommands() {
        #expect(Self.names.count >= 11)
        #expect(Self.names.contains("achterstallig") && Self.names.contains("nieuw"))
    }

    @Test func everyCommandHasAnExample() {
        for name in Self.names.dropFirst() {
            #expect(
                Verbeter.run(["help", name]).out.contains("  verbeter \(name) "), "\(name) has no example")
        }
    }

    @Test func commandHelpIsAlsoReachedWithTheFlag() {
        #expect(Verbeter.run(["status", "--help"]).out == Verbeter.run(["help", "status"]).out)
    }
}
