import PlanModel

/// A subcommand: its name, Dutch help, options, and a `run` that parses nothing itself and holds
/// no domain logic (swift-argument-parser's shape, hand-rolled). Wrong use is thrown as a
/// `UsageError`; `CLI` prints it as `verbeter NAAM: …` and exits with 2.
protocol Command {
    static var name: String { get }
    /// One line for the command list.
    static var abstract: String { get }
    /// `verbeter check PAD...`
    static var usage: String { get }
    /// Longer Dutch explanation with at least one example.
    static var discussion: String { get }
    static var options: [OptionSpec] { get }
    /// How many positional arguments: at least, at most (nil: no maximum).
    static var positionals: (min: Int, max: Int?) { get }
    static func run(_ arguments: ParsedArguments, _ console: inout Console) throws -> ExitCode
}

/// Exit codes, documented in `verbeter --help` and the README.
enum ExitCode: Int32 {
    /// Everything fine.
    case ok = 0
    /// The plan (or a side of a comparison) has problems: a fout.
    case problems = 1
    /// Wrong use: an unknown command or option, a missing argument, an unreadable file.
    case usage = 2
}

/// One `--naam WAARDE` or `--vlag` option.
struct OptionSpec {
    var name: String
    var valueName: String?
    var help: String

    static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help)
    }

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help)
    }
}
