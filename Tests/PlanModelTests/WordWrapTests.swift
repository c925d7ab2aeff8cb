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
