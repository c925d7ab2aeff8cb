/// A value from the plan file with the place it was written, so that any later check can point
/// at it. Line and column are 1-based; Int32 keeps million-action plans small in memory.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var line: Int32
    public var column: Int32

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }

    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }
}

/// A text field of the plan.
public typealias PlanText = Located<String>
