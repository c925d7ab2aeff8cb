import Foundation
import Testing

/// `verbeter check` end to end: the built binary, its exit codes and its output.
@Suite("verbeter check")
struct CheckCommandTests {
    /// A temporary folder holding `files`, removed after `body`.
    func withTemporaryFolder(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbeter-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try body(folder.path)
    }

    /// Three fouten: the flow sequence (2:8), so titel counts as missing (1:1), and the status (9:17).
    static let brokenPlan = """
        gemeente: Almelo
        titel: [Verbeterplan]
        aandachtspunten:
          - id: A1
            titel: Punt
            acties:
              - id: A1.1
                actie: Iets
                status: klaar
                eigenaar: team
                deadline: 2017-06
        """

    @Test func checkOfThePlansFolderSucceedsWithASummary() {
        let result = runVerbeter(["check", "plans/"])
        #expect(result.code == 0, "stderr: \(result.err)")
        #expect(result.out.hasPrefix("2 plannen gecontroleerd ("))
        #expect(result.out.contains("geen fouten"))
        #expect(!result.err.contains(": fout: "))
    }

    @Test func checkWithoutArgumentsReadsPlans() {
        let result = runVerbeter(["check"])
        #expect(result.code == 0)
        #expect(result.out == runVerbeter(["check", "plans/"]).out)
    }

    @Test func brokenPlanExitsOneWithPathLineColumnDiagnostics() throws {
        try withTemporaryFolder(["kapot.yaml": Self.brokenPlan]) { folder in
            let path = folder + "/kapot.yaml"
            let result = runVerbeter(["check", path])
            #expect(result.code == 1)
            let lines = result.err.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("\(path):2:8: fout: blokhaken") }, "\(lines)")
            #expect(
                lines.contains { $0.hasPrefix("\(path):9:17: fout: onbekende status 'klaar'") }, "\(lines)")
            for line in lines {
                #expect(
                    line.range(of: #"^.+:\d+:\d+: (fout|waarschuwing): "#, options: .regularExpression)
                        != nil,
                    "not 'pad:regel:kolom: ernst: bericht': \(line)")
            }
            #expect(result.out.contains("1 plan gecontroleerd: 2 fouten, 0 waarschuwingen."), "\(result.out)")
        }
    }

    @Test func folderWithOneBrokenPlanFailsAndNamesOnlyThatFile() throws {
        let good = try String(contentsOfFile: packageRoot + "/plans/almelo-2017.yaml", encoding: .utf8)
        try withTemporaryFolder([
            "a-goed.yaml": good, "b-kapot.yaml": Self.brokenPlan, "notities.txt": "geen plan",
        ]) {
            folder in
            let result = runVerbeter(["check", folder])
            #expect(result.code == 1)
            #expect(result.err.contains("b-kapot.yaml:2:8: fout:"))
            #expect(!result.err.contains("a-goed.yaml"))
            #expect(!result.err.contains("notities.txt"))
            #expect(
                result.out.contains("2 plannen gecontroleerd: 2 fouten in 1 van de 2 plannen"),
                "\(result.out)")
        }
    }

    @Test func stilLeavesOutTheSummary() throws {
        try withTemporaryFolder(["kapot.yaml": Self.brokenPlan]) { folder in
            let result = runVerbeter(["check", "--stil", "kapot.yaml"], cwd: folder)
            #expect(result.code == 1)
            #expect(result.out.isEmpty)
            #expect(result.err.hasPrefix("kapot.yaml:2:8: fout: blokhaken"), "\(result.err)")
        }
    }

    @Test func missingFileIsAUsageError() {
        let result = runVerbeter(["check", "does-not-exist.yaml"])
        #expect(result.code == 2)
        #expect(result.err.contains("does-not-exist.yaml"))
        #expect(result.out.isEmpty)
    }

    @Test func unknownCommandSuggestsTheNearestOne() {
        let result = runVerbeter(["chek"])
        #expect(result.code == 2)
        #expect(result.err.contains("onbekend commando 'chek'; bedoelde u 'check'?"), "\(result.err)")
    }

    @Test func unknownOptionSuggestsTheNearestOne() {
        let result = runVerbeter(["check", "--stl"])
        #expect(result.code == 2)
        #expect(result.err.contains("onbekende optie '--stl'"), "\(result.err)")
        #expect(result.err.contains("bedoelde u '--stil'?"), "\(result.err)")
    }

    @Test func helpDescribesCheckInDutch() {
        let result = runVerbeter(["check", "--help"])
        #expect(result.code == 0)
        #expect(result.out.contains("Gebruik: verbeter check"))
    }
}
