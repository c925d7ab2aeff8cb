import Testing

@testable import PlanModel

/// The direct object writer of long lists lays out exactly what the `JSONValue` writer does.
struct JSONObjectWriterTests {
    @Test func objectsWrittenDirectlyMatchTheValueWriter() {
        let texts: [String?] = ["gewoon", "met \"quotes\" en \\ en\nregel", nil, "", "é \u{2028} \u{1}"]
        let numbers: [Int?] = [0, -12, nil, 1_000_000, 7]
        let direct = String(
            decoding: JSONWriter.writeObjects(texts.count) { index, object in
                object.string("tekst", texts[index])
                object.int("getal", numbers[index])
                object.bool("vlag", index % 2 == 0)
            }, as: UTF8.self)
        let viaValues = JSONWriter.write(
            .array(
                texts.indices.map { index in
                    .object([
                        JSONMember("tekst", .string(texts[index])), JSONMember("getal", .int(numbers[index])),
                        JSONMember("vlag", .bool(index % 2 == 0)),
                    ])
                }))
        #expect(direct == viaValues)
    }

    @Test(arguments: [JSONWriter.parallelAbove - 1, JSONWriter.parallelAbove, JSONWriter.parallelAbove + 1])
    func aLongListWrittenInTwoHalvesMatchesToo(count: Int) {
        let direct = JSONWriter.writeObjects(count) { index, object in
            object.string("id", "A\(index)")
            object.int("rij", index)
        }
        let viaValues = JSONWriter.write(
            .array(
                (0..<count).map { index in
                    .object([JSONMember("id", .string("A\(index)")), JSONMember("rij", .int(index))])
                }))
        #expect(direct == Array(viaValues.utf8))
    }

    @Test func anEmptyListAndAnEmptyObjectMatchToo() {
        #expect(JSONWriter.writeObjects(0) { _, _ in } == Array(JSONWriter.write(.array([])).utf8))
        #expect(JSONWriter.writeObjects(1) { _, _ in } == Array(JSONWriter.write(.array([.object([])])).utf8))
    }

    @Test(arguments: [63, 64, 65, 200, JSONWriter.parallelAbove + 1])
    func piecesWrittenOneAfterTheOtherAreTheWholeList(count: Int) {
        // Objects of very different lengths: the room reserved after the first 64 is a guess.
        let members: @Sendable (Int, inout JSONMembers) -> Void = { index, object in
            object.string("tekst", String(repeating: "x", count: index % 64 == 0 ? 5_000 : index % 7))
        }
        let pieces = JSONWriter.writeObjectPieces(count, members)
        #expect(pieces.count == (count >= JSONWriter.parallelAbove ? 2 : 1))
        let viaValues = JSONWriter.write(
            .array(
                (0..<count).map { index in
                    .object([
                        JSONMember(
                            "tekst",
                            .string(String(repeating: "x", count: index % 64 == 0 ? 5_000 : index % 7)))
                    ])
                }))
        #expect(pieces.flatMap { $0 } == Array(viaValues.utf8))
    }
}
