#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the YAML subset of docs/FORMAT.md into a `SyntaxTree`, line by line over the UTF-8
/// bytes. It never throws: every problem becomes a `Diagnostic` and the parser recovers at the
/// next line, so one run reports every mistake in a file.
public enum SyntaxParser {
    public static func parse(_ source: SourceText) -> SyntaxTree {
        var diagnostics: [Diagnostic] = []
        if let invalid = UTF8Check.firstProblems(in: source, limit: 20), !invalid.isEmpty {
            return SyntaxTree(source: source, root: nil, diagnostics: invalid)
        }
        var parser = LineParser(source: source)
        let root = parser.parseDocument()
        diagnostics.append(contentsOf: parser.diagnostics)
        return SyntaxTree(source: source, root: root, diagnostics: diagnostics)
    }

    /// Parses like `parse`, but hands each item of the plan's `aandachtspunten` list to `items`
    /// as soon as it is read (see `ItemSink`), and leaves it out of the tree. A read-only command
    /// builds the model from each item and lets it go, so a plan of a million acties never holds
    /// its whole syntax tree in memory. The returned tree is for reading the other fields only:
    /// its `aandachtspunten` list is empty, so it cannot be printed or edited.
    static func parse(_ source: SourceText, items: ItemSink) -> SyntaxTree {
        if let invalid = UTF8Check.firstProblems(in: source, limit: 20), !invalid.isEmpty {
            return SyntaxTree(source: source, root: nil, diagnostics: invalid)
        }
        var parser = LineParser(source: source)
        parser.itemSink = items
        let root = parser.parseDocument()
        return SyntaxTree(source: source, root: root, diagnostics: parser.diagnostics)
    }
}

/// Where a streaming parse hands the items of the plan's `aandachtspunten` list.
protocol ItemSink: AnyObject {
    /// Takes an item read into a syntax tree.
    func add(_ node: SyntaxNode)
    /// May read the item whose content starts at `parser.contentStart` (right of its `- `)
    /// straight from the lines, without a tree, and return true with the parser past it. False
    /// leaves the item to the tree: the parser then rewinds to the item and forgets the messages
    /// it gave meanwhile, so a reader may stop at anything it does not handle. Messages the sink
    /// made itself (its builder's) it must drop itself.
    func read(_ parser: inout LineParser) -> Bool
    /// Called on the thread that will read a part of a large file (`parseSplit`), before it
    /// starts, with the file's size: a sink that builds a model maps its memory ahead.
    func prepareToRead(partOf fileBytes: Int)
}

/// Deeper nesting than any plan needs; guards the recursion against hostile input.
let maximumNestingDepth = 64

struct LineParser {
    let source: SourceText
    /// The source's bytes, read without counting references (see `ByteView`); `source` keeps them.
    let bytes: ByteView
    var diagnostics: [Diagnostic] = []

