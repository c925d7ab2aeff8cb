import Testing

@testable import PlanModel

/// `WordWrap.lines` skips splitting text without a line break, and splits the rest exactly as
/// `Character.isNewline` does.
struct WordWrapTests {
    @Test(arguments: [
        "", "één regel zonder einde", "a\nb", "a\r\nb", "a\rb", "a\u{0B}b\u{0C}c", "a\u{85}b",
        "a\u{2028}b\u{2029}c", "em — dash", "café", "\n", "a\n\nb\n", "tab\tin regel",
    ])
    func linesSplitAtEveryKindOfLineBreak(text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
            .map(String.init)
        #expect(WordWrap.lines(text) == expected)
    }
}

/// The one-line table measures and cuts cells on bytes where that gives what `Character`s give.
struct TerminalTableLengthTests {
    static let texts = [
        "", "abc", "café", "Geëvalueerd", "e\u{301}e\u{301}", "a\u{300}b", "😀 x", "日本語", "ij ĳ",
        "€ 30", "A\u{0301}ngström", "tab\tx", "°C", "a\r\nb",
    ]

    @Test(arguments: texts)
    func lengthCountsCharacters(text: String) {
        #expect(TerminalTable.length(text) == text.count)
    }

    @Test(arguments: texts)
    func prefixCutsAtCharacters(text: String) {
        for count in 0...text.count + 1 {
            #expect(TerminalTable.prefix(text, count) == String(text.prefix(count)), "\(count)")
        }
    }
}

extension TerminalTableLengthTests {
    @Test(arguments: [
        "", "één regel", "regel\n", "a\nb\n", "\n\na\r\n\r\nb\r", "a\u{0B}b", "a\u{85}b\nc", "a\u{2028}b",
        "café\nÅngström\n", "\n", "\r\n",
    ])
    func oneLineJoinsTheLinesAsSplittingByCharacterDoes(text: String) {
        #expect(TerminalTable.oneLine(text) == text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
