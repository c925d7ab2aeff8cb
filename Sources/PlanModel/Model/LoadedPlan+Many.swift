import Dispatch

extension LoadedPlan {
    /// Reads many plans, on all cores: a province's folder holds hundreds. The result keeps the
    /// order of `paths`; an unreadable file is returned as its error.
    public static func readAll(_ paths: [String], runChecks: Bool = true, keepTree: Bool = true) -> [Result<
        LoadedPlan, PlanFiles.IOError
    >] {
        if paths.count < 2 {
            return paths.map { path in
                Result { try read(path, runChecks: runChecks, keepTree: keepTree) }.mapError(asIOError(path))
            }
        }
        let results = ResultBox(count: paths.count)
        HeapWarmup.prepareThreads(bytes: PlanFiles.totalSize(paths) * 5 / 2)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            results.set(
                index,
                Result { try read(path, runChecks: runChecks, keepTree: keepTree) }.mapError(asIOError(path)))
        }
        return results.values.map { $0! }
    }

    static func asIOError(_ path: String) -> (Error) -> PlanFiles.IOError {
        { error in (error as? PlanFiles.IOError) ?? PlanFiles.IOError(path: path, reason: "\(error)") }
    }
}

/// Slots written by index from concurrent iterations; each index is written once.
final class ResultBox: @unchecked Sendable {
    var values: [Result<LoadedPlan, PlanFiles.IOError>?]
    let lock = DispatchSemaphore(value: 1)

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<LoadedPlan, PlanFiles.IOError>) {
        lock.wait()
        values[index] = value
        lock.signal()
    }
}
