import Foundation

/// Runs the built `verbeter` binary for the voortgang end-to-end tests (kept apart from the shared
/// runner so the two can be merged later without clashes).
struct VoortgangRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum VoortgangRunner {
    static let packageRoot = Verbeter.packageRoot

    static func runVoortgang(_ arguments: [String], in folder: URL? = nil) throws -> VoortgangRun {
        let result = try Verbeter.runRaw(arguments, cwd: folder, env: ["COLUMNS": "100"])
        return VoortgangRun(status: result.status, stdout: result.outText, stderr: result.errText)
    }

    @discardableResult
    static func runProgram(_ program: URL, _ arguments: [String], in folder: URL) throws -> VoortgangRun {
        let result = try Subprocess.run(program, arguments, in: folder)
        return VoortgangRun(status: result.status, stdout: result.outText, stderr: result.errText)
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
