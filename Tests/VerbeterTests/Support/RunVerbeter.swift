import Foundation
import Testing

/// The package root as a path, for tests written against paths.
let packageRoot: String = Verbeter.packageRoot.path

/// Runs the built `verbeter` with `args` (see `Verbeter`); `cwd` defaults to the package root.
func runVerbeter(_ args: [String], cwd: String? = nil, stdin: String? = nil, env: [String: String] = [:])
    -> (code: Int32, out: String, err: String)
{
    do {
        let result = try Verbeter.runRaw(
            args, cwd: cwd.map { URL(fileURLWithPath: $0) }, env: env, stdin: stdin.map { Data($0.utf8) })
        return (result.status, result.outText, result.errText)
    } catch {
        Issue.record("cannot run \(Verbeter.binary.path) (build it with 'swift build'): \(error)")
        return (-1, "", "")
    }
}
