import Testing

@testable import PlanModel

/// Duplicate ids are found by bytes when every id is ASCII, and as Swift compares strings otherwise.
struct CheckUniqueIdsTests {
    func duplicates(_ ids: [String]) throws -> [String] {
        var text = "gemeente: X\ntitel: Y\naandachtspunten:\n  - id: A\n    titel: T\n    acties:\n"
        for id in ids { text += "      - id: \"\(id)\"\n        actie: Doen\n        status: gepland\n" }
        let plan = try #require(LoadedPlan(source: SourceText(file: "p", text: text), checks: .skip).plan)
        return checkUniqueIds(plan).map { "\($0.location.line) \($0.message)" }
    }

    @Test func asciiDuplicatesNameTheFirstLine() throws {
        let found = try duplicates(["A.1", "A.2", "A.1", "B", "A.2", "A.1", "A"])
        #expect(
            found.map { $0.prefix(while: { $0 != "(" }) } == [
                "13 dubbel id 'A.1' ", "19 dubbel id 'A.2' ", "22 dubbel id 'A.1' ", "25 dubbel id 'A' ",
            ])
        #expect(found[2].contains("eerder op regel 7"))
        #expect(found[3].contains("eerder op regel 4"))
    }

    @Test func manyDistinctIdsAreNoDuplicates() throws {
        #expect(try duplicates((1...5000).map { "A.\($0)" }).isEmpty)
    }

    @Test func canonicallyEquivalentIdsAreTheSameId() throws {
        // "é" written as one code point and as e + combining accent: equal Swift strings.
        let found = try duplicates(["caf\u{E9}", "cafe\u{301}", "K", "\u{212A}"])
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("10 dubbel id"))
        #expect(found[1].hasPrefix("16 dubbel id"))
    }
}
