import Dispatch

/// Large values (loaded plans with their syntax trees) that a command hands over instead of
/// letting them be freed when it returns: the process exits right after, and the kernel takes the
/// memory back at once, where freeing a million nodes one by one costs a sixth of a big run.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []
    /// `keep` may be called from the threads that read a folder's plans.
    private static let lock = DispatchSemaphore(value: 1)

    static func keep(_ value: Any) {
        lock.wait()
        values.append(value)
        lock.signal()
    }
}
