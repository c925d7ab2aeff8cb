/// Moving elements between arrays instead of copying them. A copy of a row or an aandachtspunt
/// retains every text and list it holds, and releases them again when the source goes; at
/// 100 000 acties joining the parts of a plan, and sorting the overdue rows, were mostly those
/// reference counts. The moved-from places are filled with `placeholder`, which must hold no
/// counted reference (empty texts, empty lists, nil), so that freeing the source frees nothing.
extension Array {
    /// The elements of `parts` in order; every part is left holding placeholders.
    static func joinedByMoving(_ parts: inout [[Element]], placeholder: Element) -> [Element] {
        let total = parts.reduce(0) { $0 + $1.count }
        return [Element](unsafeUninitializedCapacity: total) { joined, count in
            for part in parts.indices where !parts[part].isEmpty {
                parts[part].withUnsafeMutableBufferPointer { moved in
                    (joined.baseAddress! + count).moveInitialize(from: moved.baseAddress!, count: moved.count)
                    moved.baseAddress!.initialize(repeating: placeholder, count: moved.count)
                    count += moved.count
                }
            }
        }
    }

    /// The elements of `parts` in order, in the first part's storage when it has room for them
    /// all (no new allocation, no copy of the first part); every other part is left holding
    /// placeholders.
    static func joinedInFirst(_ parts: inout [[Element]], placeholder: Element) -> [Element] {
        guard var joined = parts.first else { return [] }
        let total = parts.reduce(0) { $0 + $1.count }
        guard joined.capacity >= total else { return joinedByMoving(&parts, placeholder: placeholder) }
        parts[0] = []
        for part in parts.indices.dropFirst() {
            joined.appendByMoving(&parts[part], placeholder: placeholder)
        }
        return joined
    }

    /// Moves the elements of `other` to the end of this array, leaving placeholders there.
    mutating func appendByMoving(_ other: inout [Element], placeholder: Element) {
        guard !other.isEmpty else { return }
        let start = count
        // Placeholders first (nothing to count), then each is overwritten by a moved element.
        append(contentsOf: repeatElement(placeholder, count: other.count))
        withUnsafeMutableBufferPointer { mine in
            other.withUnsafeMutableBufferPointer { moved in
                (mine.baseAddress! + start).moveUpdate(from: moved.baseAddress!, count: moved.count)
                moved.baseAddress!.initialize(repeating: placeholder, count: moved.count)
            }
        }
    }

    /// Puts the element at `order[i]` in place i, for every i, by moving elements along the
    /// permutation's cycles: no second array (at a million acties the sorted overdue rows were
    /// 36 MB of fresh memory). `order` must name every index exactly once.
    mutating func arrange(in order: [Int]) {
        precondition(order.count == count, "de volgorde noemt niet elke plaats")
        var pending = [Bool](repeating: false, count: count)
        for index in order {
            precondition(indices.contains(index) && !pending[index], "de volgorde noemt een plaats twee keer")
            pending[index] = true
        }
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for start in order.indices where pending[start] && order[start] != start {
                let held = (base + start).move()
                var slot = start
                while true {
                    pending[slot] = false
                    let from = order[slot]
                    if from == start {
                        (base + slot).initialize(to: held)
                        break
                    }
                    (base + slot).initialize(to: (base + from).move())
                    slot = from
                }
            }
        }
    }

    /// The elements at `order`, in that order, moved out; each index may be named once only.
    mutating func moveOut(at order: [Int], placeholder: Element) -> [Element] {
        withUnsafeMutableBufferPointer { source in
            [Element](unsafeUninitializedCapacity: order.count) { taken, count in
                for index in order {
                    precondition(source.indices.contains(index), "index buiten de lijst")
                    (taken.baseAddress! + count).initialize(to: (source.baseAddress! + index).move())
                    (source.baseAddress! + index).initialize(to: placeholder)
                    count += 1
                }
            }
        }
    }
}
