/// Every aandachtspunt and actie id is unique in the plan: edits, references and the year-later
/// comparison find items by id.
@Sendable func checkUniqueIds(_ plan: Plan) -> [Diagnostic] {
    let count = plan.aandachtspunten.count + plan.actieCount
    var table = ASCIIIdTable(count: count)
    var result: [Diagnostic] = []
    var allASCII = true
    plan.aandachtspunten.withUnsafeBufferPointer { punten in
        /// The id of aandachtspunt `punt` (actie -1) or of one of its acties, as bytes.
        func withId<R>(_ punt: Int32, _ actie: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if actie < 0 {
                var id = punten[Int(punt)].id.value
                return id.withUTF8(body)
            }
            return punten[Int(punt)].acties.withUnsafeBufferPointer { $0[Int(actie)].withIdBytes(body) }
        }
        func visit(_ punt: Int32, _ actie: Int32) {
            guard allASCII else { return }
            let hash =
                actie < 0
                ? withId(punt, actie, IdHash.of)
                : punten[Int(punt)].acties.withUnsafeBufferPointer { $0[Int(actie)].idHash }
            guard let hash else {
                allASCII = false
                return
            }
            let outcome = table.insert(hash, punt, actie) { earlierPunt, earlierActie in
                withId(punt, actie) { bytes in withId(earlierPunt, earlierActie) { $0.elementsEqual(bytes) } }
            }
            switch outcome {
            case .new: break
            case .duplicate(let earlierPunt, let earlierActie):
                let id = actie < 0 ? punten[Int(punt)].id : punten[Int(punt)].acties[Int(actie)].id
                let earlierLine =
                    earlierActie < 0
                    ? punten[Int(earlierPunt)].id.line
                    : punten[Int(earlierPunt)].acties[Int(earlierActie)].id.line
                result.append(
                    plan.diagnostic(.fout, id, UniqueIdMessages.duplicate(id.value, earlierLine: earlierLine))
                )
            }
        }
        for punt in punten.indices {
            visit(Int32(punt), -1)
            for actie in punten[punt].acties.indices { visit(Int32(punt), Int32(actie)) }
        }
    }
    return allASCII ? result : checkUniqueIdsAsStrings(plan, count: count)
}

/// The same check with `Dictionary`, for a plan with an id outside ASCII: strings compare as
/// Swift compares them (canonically equivalent texts are the same id), which bytes do not.
private func checkUniqueIdsAsStrings(_ plan: Plan, count: Int) -> [Diagnostic] {
    var seen: [String: Int32] = [:]
    seen.reserveCapacity(count)
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

/// ASCII ids in an open-addressing table by their `IdHash` (FNV-1a, linear probing).
/// `Dictionary<String, _>` hashes every key with SipHash: at 100 000 acties that was most of the
/// 38 ms `check` spent on ids. Equal ASCII bytes are equal strings, and the reverse. A slot holds
/// the hash and where the id is in the plan (aandachtspunt, actie or -1), so a probe reads one
/// place in memory and no id is copied into the table.
private struct ASCIIIdTable {
    enum Outcome {
        case new
        case duplicate(punt: Int32, actie: Int32)
    }

    private struct Slot {
        var hash: UInt64 = 0
        /// -1: empty.
        var punt: Int32 = -1
        var actie: Int32 = -1
    }

    private var slots: [Slot]
    private let mask: Int

    init(count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// Enters the id of (`punt`, `actie`) with its `IdHash`; `sameId` compares it with an
    /// earlier id whose hash is equal.
    mutating func insert(
        _ hash: UInt64, _ punt: Int32, _ actie: Int32, sameId: (_ punt: Int32, _ actie: Int32) -> Bool
    ) -> Outcome {
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot].punt >= 0 {
            if slots[slot].hash == hash, sameId(slots[slot].punt, slots[slot].actie) {
                return .duplicate(punt: slots[slot].punt, actie: slots[slot].actie)
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, punt: punt, actie: actie)
        return .new
    }
}

enum UniqueIdMessages {
    static func duplicate(_ id: String, earlierLine: Int32) -> String {
        "dubbel id '\(id)' (eerder op regel \(earlierLine)); elk aandachtspunt en elke actie heeft een eigen id"
    }
}
