import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `document`, `raadsbrief` and `inspectie` share: options, template lookup, rendering and
/// writing. Holds no domain logic: the context comes from `LetterContext`.
enum DocumentJob {
    static func options(templateHelp: String) -> [OptionSpec] {
        [
            .value("--template", "BESTAND", templateHelp),
            .value("--per", "DATUM", "peildatum, bijvoorbeeld 2017-09-30 (standaard: vandaag)"),
            .value(
                "--format", "FORMAAT", "md, html, odt of txt (standaard: uit de extensie van -o, anders md)"),
            .value("-o", "BESTAND", "schrijf naar dit bestand in plaats van naar standaarduitvoer"),
        ]
    }

    static func run(
        _ arguments: ParsedArguments, command: String, defaultTemplate: String?, _ console: inout Console
    ) throws -> ExitCode {
        let template = try TemplateSource.load(
            explicit: arguments.value("--template"),
            defaultName: defaultTemplate.map { String($0.dropFirst("templates/".count)) })
        let peildatum = try DateOption.valueOrToday(arguments, "--per")
        let output = arguments.value("-o").flatMap { $0 == "-" ? nil : $0 }
        let format: DocumentFormat
        if let text = arguments.value("--format") {
            guard let chosen = DocumentFormat(rawValue: text) else {
                throw UsageError(message: "onbekend formaat '\(text)'; kies md, html, odt of txt")
            }
            format = chosen
        } else {
            if let output, DocumentFormat(fileName: output) == nil {
                throw UsageError(
                    message:
                        "'\(output)': onbekende extensie; gebruik .md, .html, .odt of .txt, of geef --format")
            }
            format = output.flatMap { DocumentFormat(fileName: $0) } ?? .md
        }
        let loaded = try LoadedPlan.read(arguments.positionals[0], keepTree: false)
        // Warnings are for `check`; a letter reports only what stops it.
        for diagnostic in loaded.diagnostics where diagnostic.severity == .fout {
            console.error(diagnostic.rendered)
        }
        guard let plan = loaded.plan, !loaded.hasFout else {
            console.error("verbeter \(command): het plan bevat fouten; er is geen document gemaakt")
            return .problems
        }
        let context = LetterContext.make(plan, peildatum: peildatum)
        let (document, problems) = renderTemplate(template.text, file: template.path, context: context)
        for problem in problems { console.error(problem.rendered) }
        guard let document else {
            console.error("verbeter \(command): het sjabloon bevat fouten; er is geen document gemaakt")
            return .problems
        }
        if format == .odt && output == nil && isatty(1) == 1 {
            throw UsageError(
                message:
                    "ODT is een zip-bestand en hoort niet in de terminal; geef -o BESTAND.odt (of -o - in een pijplijn)"
            )
        }
        let bytes = format.render(document)
        guard let output else {
            console.writeBytes(bytes)
            return .ok
        }
        try AtomicWrite.write(bytes, to: output)
        return .ok
    }
}
