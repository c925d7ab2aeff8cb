/// The one-line Dutch summary `check` prints.
enum CheckSummary {
    static func text(
        plans: Int, plansWithFout: Int, aandachtspunten: Int, acties: Int, fouten: Int, waarschuwingen: Int
    )
        -> String
    {
        let planWord = plans == 1 ? "1 plan" : "\(plans) plannen"
        let foutWord = fouten == 1 ? "1 fout" : "\(fouten) fouten"
        let waarschuwingWord = waarschuwingen == 1 ? "1 waarschuwing" : "\(waarschuwingen) waarschuwingen"
        if fouten == 0 {
            return
                "\(planWord) gecontroleerd (\(aandachtspunten) aandachtspunten, \(acties) acties): geen fouten, \(waarschuwingWord)."
        }
        if plans == 1 { return "1 plan gecontroleerd: \(foutWord), \(waarschuwingWord)." }
        return
            "\(planWord) gecontroleerd: \(foutWord) in \(plansWithFout) van de \(plans) plannen, \(waarschuwingWord)."
    }
}
