/// Dutch month names, for reading dates like "31 mei 2017" and for writing documents.
public enum DutchMonth {
    public static let names: [String] = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// The month number (1...12) of a full name or a common abbreviation ("jan", "mrt", "sept", "okt"),
    /// in any letter case; nil otherwise.
    public static func number<S: StringProtocol>(_ name: S) -> Int? {
        if let number = name.utf8.withContiguousStorageIfAvailable({ number(bytes: $0[...]) }) {
            return number
        }
        return Array(name.utf8).withUnsafeBufferPointer { number(bytes: $0[...]) }
    }

    /// Full names and abbreviations as bytes, with their month number.
    private static let spellings: [(bytes: [UInt8], month: Int)] = {
        let abbreviations = [
            ("jan", 1), ("feb", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12),
        ]
        let full = names.enumerated().map { ($0.element, $0.offset + 1) }
        return (full + abbreviations).map { (Array($0.0.utf8), $0.1) }
    }()

    /// Case-insensitive (ASCII) lookup on raw bytes, so the deadline parser never builds a String.
    static func number(bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let count = bytes.count
        guard count >= 3, count <= 9 else { return nil }
        candidates: for spelling in spellings where spelling.bytes.count == count {
            var i = bytes.startIndex
            for expected in spelling.bytes {
                let byte = bytes[i]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lower != expected { continue candidates }
                i += 1
            }
            return spelling.month
        }
        return nil
    }
}
