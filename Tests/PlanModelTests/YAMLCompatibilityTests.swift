import Foundation
import Testing

@testable import PlanModel

/// docs/FORMAT.md promises that every plan `verbeter` accepts reads the same in any YAML 1.2
/// parser. PyYAML's BaseLoader (every scalar a string) is the reference: both sides are dumped as
/// JSON with keys in file order and compared as text.
@Suite("YAML compatibility")
struct YAMLCompatibilityTests {
    @Test func realPlansReadLikePyYAML() throws {
        let plans = PackageFiles.plans
        #expect(plans.count >= 2)
        try expectSameAsPyYAML(plans)
    }

    @Test func fixturesReadLikePyYAML() throws {
        try expectSameAsPyYAML(PackageFiles.fixtureFiles)
    }

    @Test func trickyInputsReadLikePyYAML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "verbeter-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, input) in RoundTripCase.all.enumerated() where input.isValidYAML {
            let path = folder.appendingPathComponent("\(index).yaml").path
            try Data(input.bytes).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        try expectSameAsPyYAML(paths)
    }

    @Test func jsonDumpOfTreeKeepsOrderAndEscapes() {
        let tree = SyntaxParser.parse(
            SourceText(file: "t", text: "z: \"é\\n\\\"\\\\\\t\"\na:\nl:\n  - x\n  - k: v\n"))
        #expect(YAMLJSON.dump(tree) == #"{"z":"\u00e9\n\"\\\t","a":"","l":["x",{"k":"v"}]}"#)
        #expect(
            YAMLJSON.dump(SyntaxParser.parse(SourceText(file: "t", text: "a: 𝄞"))) == #"{"a":"\ud834\udd1e"}"#
        )
    }

    /// Compares each file's tree with PyYAML's reading of it.
    func expectSameAsPyYAML(_ paths: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        #expect(!paths.isEmpty, sourceLocation: sourceLocation)
        guard let expected = PyYAML.dump(paths) else { return }
        for (path, pythonJSON) in zip(paths, expected) {
            let tree = SyntaxParser.parse(SourceText(file: path, bytes: try PackageFiles.bytes(path)))
            #expect(
                !tree.diagnostics.hasFout, "\(path): \(tree.diagnostics.map(\.rendered))",
                sourceLocation: sourceLocation)
            let ours = YAMLJSON.dump(tree)
            #expect(
                ours == pythonJSON,
                "\(path) reads differently: \(YAMLJSON.firstDifference(ours, pythonJSON))",
                sourceLocation: sourceLocation)
        }
    }
}

extension RoundTripCase {
    /// The round-trip inputs that are plans in the subset (the others test error recovery).
    var isValidYAML: Bool { name != "syntax errors" && name != "empty" && name != "only newlines" }
}

/// Runs `python3` with PyYAML. Fails the test with a clear message when either is missing: the
/// compatibility promise must not go untested silently.
enum PyYAML {
    static let script = """
        import json, sys
        try:
            import yaml
        except ImportError:
            sys.stderr.write("PyYAML ontbreekt: pip install pyyaml\\n")
            sys.exit(3)
        for path in sys.argv[1:]:
            with open(path, "rb") as f:
                data = yaml.load(f, Loader=yaml.BaseLoader)
            print(json.dumps(data, ensure_ascii=True, separators=(",", ":")))
        """

    /// One compact JSON line per path, or nil after recording an issue.
    static func dump(_ paths: [String]) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + paths
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            Issue.record(
                "cannot run python3 via /usr/bin/env (needed for the YAML compatibility test): \(error)")
            return nil
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errText = String(decoding: errData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            Issue.record(
                "python3 with PyYAML failed (exit \(process.terminationStatus)); install it with 'pip install pyyaml'. \(errText)"
            )
            return nil
        }
        let lines = String(decoding: outData, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == paths.count else {
            Issue.record("python3 printed \(lines.count) lines for \(paths.count) files: \(errText)")
            return nil
        }
        return lines
    }
}

/// Our tree as JSON in the exact form of Python's `json.dumps(ensure_ascii=True, separators=(",", ":"))`:
/// mapping -> object with keys in file order, sequence -> array, scalar -> its text, empty value -> "".
enum YAMLJSON {
    static func dump(_ tree: SyntaxTree) -> String {
        guard let root = tree.root else { return "null" }
        var out = ""
        write(root, to: &out)
        return out
    }

    static func write(_ node: SyntaxNode?, to out: inout String) {
        switch node {
        case nil: out += "\"\""
        case .scalar(let scalar)?: writeString(scalar.text, to: &out)
        case .sequence(let sequence)?:
            out += "["
            for (index, item) in sequence.items.enumerated() {
                if index > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .mapping(let mapping)?:
            out += "{"
            for (index, entry) in mapping.entries.enumerated() {
                if index > 0 { out += "," }
                writeString(entry.key, to: &out)
                out += ":"
                write(entry.value, to: &out)
            }
            out += "}"
        }
    }

    /// Python's ASCII escaping: `\"`, `\\`, `\n \r \t \b \f`, and `\uXXXX` (UTF-16) for anything
    /// outside space...tilde.
    static func writeString(_ text: String, to out: inout String) {
        out += "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E: out += String(UnicodeScalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        out += "\""
    }

    /// Where two dumps first differ, with some context, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let a = Array(a)
        let b = Array(b)
        var index = 0
        while index < min(a.count, b.count) && a[index] == b[index] { index += 1 }
        let from = max(0, index - 60)
        return
            "ours …\(String(a[from..<min(a.count, index + 60)]))… PyYAML …\(String(b[from..<min(b.count, index + 60)]))…"
    }
}
