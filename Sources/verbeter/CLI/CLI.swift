import PlanModel

/// Dispatches `verbeter COMMAND ...` to one of `Commands.all`, prints help, and turns usage errors
/// into exit code 2.
enum CLI {
    static func run(_ arguments: [String]) -> Int32 {
        var console = Console()
        let code = dispatch(arguments, &console)
        console.flush()
        return code.rawValue
    }

    static func dispatch(_ arguments: [String], _ console: inout Console) -> ExitCode {
        guard let first = arguments.first else {
            console.print(Help.overview)
            return .ok
        }
        if first == "--help" || first == "-h" || first == "help" && arguments.count == 1 {
            console.print(Help.overview)
            return .ok
        }
        if first == "--version" || first == "versie" {
            console.print("verbeter \(VerbeterVersion.text)")
            return .ok
        }
        if first == "help" {
            guard let command = Commands.named(arguments[1]) else {
                console.error(
                    "verbeter: onbekend commando '\(arguments[1])'\(Commands.suggestion(for: arguments[1]))")
                return .usage
            }
            console.print(Help.text(for: command))
            return .ok
        }
        guard let command = Commands.named(first) else {
            console.error(
                "verbeter: onbekend commando '\(first)'\(Commands.suggestion(for: first)); zie 'verbeter --help'"
            )
            return .usage
        }
        // A signal handler cannot ask which command runs: it is told before any plan is read.
        MappedFile.messagePrefix = "verbeter \(command.name)"
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command)
            if parsed.has("--help") {
                console.print(Help.text(for: command))
                return .ok
            }
            return try command.run(parsed, &console)
        } catch let error as UsageError {
            console.error("verbeter \(command.name): \(error.message)")
            return .usage
        } catch {
            console.error("verbeter \(command.name): \(error)")
            return .usage
        }
    }
}
