import PlanModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The output formats of `voortgang`. Kept local on purpose; the shared `DocumentFormat` will
/// replace it.
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
    static let defaultTemplate = "templates/voortgang.md"

    static func write(
        _ report: ProgressReport, format: VoortgangFormat, to path: String?, template: String?,
        _ console: inout Console
    ) throws {
        let bytes: [UInt8]
        switch format {
        case .tekst:
            bytes = Array(report.terminalText(width: Console.terminalWidth, color: Console.useColor && path == nil).utf8)
        case .json:
            bytes = Array(JSONWriter.write(report.json).utf8)
        case .md:
            bytes = Array(MarkdownRenderer().render(try document(report, template: template, &console)).utf8)
        case .html:
            bytes = Array(HTMLRenderer().render(try document(report, template: template, &console)).utf8)
        case .odt:
            guard path != nil else {
                throw VoortgangFailure.usage(
                    "--format odt maakt een bestand; geef -o BESTAND (of -o - voor standaarduitvoer)")
            }
            bytes = ODTRenderer().render(try document(report, template: template, &console))
        }
        guard let path, path != "-" else {
            if format == .odt {
                console.writeBytes(bytes)
            } else {
                console.out += String(decoding: bytes, as: UTF8.self)
            }
            return
        }
        try writeFile(bytes, to: path)
    }

    /// Fills the template; its problems go to standard error, and a `fout` stops the command.
    static func document(_ report: ProgressReport, template: String?, _ console: inout Console) throws
        -> Document
    {
        let path = template ?? locateTemplate()
        let text: String
        do {
            text = String(decoding: try PlanFiles.read(path), as: UTF8.self)
        } catch {
            throw VoortgangFailure.usage("sjabloon '\(path)' is niet te lezen; geef --sjabloon PAD")
        }
        let (document, diagnostics) = renderTemplate(text, file: path, context: report.templateContext)
        for diagnostic in diagnostics { console.error(diagnostic.rendered) }
        guard let document else {
            throw VoortgangFailure.usage("sjabloon '\(path)' bevat fouten; er is niets geschreven")
        }
        return document
    }

    /// `templates/voortgang.md` in the current folder, else beside the checkout the binary was
    /// built in (`.build/debug/verbeter` → `templates/`).
    static func locateTemplate() -> String {
        if PlanFiles.exists(defaultTemplate) { return defaultTemplate }
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            var folder = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            for _ in 0..<4 {
                guard let slash = folder.lastIndex(of: "/") else { break }
                folder = String(folder[..<slash])
                let candidate = folder + "/" + defaultTemplate
                if PlanFiles.exists(candidate) { return candidate }
            }
        }
        return defaultTemplate
    }

    /// Writes the whole file; a simple local helper until the shared atomic writer lands.
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw VoortgangFailure.usage("kan '\(path)' niet schrijven: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw VoortgangFailure.usage(
                    "kan '\(path)' niet schrijven: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
