import Foundation
import Testing

/// The package root, found from this file's path (`Tests/VerbeterTests/Support/RunVerbeter.swift`).
let packageRoot: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The built `verbeter` binary: `VERBETER_BIN` if set, else next to the running test executable
/// (SwiftPM puts both in the same build folder), else in `.build/debug`.
let verbeterPath: String = {
    if let explicit = ProcessInfo.processInfo.environment["VERBETER_BIN"] { return explicit }
    var candidates: [String] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        candidates.append(
            URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("verbeter").path)
    }
    candidates.append(
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("verbeter").path)
    candidates.append(packageRoot + "/.build/debug/verbeter")
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
}()

/// Runs the built `verbeter` with `args` and returns its exit code and output. `cwd` defaults to
/// the package root; `env` is added to the current environment (`NO_COLOR` is always set so that
/// output is plain). Records an issue when the binary cannot be started.
func runVerbeter(_ args: [String], cwd: String? = nil, stdin: String? = nil, env: [String: String] = [:])
    -> (code: Int32, out: String, err: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: verbeterPath)
    process.arguments = args
    process.currentDirectoryURL = URL(fileURLWithPath: cwd ?? packageRoot)
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(env) { _, new in new }
    process.environment = environment
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe
    do {
        try process.run()
    } catch {
        Issue.record("cannot run \(verbeterPath) (build it with 'swift build'): \(error)")
        return (-1, "", "")
    }
    // Read standard error on another thread so neither pipe can fill up and block the child.
    let errBox = OutputBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? inPipe.fileHandleForWriting.close()
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self),
        String(decoding: errBox.data, as: UTF8.self)
    )
}

private final class OutputBox: @unchecked Sendable {
    var data = Data()
}
