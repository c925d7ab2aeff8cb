/// Large values (loaded plans with their syntax trees) that a command hands over instead of
/// letting them be freed when it returns: the process exits right after, and the kernel takes the
/// memory back at once, where freeing a million nodes one by one costs a sixth of a big run.
enum KeptUntilExit {
    nonisolated(unsafe) static var values: [Any] = []

    static func keep(_ value: Any) { values.append(value) }
}
