import Testing

@testable import PlanModel

/// The byte-level line-break tests agree with `Character.isNewline` on every one-scalar break
/// and on the characters that share their lead bytes.
struct LineBreaksTests {
    static let scalars: [Unicode.Scalar] = [
        "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}",
        "a", " ", "\t", "é", "\u{A0}", "\u{A9}", "\u{2026}", "\u{2027}", "\u{202A}", "€", "😀",
    ]

    @Test(arguments: scalars)
    func agreesWithCharacterIsNewline(_ scalar: Unicode.Scalar) {
        let isNewline = Character(scalar).isNewline
        let bytes = Array(String(scalar).utf8)
        if isNewline { #expect(LineBreaks.mayStart(bytes[0])) }
        let last = bytes.count - 1
        let ends = LineBreaks.ends(
            at: bytes[last], previous: last >= 1 ? bytes[last - 1] : 0x20,
            beforePrevious: last >= 2 ? bytes[last - 2] : 0x20)
        #expect(ends == isNewline, "U+\(String(scalar.value, radix: 16))")
        let other = scalar != "\n" && scalar != "\r" && isNewline
        if other { #expect(LineBreaks.mayStartOtherThanLFOrCR(bytes[0])) }
        #expect(WordWrap.hasLineBreak("x" + String(scalar) + "y") || !isNewline)
        #expect(CSVWriter.needsQuotes("x" + String(scalar) + "y") == isNewline)
    }
}
