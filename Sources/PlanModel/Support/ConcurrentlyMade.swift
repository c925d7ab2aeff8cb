import Dispatch

extension Array {
    /// `count` elements, element `index` made by `make(index)`, made side by side on every core
    /// and returned in index order. Each call writes only its own element, so the parts need no
    /// lock; `make` must only read what it shares with the other calls.
    static func concurrentlyMade(count: Int, _ make: (Int) -> Element) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (buffer.baseAddress! + index).initialize(to: make(index))
            }
            initialized = count
        }
    }
}
