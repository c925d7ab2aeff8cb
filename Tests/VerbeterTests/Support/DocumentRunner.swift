import Foundation
import Testing

/// The outcome of one `verbeter` run: exit code and the raw bytes of both streams.
struct DocumentRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// The package root (where `templates/` and `plans/` live).
let documentPackageRoot = Verbeter.packageRoot

/// Runs `verbeter` with `arguments` in `directory` (default: the package root).
func runVerbeterDocument(_ arguments: [String], in directory: URL = documentPackageRoot) throws -> DocumentRun
{
    let result = try Verbeter.runRaw(arguments, cwd: directory)
    return DocumentRun(status: result.status, stdout: result.out, stderr: result.errText)
}

/// Runs a Python 3 script with `arguments`; returns its standard output, failing the test on a
/// non-zero exit.
func runPython(_ script: String, _ arguments: [String]) throws -> String {
    let result = try Subprocess.python(script, arguments)
    #expect(result.status == 0, "python3: \(result.errText)")
    return result.outText
}

/// A fresh temporary folder, removed by the caller.
func makeDocumentTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "verbeter-doc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
