/// Backslash escapes for CommonMark text. See `MarkdownInlineWriter` for what is escaped where.
enum MarkdownEscaping {
    /// Over the UTF-8 bytes: every character that needs a backslash is ASCII, and a long list
    /// (`--format md` of 20 000 overdue acties) spent most of its time hashing `Character`s.
    /// CommonMark reads code points, so a `*` or `|` that carries a combining mark is markup all
    /// the same and is escaped too (comparing `Character`s left it bare).
    static func escape(_ text: Substring, pipes: Bool, hashes: Bool) -> String {
        if let escaped = text.utf8.withContiguousStorageIfAvailable({
            escape($0, pipes: pipes, hashes: hashes)
        }) {
            return escaped
        }
        return Array(text.utf8).withUnsafeBufferPointer { escape($0, pipes: pipes, hashes: hashes) }
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, pipes: Bool, hashes: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "|") where pipes, UInt8(ascii: "#") where hashes:
                out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "&") where startsEntity(bytes, after: index):
                out.append(UInt8(ascii: "\\"))
            default: break
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many leading Characters of a line `escapeLineStart` handles (0 if nothing to escape).
    static func lineStartLength(_ line: Substring) -> Int {
        guard let first = line.first else { return 0 }
        if "#-+=".contains(first) { return 1 }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        let after = line.dropFirst(digits.count)
        if !digits.isEmpty, let marker = after.first, marker == "." || marker == ")",
            after.dropFirst().first.map({ $0.isWhitespace }) ?? true
        {
            return digits.count + 1
        }
        return 0
    }

    /// The escaped form of the first `lineStartLength(line)` Characters of a line.
    static func escapeLineStart(_ line: Substring) -> String {
        let length = lineStartLength(line)
        guard length > 0 else { return "" }
        if length == 1 { return "\\" + String(line.prefix(1)) }
        return String(line.prefix(length - 1)) + "\\" + String(line.dropFirst(length - 1).prefix(1))
    }

    /// `&name;`, `&#123;` or `&#x1F;` after the `&` at `index`: text that Markdown would turn
    /// into another character.
    private static func startsEntity(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var end = index + 1
        while end < bytes.count {
            let byte = bytes[end]
            let isBody =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "#")
            guard isBody else { break }
            end += 1
        }
        return end > index + 1 && end < bytes.count && bytes[end] == UInt8(ascii: ";")
    }
}
