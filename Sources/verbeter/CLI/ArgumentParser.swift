import PlanModel

/// The result of parsing a command line against a command's `OptionSpec`s.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    func value(_ name: String) -> String? { values[name]?.last }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

struct UsageError: Error {
    var message: String
}

enum ArgumentParser {
    /// Parses `--naam waarde`, `--naam=waarde`, flags, `--` and positionals. Unknown options get a
    /// suggestion of the nearest known one.
    static func parse(_ arguments: [String], for command: Command.Type) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        let known = command.options + [OptionSpec.flag("--help", "")]
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if name == "-h" { name = "--help" }
            guard let spec = known.first(where: { $0.name == name }) else {
                let names = known.map(\.name)
                let hint = EditDistance.nearest(to: name, in: names).map { "; bedoelde u '\($0)'?" } ?? ""
                throw UsageError(message: "onbekende optie '\(name)' voor 'verbeter \(command.name)'\(hint)")
            }
            if spec.valueName == nil {
                if inlineValue != nil { throw UsageError(message: "optie '\(name)' heeft geen waarde") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError(message: "optie '\(name)' verwacht een waarde (\(spec.valueName!))")
            }
            parsed.values[name, default: []].append(value)
        }
        if parsed.has("--help") { return parsed }
        let (minimum, maximum) = command.positionals
        if parsed.positionals.count < minimum {
            throw UsageError(message: "te weinig argumenten; gebruik: \(command.usage)")
        }
        if let maximum, parsed.positionals.count > maximum {
            throw UsageError(
                message: "te veel argumenten ('\(parsed.positionals[maximum])'); gebruik: \(command.usage)")
        }
        return parsed
    }
}
