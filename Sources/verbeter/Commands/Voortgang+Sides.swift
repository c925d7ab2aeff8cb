import PlanModel

/// One side of `verbeter voortgang`: a plan file, or `REVISIE:pad` read from git.
struct VoortgangSide {
    var plan: Plan
    var label: String

    /// Reads and checks a side. `role` names it in messages ("OUD", "NIEUW", "plan").
    static func load(_ argument: String, role: String) throws -> VoortgangSide {
        let bytes: [UInt8]
        if PlanFiles.exists(argument) || !argument.contains(":") {
            do {
                bytes = try PlanFiles.read(argument)
            } catch let error as PlanFiles.IOError {
                throw VoortgangFailure.usage("\(role) '\(argument)' is niet te lezen: \(error.reason)")
            }
        } else {
            let colon = argument.firstIndex(of: ":")!
            let revision = String(argument[..<colon])
            let path = String(argument[argument.index(after: colon)...])
            guard !revision.isEmpty, !path.isEmpty else {
                throw VoortgangFailure.usage(
                    "\(role) '\(argument)': schrijf REVISIE:pad, bijvoorbeeld HEAD~1:plans/plan.yaml")
            }
            do {
                bytes = try GitShow.read(revision: revision, path: path)
            } catch let failure as GitShow.Failure {
                throw VoortgangFailure.usage(
                    "\(role) '\(argument)' is niet te lezen uit git: \(failure.reason)")
            }
        }
        let loaded = LoadedPlan(source: SourceText(file: argument, bytes: bytes))
        guard let plan = loaded.plan, !loaded.hasFout else {
            let fouten = loaded.diagnostics.filter { $0.severity == .fout }.count
            throw VoortgangFailure.plan(
                loaded.diagnostics.filter { $0.severity == .fout },
                "\(role) '\(argument)' bevat \(fouten == 1 ? "een fout" : "\(fouten) fouten"); "
                    + "herstel die eerst (zie 'verbeter check')")
        }
        return VoortgangSide(plan: plan, label: argument)
    }
}
