import Foundation

/// The one way the end-to-end tests start a program: both pipes read concurrently (a large
/// document cannot fill a pipe and block the child), optional standard input, extra environment.
enum Subprocess {
    struct Result {
        var status: Int32
        var out: Data
        var err: Data
        var outText: String { String(decoding: out, as: UTF8.self) }
        var errText: String { String(decoding: err, as: UTF8.self) }
    }

    static func run(
        _ executable: URL, _ arguments: [String], in folder: URL, env: [String: String] = [:],
        stdin: Data? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.merge(env) { _, new in new }
        process.environment = environment
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let stdin { inPipe.fileHandleForWriting.write(stdin) }
        try? inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: out, err: errBox.data)
    }

    /// Runs `python3 -c script`; records an issue on a non-zero exit.
    static func python(_ script: String, _ arguments: [String] = []) throws -> Result {
        try run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments,
            in: Verbeter.packageRoot)
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
