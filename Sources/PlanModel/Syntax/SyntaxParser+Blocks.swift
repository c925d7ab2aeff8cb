extension LineParser {
    /// Marks the current line as consumed content and moves to the next one.
    mutating func consumeLine() {
        consumedEnd = nextLineStart
        advanceLine()
    }

    mutating func parseSequence(indent sequenceIndent: Int) -> SequenceNode {
        let start = position(contentStart)
        var items: [SyntaxNode] = []
        // Streaming (see `SyntaxParser.parse(_:items:)`): items go to the sink, not the tree.
        let sink = sinkArmed ? itemSink : nil
        sinkArmed = false
        func add(_ node: SyntaxNode) {
            if let sink { sink.add(node) } else { items.append(node) }
        }
        while true {
            skipTrivia()
            if atEnd || indent < sequenceIndent { break }
            if indent > sequenceIndent {
                report(contentStart, SyntaxMessages.inconsistentIndentation(indent, expected: sequenceIndent))
                skipLine(andChildrenDeeperThan: sequenceIndent)
                continue
            }
            guard isDash(at: contentStart) else { break }
            var after = contentStart + 1
            while after < lineEnd && bytes[after] == 0x20 { after += 1 }
            if after == lineEnd || bytes[after] == UInt8(ascii: "#") {
                let dashPosition = position(contentStart)
                consumeLine()
                if let node = parseBlock(parentIndent: sequenceIndent) {
                    add(node)
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .fout,
                            SourceLocation(
                                file: source.file, line: dashPosition.line, column: dashPosition.column),
                            SyntaxMessages.emptySequenceItem))
                }
                continue
            }
            // The item's content starts on this line, right of the dash.
            contentStart = after
            indent = after - lineStart
            if let sink {
                let item = cursor
                if sink.read(&self) { continue }
                rewind(to: item)
            }
            if let item = parseInlineItem(parentIndent: sequenceIndent) {
                add(item)
            }
        }
        return SequenceNode(position: start, indent: sequenceIndent, items: items, end: consumedEnd)
    }

    /// The content of `- ...` on the same line: a nested sequence, a mapping, or a scalar.
    mutating func parseInlineItem(parentIndent: Int) -> SyntaxNode? {
        parseNode(parentIndent: parentIndent, allowScalar: true)
    }

    mutating func parseMapping(indent mappingIndent: Int) -> MappingNode {
        let start = position(contentStart)
        var entries: [MappingEntry] = []
        // An actie has a dozen fields: one allocation instead of growing 1, 2, 4, 8, 16.
        entries.reserveCapacity(16)
        var seenKeys: [String: Int] = [:]
        var first = true
        while true {
            if !first {
                skipTrivia()
                if atEnd || indent < mappingIndent { break }
                // A second document ends the plan; parseDocument reports it.
                if isDocumentMarker(at: contentStart, "---") || isDocumentMarker(at: contentStart, "...") {
                    break
                }
                if indent > mappingIndent {
                    report(
                        contentStart, SyntaxMessages.inconsistentIndentation(indent, expected: mappingIndent))
                    skipLine(andChildrenDeeperThan: mappingIndent)
                    continue
                }
            }
            first = false
            if isDash(at: contentStart) {
                // A list item beside mapping keys: the parent decides (or reports) what it is.
                if entries.isEmpty { break }
                report(contentStart, SyntaxMessages.dashInMapping)
                skipLine(andChildrenDeeperThan: mappingIndent)
                continue
            }
            if let unsupported = UnsupportedSyntax.check(bytes, contentStart, lineEnd) {
                report(contentStart, unsupported)
                skipLine(andChildrenDeeperThan: mappingIndent)
                continue
            }
            guard let colon = findKeyColon() else {
                report(contentStart, SyntaxMessages.expectedKey)
                skipLine(andChildrenDeeperThan: mappingIndent)
                continue
            }
            let keyPosition = position(contentStart)
            guard let key = parseKey(contentStart, colon) else {
                skipLine(andChildrenDeeperThan: mappingIndent)
                continue
            }
            // Plan mappings have a dozen keys: a linear look is cheaper than hashing every key;
            // a (hostile) mapping with many keys switches to a dictionary.
            let earlier: Int?
            if entries.count < 16 {
                let length = key.utf8.count  // a cheap test before comparing the texts
                earlier =
                    entries.first(where: { $0.key.utf8.count == length && $0.key == key })?.keyPosition.line
            } else {
                if seenKeys.isEmpty { for entry in entries { seenKeys[entry.key] = entry.keyPosition.line } }
                earlier = seenKeys[key]
                if earlier == nil { seenKeys[key] = keyPosition.line }
            }
            if let earlier {
                report(contentStart, SyntaxMessages.duplicateKey(key, earlierLine: earlier))
            }
            var valueStart = colon + 1
            while valueStart < lineEnd && bytes[valueStart] == 0x20 { valueStart += 1 }
            var value: SyntaxNode?
            sinkArmed = itemSink != nil && depth == 1 && key == "aandachtspunten"
            defer { sinkArmed = false }
            if valueStart == lineEnd || bytes[valueStart] == UInt8(ascii: "#") {
                consumeLine()
                skipTrivia()
                if !atEnd && indent == mappingIndent && isDash(at: contentStart) {
                    value = .sequence(parseSequence(indent: mappingIndent))
                } else {
                    let reported = diagnostics.count
                    value = parseBlock(parentIndent: mappingIndent)
                    if value == nil && diagnostics.count > reported {
                        // What stood below the key could not be read, and was reported.
                        entries.append(
                            MappingEntry(
                                key: key, keyPosition: keyPosition, value: nil, end: consumedEnd,
                                isInvalid: true))
                        continue
                    }
                }
            } else if bytes[valueStart] == 0x09 {
                report(valueStart, SyntaxMessages.tabIndentation)
                skipLine(andChildrenDeeperThan: mappingIndent)
                entries.append(
                    MappingEntry(
                        key: key, keyPosition: keyPosition, value: nil, end: consumedEnd, isInvalid: true))
                continue
            } else {
                contentStart = valueStart
                if let unsupported = UnsupportedSyntax.check(bytes, valueStart, lineEnd, isValue: true) {
                    report(valueStart, unsupported)
                    skipLine(andChildrenDeeperThan: mappingIndent)
                    entries.append(
                        MappingEntry(
                            key: key, keyPosition: keyPosition, value: nil, end: consumedEnd, isInvalid: true)
                    )
                    continue
                }
                if let scalar = parseValueScalar(parentIndent: mappingIndent) {
                    value = .scalar(scalar)
                    if !scalar.style.isBlock {
                        skipTrivia()
                        if !atEnd && indent > mappingIndent {
                            // A deeper `veld: waarde` is a misindented field, not a continuation.
                            report(
                                contentStart,
                                findKeyColon() != nil
                                    ? SyntaxMessages.inconsistentIndentation(indent, expected: mappingIndent)
                                    : SyntaxMessages.multilineScalar)
                            skipLine(andChildrenDeeperThan: mappingIndent)
                        }
                    }
                } else {
                    entries.append(
                        MappingEntry(
                            key: key, keyPosition: keyPosition, value: nil, end: consumedEnd, isInvalid: true)
                    )
                    continue
                }
            }
            entries.append(MappingEntry(key: key, keyPosition: keyPosition, value: value, end: consumedEnd))
        }
        return MappingNode(position: start, indent: mappingIndent, entries: entries, end: consumedEnd)
    }

    /// The offset of the `:` that ends a key on the current line: the first `:` followed by a
    /// space or the line's end, outside quotes and before any comment.
    func findKeyColon() -> Int? {
        var index = contentStart
        if index < lineEnd && (bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")) {
            let quote = bytes[index]
            index += 1
            while index < lineEnd {
                if bytes[index] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                    index += 2
                    continue
                }
                if bytes[index] == quote {
                    if quote == UInt8(ascii: "'") && index + 1 < lineEnd && bytes[index + 1] == quote {
                        index += 2
                        continue
                    }
                    break
                }
                index += 1
            }
            index += 1
            while index < lineEnd && bytes[index] == 0x20 { index += 1 }
            return index < lineEnd && bytes[index] == UInt8(ascii: ":") && isSeparated(after: index)
                ? index : nil
        }
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") && isSeparated(after: index) { return index }
            if byte == UInt8(ascii: "#") && index > contentStart
                && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09)
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    func isSeparated(after index: Int) -> Bool {
        index + 1 >= lineEnd || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09
    }

    /// A key: plain text before the colon (trailing spaces trimmed) or a quoted scalar.
    mutating func parseKey(_ start: Int, _ colon: Int) -> String? {
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            let saved = contentStart
            contentStart = start
            let quoted = parseQuoted(keyColon: colon)
            contentStart = saved
            return quoted
        }
        var end = colon
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return source.checkedText(start..<end)
    }
}
