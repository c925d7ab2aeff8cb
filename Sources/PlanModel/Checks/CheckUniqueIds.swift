/// Every aandachtspunt and actie id is unique in the plan: edits, references and the year-later
/// comparison find items by id.
@Sendable func checkUniqueIds(_ plan: Plan) -> [Diagnostic] {
    var seen: [String: Int32] = [:]
    seen.reserveCapacity(plan.aandachtspunten.count * 6)
    var result: [Diagnostic] = []
    func visit(_ id: PlanText) {
        if let earlier = seen[id.value] {
            result.append(
                plan.diagnostic(.fout, id, UniqueIdMessages.duplicate(id.value, earlierLine: earlier)))
        } else {
            seen[id.value] = id.line
        }
    }
    for punt in plan.aandachtspunten {
        visit(punt.id)
        for actie in punt.acties { visit(actie.id) }
    }
    return result
}

enum UniqueIdMessages {
    static func duplicate(_ id: String, earlierLine: Int32) -> String {
        "dubbel id '\(id)' (eerder op regel \(earlierLine)); elk aandachtspunt en elke actie heeft een eigen id"
    }
}
