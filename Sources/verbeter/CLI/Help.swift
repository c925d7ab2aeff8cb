import PlanModel

/// The Dutch help texts, built from the commands' own descriptions so they cannot drift apart.
enum Help {
    static var overview: String {
        let width = Commands.all.map { $0.name.count }.max() ?? 10
        let list = Commands.all.map { command in
            "  " + command.name + String(repeating: " ", count: width - command.name.count + 2)
                + command.abstract
        }.joined(separator: "\n")
        return """
            verbeter: houd verbeterplannen bij, controleer ze en maak er brieven van.

            Gebruik: verbeter COMMANDO [ARGUMENTEN] [OPTIES]

            Commando's:
            \(list)

            Meer over een commando: verbeter help COMMANDO (of verbeter COMMANDO --help).
            Het bestandsformaat staat in docs/FORMAT.md.

            Afsluitcodes: 0 in orde, 1 problemen in het plan gevonden, 2 verkeerd gebruik
            (onbekend commando of optie, ontbrekend argument, onleesbaar bestand).
            """
    }

    static func text(for command: Command.Type) -> String {
        var text = "verbeter \(command.name): \(command.abstract)\n\nGebruik: \(command.usage)\n"
        if !command.options.isEmpty {
            text += "\nOpties:\n"
            let labels = command.options.map { option in
                option.valueName.map { "\(option.name) \($0)" } ?? option.name
            }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, command.options) {
                text +=
                    "  " + label + String(repeating: " ", count: width - label.count + 2) + option.help + "\n"
            }
        }
        text += "\n" + command.discussion
        return text
    }
}
