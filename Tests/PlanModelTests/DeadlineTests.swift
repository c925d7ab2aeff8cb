import Testing

@testable import PlanModel

private func day(_ iso: String) -> Day {
    guard let day = Day.parseISO(iso) else { fatalError("bad test date \(iso)") }
    return day
}

private let termijnen: [String: Day] = [
    "korte termijn": day("2017-06-30"),
    "middellange termijn": day("2017-12-31"),
    "lange termijn": day("2019-01-01"),
]

@Test(arguments: [
    ("2017-05-31", "2017-05-31"), ("2017-05", "2017-05-31"), ("2017-Q2", "2017-06-30"),
    ("2017", "2017-12-31"), ("31 mei 2017", "2017-05-31"), ("mei 2017", "2017-05-31"),
    ("1 januari 2019", "2019-01-01"), ("korte termijn", "2017-06-30"), ("lange termijn", "2019-01-01"),
])
func everyFormResolvesToTheLastDayOfItsPeriod(text: String, expected: String) {
    #expect(DeadlineForm.parse(text)?.lastDay(termijnen: termijnen) == day(expected))
}

@Test(arguments: [
    ("2016-02", "2016-02-29"), ("2020-02", "2020-02-29"), ("2000-02", "2000-02-29"),
    ("1900-02", "1900-02-28"), ("2017-02", "2017-02-28"), ("februari 2016", "2016-02-29"),
    ("februari 1900", "1900-02-28"), ("2017-01", "2017-01-31"), ("2017-03", "2017-03-31"),
    ("2017-04", "2017-04-30"), ("2017-06", "2017-06-30"), ("2017-07", "2017-07-31"),
    ("2017-08", "2017-08-31"), ("2017-09", "2017-09-30"), ("2017-10", "2017-10-31"),
    ("2017-11", "2017-11-30"), ("2017-12", "2017-12-31"),
])
func monthsEndOnTheirLastDayIncludingLeapFebruaries(text: String, expected: String) {
    #expect(DeadlineForm.parse(text)?.lastDay(termijnen: [:]) == day(expected))
}

@Test(arguments: [
    ("2017-Q1", "2017-03-31"), ("2017-Q2", "2017-06-30"), ("2017-Q3", "2017-09-30"),
    ("2017-Q4", "2017-12-31"), ("2017-q3", "2017-09-30"),
])
func quartersEndOnTheLastDayOfTheirThirdMonth(text: String, expected: String) {
    #expect(DeadlineForm.parse(text)?.lastDay(termijnen: [:]) == day(expected))
}

@Test(arguments: Array(zip(DutchMonth.names, 1...12)))
func dutchDaysAndMonthsReadEveryMonthName(name: String, month: Int) {
    #expect(DeadlineForm.parse("15 \(name) 2017") == .day(Day(year: 2017, month: month, day: 15)!))
    #expect(DeadlineForm.parse("\(name) 2017") == .month(year: 2017, month: month))
    let lastOfMonth = Day(year: 2017, month: month, day: Day.daysInMonth(year: 2017, month: month))
    #expect(DeadlineForm.parse("\(name) 2017")?.lastDay(termijnen: [:]) == lastOfMonth)
}

@Test(arguments: [
    ("2017-05-31", DeadlineForm.day(Day(year: 2017, month: 5, day: 31)!)),
    ("2017-05", .month(year: 2017, month: 5)),
    ("2017-Q2", .quarter(year: 2017, quarter: 2)),
    ("2017-q4", .quarter(year: 2017, quarter: 4)),
    ("2017", .year(2017)),
    ("31 MEI 2017", .day(Day(year: 2017, month: 5, day: 31)!)),
    ("1 Januari 2019", .day(Day(year: 2019, month: 1, day: 1)!)),
    ("01 januari 2019", .day(Day(year: 2019, month: 1, day: 1)!)),
    ("Mei 2017", .month(year: 2017, month: 5)),
    ("SEPT 2017", .month(year: 2017, month: 9)),
    ("3 okt. 2017", .day(Day(year: 2017, month: 10, day: 3)!)),
    ("mrt 2017", .month(year: 2017, month: 3)),
    ("  2017-05  ", .month(year: 2017, month: 5)),
    ("31   mei\t 2017", .day(Day(year: 2017, month: 5, day: 31)!)),
    ("31\u{A0}mei\u{A0}2017\u{A0}", .day(Day(year: 2017, month: 5, day: 31)!)),
    ("doorlopend", .doorlopend),
    ("Doorlopend ", .doorlopend),
    ("korte termijn", .termijn("korte termijn")),
    ("  korte  termijn \n", .termijn("korte  termijn")),
    ("na evaluatie van de pilot", .termijn("na evaluatie van de pilot")),
    ("één jaar na vaststelling", .termijn("één jaar na vaststelling")),
])
func parseRecognisesTheWrittenForm(text: String, expected: DeadlineForm) {
    #expect(DeadlineForm.parse(text) == expected)
}

