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

    @Test func duplicatesAcrossManyBucketsNameTheFirstOfEach() throws {
        // 30 000 ids (eight buckets): every 97th repeats an id 5 000 places back, and some repeat
        // one that itself repeats; the first of each is named, in plan order.
        var ids = (0..<30_000).map { "P.\($0)" }
        for index in stride(from: 5_000, to: ids.count, by: 97) { ids[index] = ids[index - 5_000] }
        let found = try duplicates(ids)
        var firstLine: [String: Int] = [:]
        var expected: [String] = []
        for (index, id) in ids.enumerated() {
            let line = 7 + 3 * index
            if let first = firstLine[id] {
                expected.append("\(line) dubbel id '\(id)' (eerder op regel \(first))")
            } else {
                firstLine[id] = line
            }
        }
        #expect(expected.count > 250)
        #expect(found.map { String($0.prefix(while: { $0 != ";" })) } == expected)
    }

    @Test func equalHashesOfDifferentIdsAreNoDuplicate() {
        // Hashes forced equal in pairs: only entries whose ids are the same are duplicates.
        let hashes = (0..<20_000).map { UInt64($0 / 2) }
        let ids = (0..<20_000).map { $0 % 1_000 == 1 ? $0 - 1 : $0 }
        let found = DuplicateHashes.find(hashes) { ids[$0] == ids[$1] }
        #expect(found.map(\.later) == Array(stride(from: 1, to: 20_000, by: 1_000)))
        #expect(found.map(\.earlier) == Array(stride(from: 0, to: 20_000, by: 1_000)))
    }

    @Test func bucketsHoldAboutFourThousandIds() {
        #expect(DuplicateHashes.bucketBits(for: 4_096) == 0)
        #expect(DuplicateHashes.bucketBits(for: 4_097) == 1)
        #expect(DuplicateHashes.bucketBits(for: 120_000) == 5)
        #expect(DuplicateHashes.bucketBits(for: 1_200_000) == 9)
    }
}
