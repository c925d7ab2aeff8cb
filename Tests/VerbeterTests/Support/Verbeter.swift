import Foundation

/// Runs the built `verbeter` binary (it sits beside the test bundle) and captures its output.
enum Verbeter {
    struct Output {
        var code: Int32
        var out: String
        var err: String
    }

    /// `VERBETER_BIN` if set, else the binary beside the test executable, else `.build/debug`.
    static let binary: URL = {
        if let explicit = ProcessInfo.processInfo.environment["VERBETER_BIN"] {
            return URL(fileURLWithPath: explicit)
        }
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
            .appendingPathComponent("verbeter")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/verbeter")
    }()

    /// The package root, for `plans/` and `templates/`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A configured but not started process, for tests that start many at once or kill them.
    static func process(_ arguments: [String], cwd: URL? = nil, env: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = cwd ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(env) { _, new in new }
        process.environment = environment
        return process
    }

    /// Runs verbeter to the end; output as bytes (ODT on standard output).
    static func runRaw(
        _ arguments: [String], cwd: URL? = nil, env: [String: String] = [:], stdin: Data? = nil
    )
        throws -> Subprocess.Result
    {
        try Subprocess.run(
            binary, arguments, in: cwd ?? packageRoot, env: env.merging(["NO_COLOR": "1"]) { a, _ in a },
            stdin: stdin)
    }

    @discardableResult
    static func run(_ arguments: [String], cwd: URL? = nil, env: [String: String] = [:]) -> Output {
        guard let result = try? runRaw(arguments, cwd: cwd, env: env) else {
            return Output(code: -1, out: "", err: "cannot start \(binary.path); build it with 'swift build'")
        }
        return Output(code: result.status, out: result.outText, err: result.errText)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbeter-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) {
        try! Data(text.utf8).write(to: url)
    }

    static func read(_ url: URL) -> String {
        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }
}
