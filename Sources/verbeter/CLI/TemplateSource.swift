import PlanModel

/// Where a letter's template comes from: `--template` if given, else
/// `templates/NAAM.md` in the current folder (a municipality's own copy), else the built-in one.
enum TemplateSource {
    /// The template's path (as named in diagnostics) and text.
    static func load(explicit: String?, defaultName: String?) throws -> (path: String, text: String) {
        if let explicit {
            do {
                return (explicit, String(decoding: try PlanFiles.read(explicit), as: UTF8.self))
            } catch {
                throw UsageError(message: "sjabloon niet te lezen: \(error)")
            }
        }
        guard let defaultName else { throw UsageError(message: "geef een sjabloon met --template BESTAND") }
        let local = "templates/" + defaultName
        if PlanFiles.exists(local), let bytes = try? PlanFiles.read(local) {
            return (local, String(decoding: bytes, as: UTF8.self))
        }
        guard let builtIn = BuiltInTemplates.all[defaultName] else {
            throw UsageError(message: "sjabloon \(local) niet gevonden; geef --template BESTAND")
        }
        return ("(ingebouwd) " + local, builtIn)
    }
}
