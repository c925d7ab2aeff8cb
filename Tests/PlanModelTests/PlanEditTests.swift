import Testing

@testable import PlanModel

/// Every edit is checked against the whole file: the expected output is the input with exactly the
/// changed value and the new historie line.
struct PlanEditTests {
    static let base = """
        # Plan
        gemeente: Almelo
        titel: Test
        vastgesteld: 2017-04-11
        aandachtspunten:
          - id: A1
            titel: Punt
            acties:
              - id: A1.1
                actie: Iets doen
                borging: >
                  Controle twee keer
                  per jaar.
                deadline: 2017-06-30   # afgesproken in MT
                status: gepland  # nog niet begonnen
                historie: |
                  2017-01-01 gepland
              - id: A1.2
                actie: Nog iets
                status: 'in-uitvoering'

        """

    func tree(_ text: String) -> SyntaxTree {
        SyntaxParser.parse(SourceText(file: "plan.yaml", text: text))
    }

    func apply(_ result: Result<[UInt8], PlanEdit.Failure>) -> String {
        switch result {
        case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .failure(let failure): return "FAILURE: \(failure.message)"
        }
    }

    let day = Day(year: 2017, month: 10, day: 2)!

    @Test func statusKeepsTrailingCommentAndAppendsHistorie() {
        let out = apply(
            PlanEdit.setStatus(
                tree(Self.base), actie: "A1.1", to: .gerealiseerd, on: day, toelichting: "klaar"))
        let expected = Self.base
            .replacingOccurrences(
                "status: gepland  # nog niet begonnen", "status: gerealiseerd  # nog niet begonnen"
            )
            .replacingOccurrences(
                "          2017-01-01 gepland\n",
                "          2017-01-01 gepland\n          2017-10-02 gerealiseerd: klaar\n")
        #expect(out == expected)
    }

    @Test func statusKeepsSingleQuotesAndCreatesHistorieBlock() {
        let out = apply(
            PlanEdit.setStatus(tree(Self.base), actie: "A1.2", to: .geborgd, on: day, toelichting: nil))
        let expected = Self.base.replacingOccurrences(
            "        status: 'in-uitvoering'\n",
            "        status: 'geborgd'\n        historie: |\n          2017-04-11 in-uitvoering\n          2017-10-02 geborgd\n"
        )
        #expect(out == expected)
    }

    @Test func deadlineQuotesAYearAndKeepsComment() {
        let out = apply(
            PlanEdit.setDeadline(tree(Self.base), actie: "A1.1", to: "2018", on: day, toelichting: nil))
        let expected = Self.base
            .replacingOccurrences(
                "deadline: 2017-06-30   # afgesproken", "deadline: \"2018\"   # afgesproken"
            )
            .replacingOccurrences(
                "          2017-01-01 gepland\n",
                "          2017-01-01 deadline 2017-06-30\n          2017-01-01 gepland\n          2017-10-02 deadline 2018\n"
            )
        #expect(out == expected)
        let reread = LoadedPlan(source: SourceText(file: "p", text: out))
        #expect(reread.plan?.acties.first?.actie.deadline?.value == "2018")
    }

    @Test func deadlineAddedWhereThereWasNone() {
        let out = apply(
            PlanEdit.setDeadline(tree(Self.base), actie: "A1.2", to: "2017-Q4", on: day, toelichting: nil))
        let expected = Self.base.replacingOccurrences(
            "        status: 'in-uitvoering'\n",
            "        deadline: 2017-Q4\n        status: 'in-uitvoering'\n        historie: |\n          2017-10-02 deadline 2017-Q4\n"
        )
        #expect(out == expected)
    }

    @Test func crlfAndBomAreKept() {
        let crlf = "\u{FEFF}" + Self.base.replacingOccurrences("\n", "\r\n")
        let out = apply(
            PlanEdit.setStatus(tree(crlf), actie: "A1.1", to: .inUitvoering, on: day, toelichting: nil))
        let expected =
            crlf
            .replacingOccurrences("status: gepland  #", "status: in-uitvoering  #")
            .replacingOccurrences(
                "          2017-01-01 gepland\r\n",
                "          2017-01-01 gepland\r\n          2017-10-02 in-uitvoering\r\n")
        #expect(out == expected)
    }

    @Test func lastLineWithoutNewlineStaysWithoutNewline() {
        let text = String(Self.base.dropLast(1))  // ends in "status: 'in-uitvoering'" without newline
        #expect(text.hasSuffix("'in-uitvoering'"))
        let out = apply(
            PlanEdit.setStatus(tree(text), actie: "A1.2", to: .vervallen, on: day, toelichting: nil))
        let expected =
            text.replacingOccurrences("status: 'in-uitvoering'", "status: 'vervallen'")
            + "\n        historie: |\n          2017-04-11 in-uitvoering\n          2017-10-02 vervallen"
        #expect(out == expected)
    }

