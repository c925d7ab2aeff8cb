/// Re-emits a plan file from its syntax tree. The tree keeps every byte in place (keys,
/// indentation, comments, blank lines, line endings are the bytes between scalar ranges), so
/// printing an unedited tree reproduces the file exactly: the proof that the parser is lossless
/// and the base for edits that replace one value token and leave everything else alone.
public enum SyntaxPrinter {
    public static func print(_ tree: SyntaxTree) -> [UInt8] {
        tree.source.bytes.withUnsafeBufferPointer { print(tree, from: $0) }
    }

    private static func print(_ tree: SyntaxTree, from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var cursor = 0
        func emit(_ scalar: ScalarNode) {
            // Ranges come in file order; a range behind the cursor would mean overlapping nodes.
            guard scalar.range.lowerBound >= cursor else { return }
            output += UnsafeBufferPointer(rebasing: bytes[cursor..<scalar.range.lowerBound])
            output += UnsafeBufferPointer(rebasing: bytes[scalar.range])
            cursor = scalar.range.upperBound
        }
        func visit(_ node: SyntaxNode) {
            switch node {
            case .scalar(let scalar): emit(scalar)
            case .sequence(let sequence): for item in sequence.items { visit(item) }
            case .mapping(let mapping):
                for entry in mapping.entries {
                    if let value = entry.value { visit(value) }
                }
            }
        }
        if let root = tree.root { visit(root) }
        output += UnsafeBufferPointer(rebasing: bytes[cursor...])
        return output
    }
}
