/// A deadline as the plan writes it. The written form is kept (not just its last day) so documents
/// can say "tweede kwartaal 2017" where the plan said `2017-Q2`.
public enum DeadlineForm: Hashable, Sendable {
    /// `2017-05-31`, `31 mei 2017`
    case day(Day)
    /// `2017-05`, `mei 2017`
    case month(year: Int, month: Int)
    /// `2017-Q2`, `2017-q2`
    case quarter(year: Int, quarter: Int)
    /// `2017`
    case year(Int)
    /// A name from the plan's `termijnen`, e.g. "korte termijn".
    case termijn(String)
    /// Continuous work: never overdue.
    case doorlopend

    /// The last day of the period: an action is overdue once the peildatum is past it. A termijn is
    /// looked up in `termijnen` by its trimmed name (nil if absent); `doorlopend` has none.
    public func lastDay(termijnen: [String: Day]) -> Day? {
        switch self {
        case .day(let day):
            return day
        case .month(let year, let month):
            return Day(year: year, month: month, day: Day.daysInMonth(year: year, month: month))
        case .quarter(let year, let quarter):
            guard (1...4).contains(quarter) else { return nil }
            return Day(year: year, month: quarter * 3, day: Day.daysInMonth(year: year, month: quarter * 3))
        case .year(let year):
            return Day(year: year, month: 12, day: 31)
        case .termijn(let name):
            return termijnen[DeadlineForm.trimmed(name)]
        case .doorlopend:
            return nil
        }
    }

    /// The first day of the period (for a day: itself); nil for a termijn or `doorlopend`.
    public var firstDay: Day? {
        switch self {
        case .day(let day):
            return day
        case .month(let year, let month):
            return Day(year: year, month: month, day: 1)
        case .quarter(let year, let quarter):
            guard (1...4).contains(quarter) else { return nil }
            return Day(year: year, month: quarter * 3 - 2, day: 1)
        case .year(let year):
            return Day(year: year, month: 1, day: 1)
        case .termijn, .doorlopend:
            return nil
        }
    }

    static func trimmed(_ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = ByteScanner(buffer)
            scanner.trim()
            if scanner.position == 0 && scanner.end == buffer.count { return text }
            return String(decoding: scanner.rest, as: UTF8.self)
        }
    }
}
