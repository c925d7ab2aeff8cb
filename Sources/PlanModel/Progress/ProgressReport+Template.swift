extension ProgressReport {
    /// The names `templates/voortgang.md` may use (docs/JSON.md lists them). Every name is present,
    /// empty when there is nothing to say, so a typo in a template is still reported.
    public var templateContext: TemplateContext {
        let plan = diff.tot.plan
        let summary = diff.summary
        let values: [String: String] = [
            "gemeente": plan.gemeente?.value ?? "",
            "titel": plan.titel?.value ?? "",
            "rapport.titel": plan.rapport.titel?.value ?? "",
            "rapport.door": plan.rapport.door?.value ?? "",
            "rapport.vervolgonderzoek": ProgressReport.dateText(plan.rapport.vervolgonderzoek),
            "van": diff.van.peildatum.dutch,
            "tot": diff.tot.peildatum.dutch,
            "bron.van": diff.van.label,
            "bron.tot": diff.tot.label,
            "samenvatting": summary.sentence,
            "stand.van": ProgressReport.stand(summary.van),
            "stand.tot": ProgressReport.stand(summary.tot),
            "verschoven.zin": summary.verschovenPhrase,
            "aantal.acties.van": String(summary.van.acties),
            "aantal.acties.tot": String(summary.tot.acties),
            "aantal.gerealiseerd": String(summary.tot.gerealiseerd),
            "aantal.geborgd": String(summary.tot.geborgd),
            "aantal.achterstallig": String(summary.tot.achterstallig),
            "aantal.gewijzigd": String(summary.gewijzigd),
            "aantal.verschoven": String(summary.verschoven),
            "aantal.toegevoegd": String(summary.toegevoegd),
            "aantal.verwijderd": String(summary.verwijderd),
            "verschuiving.gemiddeld": summary.gemiddeldeVerschuiving.map(ProgressReport.shiftLabel) ?? "",
        ]
        return TemplateContext(
            values: values,
            tables: ["tabel": table, "statustabel": statusTable],
            lists: [
                "toegevoegd": toegevoegd,
                "verwijderd": verwijderd,
                "aandachtspunten.toegevoegd": aandachtspuntenToegevoegd,
                "aandachtspunten.verwijderd": aandachtspuntenVerwijderd,
                "verschoven": verschoven,
                "tekstwijzigingen": tekstwijzigingen,
                "achterstallig": achterstallig,
            ])
    }

    /// "9 acties: 6 gerealiseerd (waarvan 5 geborgd), 2 in uitvoering, 1 in onderzoek".
    static func stand(_ counts: ProgressSummary.Counts) -> String {
        let total = counts.acties == 1 ? "1 actie" : "\(counts.acties) acties"
        guard counts.acties > 0 else { return "geen acties" }
        return total + ": " + counts.parts.joined(separator: ", ")
    }

    /// A date-like plan field in Dutch words ("april 2018"), else as written.
    static func dateText(_ text: PlanText?) -> String {
        guard let text else { return "" }
        return DeadlineForm.parseDateLike(text.value)?.dutchName ?? text.value
    }
}
