// Conversions between a civil date and a day count, after Howard Hinnant's `days_from_civil` and
// `civil_from_days`: branch-free, exact for every proleptic Gregorian date, negative years included.

extension Day {
    /// Days since 1970-01-01; negative before it.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (within ±2 147 483 647 years of year 0).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(Int32(exactly: year) != nil, "jaar buiten het bereik van een datum")
        self.init(unchecked: year, month, day)
    }

    /// `self - other` in days: positive when `self` is later.
    public func days(since other: Day) -> Int {
        dayNumber - other.dayNumber
    }

    public func adding(days: Int) -> Day {
        Day(dayNumber: dayNumber + days)
    }
}
