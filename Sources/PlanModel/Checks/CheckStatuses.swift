/// A status is one of the eight the format knows.
@Sendable func checkStatuses(_ plan: Plan) -> [Diagnostic] {
    var result: [Diagnostic] = []
    for punt in plan.aandachtspunten {
        for actie in punt.acties {
            guard let status = actie.status, Status(rawValue: status.value) == nil else { continue }
            result.append(plan.diagnostic(.fout, status, StatusMessages.unknown(status.value)))
        }
    }
    return result
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
