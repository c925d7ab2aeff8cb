extension Day {
    /// "2017-05-31": the form plans and historie lines use.
    public var iso: String {
        guard (0...9999).contains(year) else {
            let sign = year < 0 ? "-" : ""
            return sign + Day.padded(abs(year), 4) + "-" + Day.padded(month, 2) + "-" + Day.padded(day, 2)
        }
        // Ten digits and dashes written in place: lists print a date on every row.
        return String(unsafeUninitializedCapacity: 10) { out in
            func digits(_ value: Int, at index: Int, width: Int) {
                var rest = value
                for position in stride(from: index + width - 1, through: index, by: -1) {
                    out[position] = UInt8(0x30 + rest % 10)
                    rest /= 10
                }
            }
            digits(year, at: 0, width: 4)
            out[4] = 0x2D
            digits(month, at: 5, width: 2)
            out[7] = 0x2D
            digits(day, at: 8, width: 2)
            return 10
        }
    }

    /// "31 mei 2017", "1 januari 2019": how documents name a day.
    public var dutch: String {
        "\(day) \(DutchMonth.names[month - 1]) \(year)"
    }

    /// Reads exactly `YYYY-MM-DD` (no surrounding space), as in historie lines; nil otherwise or for a
    /// day that does not exist.
    public static func parseISO<S: StringProtocol>(_ text: S) -> Day? {
        if let day = text.utf8.withContiguousStorageIfAvailable({ parseISO(bytes: $0) }) {
            return day
        }
        return Array(text.utf8).withUnsafeBufferPointer { parseISO(bytes: $0) }
    }

    static func parseISO(bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        // The common case, `JJJJ-MM-DD` exactly, without the scanner: every historie line starts so.
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
            func digits(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for index in from..<from + count {
                    let digit = bytes[index] &- 0x30
                    guard digit <= 9 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) else {
                return nil
            }
            return Day(year: year, month: month, day: day)
        }
        var scanner = ByteScanner(bytes)
        guard let day = scanner.isoDay(), scanner.atEnd else { return nil }
        return day
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.utf8.count >= width
            ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
}

extension Day {
    /// A day as a user types it: `2017-09-30` or `30 september 2017`.
    public static func parseDay<S: StringProtocol>(_ text: S) -> Day? {
        if let day = parseISO(text) { return day }
        if case .day(let day)? = DeadlineForm.parse(text) { return day }
        return nil
    }
}
