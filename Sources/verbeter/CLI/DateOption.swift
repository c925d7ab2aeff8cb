import PlanModel

/// A date option (`--per`, `--datum`, `--van`, `--tot`, `--vastgesteld`): `2017-09-30` or
/// `30 september 2017`, today when absent; one message for an unreadable one.
enum DateOption {
    static func value(_ arguments: ParsedArguments, _ name: String) throws -> Day? {
        guard let text = arguments.value(name) else { return nil }
        guard let day = Day.parseDay(text) else {
            throw UsageError(
                message:
                    "onleesbare datum '\(text)' bij \(name); schrijf bijvoorbeeld 2017-09-30 of 30 september 2017"
            )
        }
        return day
    }

    static func valueOrToday(_ arguments: ParsedArguments, _ name: String) throws -> Day {
        try value(arguments, name) ?? Day.today()
    }
}
