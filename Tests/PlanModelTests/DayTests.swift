import Foundation
import Testing

@testable import PlanModel

private func day(_ iso: String) -> Day {
    guard let day = Day.parseISO(iso) else { fatalError("bad test date \(iso)") }
    return day
}

@Test(arguments: [
    (2016, 2, 29, true), (2020, 2, 29, true), (2000, 2, 29, true),
    (1900, 2, 29, false), (2017, 2, 29, false), (2017, 2, 28, true),
    (2017, 4, 31, false), (2017, 4, 30, true), (2017, 12, 31, true), (2017, 1, 32, false),
    (2017, 0, 1, false), (2017, 13, 1, false), (2017, 5, 0, false),
])
func dayInitAcceptsOnlyExistingDays(year: Int, month: Int, day: Int, valid: Bool) {
    #expect((Day(year: year, month: month, day: day) != nil) == valid)
}

@Test(arguments: [
    (2016, 2, 29), (2020, 2, 29), (2000, 2, 29), (1900, 2, 28), (2017, 2, 28),
    (2017, 1, 31), (2017, 3, 31), (2017, 4, 30), (2017, 5, 31), (2017, 6, 30), (2017, 7, 31),
    (2017, 8, 31), (2017, 9, 30), (2017, 10, 31), (2017, 11, 30), (2017, 12, 31), (2017, 13, 0),
])
func daysInMonthFollowsTheGregorianCalendar(year: Int, month: Int, expected: Int) {
    #expect(Day.daysInMonth(year: year, month: month) == expected)
}

@Test(arguments: [("2017-05-31", 2017, 5, 31), ("2000-02-29", 2000, 2, 29), ("0099-01-01", 99, 1, 1)])
func parseISOReadsYearMonthDay(text: String, year: Int, month: Int, dayOfMonth: Int) {
    let parsed = Day.parseISO(text)
    #expect(parsed == Day(year: year, month: month, day: dayOfMonth))
    #expect(parsed?.iso == text)
}

@Test(arguments: [
    "", "2017-5-31", "2017-05-1", "17-05-31", "2017/05/31", "2017-02-29", "2017-05-31 ", " 2017-05-31",
    "2017-05-31x", "20170-05-31", "2017-13-01", "abcd-ef-gh", "2017-05",
    // ten bytes with the dashes in place (the fast path): still only digits and existing days
    "2017-0a-31", "2017-00-10", "+017-05-31", "2017-05-3/", "2017-05-00", "2017-04-31", "2017-05-:1",
])
func parseISORejectsAnythingButAnExistingYYYYMMDD(text: String) {
    #expect(Day.parseISO(text) == nil)
}

@Test func parseISOAcceptsSubstrings() {
    let line = "2017-02-01 gerealiseerd"
    #expect(Day.parseISO(line.prefix(10)) == Day(year: 2017, month: 2, day: 1))
}

@Test(arguments: [
    (1, "1 januari 2019"), (2, "28 februari 2019"), (3, "3 maart 2019"), (4, "4 april 2019"),
    (5, "31 mei 2019"), (6, "6 juni 2019"), (7, "7 juli 2019"), (8, "8 augustus 2019"),
    (9, "9 september 2019"), (10, "10 oktober 2019"), (11, "11 november 2019"), (12, "12 december 2019"),
])
func dutchNamesTheDayWithoutLeadingZero(month: Int, expected: String) {
    let dayOfMonth = Int(expected.split(separator: " ")[0])!
    #expect(Day(year: 2019, month: month, day: dayOfMonth)?.dutch == expected)
}

@Test func descriptionIsTheISOForm() {
    #expect(String(describing: day("2017-05-31")) == "2017-05-31")
    #expect(Day(year: 5, month: 3, day: 7)?.iso == "0005-03-07")
}

@Test(arguments: [
    ("1970-01-01", 0), ("1969-12-31", -1), ("2017-05-31", 17317), ("2000-02-29", 11016),
    ("1900-03-01", -25508), ("2100-12-31", 47846), ("0001-01-01", -719162), ("2038-01-19", 24855),
])
func dayNumberCountsDaysSince1970(iso: String, expected: Int) {
    #expect(day(iso).dayNumber == expected)
    #expect(Day(dayNumber: expected) == day(iso))
}

@Test func everyDayFrom1900To2100RoundTripsAndFollowsTheDayBefore() {
    var expected = day("1900-01-01").dayNumber
    var failures = 0
    for year in 1900...2100 {
        for month in 1...12 {
            for dayOfMonth in 1...Day.daysInMonth(year: year, month: month) {
                let current = Day(year: year, month: month, day: dayOfMonth)!
                if current.dayNumber != expected || Day(dayNumber: expected) != current { failures += 1 }
                expected += 1
            }
        }
    }
    #expect(failures == 0)
    #expect(expected == day("2101-01-01").dayNumber)
}

@Test(arguments: [
    ("2016-03-01", "2016-02-28", 2), ("2017-03-01", "2017-02-28", 1),
    ("2000-03-01", "2000-02-28", 2), ("1900-03-01", "1900-02-28", 1),
    ("2017-01-01", "2016-01-01", 366), ("2018-01-01", "2017-01-01", 365),
    ("2016-01-01", "2017-01-01", -366), ("2021-01-01", "2017-01-01", 1461),
    ("2017-05-31", "2017-05-31", 0),
])
func daysSinceCountsAcrossLeapYears(later: String, earlier: String, expected: Int) {
    #expect(day(later).days(since: day(earlier)) == expected)
}

@Test(arguments: [
    ("2016-02-28", 1, "2016-02-29"), ("2017-02-28", 1, "2017-03-01"), ("2017-12-31", 1, "2018-01-01"),
    ("2018-01-01", -1, "2017-12-31"), ("2017-05-31", 30, "2017-06-30"), ("2017-05-31", 0, "2017-05-31"),
])
func addingDaysCrossesMonthsAndYears(start: String, offset: Int, expected: String) {
    #expect(day(start).adding(days: offset) == day(expected))
}

@Test func daysOrderChronologically() {
    let sorted = ["2017-05-31", "2016-12-31", "2017-01-01", "2017-05-01"].map(day).sorted()
    #expect(sorted.map(\.iso) == ["2016-12-31", "2017-01-01", "2017-05-01", "2017-05-31"])
}

@Test(arguments: Array(zip(DutchMonth.names, 1...12)))
func dutchMonthNumberReadsFullNamesInAnyCase(name: String, expected: Int) {
    #expect(DutchMonth.number(name) == expected)
    #expect(DutchMonth.number(name.uppercased()) == expected)
    #expect(DutchMonth.number(name.prefix(1).uppercased() + name.dropFirst()) == expected)
}

@Test(arguments: [
    ("jan", 1), ("feb", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
    ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12), ("MRT", 3), ("Okt", 10),
])
func dutchMonthNumberReadsAbbreviations(name: String, expected: Int) {
    #expect(DutchMonth.number(name) == expected)
}

@Test(arguments: ["", "ma", "mar", "march", "may", "oct", "januar", "januarii", "juni ", "méi"])
func dutchMonthNumberRejectsOtherWords(name: String) {
    #expect(DutchMonth.number(name) == nil)
}

@Test func todayIsTheLocalDateOfTheSystemClock() {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    let expected = Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    // Allow for midnight passing between the two clock reads.
    #expect((0...1).contains(Day.today().days(since: expected)))
}
