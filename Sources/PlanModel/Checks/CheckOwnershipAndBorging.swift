/// What a plan's owner wants to hear: a realised actie without borging (the evaluation of seed 004
/// criticises exactly that), an actie without eigenaar, an open actie without deadline.
@Sendable func checkOwnershipAndBorging(
    _ context: ActieCheckContext, _ actie: Actie, _ result: inout [Diagnostic]
) {
    let plan = context.plan
    if let status = actie.statusValue, status.isRealised, !actie.has(.borging) {
        result.append(
            plan.diagnostic(
                .waarschuwing, actie.status!, OwnershipMessages.realisedWithoutBorging(actie.id.value, status)
            ))
    }
    if !actie.has(.eigenaar) {
        result.append(plan.diagnostic(.waarschuwing, actie.id, OwnershipMessages.noEigenaar(actie.id.value)))
    }
    if !actie.has(.deadline), actie.statusValue?.isOpen ?? true {
        result.append(plan.diagnostic(.waarschuwing, actie.id, OwnershipMessages.noDeadline(actie.id.value)))
    }
}

enum OwnershipMessages {
    static func realisedWithoutBorging(_ id: String, _ status: Status) -> String {
        "actie \(id) is \(status.rawValue) maar heeft geen borging; beschrijf in 'borging' hoe de verbetering blijvend wordt"
    }
    static func noEigenaar(_ id: String) -> String { "actie \(id) heeft geen eigenaar" }
    static func noDeadline(_ id: String) -> String { "actie \(id) heeft geen deadline" }
}
