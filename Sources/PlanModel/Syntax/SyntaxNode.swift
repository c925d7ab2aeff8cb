/// The lossless syntax tree of a plan file. Nodes hold byte ranges into `SourceText.bytes` plus
/// the decoded text of scalars; everything between nodes (indentation, comments, blank lines,
/// line endings) stays in the buffer untouched, so an edit can replace exactly one value token.
public struct SyntaxTree: Sendable {
    public let source: SourceText
    public let root: SyntaxNode?
    /// Problems found while reading the text (tabs, unsupported YAML, bad quotes, invalid UTF-8).
    public let diagnostics: [Diagnostic]
}

public enum SyntaxNode: Sendable {
    indirect case mapping(MappingNode)
    indirect case sequence(SequenceNode)
    /// Inline, not boxed: scalars are most nodes, and a box each was a third of the allocations.
    case scalar(ScalarNode)

    public var position: SourcePosition {
        switch self {
        case .mapping(let m): return m.position
        case .sequence(let s): return s.position
        case .scalar(let s): return s.position
        }
    }

    /// Byte offset just past the node's last line (including its line ending).
    public var end: Int {
        switch self {
        case .mapping(let m): return m.end
        case .sequence(let s): return s.end
        case .scalar(let s): return s.end
        }
    }
}

/// Where a node starts: 1-based line and column, and the byte offset of its first byte.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int
    /// Byte offset of the start of the line, for computing insertions.
    public var lineStart: Int
}

public struct MappingNode: Sendable {
    public var position: SourcePosition
    /// The column (0-based, in spaces) the keys start at.
    public var indent: Int
    public var entries: [MappingEntry]
    public var end: Int

    public func entry(_ key: String) -> MappingEntry? { entries.first { $0.key == key } }
}

public struct MappingEntry: Sendable {
    public var key: String
    public var keyPosition: SourcePosition
    /// nil for an empty value (`sleutel:` with nothing after it or below it).
    public var value: SyntaxNode?
    /// Byte offset just past the entry's last line.
    public var end: Int
    /// The value could not be read (and was reported): later stages stay quiet about this field
    /// instead of calling it missing.
    public var isInvalid = false
}

public struct SequenceNode: Sendable {
    public var position: SourcePosition
    public var indent: Int
    public var items: [SyntaxNode]
    public var end: Int
}

public enum ScalarStyle: Sendable, Equatable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal(strip: Bool)
    case folded(strip: Bool)

    public var isBlock: Bool {
        switch self {
        case .literal, .folded: return true
        default: return false
        }
    }
}

public struct ScalarNode: Sendable {
    public var position: SourcePosition
    public var style: ScalarStyle
    /// The value's own bytes: the token with its quotes for flow scalars; for block scalars the
    /// header (`|`, `>-`) through the end of the last content line (without its line ending).
    public var range: Range<Int>
    /// The text as any YAML 1.2 parser reads it.
    public var text: String
    /// For block scalars: the indentation (in spaces) of the content lines.
    public var contentIndent: Int
    public var end: Int
}
