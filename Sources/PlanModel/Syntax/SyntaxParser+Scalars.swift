extension LineParser {
    /// A value starting at `contentStart`: a block scalar, a quoted scalar or a plain scalar.
    /// Consumes its line (and a block scalar's content lines).
    mutating func parseValueScalar(parentIndent: Int) -> ScalarNode? {
        let first = bytes[contentStart]
        if first == UInt8(ascii: "|") || first == UInt8(ascii: ">") {
            return parseBlockScalar(parentIndent: parentIndent)
        }
        let start = position(contentStart)
        let tokenStart = contentStart
        var style = ScalarStyle.plain
        var text: String
        var tokenEnd: Int
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            style = first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
            guard let (decoded, end) = scanQuoted() else {
                skipLine(andChildrenDeeperThan: parentIndent)
                return nil
            }
            if collectsText {
                textBytes.append(decoded)
                text = ""
            } else {
                text = decoded
            }
            tokenEnd = end
            var after = end
            while after < lineEnd && (bytes[after] == 0x20 || bytes[after] == 0x09) { after += 1 }
            if after < lineEnd && bytes[after] != UInt8(ascii: "#") {
                report(after, SyntaxMessages.textAfterQuote)
            }
        } else {
            var firstColon: Int?
            (tokenEnd, firstColon) = plainEndAndColon()
            if let colon = firstColon {
                report(colon, SyntaxMessages.colonInPlainValue)
            }
            if collectsText {
                bytes.withUnsafeBufferPointer {
                    textBytes.append(UnsafeBufferPointer(rebasing: $0[tokenStart..<tokenEnd]))
                }
                text = ""
            } else {
                text = source.checkedText(tokenStart..<tokenEnd)
            }
            if let reading = CoreSchema.nonStringReading(bytes, tokenStart..<tokenEnd) {
                let written = source.checkedText(tokenStart..<tokenEnd)
                report(tokenStart, SyntaxMessages.readsAsNonString(written, reading), .waarschuwing)
            }
        }
        consumeLine()
        return ScalarNode(
            position: start, style: style, range: tokenStart..<tokenEnd, text: text, contentIndent: 0,
            end: consumedEnd)
    }

    /// End of a plain scalar: before ` #` or the line end, trailing spaces trimmed; and the
    /// first `: ` in it (see `plainColon`), found in the same pass over the value.
    func plainEndAndColon() -> (end: Int, colon: Int?) {
        var index = contentStart
        var candidate: Int?
        while index < lineEnd {
            // Eight bytes at a time while none is a `#` or a `:` (most values have neither).
            if index + 8 <= lineEnd && !Self.hasHashOrColon(bytes, at: index) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) {
                break
            }
            if byte == UInt8(ascii: ":") && candidate == nil { candidate = index }
            index += 1
        }
        while index > contentStart && (bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09) { index -= 1 }
        guard let candidate, candidate < index else { return (index, nil) }
        return (index, plainColon(candidate, index))
    }

    /// Whether one of the eight bytes from `index` is a `#` or a `:` (exact per byte: no carry
    /// or borrow crosses a byte).
    static func hasHashOrColon(_ bytes: ByteView, at index: Int) -> Bool {
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let low = ones &* 0x7F
        let hash = word ^ (ones &* UInt64(UInt8(ascii: "#")))
        let colon = word ^ (ones &* UInt64(UInt8(ascii: ":")))
        let isHash = ~(((hash & low) &+ low) | hash) & high
        let isColon = ~(((colon & low) &+ low) | colon) & high
        return isHash | isColon != 0
    }

    /// A `: ` inside a plain value makes YAML read a nested mapping: refuse it.
    func plainColon(_ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: ":") && (index + 1 == end || bytes[index + 1] == 0x20) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Parses a quoted key ending at `keyColon`; reports and returns nil when it is malformed.
    mutating func parseQuoted(keyColon: Int) -> String? {
        scanQuoted()?.0
    }

    /// Scans a quoted scalar at `contentStart` on the current line. Returns its text and the
    /// offset after the closing quote, or reports an unterminated quote.
    mutating func scanQuoted() -> (String, Int)? {
        let quote = bytes[contentStart]
        var index = contentStart + 1
        var segmentStart = index
        var text = ""
        let isDouble = quote == UInt8(ascii: "\"")
        while index < lineEnd {
            let byte = bytes[index]
            if byte == quote {
                if !isDouble && index + 1 < lineEnd && bytes[index + 1] == quote {
                    text += source.checkedText(segmentStart..<index + 1)
                    index += 2
                    segmentStart = index
                    continue
                }
                text += source.checkedText(segmentStart..<index)
                return (text, index + 1)
            }
            if isDouble && byte == UInt8(ascii: "\\") {
                text += source.checkedText(segmentStart..<index)
                guard let (decoded, next) = decodeEscape(at: index) else { return nil }
                text += decoded
                index = next
                segmentStart = index
                continue
            }
            index += 1
        }
        report(
            contentStart,
            isDouble ? SyntaxMessages.unterminatedDoubleQuote : SyntaxMessages.unterminatedSingleQuote)
        return nil
    }

    /// Decodes the escape at `index` (a backslash) inside a double-quoted scalar.
    mutating func decodeEscape(at index: Int) -> (String, Int)? {
        guard index + 1 < lineEnd else {
            report(index, SyntaxMessages.unterminatedDoubleQuote)
            return nil
        }
        let code = bytes[index + 1]
        let simple: [UInt8: String] = [
            UInt8(ascii: "\\"): "\\", UInt8(ascii: "\""): "\"", UInt8(ascii: "/"): "/",
            UInt8(ascii: "n"): "\n", UInt8(ascii: "t"): "\t", UInt8(ascii: "r"): "\r",
            UInt8(ascii: "0"): "\0", UInt8(ascii: " "): " ", UInt8(ascii: "a"): "\u{07}",
            UInt8(ascii: "b"): "\u{08}", UInt8(ascii: "e"): "\u{1B}", UInt8(ascii: "f"): "\u{0C}",
            UInt8(ascii: "v"): "\u{0B}", UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}",
            UInt8(ascii: "L"): "\u{2028}", UInt8(ascii: "P"): "\u{2029}", 0x09: "\t",
        ]
        if let value = simple[code] {
            guard Self.isAllowedInText(value.unicodeScalars.first!) else {
                report(index, SyntaxMessages.escapedControlCharacter(source.text(index..<index + 2)))
                return nil
            }
            return (value, index + 2)
        }
        let digits: Int
        switch code {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            report(index, SyntaxMessages.unknownEscape(source.text(index..<min(index + 2, lineEnd))))
            return nil
        }
        var value: UInt32 = 0
        var cursor = index + 2
        while cursor < index + 2 + digits {
            guard cursor < lineEnd, let digit = hexValue(bytes[cursor]) else {
                report(index, SyntaxMessages.unknownEscape(source.text(index..<min(cursor + 1, lineEnd))))
                return nil
            }
            value = value * 16 + UInt32(digit)
            cursor += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            report(index, SyntaxMessages.unknownEscape(source.text(index..<cursor)))
            return nil
        }
        guard Self.isAllowedInText(scalar) else {
            report(index, SyntaxMessages.escapedControlCharacter(source.text(index..<cursor)))
            return nil
        }
        return (String(Character(scalar)), cursor)
    }

    func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Escapes may write a tab or a line break, not a control character that would reach a
    /// terminal or a document (the same bytes written directly are refused too).
    static func isAllowedInText(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A { return true }
        return !(value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value))
    }
}
