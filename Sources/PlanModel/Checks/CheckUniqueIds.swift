/// Every aandachtspunt and actie id is unique in the plan: edits, references and the year-later
/// comparison find items by id.
@Sendable func checkUniqueIds(_ plan: Plan) -> [Diagnostic] {
    let count = plan.aandachtspunten.count + plan.actieCount
    var result: [Diagnostic] = []
    let allASCII = plan.aandachtspunten.withUnsafeBufferPointer { punten -> Bool in
        /// The id of aandachtspunt `punt` (actie -1) or of one of its acties, as bytes.
        func withId<R>(_ place: IdPlace, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if place.actie < 0 {
                var id = punten[Int(place.punt)].id.value
                return id.withUTF8(body)
            }
            return punten[Int(place.punt)].acties.withUnsafeBufferPointer {
                $0[Int(place.actie)].withIdBytes(body)
            }
        }
        func id(_ place: IdPlace) -> PlanText {
            place.actie < 0 ? punten[Int(place.punt)].id : punten[Int(place.punt)].acties[Int(place.actie)].id
        }
        // Every id's hash and place, in plan order.
        var hashes: [UInt64] = []
        var places: [IdPlace] = []
        hashes.reserveCapacity(count)
        places.reserveCapacity(count)
        for punt in punten.indices {
            let place = IdPlace(punt: Int32(punt), actie: -1)
            guard let hash = withId(place, IdHash.of) else { return false }
            hashes.append(hash)
            places.append(place)
            let complete = punten[punt].acties.withUnsafeBufferPointer { acties -> Bool in
                for actie in acties.indices {
                    guard let hash = acties[actie].idHash else { return false }
                    hashes.append(hash)
                    places.append(IdPlace(punt: Int32(punt), actie: Int32(actie)))
                }
                return true
            }
            guard complete else { return false }
        }
        let duplicates = DuplicateHashes.find(hashes) { a, b in
            withId(places[a]) { bytes in withId(places[b]) { $0.elementsEqual(bytes) } }
        }
        for (later, earlier) in duplicates {
            let text = id(places[later])
            result.append(
                plan.diagnostic(
                    .fout, text, UniqueIdMessages.duplicate(text.value, earlierLine: id(places[earlier]).line)
                ))
        }
        return true
    }
    return allASCII ? result : checkUniqueIdsAsStrings(plan, count: count)
}

/// Where an id is in the plan: an aandachtspunt (`actie` -1) or one of its acties.
private struct IdPlace {
    var punt: Int32
    var actie: Int32
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

/// Which entries of a list of `IdHash`es repeat an earlier one, for ASCII ids. `Dictionary<String,
/// _>` hashes every key with SipHash: at 100 000 acties that was most of the 38 ms `check` spent
/// on ids; equal ASCII bytes are equal strings, and the reverse. One open-addressing table over
/// all ids missed the cache on nearly every entry once it outgrew it: 13 ms at 100 000 acties
/// and 340 ms at a million (a 64 MB table), against 130 ms for ten times the work. So the
/// entries are first sorted into buckets by their hash's top bits (a counting sort, which keeps
/// plan order within a bucket), and each bucket, a few thousand ids, is checked with a table
/// that stays in the cache.
enum DuplicateHashes {
    /// The pairs (later, earlier) of indices into `hashes` whose ids are the same, in the order
    /// of `later`; `earlier` is the first entry with that id. `sameId` compares the ids of two
    /// entries with equal hashes.
    static func find(_ hashes: [UInt64], sameId: (Int, Int) -> Bool) -> [(later: Int, earlier: Int)] {
        let bits = bucketBits(for: hashes.count)
        let bucketCount = 1 << bits
        func bucket(_ hash: UInt64) -> Int {
            bits == 0 ? 0 : Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
        }
        // Where each bucket starts in `grouped`, then the entries grouped by bucket.
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for hash in hashes { starts[bucket(hash) + 1] += 1 }
        for index in 0..<bucketCount { starts[index + 1] += starts[index] }
        var grouped = [Entry](repeating: Entry(hash: 0, index: 0), count: hashes.count)
        var next = starts
        for index in hashes.indices {
            let target = bucket(hashes[index])
            grouped[next[target]] = Entry(hash: hashes[index], index: Int32(truncatingIfNeeded: index))
            next[target] += 1
        }
        var duplicates: [(later: Int, earlier: Int)] = []
        var table: [Entry] = []
        for target in 0..<bucketCount where starts[target + 1] > starts[target] {
            var size = 16
            while size < (starts[target + 1] - starts[target]) * 2 { size *= 2 }
            table.removeAll(keepingCapacity: true)
            table.append(contentsOf: repeatElement(Entry(hash: 0, index: -1), count: size))
            let mask = size - 1
            for entry in grouped[starts[target]..<starts[target + 1]] {
                var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
                while table[slot].index >= 0 {
                    if table[slot].hash == entry.hash, sameId(Int(entry.index), Int(table[slot].index)) {
                        duplicates.append((Int(entry.index), Int(table[slot].index)))
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if table[slot].index < 0 { table[slot] = entry }
            }
        }
        duplicates.sort { $0.later < $1.later }
        return duplicates
    }

    /// About 4 096 entries per bucket: a table of twice that fits in a core's cache.
    static func bucketBits(for count: Int) -> Int {
        var bits = 0
        while bits < 24 && count >> bits > 4_096 { bits += 1 }
        return bits
    }

    private struct Entry {
        var hash: UInt64
        /// The entry's index in the hashes; -1: an empty slot.
        var index: Int32
    }
}

enum UniqueIdMessages {
    static func duplicate(_ id: String, earlierLine: Int32) -> String {
        "dubbel id '\(id)' (eerder op regel \(earlierLine)); elk aandachtspunt en elke actie heeft een eigen id"
    }
}
