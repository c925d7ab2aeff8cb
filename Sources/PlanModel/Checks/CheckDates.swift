/// The plan's own dates (rapport, vastgesteld, college, termijnen) are readable date forms.
@Sendable func checkDates(_ plan: Plan) -> [Diagnostic] {
    var result: [Diagnostic] = []
    func check(_ text: PlanText?, _ field: String) {
        guard let text, DeadlineForm.parseDateLike(text.value) == nil else { return }
        result.append(plan.diagnostic(.fout, text, DateMessages.unreadable(text.value, field: field)))
    }
    check(plan.rapport.datum, "rapport.datum")
    check(plan.rapport.reactieVoor, "rapport.reactie-voor")
    check(plan.rapport.vervolgonderzoek, "rapport.vervolgonderzoek")
    check(plan.vastgesteld, "vastgesteld")
    check(plan.college.behandeldatum, "college.behandeldatum")
    for termijn in plan.termijnen { check(termijn.deadline, "termijn '\(termijn.name.value)'") }
    return result
}

enum DateMessages {
    static func unreadable(_ text: String, field: String) -> String {
        "onleesbare datum '\(text)' in \(field); schrijf bijvoorbeeld 2017-04-18, 2017-04, 2017-Q2, 2017, 18 april 2017 of april 2017"
    }
}
