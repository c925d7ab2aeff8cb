import Testing

@testable import PlanModel

/// The fast clean-file pass agrees with the exact pass that reports problems with positions.
struct UTF8CheckTests {
    func fastSaysClean(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Check.isClean($0, from: 0) }
    }

    func exactSaysClean(_ bytes: [UInt8]) -> Bool {
        UTF8Check.problems(in: SourceText(file: "t.yaml", bytes: bytes), limit: 20) == nil
    }

    @Test func bothPassesAgreeOnEveryKindOfByteAtEveryOffset() {
        let plain = Array("titel: een gewone regel tekst\n  met een tweede regel\n".utf8)
        let inserts: [[UInt8]] = [
            [0x00], [0x01], [0x08], [0x09], [0x0B], [0x0C], [0x0D], [0x0D, 0x0A], [0x1F], [0x7F],
            [0x7E], [0x20], [0x80], [0xBF], [0xC0, 0xAF], [0xC3, 0xA9], [0xC3], [0xE2, 0x80, 0xA8],
            [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xFF],
        ]
        for insert in inserts {
            for offset in 0...plain.count {
                let bytes = Array(plain[..<offset]) + insert + Array(plain[offset...])
                #expect(fastSaysClean(bytes) == exactSaysClean(bytes), "\(insert) at \(offset)")
            }
        }
    }

    @Test func randomBytesAgree() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ -> UInt8 in
                // Mostly plain text, sometimes anything.
                let roll = generator.next()
                return roll % 4 == 0 ? UInt8(truncatingIfNeeded: roll >> 8) : UInt8(0x20 + (roll >> 8) % 0x5F)
            }
            #expect(fastSaysClean(bytes) == exactSaysClean(bytes), "\(bytes)")
        }
    }

    @Test func aRangeEndingAtALineStartIsCheckedAlone() {
        let bytes = Array("a: b\n".utf8) + [0x01] + Array("\nc: d\n".utf8)
        bytes.withUnsafeBufferPointer {
            #expect(UTF8Check.isClean($0, from: 0, to: 5))
            #expect(!UTF8Check.isClean($0, from: 5))
        }
    }
}

/// A small deterministic generator (SplitMix64), so the random cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The parser makes its strings from checked bytes without validating again: they must be the
/// strings `String(decoding:as:)` makes, in every script and composition.
struct CheckedTextTests {
    @Test func checkedTextEqualsDecodedTextAtEveryCharacterBoundary() {
        let text = "Zoë's café: e\u{301}én ﬁ 数据 😀 \"x\" \u{2028} einde"
        let source = SourceText(file: "t.yaml", text: text)
        let boundaries =
            text.unicodeScalars.indices.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
            + [source.bytes.count]
        for from in boundaries {
            for to in boundaries where to >= from {
                let checked = source.checkedText(from..<to)
                let decoded = source.text(from..<to)
                #expect(checked == decoded)
                #expect(Array(checked.utf8) == Array(source.bytes[from..<to]))
                #expect(checked.hashValue == decoded.hashValue)
                #expect(checked.count == decoded.count)
            }
        }
    }

    @Test func blockScalarsWithNonASCIITextReadAsWritten() throws {
        let yaml = "a: |\n  café één\n  \u{1F600} e\u{301}\nb: >-\n  Zoë\n  数据\n"
        let tree = SyntaxParser.parse(SourceText(file: "t.yaml", text: yaml))
        guard case .mapping(let root)? = tree.root,
            case .scalar(let a)? = root.entry("a")?.value, case .scalar(let b)? = root.entry("b")?.value
        else {
            Issue.record("not read as a mapping of two scalars")
            return
        }
        #expect(a.text == "café één\n\u{1F600} e\u{301}\n")
        #expect(b.text == "Zoë 数据")
        #expect(a.text.hasPrefix("caf\u{E9}"))
    }
}
