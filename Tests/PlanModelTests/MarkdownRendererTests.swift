import PlanModel
import Testing

struct MarkdownRendererTests {
    private func render(_ blocks: [Block]) -> String {
        MarkdownRenderer().render(Document(title: "t", blocks: blocks))
    }

    @Test func rendersHeadingsParagraphsListsBreaksAndRules() {
        #expect(
            MarkdownRenderer().render(RenderingFixtures.letter) == """
                # Raadsbrief

                Geachte **raadsleden**, zie *bijlage*

                - eerste
                - tweede

                Met vriendelijke groet,\\
                het college

                ---

                """)
    }

    @Test func rendersSpannedTableWithEmptyCoveredCellAndBrBetweenParagraphs() {
        #expect(
            render([.table(RenderingFixtures.spannedTable)]) == """
                | Aandachtspunt | Actie |
                | --- | --- |
                | Regie<br><br>Tweede alinea | Casusoverleg |
                |  | Scholing |

                """)
    }

    @Test func escapesHostileTextInTableCells() {
        let table = ReportTable(
            header: ["a|b"], rows: [[.cell(TableCell(RenderingFixtures.hostile + "\nregel 2"))]])
        #expect(
            render([.table(table)]) == """
                | a\\|b |
                | --- |
                | \\<script\\>alert(1)\\</script\\> \\&amp; "x" 'y' \\| =cmd \\*bold\\* \\_u\\_ \\[l\\](u)<br>regel 2 |

                """)
    }

    @Test func escapesMarkupInParagraphsButNotOrdinaryPunctuation() {
        let text = "*bold* _u_ `code` <b> a|b R&D, 1.5 (zie: p. 3)! 'x' \"y\" \\"
        #expect(
            render([.paragraph([.text(text)])])
                == "\\*bold\\* \\_u\\_ \\`code\\` \\<b\\> a|b R&D, 1.5 (zie: p. 3)! 'x' \"y\" \\\\\n")
    }

    @Test(arguments: [
        ("# kop", "\\# kop"), ("- punt", "\\- punt"), ("+ punt", "\\+ punt"), ("=cmd", "\\=cmd"),
        ("12. lijst", "12\\. lijst"), ("3) lijst", "3\\) lijst"), ("---", "\\---"),
        ("> citaat", "\\> citaat"),
        ("   # ingesprongen", "\\# ingesprongen"), ("2017 was goed", "2017 was goed"),
    ])
    func escapesBlockMarkersAtLineStart(input: String, expected: String) {
        #expect(render([.paragraph([.text(input)])]) == expected + "\n")
        #expect(render([.paragraph([.text("a\n" + input)])]) == "a\\\n" + expected + "\n")
    }

    @Test func escapesHashesInHeadingsSoClosingSequencesStay() {
        #expect(render([.heading(level: 2, [.text("Stap #")])]) == "## Stap \\#\n")
    }

    /// CommonMark reads code points: a `*` or `|` that carries a combining mark is still markup
    /// (and a pipe still ends a table cell), so it is escaped like any other.
    @Test func escapesMarkupCharactersThatCarryACombiningMark() {
        #expect(
            render([.paragraph([.text("*\u{301}nadruk*\u{301} _\u{301}")])])
                == "\\*\u{301}nadruk\\*\u{301} \\_\u{301}\n")
        let table = ReportTable(header: ["x"], rows: [[.cell(TableCell("a|\u{338}b"))]])
        #expect(render([.table(table)]) == "| x |\n| --- |\n| a\\|\u{338}b |\n")
    }

    @Test func escapesEntitiesButKeepsPlainAmpersands() {
        #expect(render([.paragraph([.text("&amp; &#39; R&D")])]) == "\\&amp; \\&#39; R&D\n")
        // The byte scan ends an entity name at anything but ASCII letters, digits and `#`.
        #expect(
            render([.paragraph([.text("&x1F; &; & amp; &é; &am\u{301}p; && &#x; a&b;")])])
                == "\\&x1F; &; & amp; &é; &am\u{301}p; && \\&#x; a\\&b;\n")
    }

    @Test func movesSpacesOutsideEmphasisDelimiters() {
        let inlines: [Inline] = [.text("een"), .bold([.text(" vet ")]), .text("woord")]
        #expect(render([.paragraph(inlines)]) == "een **vet** woord\n")
    }

    @Test func indentsContinuationLinesOfListItems() {
        #expect(render([.bulletList([[.text("a"), .lineBreak, .text("- b")]])]) == "- a\\\n  \\- b\n")
    }

    @Test func emptyDocumentEndsWithNewline() {
        #expect(render([]) == "\n")
    }
}
