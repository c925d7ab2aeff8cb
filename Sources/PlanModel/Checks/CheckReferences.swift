/// `zie: ID` names an existing aandachtspunt (not itself), and a point answered elsewhere has no
/// acties of its own; a point without acties says where it is answered.
@Sendable func checkReferences(_ plan: Plan) -> [Diagnostic] {
    var result: [Diagnostic] = []
    let ids = Set(plan.aandachtspunten.map(\.id.value))
    // Suggestions compare with every id: for the first few unknown references only, so that a
    // plan full of them stays linear.
    var suggestionsLeft = 100
    var sortedIds: [String]?
    for punt in plan.aandachtspunten {
        if let zie = punt.zie {
            if zie.value == punt.id.value {
                result.append(plan.diagnostic(.fout, zie, ReferenceMessages.selfReference(zie.value)))
            } else if !ids.contains(zie.value) {
                var near: String?
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    if sortedIds == nil { sortedIds = ids.sorted() }
                    near = EditDistance.nearest(to: zie.value, in: sortedIds!)
                }
                result.append(plan.diagnostic(.fout, zie, ReferenceMessages.unknown(zie.value, near: near)))
            }
            if !punt.acties.isEmpty {
                result.append(
                    plan.diagnostic(.waarschuwing, zie, ReferenceMessages.referenceWithActies(punt.id.value)))
            }
        } else if punt.acties.isEmpty {
            result.append(
                plan.diagnostic(
                    .waarschuwing, line: punt.line, column: punt.column,
                    ReferenceMessages.noActies(punt.id.value)))
        }
    }
    return result
}

enum ReferenceMessages {
    static func unknown(_ id: String, near: String?) -> String {
        "'zie: \(id)' verwijst naar een onbekend aandachtspunt" + (near.map { "; bedoelde u '\($0)'?" } ?? "")
    }
    static func selfReference(_ id: String) -> String { "aandachtspunt \(id) verwijst naar zichzelf" }
    static func referenceWithActies(_ id: String) -> String {
        "aandachtspunt \(id) verwijst met 'zie' naar een ander aandachtspunt én heeft eigen acties"
    }
    static func noActies(_ id: String) -> String {
        "aandachtspunt \(id) heeft geen acties; voeg acties toe of verwijs met 'zie: ID' naar het aandachtspunt dat het beantwoordt"
    }
}
