extension ProgressReport {
    /// The report as JSON (docs/JSON.md, section "voortgang"); keys in documented order.
    public var json: JSONValue {
        let summary = diff.summary
        return .object([
            JSONMember("van", .string(diff.van.peildatum.iso)),
            JSONMember("tot", .string(diff.tot.peildatum.iso)),
            JSONMember("bron_van", .string(diff.van.label)),
            JSONMember("bron_tot", .string(diff.tot.label)),
            JSONMember(
                "samenvatting",
                .object([
                    JSONMember("acties_van", .int(summary.van.acties)),
                    JSONMember("acties_tot", .int(summary.tot.acties)),
                    JSONMember("status_van", ProgressReport.statusCounts(summary.van)),
                    JSONMember("status_tot", ProgressReport.statusCounts(summary.tot)),
                    JSONMember("achterstallig_van", .int(summary.van.achterstallig)),
                    JSONMember("achterstallig_tot", .int(summary.tot.achterstallig)),
                    JSONMember("verschoven", .int(summary.verschoven)),
                    JSONMember("gemiddelde_verschuiving_dagen", .int(summary.gemiddeldeVerschuiving)),
                    JSONMember("gewijzigd", .int(summary.gewijzigd)),
                    JSONMember("toegevoegd", .int(summary.toegevoegd)),
                    JSONMember("verwijderd", .int(summary.verwijderd)),
                    JSONMember("aandachtspunten_toegevoegd", .int(summary.aandachtspuntenToegevoegd)),
                    JSONMember("aandachtspunten_verwijderd", .int(summary.aandachtspuntenVerwijderd)),
                    JSONMember("tekst", .string(summary.sentence)),
                ])),
            JSONMember("acties", .array(diff.acties.map(ProgressReport.json))),
            JSONMember(
                "aandachtspunten",
                .array(
                    diff.aandachtspunten.map { punt in
                        .object([
                            JSONMember("id", .string(punt.id)),
                            JSONMember("titel", .string(punt.titel)),
                            JSONMember("wijziging", .string(punt.wijziging.rawValue)),
                            JSONMember("velden", .array(punt.velden.map { .string($0) })),
                        ])
                    })),
        ])
    }

    static func json(_ actie: ActieProgress) -> JSONValue {
        .object([
            JSONMember("id", .string(actie.id)),
            JSONMember("aandachtspunt", .string(actie.latest?.aandachtspuntId)),
            JSONMember("wijziging", .string(actie.wijziging.rawValue)),
            JSONMember("velden", .array(actie.velden.map { .string($0) })),
            JSONMember("status_van", .string(actie.van?.status?.rawValue)),
            JSONMember("status_tot", .string(actie.tot?.status?.rawValue)),
            JSONMember("deadline_van", .string(actie.van?.deadline)),
            JSONMember("deadline_tot", .string(actie.tot?.deadline)),
            JSONMember("einddatum_van", .string(actie.van?.dueDate?.iso)),
            JSONMember("einddatum_tot", .string(actie.tot?.dueDate?.iso)),
            JSONMember("verschuiving_dagen", .int(actie.verschuivingDagen)),
            JSONMember("achterstallig_van", actie.van.map { .bool($0.isOverdue) } ?? .null),
            JSONMember("achterstallig_tot", actie.tot.map { .bool($0.isOverdue) } ?? .null),
            JSONMember("implementatie", textChange(actie.implementatie)),
            JSONMember("borging", textChange(actie.borging)),
        ])
    }

    static func textChange(_ change: TextChange?) -> JSONValue {
        guard let change else { return .null }
        return .object([JSONMember("van", .string(change.van)), JSONMember("tot", .string(change.tot))])
    }

    /// Every status in `Status.allCases` order, zeros included, so consumers need no defaults.
    static func statusCounts(_ counts: ProgressSummary.Counts) -> JSONValue {
        .object(counts.statusCounts.map { JSONMember($0.status.rawValue, .int($0.count)) })
    }
}
