import Testing

@testable import PlanModel

/// Cells are quoted when a reader would split them, and quotes inside are doubled.
struct CSVWriterTests {
    @Test(arguments: [
        ("gewoon", "gewoon"),
        ("café — één", "café — één"),
        ("a;b", "\"a;b\""),
        ("zei \"ja\"", "\"zei \"\"ja\"\"\""),
        ("regel 1\r\nregel 2", "\"regel 1\r\nregel 2\""),
        ("a\u{0B}b", "\"a\u{0B}b\""),
        ("a\u{85}b", "\"a\u{85}b\""),
        ("a\u{2028}b", "\"a\u{2028}b\""),
        ("a\u{2029}b", "\"a\u{2029}b\""),
        ("=SOM(A1)", "'=SOM(A1)"),
        ("-1;2", "\"'-1;2\""),
        // A separator or quote carrying a combining mark is still one to a CSV reader.
        ("a;\u{301}b", "\"a;\u{301}b\""),
        ("a\"\u{301}b", "\"a\"\"\u{301}b\""),
    ])
    func cells(text: String, expected: String) {
        #expect(CSVWriter.cell(text) == expected)
    }

    @Test func rowsAreSemicolonSeparatedWithCRLFAfterAByteOrderMark() {
        #expect(
            CSVWriter.render(header: ["a", "b"], rows: [["1", "x;y"]]) == "\u{FEFF}a;b\r\n1;\"x;y\"\r\n")
    }
}