    // The current line: where it starts, its number, and where its content starts. After `- `
    // the content start moves right, so a mapping inside a sequence item starts mid-line.
    var lineStart: Int
    var lineNumber = 1
    var contentStart = 0
    var indent = 0
    var lineEnd = 0
    var nextLineStart = 0
    var atEnd = false
    /// Byte offset just past the last line that held content of the node being parsed.
    var consumedEnd = 0
    /// Where the items of the root's `aandachtspunten` go when streaming, and whether the next
    /// sequence is that list.
    var itemSink: ItemSink?
    var sinkArmed = false
    /// Scratch space for block scalars' lines (see `parseBlockScalar`).
    var blockLines: [Range<Int>] = []
    /// When set, scalar values are not made into strings: their text is appended to `textBytes`
    /// and the node's `text` is empty. The direct reader keeps an actie's texts so (`ActieStorage`).
    /// Block scalars are joined there in either case.
    var collectsText = false
    let textBytes = ScratchBytes()
    /// Scratch space for an actie's historie records while its lines are read
    /// (`LineParser+DirectHistorie.swift`).
    let recordBytes = ScratchBytes(capacity: 512)
    var depth = 0
    /// Where this parser's part of the file ends: the file's end, or a split point when two
    /// parsers share a large file (see `SyntaxParser+Split.swift`).
    let limit: Int

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes.unownedView
        self.lineStart = source.contentStart
        self.limit = source.bytes.count
        loadLine()
    }

    /// A parser for the part `start..<limit` of the file; `start` is the start of line `lineNumber`.
    init(source: SourceText, start: Int, lineNumber: Int, limit: Int) {
        self.source = source
        self.bytes = source.bytes.unownedView
        self.lineStart = start
        self.lineNumber = lineNumber
        self.limit = limit
        self.consumedEnd = start
        loadLine()
    }

    // MARK: Lines

    /// Where the parser stands, to return there when an `ItemSink` declines an item: the line,
    /// where its content starts (right of a `- `), and how far content and messages went. The rest
    /// of the line's state is worked out again from these (`loadLine`).
    struct Cursor {
        var lineStart, lineNumber, contentStart, consumedEnd, reported: Int
    }

    var cursor: Cursor {
        Cursor(
            lineStart: lineStart, lineNumber: lineNumber, contentStart: contentStart,
            consumedEnd: consumedEnd, reported: diagnostics.count)
    }

    mutating func rewind(to cursor: Cursor) {
        lineStart = cursor.lineStart
        lineNumber = cursor.lineNumber
        atEnd = false  // `loadLine` only ever sets it
        loadLine()
        contentStart = cursor.contentStart
        indent = contentStart - lineStart
        consumedEnd = cursor.consumedEnd
        diagnostics.removeSubrange(cursor.reported...)
    }

    /// Sets up the line at `lineStart`: its end, the next line's start, and its indentation.
    mutating func loadLine() {
        if lineStart >= limit {
            atEnd = true
            lineEnd = limit
            nextLineStart = limit
            contentStart = limit
            indent = 0
            return
        }
        // Through a buffer pointer: every byte of the file passes here, and array access through
        // `self` retains the array per byte in a debug build.
        let start = lineStart
        let (end, content) = bytes.withUnsafeBufferPointer { bytes -> (Int, Int) in
            // memchr finds the line end with vector instructions: every line of the file passes here.
            let base = bytes.baseAddress!
            let end =
                memchr(base + start, 0x0A, limit - start).map {
                    UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base
                } ?? limit
            var index = start
            // The indentation eight bytes at a time: most lines of a plan start with 6-10 spaces.
            while index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let different = UInt64(littleEndian: word) ^ 0x2020_2020_2020_2020
                if different != 0 {
                    index += different.trailingZeroBitCount / 8
                    return (end, index)
                }
                index += 8
            }
            while index < end && bytes[index] == 0x20 { index += 1 }
            return (end, index)
        }
        nextLineStart = end < limit ? end + 1 : end
        lineEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        contentStart = min(content, lineEnd)
        indent = contentStart - start
    }

    mutating func advanceLine() {
        lineStart = nextLineStart
        lineNumber += 1
        loadLine()
    }

    /// True when the current line holds nothing but spaces and perhaps a comment.
    var isTrivia: Bool {
        var index = contentStart
        while index < lineEnd && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
        return index == lineEnd || bytes[index] == UInt8(ascii: "#")
    }

    /// Skips blank and comment lines, reporting tabs used for indentation on the way.
    mutating func skipTrivia() {
        while !atEnd {
            if isTrivia {
                advanceLine()
                continue
            }
            if bytes[contentStart] == 0x09 {
                report(contentStart, SyntaxMessages.tabIndentation)
                advanceLine()
                continue
            }
            return
        }
    }

    func position(_ offset: Int) -> SourcePosition {
        SourcePosition(
            line: lineNumber, column: source.column(of: offset, lineStart: lineStart),
            offset: offset, lineStart: lineStart)
    }

    mutating func report(_ offset: Int, _ message: String, _ severity: Severity = .fout) {
        let location = SourceLocation(
            file: source.file, line: lineNumber,
            column: source.column(of: offset, lineStart: lineStart))
        diagnostics.append(Diagnostic(severity, location, message))
    }

    /// Skips the current line and every following line indented deeper than `indent`, after an
    /// error, so that one mistake gives one message.
    mutating func skipLine(andChildrenDeeperThan parentIndent: Int) {
        advanceLine()
        while !atEnd && (isTrivia || indent > parentIndent) { advanceLine() }
    }

    func isDash(at offset: Int) -> Bool {
        guard offset < lineEnd, bytes[offset] == UInt8(ascii: "-") else { return false }
        return offset + 1 == lineEnd || bytes[offset + 1] == 0x20 || bytes[offset + 1] == 0x09
    }

    // MARK: Document

    mutating func parseDocument() -> SyntaxNode? {
        skipTrivia()
        if !atEnd && isDocumentMarker(at: contentStart, "---") && indent == 0 {
            var after = contentStart + 3
            while after < lineEnd && bytes[after] == 0x20 { after += 1 }
            if after < lineEnd && bytes[after] != UInt8(ascii: "#") {
                report(after, SyntaxMessages.contentAfterDocumentStart)
            }
            advanceLine()
            skipTrivia()
        }
        if atEnd {
            if diagnostics.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .fout, SourceLocation(file: source.file, line: 1, column: 1),
                        SyntaxMessages.emptyFile))
            }
            return nil
        }
        if indent > 0 {
            report(contentStart, SyntaxMessages.indentedTopLevel)
        }
        let root = parseBlock(parentIndent: -1)
        skipTrivia()
        while !atEnd {
            if isDocumentMarker(at: contentStart, "---") || isDocumentMarker(at: contentStart, "...") {
                report(contentStart, SyntaxMessages.multipleDocuments)
                break
            }
            report(contentStart, SyntaxMessages.inconsistentIndentation(indent, expected: 0))
            skipLine(andChildrenDeeperThan: indent)
            skipTrivia()
        }
        return root
    }

    /// `---` or `...` (given as a string of three equal characters) at the start of the line.
    func isDocumentMarker(at offset: Int, _ marker: StaticString) -> Bool {
        let character = marker.utf8Start.pointee
        guard offset == lineStart, offset + 3 <= lineEnd, bytes[offset] == character,
            bytes[offset + 1] == character, bytes[offset + 2] == character
        else { return false }
        return offset + 3 == lineEnd || bytes[offset + 3] == 0x20
    }

    /// Parses the block node at the current line if it is indented deeper than `parentIndent`.
    mutating func parseBlock(parentIndent: Int) -> SyntaxNode? {
        skipTrivia()
        guard !atEnd, indent > parentIndent else { return nil }
        return parseNode(parentIndent: parentIndent, allowScalar: false)
    }

    /// The node that starts at `contentStart`: a sequence, a mapping, or, right of a `- `, a
    /// scalar. A block position holds no lone scalar.
    mutating func parseNode(parentIndent: Int, allowScalar: Bool) -> SyntaxNode? {
        depth += 1
        defer { depth -= 1 }
        if depth > maximumNestingDepth {
            report(contentStart, SyntaxMessages.tooDeep)
            skipLine(andChildrenDeeperThan: parentIndent)
            return nil
        }
        if isDash(at: contentStart) {
            return .sequence(parseSequence(indent: indent))
        }
        if let unsupported = UnsupportedSyntax.check(bytes, contentStart, lineEnd) {
            report(contentStart, unsupported)
            skipLine(andChildrenDeeperThan: allowScalar ? parentIndent : indent)
            return nil
        }
        if findKeyColon() != nil {
            return .mapping(parseMapping(indent: indent))
        }
        if allowScalar {
            return parseValueScalar(parentIndent: parentIndent).map { .scalar($0) }
        }
        // Text on the line below `veld:` (YAML reads it as the value; we keep values on their key's line).
        report(contentStart, depth > 1 ? SyntaxMessages.valueOnNextLine : SyntaxMessages.expectedKey)
        skipLine(andChildrenDeeperThan: parentIndent)
        return nil
    }
}