@Test(arguments: [
    "", "   ", "2017-13", "2017-00", "31 februari 2017", "29 februari 2017", "32 mei 2017", "0 mei 2017",
    "31 juni 2017", "2017-Q5", "2017-Q0", "2017-Q", "2017-Q12", "mei 17", "17", "20170", "2017-5",
    "2017-05-", "2017-05-32", "2017-02-29", "2017-05-31x", "2017 mei", "Q2 2017", "fase 2",
    "mei 2017 extra", "31 mei", "31mei 2017", "mei2017", "2017/05/31", "123 mei 2017", "mai 2017",
])
func parseRejectsUnreadableText(text: String) {
    #expect(DeadlineForm.parse(text) == nil)
}

@Test func parseAcceptsSubstrings() {
    let line = "deadline: 2017-Q3  # derde kwartaal"
    let value = line.dropFirst(10).prefix(7)
    #expect(DeadlineForm.parse(value) == .quarter(year: 2017, quarter: 3))
}

@Test(arguments: [
    ("2017-03", DeadlineForm.month(year: 2017, month: 3)),
    ("2017-04-11", .day(Day(year: 2017, month: 4, day: 11)!)),
    ("maart 2017", .month(year: 2017, month: 3)), ("2018", .year(2018)),
    ("2018-Q1", .quarter(year: 2018, quarter: 1)),
])
func parseDateLikeAcceptsDateForms(text: String, expected: DeadlineForm) {
    #expect(DeadlineForm.parseDateLike(text) == expected)
}

@Test(arguments: ["korte termijn", "doorlopend", "2017-13", ""])
func parseDateLikeRejectsTermijnDoorlopendAndUnreadable(text: String) {
    #expect(DeadlineForm.parseDateLike(text) == nil)
}

@Test func termijnResolvesOnlyWhenPresent() {
    #expect(DeadlineForm.termijn("korte termijn").lastDay(termijnen: termijnen) == day("2017-06-30"))
    #expect(DeadlineForm.termijn(" korte termijn ").lastDay(termijnen: termijnen) == day("2017-06-30"))
    #expect(DeadlineForm.termijn("zeer korte termijn").lastDay(termijnen: termijnen) == nil)
    #expect(DeadlineForm.termijn("Korte termijn").lastDay(termijnen: termijnen) == nil)
    #expect(DeadlineForm.termijn("korte termijn").lastDay(termijnen: [:]) == nil)
}

@Test func doorlopendHasNoLastOrFirstDay() {
    #expect(DeadlineForm.doorlopend.lastDay(termijnen: termijnen) == nil)
    #expect(DeadlineForm.doorlopend.firstDay == nil)
    #expect(DeadlineForm.termijn("korte termijn").firstDay == nil)
}

@Test(arguments: [
    ("2017-05-31", "2017-05-31"), ("2017-05", "2017-05-01"), ("2017-Q1", "2017-01-01"),
    ("2017-Q2", "2017-04-01"), ("2017-Q3", "2017-07-01"), ("2017-Q4", "2017-10-01"), ("2017", "2017-01-01"),
])
func firstDayOpensThePeriod(text: String, expected: String) {
    #expect(DeadlineForm.parse(text)?.firstDay == day(expected))
}

@Test func formsBuiltWithImpossibleNumbersResolveToNothing() {
    #expect(DeadlineForm.month(year: 2017, month: 13).lastDay(termijnen: [:]) == nil)
    #expect(DeadlineForm.quarter(year: 2017, quarter: 5).lastDay(termijnen: [:]) == nil)
    #expect(DeadlineForm.quarter(year: 2017, quarter: 0).firstDay == nil)
}

@Test(arguments: [
    ("30 juni 2017", "30 juni 2017", "uiterlijk 30 juni 2017"),
    ("2017-05-01", "1 mei 2017", "uiterlijk 1 mei 2017"),
    ("2017-05", "mei 2017", "uiterlijk mei 2017"),
    ("2017-Q1", "eerste kwartaal 2017", "uiterlijk eerste kwartaal 2017"),
    ("2017-Q2", "tweede kwartaal 2017", "uiterlijk tweede kwartaal 2017"),
    ("2017-Q3", "derde kwartaal 2017", "uiterlijk derde kwartaal 2017"),
    ("2017-Q4", "vierde kwartaal 2017", "uiterlijk vierde kwartaal 2017"),
    ("2017", "2017", "uiterlijk 2017"),
    ("korte termijn", "korte termijn", "korte termijn (uiterlijk 30 juni 2017)"),
    ("lange termijn", "lange termijn", "lange termijn (uiterlijk 1 januari 2019)"),
    ("na de zomer", "na de zomer", "na de zomer"),
    ("doorlopend", "doorlopend", "doorlopend"),
])
func dutchWordsNameEveryForm(text: String, name: String, phrase: String) {
    let form = DeadlineForm.parse(text)
    #expect(form?.dutchName == name)
    #expect(form?.dutchPhrase(termijnen: termijnen) == phrase)
}
