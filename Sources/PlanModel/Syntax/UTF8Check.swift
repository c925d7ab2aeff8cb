/// Checks that a file is valid UTF-8 without control characters or lone CRs before it is parsed,
/// and says where the first problems are (one per line).
enum UTF8Check {
    static func firstProblems(in source: SourceText, limit: Int) -> [Diagnostic]? {
        // Nearly every file is clean: a fast pass says so, and only a file with a problem is
        // read again with line numbers.
        let clean = source.bytes.withUnsafeBufferPointer { isClean($0, from: source.contentStart) }
        return clean ? nil : problems(in: source, limit: limit)
    }

    /// True when `bytes[from..<to]` is well-formed UTF-8 without control characters (tab and line
    /// breaks aside) and without a CR that is not followed by LF. `from` must not be inside a
    /// UTF-8 sequence. Eight plain bytes (printable ASCII or LF) per step, on a `UInt64`.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int? = nil) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = to ?? bytes.count
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        let low = ones &* 0x7F
        var index = from
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & high == 0 {
                    // Per byte, exact for ASCII (no borrow or carry crosses a byte):
                    let below20 = ((word | high) &- ones &* 0x20) & high ^ high
                    let newline = word ^ (ones &* 0x0A)
                    let isNewline = ~(((newline & low) &+ low) | newline) & high
                    let isDel = (word &+ ones) & high
                    if below20 & ~isNewline | isDel == 0 {
                        index += 8
                        continue
                    }
                }
            }
            // Up to the first byte that is not plain, then past it.
            let byte = base[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 {
                index += 1
            } else if byte == 0x0D {
                guard index + 1 < count ? base[index + 1] == 0x0A : index + 1 == bytes.count else {
                    return false
                }
                index += 1
            } else if byte >= 0x80 {
                let length = sequenceLength(bytes, index, count)
                if length == 0 { return false }
                index += length
            } else {
                return false
            }
        }
        return true
    }

    static func problems(in source: SourceText, limit: Int) -> [Diagnostic]? {
        var problems: [Diagnostic] = []
        var reportedLine = 0
        // Takes the position as arguments: capturing the scan's position would box it, and every
        // byte of the file would pay for a dynamic exclusivity check.
        func add(_ message: String, _ line: Int, _ lineStart: Int, _ index: Int) {
            guard reportedLine != line else { return }
            reportedLine = line
            problems.append(
                Diagnostic(
                    .fout,
                    SourceLocation(
                        file: source.file, line: line, column: source.column(of: index, lineStart: lineStart)),
                    message))
        }
        // Through a buffer pointer: every byte of the file passes here, and a debug build checks
        // array access per byte.
        source.bytes.withUnsafeBufferPointer { bytes in
            var line = 1
            var lineStart = 0
            var index = source.contentStart
            let count = bytes.count
            let base = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Eight plain printable ASCII bytes at a time (no high bit, nothing below 0x20, no
                // DEL): most of a plan. Anything else, newlines included, goes byte by byte.
                if let base, index + 8 <= count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let below20 = (word &- ones &* 0x20) & ~word & high
                    let del = word ^ (ones &* 0x7F)
                    let isDel = (del &- ones) & ~del & high
                    if (word & high) | below20 | isDel == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    } else if byte == 0x0D && index + 1 < count && bytes[index + 1] != 0x0A {
                        // YAML breaks the line here too; this parser would not, and read other texts.
                        add(SyntaxMessages.loneCarriageReturn, line, lineStart, index)
                        if problems.count >= limit { break }
                    } else if byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                        add(SyntaxMessages.controlCharacter(byte), line, lineStart, index)
                        if problems.count >= limit { break }
                    }
                    index += 1
                    continue
                }
                let length = sequenceLength(bytes, index, count)
                if length == 0 {
                    add(SyntaxMessages.invalidUTF8, line, lineStart, index)
                    if problems.count >= limit { break }
                    index += 1
                } else {
                    index += length
                }
            }
        }
        return problems.isEmpty ? nil : problems
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 (RFC 3629 table).
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let lead = b[i]
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < n && b[i + k] >= low && b[i + k] <= high
        }
        switch lead {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
