/// How bad a problem is. A `fout` makes `check` exit 1 and stops edits; a `waarschuwing` is advice.
public enum Severity: String, Sendable, Comparable {
    case fout
    case waarschuwing

    public static func < (a: Severity, b: Severity) -> Bool { a == .fout && b == .waarschuwing }
}

/// A position in a source file, 1-based line and column (column counts Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One problem found in a plan or template: a value, collected in a list and sorted, never thrown.
public struct Diagnostic: Hashable, Sendable {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `pad:regel:kolom: fout: bericht`, the format editors and CI logs understand.
    public var rendered: String {
        "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column; stable for equal positions.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            a.element.location == b.element.location
                ? a.offset < b.offset : a.element.location < b.element.location
        }.map(\.element)
    }

    public var hasFout: Bool { contains { $0.severity == .fout } }
}
