/// The one-line Dutch summary `check` prints.
enum CheckSummary {
    static func text(
        plans: Int, plansWithFout: Int, aandachtspunten: Int, acties: Int, fouten: Int, waarschuwingen: Int
    ) -> String {
        let planWord = count(plans, "plan", "plannen")
        let foutWord = count(fouten, "fout", "fouten")
        let waarschuwingWord = count(waarschuwingen, "waarschuwing", "waarschuwingen")
        if fouten == 0 {
            let contents =
                count(aandachtspunten, "aandachtspunt", "aandachtspunten") + ", "
                + count(acties, "actie", "acties")
            return "\(planWord) gecontroleerd (\(contents)): geen fouten, \(waarschuwingWord)."
        }
        if plans == 1 { return "1 plan gecontroleerd: \(foutWord), \(waarschuwingWord)." }
        return
            "\(planWord) gecontroleerd: \(foutWord) in \(plansWithFout) van de \(plans) plannen, \(waarschuwingWord)."
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 1 ? "1 \(one)" : "\(number) \(many)"
    }
}
