/// `historie` is in date order and ends where the actie is now: its last status is `status`, its
/// last deadline change is `deadline`.
@Sendable func checkHistorie(_ plan: Plan) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for punt in plan.aandachtspunten {
        for actie in punt.acties where !actie.historie.isEmpty {
            var previous: HistorieEntry?
            var lastStatus: HistorieEntry?
            var lastDeadline: (HistorieEntry, String)?
            for entry in actie.historie {
                if let previous, entry.date < previous.date {
                    result.append(
                        plan.diagnostic(
                            .waarschuwing, line: entry.line, column: entry.column,
                            HistorieMessages.outOfOrder(entry.date, after: previous.date)))
                }
                previous = entry
                switch entry.change {
                case .status: lastStatus = entry
                case .deadline(let text): lastDeadline = (entry, text)
                }
            }
            if let lastStatus, case .status(let status) = lastStatus.change, let current = actie.status,
                status.rawValue != current.value, Status(rawValue: current.value) != nil
            {
                result.append(
                    plan.diagnostic(
                        .waarschuwing, line: lastStatus.line, column: lastStatus.column,
                        HistorieMessages.statusDiffers(actie.id.value, status.rawValue, current.value)))
            }
            if let (entry, text) = lastDeadline, let current = actie.deadline, text != current.value {
                result.append(
                    plan.diagnostic(
                        .waarschuwing, line: entry.line, column: entry.column,
                        HistorieMessages.deadlineDiffers(actie.id.value, text, current.value)))
            }
        }
    }
    return result
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
