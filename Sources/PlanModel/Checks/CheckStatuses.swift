/// A status is one of the eight the format knows (it was parsed when the actie was made: nil
/// for a missing or unknown one).
@Sendable func checkStatus(_ context: ActieCheckContext, _ actie: Actie, _ result: inout [Diagnostic]) {
    guard actie.statusValue == nil, let status = actie.status else { return }
    result.append(context.plan.diagnostic(.fout, status, StatusMessages.unknown(status.value)))
}

public enum StatusMessages {
    public static func unknown(_ status: String) -> String {
        let allowed =
            "toegestaan: open: gepland, in-uitvoering, in-onderzoek, uitgesteld; afgesloten: gerealiseerd, geborgd, niet-haalbaar, vervallen"
        if let near = EditDistance.nearest(to: status, in: Status.allNames) {
            return "onbekende status '\(status)'; bedoelde u '\(near)'? (\(allowed))"
        }
        return "onbekende status '\(status)'; \(allowed)"
    }
}
