/// The bytes of one plan file, as read from disk. Every syntax node points into this one buffer
/// by byte offsets, so parsing never copies the file and printing can reproduce it exactly.
public struct SourceText: Sendable {
    /// The path shown in diagnostics (`pad:regel:kolom`).
    public let file: String
    public let bytes: SourceBytes
    /// 3 when the file starts with a UTF-8 byte order mark, else 0.
    public let contentStart: Int

    public init(file: String, bytes: SourceBytes) {
        self.file = file
        self.bytes = bytes
        self.contentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public init(file: String, bytes: [UInt8]) {
        self.init(file: file, bytes: SourceBytes(bytes))
    }

    public init(file: String, text: String) {
        self.init(file: file, bytes: Array(text.utf8))
    }

    public var hasByteOrderMark: Bool { contentStart == 3 }

    /// The 1-based column of `offset` on the line starting at `lineStart`, counted in Unicode
    /// scalars (what an editor shows), not bytes.
    public func column(of offset: Int, lineStart: Int) -> Int {
        let from = lineStart == 0 ? contentStart : lineStart
        let end = min(offset, bytes.count)
        guard end > from else { return 1 }
        // Every key and value asks: skip plain ASCII eight bytes at a time, then count the bytes
        // that start a character.
        return bytes.withUnsafeBufferPointer { bytes in
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            var index = from
            while index + 8 <= end
                && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            var column = 1 + index - from
            while index < end {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }
    }

    /// Decodes a byte range as text, repairing what is not UTF-8 (a range cut mid-character in a
    /// message, or bytes that were never checked).
    public func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
    }

    /// Decodes a byte range of a file that `UTF8Check` found clean, at character boundaries,
    /// without validating it again: every key and value of a plan passes here, and checking
    /// each one twice was a tenth of reading a large plan.
    func checkedText(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String.fromCheckedUTF8(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The line ending the file mostly uses (`\r\n` or `\n`), so inserted lines match their neighbours.
    public var lineEnding: [UInt8] {
        var crlf = 0
        var lf = 0
        var index = 0
        while index < bytes.count && crlf + lf < 64 {
            if bytes[index] == 0x0A {
                if index > 0 && bytes[index - 1] == 0x0D { crlf += 1 } else { lf += 1 }
            }
            index += 1
        }
        return crlf > lf ? [0x0D, 0x0A] : [0x0A]
    }
}

extension String {
    /// A string of bytes already known to be well-formed UTF-8, whole characters only: a range
    /// of a file `UTF8Check` passed (the parser) or of a string's own bytes (`HistorieLine`).
    /// Unlike `String(decoding:as:)` it does not validate them again (`UTF8Span`, Swift 6.2);
    /// bytes that are not UTF-8 would make a broken string.
    static func fromCheckedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(copying: UTF8Span(unchecked: bytes.span))
    }
}
