import PlanModel

/// The one list of commands: help, dispatch and suggestions all read it.
enum Commands {
    static let all: [Command.Type] = [
        CheckCommand.self,
        AchterstalligCommand.self,
        LijstCommand.self,
        StatusCommand.self,
        DeadlineCommand.self,
        RaadsbriefCommand.self,
        InspectieCommand.self,
        DocumentCommand.self,
        VoortgangCommand.self,
        NieuwCommand.self,
    ]

    static func named(_ name: String) -> Command.Type? { all.first { $0.name == name } }

    static func suggestion(for name: String) -> String {
        EditDistance.nearest(to: name, in: all.map { $0.name }).map { "; bedoelde u '\($0)'?" } ?? ""
    }
}
