/// Every aandachtspunt and actie id is unique in the plan: edits, references and the year-later
/// comparison find items by id.
@Sendable func checkUniqueIds(_ plan: Plan) -> [Diagnostic] {
    let count = plan.aandachtspunten.count + plan.actieCount
    var table = ASCIIIdTable(count: count)
    var result: [Diagnostic] = []
    var allASCII = true
    func visit(_ id: PlanText) {
        guard allASCII else { return }
        switch table.insert(id) {
        case .new: break
        case .duplicate(let earlier):
            result.append(
                plan.diagnostic(.fout, id, UniqueIdMessages.duplicate(id.value, earlierLine: earlier)))
        case .notASCII: allASCII = false
        }
    }
    plan.aandachtspunten.withUnsafeBufferPointer { punten in
        for punt in punten.indices {
            visit(punten[punt].id)
            punten[punt].acties.withUnsafeBufferPointer { acties in
                for index in acties.indices { visit(acties[index].id) }
            }
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

/// ASCII ids in an open-addressing table over their bytes (FNV-1a, linear probing).
/// `Dictionary<String, _>` hashes every key with SipHash: at 100 000 acties that was most of the
/// 38 ms `check` spent on ids. Equal ASCII bytes are equal strings, and the reverse.
private struct ASCIIIdTable {
    enum Outcome {
        case new
        case duplicate(earlierLine: Int32)
        case notASCII
    }

    /// Per slot the id's hash and its index in `ids` (-1: empty).
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var ids: [PlanText] = []
    private let mask: Int

    init(count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        ids.reserveCapacity(count)
    }

    mutating func insert(_ id: PlanText) -> Outcome {
        var text = id.value
        guard
            let hash = text.withUTF8({ bytes -> UInt64? in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes {
                    if byte >= 0x80 { return nil }
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                }
                return hash
            })
        else { return .notASCII }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, ids[Int(slots[slot])].value == text {
                return .duplicate(earlierLine: ids[Int(slots[slot])].line)
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        slots[slot] = Int32(ids.count)
        ids.append(id)
        return .new
    }
}

enum UniqueIdMessages {
    static func duplicate(_ id: String, earlierLine: Int32) -> String {
        "dubbel id '\(id)' (eerder op regel \(earlierLine)); elk aandachtspunt en elke actie heeft een eigen id"
    }
}
