/// Walking a plan's acties without copying them, for the checks and lists of large plans: a copy
/// of an aandachtspunt or actie retains each of its texts, and on a plan of 100 000 acties those
/// scattered reference counts cost more than the work itself.
extension Plan {
    /// How many acties the plan has.
    public var actieCount: Int {
        aandachtspunten.withUnsafeBufferPointer { punten in
            punten.indices.reduce(0) { $0 + punten[$1].acties.count }
        }
    }

    /// The aandachtspunten cut into `count` consecutive ranges with about as many acties each
    /// (a plan may hold most of its acties in a few aandachtspunten), for work side by side.
    func parts(_ count: Int) -> [Range<Int>] {
        var total = 0
        let ends = aandachtspunten.withUnsafeBufferPointer { punten in
            punten.indices.map { index in
                total += punten[index].acties.count
                return total
            }
        }
        var parts: [Range<Int>] = []
        var start = 0
        for part in 1...count {
            // The first aandachtspunt after which at least part/count of the acties are done.
            let target = total * part / count
            var end = start
            while end < ends.count && (part == count || ends[end] < target) { end += 1 }
            if part < count && end < ends.count { end += 1 }
            parts.append(start..<end)
            start = end
        }
        return parts
    }

    /// Calls `body` with every actie of the aandachtspunten in `range`, in plan order.
    func forEachActie(in range: Range<Int>, _ body: (Actie) -> Void) {
        aandachtspunten.withUnsafeBufferPointer { punten in
            for punt in range {
                punten[punt].acties.withUnsafeBufferPointer { acties in
                    for actie in acties.indices { body(acties[actie]) }
                }
            }
        }
    }
}
