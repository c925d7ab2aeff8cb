/// A calendar day (proleptic Gregorian), no time zone.
///
/// Deadlines, peildatums and historie dates are days, never instants: a plan says "31 mei 2017", not
/// a moment in some zone. Arithmetic goes through `dayNumber`, a plain count of days.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored small: a plan holds a date per historie line and per parsed deadline (eight bytes
    // instead of twenty-four; `supportedYears` fits 32 bits).
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Years a `Day` can be built from; wide enough for any plan, narrow enough that day arithmetic
    /// can never overflow.
    public static let supportedYears = -1_000_000...1_000_000

    /// Returns nil for a day that does not exist, such as 29 February 2017 or 31 April.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.supportedYears.contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysInMonth(year: year, month: month)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// For callers that validated the parts already.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        storedYear = Int32(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// 28 to 31 for months 1 to 12; 0 for a month number that does not exist.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
    }

    public var description: String { iso }
}
