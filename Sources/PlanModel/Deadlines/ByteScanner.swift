/// A cursor over UTF-8 bytes for the date parsers: they run once per action in plans with a million
/// actions, so they read bytes instead of Characters and never allocate on the way.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    var end: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.position = 0
        self.end = bytes.count
    }

    var atEnd: Bool { position >= end }

    var peek: UInt8? { position < end ? bytes[position] : nil }

    var rest: Slice<UnsafeBufferPointer<UInt8>> { bytes[position..<end] }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Byte count of the whitespace starting at `index` (space, tab, CR, LF or a no-break space, which
    /// word processors put in "31 mei 2017"), or 0.
    func spaceLength(at index: Int) -> Int {
        guard index < end else { return 0 }
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: return 1
        case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0: return 2
        default: return 0
        }
    }

    /// Drops whitespace at both ends.
    mutating func trim() {
        while true {
            let length = spaceLength(at: position)
            if length == 0 { break }
            position += length
        }
        while end > position {
            if bytes[end - 1] <= 0x20, spaceLength(at: end - 1) == 1 {
                end -= 1
            } else if end - 2 >= position, bytes[end - 1] == 0xA0, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
    }

    /// Skips a run of whitespace; false when there was none.
    mutating func skipSpaces() -> Bool {
        let start = position
        while true {
            let length = spaceLength(at: position)
            if length == 0 { break }
            position += length
        }
        return position > start
    }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Reads a run of exactly `count` digits (a longer or shorter run fails) as a number.
    mutating func number(digits count: Int) -> Int? {
        let length = digitRunLength()
        guard length == count else { return nil }
        return number(length: length)
    }

    /// Reads a run of `range` digits as a number.
    mutating func number(digits range: ClosedRange<Int>) -> Int? {
        let length = digitRunLength()
        guard range.contains(length) else { return nil }
        return number(length: length)
    }

    private func digitRunLength() -> Int {
        var index = position
        while index < end, ByteScanner.isDigit(bytes[index]) { index += 1 }
        return index - position
    }

    private mutating func number(length: Int) -> Int {
        var value = 0
        for _ in 0..<length {
            value = value * 10 + Int(bytes[position] &- 0x30)
            position += 1
        }
        return value
    }

    /// Reads a run of ASCII letters.
    mutating func word() -> Slice<UnsafeBufferPointer<UInt8>> {
        let start = position
        while position < end, ByteScanner.isLetter(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// Reads `YYYY-MM-DD` (nothing else may follow within the digit runs).
    mutating func isoDay() -> Day? {
        guard let year = number(digits: 4), skip(0x2D),
            let month = number(digits: 2), skip(0x2D),
            let day = number(digits: 2)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    var containsDigit: Bool {
        var index = position
        while index < end {
            if ByteScanner.isDigit(bytes[index]) { return true }
            index += 1
        }
        return false
    }
}
