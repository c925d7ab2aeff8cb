import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a large plan on two cores. The list of aandachtspunten is cut at an item boundary near
/// the middle of the file; one parser reads up to the cut (as if the file ended there), the other
/// reads the rest of the list and any top-level fields after it. The cut is only made where it is
/// certain to be an item of that list, and any `fout` in either part makes the caller read the
/// file again in one piece, so the result is always the one-parser result.
extension SyntaxParser {
    /// Where to cut: the start of a line that begins an item of the root's `aandachtspunten`
    /// list, its line number, and the list's indentation. Nil when the file cannot be cut safely.
    static func splitPoint(_ source: SourceText) -> (offset: Int, lineNumber: Int, indent: Int)? {
        source.bytes.withUnsafeBufferPointer { bytes -> (Int, Int, Int)? in
            guard let base = bytes.baseAddress else { return nil }
            let count = bytes.count
            let middle = count / 2
            func lineEnd(_ start: Int) -> Int {
                memchr(base + start, 0x0A, count - start).map {
                    UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base
                } ?? count
            }
            func startsWith(_ start: Int, _ text: StaticString) -> Bool {
                let length = text.utf8CodeUnitCount
                guard start + length <= count else { return false }
                return memcmp(base + start, text.utf8Start, length) == 0
            }
            var start = source.contentStart
            var line = 1
            // 1. The root key `aandachtspunten:` at the start of a line.
            while start < count {
                if startsWith(start, "aandachtspunten:") {
                    let after = start + 16
                    if after == count || [0x20, 0x0A, 0x0D].contains(bytes[after]) { break }
                }
                start = lineEnd(start) + 1
                line += 1
            }
            guard start < count else { return nil }
            start = lineEnd(start) + 1
            line += 1
            // 2. The list's indentation, from its first item.
            var indent: Int?
            while start < count, indent == nil {
                var index = start
                while index < count && bytes[index] == 0x20 { index += 1 }
                if index < count && bytes[index] != 0x0A && bytes[index] != 0x0D
                    && bytes[index] != UInt8(ascii: "#")
                {
                    guard bytes[index] == UInt8(ascii: "-") else { return nil }
                    indent = index - start
                    break
                }
                start = lineEnd(start) + 1
                line += 1
            }
            guard let indent else { return nil }
            // Whether the line at `start` begins with a `-` item marker (a dash followed by a
            // space, a tab or the line's end; `-veld:` or `---` is not one).
            func isDashItem(_ start: Int) -> Bool {
                guard bytes[start] == UInt8(ascii: "-") else { return false }
                return start + 1 == count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start + 1])
            }
            // 3. The first item line past the middle; no other top-level field may come first.
            // A million lines at 100 000 acties, walked in two pieces side by side: the cut is
            // found on one core while the other waits for it.
            func walk(from: Int, before end: Int) -> (lines: Int, cut: Int?, clean: Bool) {
                var start = from
                var lines = 0
                while start < count && start < end {
                    let first = bytes[start]
                    if first != 0x20 && first != 0x0A && first != 0x0D && first != UInt8(ascii: "#")
                        && !(indent == 0 && isDashItem(start))
                    {
                        return (lines, nil, false)  // a top-level field: the list has ended
                    }
                    if start >= middle && start + indent + 1 < count {
                        var index = start
                        while index < start + indent && bytes[index] == 0x20 { index += 1 }
                        let dash = start + indent
                        if index == dash && bytes[dash] == UInt8(ascii: "-")
                            && [0x20, 0x0A, 0x0D].contains(bytes[dash + 1])
                        {
                            return (lines, start, true)
                        }
                    }
                    start = lineEnd(start) + 1
                    lines += 1
                }
                return (lines, nil, true)
            }
            // The second piece starts at the first line start from halfway to the middle.
            let halfway = (start + middle) / 2
            let second =
                halfway <= start || bytes[halfway - 1] == 0x0A ? max(halfway, start) : lineEnd(halfway) + 1
            let pieces = [(lines: Int, cut: Int?, clean: Bool)].concurrentlyMade(count: 2) { piece in
                piece == 0 ? walk(from: start, before: second) : walk(from: second, before: count)
            }
            // The first piece ends before the middle (`second` is the first line start from
            // halfway), so only the second can find the cut; none at all: read in one piece.
            guard pieces[0].clean, pieces[1].clean, let cut = pieces[1].cut else { return nil }
            return (cut, line + pieces[0].lines + pieces[1].lines, indent)
        }
    }

    /// Parses a large plan on two cores, streaming the aandachtspunten of each part to its own
    /// sink. Nil when the file cannot be cut or either part has a `fout`: then parse it whole.
    static func parseSplit(
        _ source: SourceText, first: ItemSink, second: ItemSink
    ) -> SyntaxTree? {
        guard let (cut, cutLine, indent) = splitPoint(source) else { return nil }
        let results = SplitResults()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            (part == 0 ? first : second).prepareToRead(partOf: source.bytes.count)
            // Each part checks its own bytes first (the cut is a line start, never inside a
            // UTF-8 sequence); a problem anywhere sends the file to the one parser, which reports it.
            let clean = source.bytes.withUnsafeBufferPointer { bytes in
                part == 0
                    ? UTF8Check.isClean(bytes, from: source.contentStart, to: cut)
                    : UTF8Check.isClean(bytes, from: cut)
            }
            guard clean else {
                if part == 0 { results.firstUnclean = true } else { results.secondUnclean = true }
                return
            }
            switch part {
            case 0:
                var parser = LineParser(source: source, start: source.contentStart, lineNumber: 1, limit: cut)
                parser.itemSink = first
                results.root = parser.parseDocument()
                results.firstDiagnostics = parser.diagnostics
            default:
                var parser = LineParser(
                    source: source, start: cut, lineNumber: cutLine, limit: source.bytes.count)
                parser.itemSink = second
                parser.sinkArmed = true
                parser.depth = 2  // as deep as the list is when read from the top
                _ = parser.parseSequence(indent: indent)
                parser.skipTrivia()
                if !parser.atEnd {
                    guard parser.indent == 0 else {
                        results.secondFailed = true
                        break
                    }
                    parser.depth = 1
                    results.trailing = parser.parseMapping(indent: 0)
                    parser.skipTrivia()
                    if !parser.atEnd { results.secondFailed = true }
                }
                results.secondDiagnostics = parser.diagnostics
            }
        }
        guard !results.firstUnclean, !results.secondUnclean, !results.secondFailed,
            !results.firstDiagnostics.hasFout,
            !results.secondDiagnostics.hasFout, case .mapping(var root)? = results.root,
            case .sequence? = root.entry("aandachtspunten")?.value
        else { return nil }
        if let trailing = results.trailing {
            let keys = Set(root.entries.map(\.key))
            guard !trailing.entries.contains(where: { keys.contains($0.key) }) else { return nil }
            root.entries += trailing.entries
            root.end = trailing.end
        }
        return SyntaxTree(
            source: source, root: .mapping(root),
            diagnostics: results.firstDiagnostics + results.secondDiagnostics)
    }
}

/// What the parts of a split parse hand back; each field is written by one part only.
private final class SplitResults: @unchecked Sendable {
    var firstUnclean = false
    var secondUnclean = false
    var root: SyntaxNode?
    var firstDiagnostics: [Diagnostic] = []
    var secondDiagnostics: [Diagnostic] = []
    var trailing: MappingNode?
    var secondFailed = false
}
