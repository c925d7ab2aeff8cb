import Foundation
import Testing

/// `status` and `deadline` never lose a byte: one-line diffs, untouched files on failure,
/// concurrent edits that all survive, kills that leave the old or the new file, symlinks and
/// permissions respected.
@Suite(.serialized) struct SafeWriteTests {
    /// A plan with `count` acties A.1 ... A.count, each `gepland` with a historie.
    static func plan(acties count: Int, padding: Int = 0) -> String {
        var text =
            "# Proefplan\ngemeente: Proefstad\ntitel: Proef\naandachtspunten:\n  - id: A\n    titel: Punt\n    acties:\n"
        for index in 1...count {
            text += """
                      - id: A.\(index)
                        actie: Actie \(index)\(padding > 0 ? " " + String(repeating: "x", count: padding) : "")
                        eigenaar: Anna
                        deadline: 2017-06-30
                        status: gepland
                        historie: |
                          2017-01-01 gepland

                """
        }
        return text
    }

    func planFile(_ text: String) -> URL {
        let file = Verbeter.temporaryFolder().appendingPathComponent("plan.yaml")
        Verbeter.write(text, to: file)
        return file
    }

    @Test func statusIsAOneLineChangePlusOneHistorieLine() {
        let original = Self.plan(acties: 3)
        let file = planFile(original)
        let result = Verbeter.run(["status", file.path, "A.2", "gerealiseerd", "--datum", "2017-07-01"])
        #expect(result.code == 0, "\(result.err)")
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = Verbeter.read(file).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(after.count == before.count + 1)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(changed.first.map { before[$0] } == "        status: gepland")
        #expect(changed.first.map { after[$0] } == "        status: gerealiseerd")
        #expect(after.contains("          2017-07-01 gerealiseerd"))
    }

    @Test(arguments: [
        (["status", "A.9", "gerealiseerd"], Int32(2), "onbekende actie 'A.9'"),
        (["status", "A.1", "klaar"], Int32(2), "onbekende status 'klaar'"),
        (["status", "A.1", "gerealiseerd", "--datum", "1 mei"], Int32(2), "onleesbare datum"),
        (["deadline", "A.1", "2017-13"], Int32(2), "onleesbare deadline '2017-13'"),
        (["deadline", "A.1", "kort termijn"], Int32(2), "onbekende termijn 'kort termijn'"),
    ])
    func wrongUseLeavesTheFileUntouched(arguments: [String], code: Int32, message: String) {
        let original = Self.plan(acties: 2)
        let file = planFile(original)
        let result = Verbeter.run([arguments[0], file.path] + arguments.dropFirst())
        #expect(result.code == code)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(Verbeter.read(file) == original)
    }

    @Test func aPlanWithADuplicateIdIsNotEditedNorListed() {
        let original = Self.plan(acties: 2).replacingOccurrences(of: "id: A.2", with: "id: A.1")
        let file = planFile(original)
        let edit = Verbeter.run(["status", file.path, "A.1", "gerealiseerd", "--datum", "2017-05-01"])
        #expect(edit.code == 1)
        #expect(edit.err.contains("dubbel id 'A.1'"), "\(edit.err)")
        #expect(Verbeter.read(file) == original)
        let list = Verbeter.run(["achterstallig", file.path, "--per", "2018-01-01"])
        #expect(list.code == 1)
        #expect(list.err.contains("overgeslagen"))
        // No plan was read, so no "Geen achterstallige acties"; a script still gets valid JSON.
        #expect(list.out.isEmpty, "\(list.out)")
        let lijst = Verbeter.run(["lijst", file.path, "--per", "2018-01-01"])
        #expect(lijst.code == 1 && lijst.out.isEmpty, "\(lijst.out)")
        let json = Verbeter.run(["achterstallig", file.path, "--per", "2018-01-01", "--format", "json"])
        #expect(json.code == 1 && json.out == "[]\n", "\(json.out)")
    }

    @Test func aPlanWithAFoutIsNotEdited() {
        let original = Self.plan(acties: 2).replacingOccurrences(
            of: "    titel: Punt\n", with: "    titel: Punt\n\tfout: x\n")
        let file = planFile(original)
        let result = Verbeter.run(["status", file.path, "A.1", "gerealiseerd"])
        #expect(result.code == 1)
        #expect(result.err.contains("plan.yaml:7:1: fout: tab"), "\(result.err)")
        #expect(Verbeter.read(file) == original)
    }

