/// `historie` is in date order and ends where the actie is now: its last status is `status`, its
/// last deadline change is `deadline`.
@Sendable func checkHistorie(_ context: ActieCheckContext, _ actie: Actie, _ result: inout [Diagnostic]) {
    let plan = context.plan
    actie.withHistorie { entries in
        var lastStatus: Int?
        var lastDeadline: Int?
        for index in entries.indices {
            if index > 0, entries[index].date < entries[index - 1].date {
                result.append(
                    plan.diagnostic(
                        .waarschuwing, line: entries[index].line, column: entries[index].column,
                        HistorieMessages.outOfOrder(entries[index].date, after: entries[index - 1].date)))
            }
            if entries[index].isDeadline { lastDeadline = index } else { lastStatus = index }
        }
        // Compared with the parsed status: a status that is not one of the eight is reported by
        // checkStatus, not here.
        if let lastStatus, let status = entries[lastStatus].status,
            let current = actie.statusValue, status != current
        {
            result.append(
                plan.diagnostic(
                    .waarschuwing, line: entries[lastStatus].line, column: entries[lastStatus].column,
                    HistorieMessages.statusDiffers(actie.id.value, status.rawValue, actie.status!.value)))
        }
        if let lastDeadline, let current = actie.deadline,
            !entries.deadline(entries[lastDeadline], is: current.value)
        {
            let text = entries.deadlineText(entries[lastDeadline])
            result.append(
                plan.diagnostic(
                    .waarschuwing, line: entries[lastDeadline].line, column: entries[lastDeadline].column,
                    HistorieMessages.deadlineDiffers(actie.id.value, text, current.value)))
        }
    }
}

enum HistorieMessages {
    static func outOfOrder(_ date: Day, after previous: Day) -> String {
        "historie niet op datumvolgorde: \(date.iso) staat na \(previous.iso); zet de oudste regel bovenaan"
    }
    static func statusDiffers(_ id: String, _ last: String, _ current: String) -> String {
        "laatste status in de historie van actie \(id) is '\(last)', maar 'status' is '\(current)'"
    }
    static func deadlineDiffers(_ id: String, _ last: String, _ current: String) -> String {
        "laatste deadline in de historie van actie \(id) is '\(last)', maar 'deadline' is '\(current)'"
    }
}
