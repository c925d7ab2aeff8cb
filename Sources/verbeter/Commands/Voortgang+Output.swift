import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output formats of `voortgang`: the terminal view and JSON, or a document format.
enum VoortgangFormat: String, CaseIterable {
    case tekst, md, html, odt, json

    static func parse(_ text: String?) throws -> VoortgangFormat {
        guard let text else { return .tekst }
        guard let format = VoortgangFormat(rawValue: text) else {
            let names = allCases.map(\.rawValue)
            let hint = EditDistance.nearest(to: text, in: names).map { "; bedoelde u '\($0)'?" } ?? ""
            throw VoortgangFailure.usage(
                "onbekend formaat '\(text)'\(hint); kies uit \(names.joined(separator: ", "))")
        }
        return format
    }
}

enum VoortgangOutput {
    static func write(
        _ report: ProgressReport, format: VoortgangFormat, to path: String?, template: String?,
        _ console: inout Console
    ) throws {
        let bytes: [UInt8]
        switch format {
        case .tekst:
            bytes = Array(
                report.terminalText(width: Console.terminalWidth, color: Console.useColor && path == nil).utf8
            )
        case .json:
            bytes = Array(JSONWriter.write(report.json).utf8)
        case .md:
            bytes = DocumentFormat.md.render(try document(report, template: template, &console))
        case .html:
            bytes = DocumentFormat.html.render(try document(report, template: template, &console))
        case .odt:
            guard path != nil else {
                throw VoortgangFailure.usage(
                    "--format odt maakt een bestand; geef -o BESTAND (of -o - voor standaarduitvoer)")
            }
            bytes = DocumentFormat.odt.render(try document(report, template: template, &console))
        }
        guard let path, path != "-" else {
            if format == .odt {
                console.writeBytes(bytes)
            } else {
                console.out += String(decoding: bytes, as: UTF8.self)
            }
            return
        }
        do {
            try AtomicWrite.write(bytes, to: path)
        } catch {
            throw VoortgangFailure.usage("kan '\(path)' niet schrijven: \(error)")
        }
    }

    /// Fills the template; its problems go to standard error, and a `fout` stops the command.
    static func document(_ report: ProgressReport, template: String?, _ console: inout Console) throws
        -> Document
    {
        let source: (path: String, text: String)
        do {
            source = try TemplateSource.load(explicit: template, defaultName: "voortgang.md")
        } catch let error as UsageError {
            throw VoortgangFailure.usage(error.message)
        }
        let (document, diagnostics) = renderTemplate(
            source.text, file: source.path, context: report.templateContext)
        for diagnostic in diagnostics { console.error(diagnostic.rendered) }
        guard let document else {
            throw VoortgangFailure.usage("sjabloon '\(source.path)' bevat fouten; er is niets geschreven")
        }
        return document
    }
}
