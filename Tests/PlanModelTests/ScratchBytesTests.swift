import Testing

@testable import PlanModel

/// The parser's byte buffer (`Syntax/ScratchBytes.swift`) keeps what was appended across growth.
struct ScratchBytesTests {
    @Test func appendedBytesSurviveGrowthAndTruncation() {
        let scratch = ScratchBytes(capacity: 4)
        var expected: [UInt8] = []
        for round in 0..<200 {
            let text = String(repeating: "ë\(round)", count: round % 7 + 1)
            scratch.append(text)
            expected += Array(text.utf8)
            scratch.reserve(2)
            scratch.appendReserved(0x0A)
            scratch.appendReserved(0x20)
            expected += [0x0A, 0x20]
        }
        #expect(Array(scratch.bytes(from: 0)) == expected)
        #expect(Array(scratch.bytes(from: 10)) == Array(expected[10...]))
        scratch.removeLast()
        scratch.truncate(to: 5)
        #expect(Array(scratch.bytes(from: 0)) == Array(expected[..<5]))
        [UInt8]([1, 2, 3]).withUnsafeBufferPointer { scratch.append($0) }
        #expect(Array(scratch.bytes(from: 5)) == [1, 2, 3])
    }

    @Test func aLargeBufferIsGivenBackWhenEmptied() {
        let scratch = ScratchBytes(capacity: 4)
        scratch.append(String(repeating: "x", count: 100))
        scratch.truncate(to: 0, keep: 64)
        #expect(scratch.count == 0)
        scratch.append("abc")
        #expect(Array(scratch.bytes(from: 0)) == Array("abc".utf8))
    }
}
