import Foundation
import Testing

/// The outcome of one `verbeter` run: exit code and the raw bytes of both streams.
struct DocumentRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// The package root (where `templates/` and `plans/` live), from this file's path.
let documentPackageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The built `verbeter` next to the test bundle (`.build/debug/`).
private let verbeterExecutable: URL = {
    let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    for folder in [beside, Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
        let candidate = folder.appendingPathComponent("verbeter")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return documentPackageRoot.appendingPathComponent(".build/debug/verbeter")
}()

/// Runs `verbeter` with `arguments` in `directory` (default: the package root).
func runVerbeterDocument(_ arguments: [String], in directory: URL = documentPackageRoot) throws -> DocumentRun
{
    let process = Process()
    process.executableURL = verbeterExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a large document cannot fill a pipe and block the child.
    nonisolated(unsafe) var errData = Data()
    let errDone = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        errDone.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    errDone.wait()
    return DocumentRun(
        status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs a Python 3 script with `arguments`; returns its standard output, failing the test on a
/// non-zero exit.
func runPython(_ script: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3: \(String(decoding: errData, as: UTF8.self))")
    return String(decoding: outData, as: UTF8.self)
}

/// A fresh temporary folder, removed by the caller.
func makeDocumentTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "verbeter-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
