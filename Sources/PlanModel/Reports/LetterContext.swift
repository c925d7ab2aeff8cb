/// The values a letter template is filled with, drawn from one plan on one peildatum. Every name
/// in docs/TEMPLATES.md is present, with "" when the plan says nothing: an absent name is reported
/// as a typo, an empty one is just false in `{{#als …}}`.
public enum LetterContext {
    public static func make(_ current: Plan, peildatum: Day) -> TemplateContext {
        // The letter describes the plan as it stood on the peildatum (see `Plan.standing(on:)`).
        let plan = current.standing(on: peildatum)
        let counts = PlanCounts(plan: plan, peildatum: peildatum)
        var values: [String: String] = [
            "gemeente": plan.gemeente.cellText,
            "titel": plan.titel.cellText,
            "peildatum": peildatum.dutch,
            "vastgesteld": dateText(plan.vastgesteld),
            "opdrachtgever": plan.opdrachtgever.cellText,
            "opdrachtnemer": plan.opdrachtnemer.cellText,
            "toelichting": plan.toelichting.cellText,
            "rapport.titel": plan.rapport.titel.cellText,
            "rapport.door": plan.rapport.door.cellText,
            "rapport.datum": dateText(plan.rapport.datum),
            "rapport.reactie-voor": dateText(plan.rapport.reactieVoor),
            "rapport.vervolgonderzoek": dateText(plan.rapport.vervolgonderzoek),
            "college.onderwerp": plan.college.onderwerp.cellText,
            "college.behandeldatum": dateText(plan.college.behandeldatum),
            "college.portefeuillehouder": plan.college.portefeuillehouder.cellText,
            "college.hoofdopgave": plan.college.hoofdopgave.cellText,
            "college.besluit": plan.college.besluit.cellText,
            "college.bijlagen": plan.college.bijlagen.cellText,
        ]
        let bevindingen = InspectieTables.bevindingen(plan)
        let risicos = InspectieTables.risicos(plan)
        let numbers: [(String, Int)] = [
            ("acties", counts.acties), ("aandachtspunten", counts.aandachtspunten),
            ("gerealiseerd", counts.gerealiseerd), ("geborgd", counts.geborgd), ("open", counts.open),
            ("achterstallig", counts.achterstallig), ("bevindingen", bevindingen.rows.count),
            ("risicos", risicos.rows.count),
        ]
        for (name, number) in numbers { values["aantal." + name] = String(number) }
        // Counts with their noun, singular or plural: "1 actie", "9 acties".
        let nouns: [(String, Int, String, String)] = [
            ("aandachtspunten", counts.aandachtspunten, "aandachtspunt", "aandachtspunten"),
            ("acties", counts.acties, "actie", "acties"), ("open", counts.open, "actie", "acties"),
            ("achterstallig", counts.achterstallig, "actie", "acties"),
        ]
        for (name, number, one, many) in nouns {
            values["tekst." + name] = "\(number) \(number == 1 ? one : many)"
        }
        return TemplateContext(
            values: values,
            tables: ["tabel": RaadsbriefTable.make(plan), "bevindingen": bevindingen, "risicos": risicos],
            lists: ["achterstallig": achterstallig(plan, peildatum: peildatum)])
    }

    /// A date-like field in Dutch words ("2017-03" -> "maart 2017"); other text as written.
    static func dateText(_ text: PlanText?) -> String {
        guard let form = text.flatMap({ DeadlineForm.parseDateLike($0.value) }) else { return text.cellText }
        return form.dutchName
    }

    /// "A7.1 Netwerkoverleg … — eigenaar …, uiterlijk 30 juni 2017, 92 dagen te laat", one line per
    /// overdue actie in plan order.
    static func achterstallig(_ plan: Plan, peildatum: Day) -> [String] {
        let termijnen = plan.termijnDays
        return plan.acties.compactMap { _, actie in
            let timing = ActieTiming(actie: actie, termijnen: termijnen, peildatum: peildatum)
            guard let late = timing.daysLate, let due = timing.dueDate else { return nil }
            var details: [String] = []
            let eigenaar = actie.eigenaar.cellText
            if !eigenaar.isEmpty { details.append("eigenaar " + eigenaar) }
            details.append("uiterlijk " + due.dutch)
            details.append(late == 1 ? "1 dag te laat" : "\(late) dagen te laat")
            let text = actie.actie.cellText.isEmpty ? actie.doel.cellText : actie.actie.cellText
            let head = text.isEmpty ? actie.id.value : actie.id.value + " " + text
            return head + " — " + details.joined(separator: ", ")
        }
    }
}