    @Test func thirtyConcurrentEditsAllSurvive() throws {
        let file = planFile(Self.plan(acties: 30))
        let processes = (1...30).map { index in
            Verbeter.process(["status", file.path, "A.\(index)", "in-uitvoering", "--datum", "2017-03-01"])
        }
        for process in processes {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let text = Verbeter.read(file)
        #expect(text.components(separatedBy: "status: in-uitvoering").count - 1 == 30)
        #expect(text.components(separatedBy: "2017-03-01 in-uitvoering").count - 1 == 30)
        #expect(!text.contains("status: gepland"))
    }

    @Test func killedEditsLeaveTheOldOrTheNewFile() throws {
        // Big enough that writing takes a moment, so kills land before, during and after the write.
        let original = Self.plan(acties: 200, padding: 300)
        let file = planFile(original)
        let folder = file.deletingLastPathComponent()
        // One undisturbed run: the new version, and how long an edit takes here.
        let started = Date()
        #expect(Verbeter.run(["status", file.path, "A.200", "geborgd", "--datum", "2017-05-01"]).code == 0)
        let duration = Date().timeIntervalSince(started)
        let expectedNew: String? = Verbeter.read(file)
        var seenOld = 0
        var seenNew = 0
        for round in 0..<200 {
            Verbeter.write(original, to: file)
            let process = Verbeter.process(["status", file.path, "A.200", "geborgd", "--datum", "2017-05-01"])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Spread the kills over 0...1.2 times the run time, in a fixed pseudo-random order.
            usleep(UInt32(duration * 1.2e6 * Double((round * 7919) % 200) / 200))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = Verbeter.read(file)
            if now == original {
                seenOld += 1
            } else {
                #expect(now == expectedNew, "round \(round): neither the old nor the new file")
                #expect(now.contains("status: geborgd"))
                seenNew += 1
            }
        }
        #expect(seenOld + seenNew == 200)
        print("kill test: \(seenOld) old, \(seenNew) new")
        // A leftover temporary file is recognisable and the next edit removes it.
        let leftover = folder.appendingPathComponent(".plan.yaml.verbeter-tmp-99999")
        Verbeter.write("half", to: leftover)
        Verbeter.write(original, to: file)
        #expect(Verbeter.run(["status", file.path, "A.1", "geborgd", "--datum", "2017-05-01"]).code == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".verbeter-tmp-") })
    }

    @Test func aSymlinkedPlanIsEditedAtItsTargetAndKeepsItsPermissions() throws {
        let file = planFile(Self.plan(acties: 2))
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let link = file.deletingLastPathComponent().appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(
            Verbeter.run(["status", link.path, "A.1", "gerealiseerd", "--datum", "2017-05-01"]).code == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == file.path)
        #expect(Verbeter.read(file).contains("status: gerealiseerd"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    }

    @Test func aReadOnlyPlanOrFolderIsRefusedWithoutChange() throws {
        let original = Self.plan(acties: 2)
        let file = planFile(original)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        var result = Verbeter.run(["status", file.path, "A.1", "gerealiseerd"])
        #expect(result.code != 0)
        #expect(result.err.contains("alleen-lezen"))
        #expect(Verbeter.read(file) == original)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let folder = file.deletingLastPathComponent()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        }
        result = Verbeter.run(["status", file.path, "A.1", "gerealiseerd"])
        #expect(result.code != 0)
        #expect(result.err.contains("alleen-lezen"))
        #expect(Verbeter.read(file) == original)
    }

    /// A plan above `PlanFiles.mapAbove` (256 MB) is mapped, not copied; made shorter by another
    /// program while it is read, it gives a Dutch message and exit code 2, never a crash.
    @Test func aMappedPlanMadeShorterWhileItIsReadIsAMessageNotACrash() throws {
        let text = Self.plan(acties: 130_000, padding: 1_900)
        let file = planFile(text)
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        #expect(size > 256 << 20)
        defer { try? FileManager.default.removeItem(at: file) }
        var refused = 0
        // Cut at 0.1, 0.2 and 0.3 s into the run: a slow machine may not have mapped it yet.
        for attempt in 0..<3 where refused == 0 {
            if attempt > 0 { Verbeter.write(text, to: file) }
            let process = Verbeter.process(["check", file.path])
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            usleep(UInt32(100_000 * (attempt + 1)))
            #expect(truncate(file.path, 100) == 0)
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "attempt \(attempt): ended by a signal")
            if process.terminationStatus == 2 {
                #expect(
                    err.contains(
                        "verbeter check: \(file.path): het bestand werd korter terwijl het gelezen werd"))
                refused += 1
            }
        }
        #expect(refused == 1, "never cut while the plan was read")
    }
}
