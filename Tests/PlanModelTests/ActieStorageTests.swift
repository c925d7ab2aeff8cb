import Testing

@testable import PlanModel

/// An actie keeps its texts as bytes in one storage object (`Model/ActieStorage.swift`); what is
/// read back must be what was put in, field by field.
struct ActieStorageTests {
    static func text(_ value: String, _ line: Int) -> PlanText {
        PlanText(value, line: line, column: line + 3)
    }

    static let fields: Actie.Fields = {
        var fields = Actie.Fields(id: text("1.2", 1))
        fields[.doel] = text("Één doel met ë, 日本語 en een combinerend teken: e\u{301}", 2)
        fields[.actie] = text(String(repeating: "lange tekst ", count: 40), 3)
        fields[.implementatie] = text("", 4)
        fields[.eigenaar] = text("Afdelingsmanager Sociaal Domein", 5)
        fields[.deadline] = text("2017-Q3", 6)
        fields[.status] = text("gepland", 7)
        fields[.bron] = text("x", 8)
        fields.historie = [
            HistorieEntry(date: Day(year: 2018, month: 3, day: 1)!, change: .status(.gepland), line: 10),
            HistorieEntry(
                date: Day(year: 2017, month: 1, day: 1)!, change: .deadline("2017-Q3"), toelichting: "t",
                line: 11),
        ]
        fields.historieColumn = 9
        return fields
    }()

    @Test func everyFieldReadsBackAsWritten() {
        let actie = Actie(Self.fields, line: 20, column: 5)
        let fields = Self.fields
        #expect(actie.id == fields[.id])
        #expect(actie.doel == fields[.doel])
        #expect(actie.actie == fields[.actie])
        #expect(actie.implementatie == fields[.implementatie])
        #expect(actie.implementatie?.value == "")
        #expect(actie.borging == nil)
        #expect(actie.eigenaar == fields[.eigenaar])
        #expect(actie.deadline == fields[.deadline])
        #expect(actie.status == fields[.status])
        #expect(actie.kosten == nil)
        #expect(actie.bron == fields[.bron])
        #expect(actie.historie == fields.historie)
        #expect(actie.historieColumn == 9)
        #expect(actie.statusValue == .gepland)
        #expect(actie.deadlineForm == .quarter(year: 2017, quarter: 3))
        #expect(actie.has(.implementatie) && !actie.has(.borging) && actie.has(.eigenaar))
        #expect(actie.line == 20 && actie.column == 5)
    }

    @Test func settingAFieldChangesOnlyThatField() {
        var actie = Actie(Self.fields, line: 20, column: 5)
        let before = actie
        actie.status = Self.text("gerealiseerd", 7)
        #expect(actie.status?.value == "gerealiseerd")
        #expect(actie.statusValue == .gerealiseerd)
        #expect(before.statusValue == .gepland)
        actie.status = before.status
        #expect(actie == before)
        actie.borging = Self.text("borg", 12)
        #expect(actie.borging?.value == "borg" && actie.has(.borging))
        #expect(actie.doel == before.doel && actie.historie == before.historie)
        #expect(actie != before)
    }

    @Test func changesAfterADayLooksAtTheLatestHistorieDateInAnyOrder() {
        let actie = Actie(Self.fields, line: 1, column: 1)
        #expect(actie.changes(after: Day(year: 2018, month: 2, day: 28)!))
        #expect(!actie.changes(after: Day(year: 2018, month: 3, day: 1)!))
        #expect(
            !Actie(id: Self.text("2", 1), line: 1, column: 1).changes(
                after: Day(year: 1900, month: 1, day: 1)!))
    }

    @Test func whetherTheHistorieMovesTheDeadlineIsKnownFromTheStart() {
        var actie = Actie(Self.fields, line: 1, column: 1)
        #expect(actie.historieMovesDeadline)
        actie.historie = [Self.fields.historie[0]]
        #expect(!actie.historieMovesDeadline)
        actie.historie = [Self.fields.historie[1]]
        #expect(actie.historieMovesDeadline)
        #expect(!Actie(id: Self.text("2", 1), line: 1, column: 1).historieMovesDeadline)
    }

    @Test func equalAndHashLikeTheirTexts() {
        var composed = Self.fields
        composed[.bron] = Self.text("\u{E9}", 8)
        var decomposed = Self.fields
        decomposed[.bron] = Self.text("e\u{301}", 8)
        let a = Actie(composed, line: 1, column: 1)
        let b = Actie(decomposed, line: 1, column: 1)
        // As before the texts were kept as bytes: canonically equal texts are equal.
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != Actie(Self.fields, line: 2, column: 1))
    }

    @Test func theIdHashIsWorkedOutWhenTheActieIsMadeAndOnlyForASCII() {
        let ascii = Actie(id: Self.text("A1.2", 1), line: 1, column: 1)
        var bytes = "A1.2"
        #expect(ascii.idHash != nil)
        #expect(ascii.idHash == bytes.withUTF8(IdHash.of))
        #expect(ascii.idHash != Actie(id: Self.text("A1.3", 1), line: 1, column: 1).idHash)
        #expect(Actie(id: Self.text("Ä1", 1), line: 1, column: 1).idHash == nil)
        var changed = ascii
        changed.id = Self.text("B7", 1)
        bytes = "B7"
        #expect(changed.idHash == bytes.withUTF8(IdHash.of))
    }

    /// The historie is kept as records after the texts (`Model/HistorieStorage.swift`): what the
    /// checks read in place is what was put in, and a changed historie gets new records.
    @Test func historieRecordsReadBackInPlace() {
        var actie = Actie(Self.fields, line: 20, column: 5)
        actie.withHistorie { records in
            #expect(records.count == 2)
            #expect(records[0].date == Day(year: 2018, month: 3, day: 1)! && records[0].status == .gepland)
            #expect(!records[0].isDeadline && records[0].toelichtingCount == -1)
            #expect(records[1].isDeadline && records[1].status == nil && records[1].line == 11)
            #expect(records.deadlineText(records[1]) == "2017-Q3")
            #expect(records.deadline(records[1], is: "2017-Q3"))
            #expect(!records.deadline(records[1], is: "2017-Q"))
            #expect(!records.deadline(records[1], is: "2017-Q4"))
        }
        actie.historie = [
            HistorieEntry(
                date: Day(year: 2019, month: 1, day: 2)!, change: .deadline(""), toelichting: "één 日本語",
                line: 30, column: 4)
        ]
        #expect(actie.historie.first?.toelichting == "één 日本語")
        #expect(actie.historie.first?.change == .deadline(""))
        #expect(actie.withHistorie { $0.deadline($0[0], is: "") })
        #expect(actie.status == Self.fields[.status])
        #expect(actie.changes(after: Day(year: 2019, month: 1, day: 1)!))
        #expect(!actie.changes(after: Day(year: 2019, month: 1, day: 2)!))
        actie.historie = []
        #expect(actie.withHistorie(\.count) == 0 && !actie.historieMovesDeadline)
    }
}
