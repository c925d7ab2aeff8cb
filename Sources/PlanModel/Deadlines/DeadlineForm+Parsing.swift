extension DeadlineForm {
    /// Parses a deadline. Returns nil when the text is unreadable as one: empty, or containing a digit
    /// without being a valid date form ("2017-13", "31 februari 2017", "2017-Q5", "mei 17"). Text
    /// without digits is `doorlopend` (any letter case) or else `.termijn(text)`; whether that termijn
    /// exists is checked elsewhere. Surrounding whitespace is ignored; in Dutch dates runs of spaces
    /// between the parts are tolerated.
    public static func parse<S: StringProtocol>(_ text: S) -> DeadlineForm? {
        if let form = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) {
            return form
        }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0) }
    }

    /// Parses a date-like field (`rapport.datum`, `vastgesteld`): every form except termijn and
    /// doorlopend, which name no date.
    public static func parseDateLike<S: StringProtocol>(_ text: S) -> DeadlineForm? {
        switch parse(text) {
        case .termijn, .doorlopend, nil: return nil
        case let form?: return form
        }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> DeadlineForm? {
        var scanner = ByteScanner(bytes)
        scanner.trim()
        guard let first = scanner.peek else { return nil }
        if ByteScanner.isDigit(first) {
            return numeric(&scanner)
        }
        guard scanner.containsDigit else {
            return words(scanner.rest)
        }
        return dutchMonth(&scanner)
    }

    /// `2017`, `2017-05`, `2017-05-31`, `2017-Q2`, or a Dutch day `31 mei 2017`.
    private static func numeric(_ scanner: inout ByteScanner) -> DeadlineForm? {
        let start = scanner.position
        if let year = scanner.number(digits: 4) {
            if scanner.atEnd { return .year(year) }
            guard scanner.skip(0x2D) else { return nil }  // -
            if scanner.skip(0x51) || scanner.skip(0x71) {  // Q q
                guard let quarter = scanner.number(digits: 1), scanner.atEnd, (1...4).contains(quarter)
                else { return nil }
                return .quarter(year: year, quarter: quarter)
            }
            guard let month = scanner.number(digits: 2), (1...12).contains(month) else { return nil }
            if scanner.atEnd { return .month(year: year, month: month) }
            scanner.position = start
            guard let day = scanner.isoDay(), scanner.atEnd else { return nil }
            return .day(day)
        }
        guard let dayOfMonth = scanner.number(digits: 1...2), scanner.skipSpaces(),
            let month = DutchMonth.number(bytes: monthWord(&scanner)), scanner.skipSpaces(),
            let year = scanner.number(digits: 4), scanner.atEnd,
            let day = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        return .day(day)
    }

    /// `mei 2017`.
    private static func dutchMonth(_ scanner: inout ByteScanner) -> DeadlineForm? {
        guard let month = DutchMonth.number(bytes: monthWord(&scanner)), scanner.skipSpaces(),
            let year = scanner.number(digits: 4), scanner.atEnd
        else { return nil }
        return .month(year: year, month: month)
    }

    /// A month name, allowing the dot of an abbreviation ("okt.").
    private static func monthWord(_ scanner: inout ByteScanner) -> Slice<UnsafeBufferPointer<UInt8>> {
        let word = scanner.word()
        _ = scanner.skip(0x2E)
        return word
    }

    private static let doorlopendBytes = Array("doorlopend".utf8)

    /// Text without digits: `doorlopend` or a termijn name.
    private static func words(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> DeadlineForm {
        if text.count == doorlopendBytes.count,
            zip(text, doorlopendBytes).allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 })
        {
            return .doorlopend
        }
        return .termijn(String(decoding: text, as: UTF8.self))
    }
}
