import Foundation

/// Runs the built `verbeter` binary for the voortgang end-to-end tests (kept apart from the shared
/// runner so the two can be merged later without clashes).
struct VoortgangRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum VoortgangRunner {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary beside the test bundle, else `.build/debug/verbeter`.
    static var binary: URL {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("verbeter")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let besideArgument = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("verbeter")
        if FileManager.default.isExecutableFile(atPath: besideArgument.path) { return besideArgument }
        return packageRoot.appendingPathComponent(".build/debug/verbeter")
    }

    static func runVoortgang(_ arguments: [String], in folder: URL? = nil) throws -> VoortgangRun {
        try runProgram(binary, arguments, in: folder ?? packageRoot)
    }

    @discardableResult
    static func runProgram(_ program: URL, _ arguments: [String], in folder: URL) throws -> VoortgangRun {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return VoortgangRun(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "voortgang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs git with a fixed identity, failing the test setup when git fails.
    static func git(_ arguments: [String], in folder: URL) throws {
        let run = try runProgram(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments,
            in: folder)
        guard run.status == 0 else { throw GitFailed(message: run.stderr) }
    }

    struct GitFailed: Error { var message: String }
}