    @Test func historieAtEndOfFileWithoutNewline() {
        let text = """
            gemeente: X
            titel: Y
            aandachtspunten:
              - id: A
                titel: T
                acties:
                  - id: A.1
                    actie: Doen
                    status: gepland
                    historie: |
                      2017-01-01 gepland
            """
        let out = apply(
            PlanEdit.setStatus(tree(text), actie: "A.1", to: .gerealiseerd, on: day, toelichting: "x: y"))
        #expect(
            out == text.replacingOccurrences("status: gepland\n", "status: gerealiseerd\n")
                + "\n          2017-10-02 gerealiseerd: x: y")
        let reread = LoadedPlan(source: SourceText(file: "p", text: out))
        #expect(reread.plan?.acties.first?.actie.historie.last?.toelichting == "x: y")
    }

    @Test func theFirstEditKeepsThePastReconstructable() throws {
        // A1.2 has no historie: after the edit it must still be in-uitvoering on an earlier date.
        let out = apply(
            PlanEdit.setStatus(tree(Self.base), actie: "A1.2", to: .gerealiseerd, on: day, toelichting: nil))
        let plan = try #require(LoadedPlan(source: SourceText(file: "p", text: out)).plan)
        let before = plan.standing(on: Day(year: 2017, month: 7, day: 1)!)
        #expect(before.acties.first { $0.actie.id.value == "A1.2" }?.actie.statusValue == .inUitvoering)
        // A1.1 had a historie without deadline lines: its old deadline stays known before the move.
        let moved = apply(
            PlanEdit.setDeadline(tree(Self.base), actie: "A1.1", to: "2017-Q4", on: day, toelichting: nil))
        let movedPlan = try #require(LoadedPlan(source: SourceText(file: "p", text: moved)).plan)
        let then = movedPlan.standing(on: Day(year: 2017, month: 7, day: 1)!).acties.first!.actie
        #expect(then.deadline?.value == "2017-06-30")
    }

    @Test func aDeadlineIsAddedWhenStatusOpensTheItem() {
        let text = Self.base.replacingOccurrences(
            "      - id: A1.2\n        actie: Nog iets\n        status: 'in-uitvoering'\n",
            "      - status: 'in-uitvoering'\n        id: A1.2\n        actie: Nog iets\n")
        let out = apply(
            PlanEdit.setDeadline(tree(text), actie: "A1.2", to: "2017-Q4", on: day, toelichting: nil))
        #expect(
            out.hasSuffix(
                "        actie: Nog iets\n        deadline: 2017-Q4\n        historie: |\n          2017-10-02 deadline 2017-Q4\n"
            ),
            "\(out)")
        #expect(!LoadedPlan(source: SourceText(file: "p", text: out)).hasFout)
    }

    @Test func aBackdatedChangeIsRefused() {
        let out = apply(
            PlanEdit.setStatus(
                tree(Self.base), actie: "A1.1", to: .gerealiseerd, on: Day(year: 2016, month: 12, day: 1)!,
                toelichting: nil))
        #expect(out.hasPrefix("FAILURE: --datum 2016-12-01 ligt vóór de laatste regel van de historie"))
    }

    @Test func anEmptyHistorieBlockWithACommentGetsTheLineBelowIt() {
        let text = Self.base.replacingOccurrences(
            "        historie: |\n          2017-01-01 gepland\n", "        historie: |   # nog leeg\n")
        let out = apply(
            PlanEdit.setStatus(tree(text), actie: "A1.1", to: .gerealiseerd, on: day, toelichting: nil))
        #expect(
            out.contains(
                "        historie: |   # nog leeg\n          2017-04-11 gepland\n          2017-10-02 gerealiseerd\n"
            ))
        #expect(!LoadedPlan(source: SourceText(file: "p", text: out)).hasFout)
    }

    @Test func aOneLineHistorieIsRefusedWithAClearMessage() {
        let text = Self.base.replacingOccurrences(
            "        historie: |\n          2017-01-01 gepland\n", "        historie: 2017-01-01 gepland\n")
        let out = apply(
            PlanEdit.setStatus(tree(text), actie: "A1.1", to: .gerealiseerd, on: day, toelichting: nil))
        #expect(out.hasPrefix("FAILURE: de historie van deze actie staat niet in een blok"))
    }

    @Test func textNeedingQuotesIsQuoted() {
        #expect(ScalarWriter.render("korte termijn") == "korte termijn")
        #expect(ScalarWriter.render("2017") == "\"2017\"")
        #expect(ScalarWriter.render("a: b") == "\"a: b\"")
        #expect(ScalarWriter.render("# x") == "\"# x\"")
        #expect(ScalarWriter.render("true") == "\"true\"")
        #expect(ScalarWriter.render("it's", keeping: .singleQuoted) == "'it''s'")
        #expect(ScalarWriter.render("a\"b", keeping: .doubleQuoted) == "\"a\\\"b\"")
    }

    @Test func unknownActieSuggestsNearestId() {
        let out = apply(
            PlanEdit.setStatus(tree(Self.base), actie: "A1.3", to: .gepland, on: day, toelichting: nil))
        #expect(out.hasPrefix("FAILURE: onbekende actie 'A1.3'; bedoelde u 'A1.1'?"))
    }
}
