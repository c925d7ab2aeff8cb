import Testing

@testable import PlanModel

/// Parses `text` as a file named `test.yaml`.
func parseText(_ text: String) -> SyntaxTree {
    SyntaxParser.parse(SourceText(file: "test.yaml", text: text))
}

/// The node at a dotted path of keys and item numbers (`aandachtspunten.0.id`).
func node(_ tree: SyntaxTree, _ path: String) -> SyntaxNode? {
    var current = tree.root
    for step in path.split(separator: ".") {
        switch current {
        case .mapping(let mapping)?: current = mapping.entry(String(step))?.value
        case .sequence(let sequence)?:
            guard let index = Int(step), sequence.items.indices.contains(index) else { return nil }
            current = sequence.items[index]
        default: return nil
        }
    }
    return current
}

func scalar(_ tree: SyntaxTree, _ path: String) -> ScalarNode? {
    if case .scalar(let scalar)? = node(tree, path) { return scalar }
    return nil
}

@Suite("Syntax parser")
struct SyntaxParserTests {
    // MARK: Scalar styles

    @Test func plainScalarIsTrimmedAndStopsAtComment() {
        let tree = parseText("a: een waarde   # commentaar\nb: a#b\n")
        #expect(scalar(tree, "a")?.text == "een waarde")
        #expect(scalar(tree, "a")?.style == .plain)
        #expect(scalar(tree, "b")?.text == "a#b")
        #expect(tree.diagnostics.isEmpty)
    }

    /// The end of a plain value is found eight bytes at a time: a comment, a `#` inside a word
    /// and a `: ` must be seen at every offset and at the line's end.
    @Test func plainScalarEndAndColonAreFoundAtEveryOffset() {
        for length in 0..<30 {
            let word = String(repeating: "x", count: length)
            let commented = parseText("a: v\(word) # c\nb: v\(word)#b\n")
            #expect(scalar(commented, "a")?.text == "v" + word)
            #expect(scalar(commented, "b")?.text == "v\(word)#b")
            #expect(commented.diagnostics.isEmpty)
            let colon = parseText("a: v\(word): w\n")
            #expect(colon.diagnostics.map(\.location.column) == [5 + length])
            let url = parseText("a: v\(word)://w\nb: v\(word):\n")
            #expect(scalar(url, "a")?.text == "v\(word)://w")
            #expect(url.diagnostics.map(\.location.line) == [2])
        }
    }

    @Test func singleQuotedDoublesTheQuote() {
        let tree = parseText("a: 'het ''t college'\nb: ''\nc: '# geen commentaar'\n")
        #expect(scalar(tree, "a")?.text == "het 't college")
        #expect(scalar(tree, "a")?.style == .singleQuoted)
        #expect(scalar(tree, "b")?.text == "")
        #expect(scalar(tree, "c")?.text == "# geen commentaar")
    }

    @Test func doubleQuotedDecodesEscapes() {
        let tree = parseText(#"a: "een\ntwee \"q\" back\\slash caf\u00e9 tab\t slash\/""# + "\n")
        #expect(scalar(tree, "a")?.text == "een\ntwee \"q\" back\\slash café tab\t slash/")
        #expect(scalar(tree, "a")?.style == .doubleQuoted)
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func doubleQuotedKeepsColonAndHash() {
        let tree = parseText("titel: \"Toezicht: wijkteams # 1\"\n")
        #expect(scalar(tree, "titel")?.text == "Toezicht: wijkteams # 1")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func literalKeepsNewlinesAndMoreIndentation() {
        let tree = parseText("a: |\n  een\n    twee\n\n  drie\nb: x\n")
        #expect(scalar(tree, "a")?.text == "een\n  twee\n\ndrie\n")
        #expect(scalar(tree, "a")?.style == .literal(strip: false))
        #expect(scalar(tree, "a")?.contentIndent == 2)
        #expect(scalar(tree, "b")?.text == "x")
    }

    @Test func literalClipChompingDropsTrailingBlankLines() {
        let tree = parseText("a: |\n  een\n  twee\n\n\nb: x\n")
        #expect(scalar(tree, "a")?.text == "een\ntwee\n")
    }

    @Test func literalStripChompingDropsTheLastNewline() {
        let tree = parseText("a: |-\n  een\n  twee\n\nb: x\n")
        #expect(scalar(tree, "a")?.text == "een\ntwee")
        #expect(scalar(tree, "a")?.style == .literal(strip: true))
    }

    @Test func foldedJoinsLinesAndKeepsBlankLinesAsBreaks() {
        let tree = parseText("a: >\n  een\n  twee\n\n  drie\n\n\n  vier\n")
        #expect(scalar(tree, "a")?.text == "een twee\ndrie\n\nvier\n")
        #expect(scalar(tree, "a")?.style == .folded(strip: false))
    }

    @Test func foldedKeepsBreaksAroundMoreIndentedLines() {
        let tree = parseText("a: >\n  een\n    ingesprongen\n  twee\n  drie\n")
        #expect(scalar(tree, "a")?.text == "een\n  ingesprongen\ntwee drie\n")
    }

    @Test func foldedStripChomping() {
        let tree = parseText("a: >-\n  een\n  twee\n\n")
        #expect(scalar(tree, "a")?.text == "een twee")
        #expect(scalar(tree, "a")?.style == .folded(strip: true))
    }

    @Test func blockScalarWithCommentOnHeaderAndAtEnd() {
        let tree = parseText("a: | # uitleg\n  een\n# einde\nb: x\n")
        #expect(scalar(tree, "a")?.text == "een\n")
        #expect(scalar(tree, "b")?.text == "x")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func emptyValueIsNil() {
        let tree = parseText("a:\nb: x\n")
        guard case .mapping(let mapping)? = tree.root else {
            Issue.record("root is not a mapping")
            return
        }
        #expect(mapping.entries.map(\.key) == ["a", "b"])
        #expect(mapping.entries[0].value == nil)
    }

    @Test func scalarsAreAlwaysText() {
        let tree = parseText("nr: 01\ndatum: 2017-03\nja: \"true\"\n")
        #expect(scalar(tree, "nr")?.text == "01")
        #expect(scalar(tree, "datum")?.text == "2017-03")
        #expect(scalar(tree, "ja")?.text == "true")
    }

    // MARK: Structure

    @Test func keysWithSpaces() {
        let tree = parseText("termijnen:\n  korte termijn: 2017-06-30\n  lange termijn  : 2019-01-01\n")
        guard case .mapping(let termijnen)? = node(tree, "termijnen") else {
            Issue.record("termijnen is not a mapping")
            return
        }
        #expect(termijnen.entries.map(\.key) == ["korte termijn", "lange termijn"])
        #expect(scalar(tree, "termijnen.korte termijn")?.text == "2017-06-30")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func compactSequenceAtTheKeysIndent() {
        let tree = parseText("lijst:\n- een\n- id: A1\n  titel: twee\nna: x\n")
        guard case .sequence(let list)? = node(tree, "lijst") else {
            Issue.record("lijst is not a sequence")
            return
        }
        #expect(list.items.count == 2)
        #expect(scalar(tree, "lijst.0")?.text == "een")
        #expect(scalar(tree, "lijst.1.titel")?.text == "twee")
        #expect(scalar(tree, "na")?.text == "x")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func nestedSequencesInMappings() {
        let text = """
            aandachtspunten:
              - id: A1
                acties:
                  - id: A1.1
                    status: gepland
                  - id: A1.2
              - id: A2
                lijst:
                  - - diep
                    - dieper
            """
        let tree = parseText(text)
        #expect(scalar(tree, "aandachtspunten.0.acties.1.id")?.text == "A1.2")
        #expect(scalar(tree, "aandachtspunten.0.acties.0.status")?.text == "gepland")
        #expect(scalar(tree, "aandachtspunten.1.id")?.text == "A2")
        #expect(scalar(tree, "aandachtspunten.1.lijst.0.1")?.text == "dieper")
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func mappingKeepsKeyOrder() {
        let tree = parseText("z: 1x\na: 2x\nm: 3x\n")
        guard case .mapping(let mapping)? = tree.root else {
            Issue.record("root is not a mapping")
            return
        }
        #expect(mapping.entries.map(\.key) == ["z", "a", "m"])
    }

    @Test func documentStartAndByteOrderMarkAreSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\na: b\r\nc: d\r\n".utf8)
        let tree = SyntaxParser.parse(SourceText(file: "t", bytes: bytes))
        #expect(scalar(tree, "a")?.text == "b")
        #expect(scalar(tree, "c")?.text == "d")
        #expect(scalar(tree, "c")?.position.line == 3)
        #expect(tree.diagnostics.isEmpty)
    }

    @Test func crlfLineEndingsAreNotPartOfValues() {
        let tree = parseText("a: b\r\nc: |\r\n  een\r\n  twee\r\nd: 'q'\r\n")
        #expect(scalar(tree, "a")?.text == "b")
        #expect(scalar(tree, "c")?.text == "een\ntwee\n")
        #expect(scalar(tree, "d")?.text == "q")
    }

    // MARK: Positions

    @Test func positionsOfKeysAndScalars() {
        let tree = parseText("gemeente: Almelo\nlijst:\n  - id: A1\n    titel:   Ver\n")
        #expect(scalar(tree, "gemeente")?.position.line == 1)
        #expect(scalar(tree, "gemeente")?.position.column == 11)
        let id = scalar(tree, "lijst.0.id")
        #expect(id?.position.line == 3)
        #expect(id?.position.column == 9)
        let titel = scalar(tree, "lijst.0.titel")
        #expect(titel?.position.line == 4)
        #expect(titel?.position.column == 14)
        if case .mapping(let item)? = node(tree, "lijst.0") {
            #expect(item.position.line == 3)
            #expect(item.position.column == 5)
            #expect(item.entry("titel")?.keyPosition.column == 5)
        } else {
            Issue.record("item is not a mapping")
        }
    }

    @Test func columnCountsUnicodeScalarsAfterMultiByteCharacters() {
        // 'é' is two bytes and "𝄞" four, each one column.
        let tree = parseText("café: x\n\"𝄞é\": y\nb: é 𝄞 # c\n")
        #expect(scalar(tree, "café")?.position.column == 7)
        #expect(scalar(tree, "𝄞é")?.position.column == 7)
        #expect(scalar(tree, "b")?.position.line == 3)
        #expect(scalar(tree, "b")?.text == "é 𝄞")
        let diagnostic = parseText("é: 'open\n").diagnostics.first
        #expect(diagnostic?.location.column == 4)
    }

    @Test func byteOrderMarkDoesNotCountAsAColumn() {
        let tree = SyntaxParser.parse(
            SourceText(file: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\n".utf8)))
        #expect(scalar(tree, "a")?.position.column == 4)
        #expect(scalar(tree, "a")?.position.offset == 6)
    }

    @Test func blockScalarPositionIsItsHeader() {
        let tree = parseText("x: y\nhistorie: |\n  2017-01-01 gepland\n")
        let historie = scalar(tree, "historie")
        #expect(historie?.position.line == 2)
        #expect(historie?.position.column == 11)
    }

    // MARK: Recovery

    @Test func parserRecoversAtTheNextLineAfterAnError() {
        let tree = parseText("a: [x]\nb: goed\nc: {y}\nd: ook goed\n")
        #expect(scalar(tree, "b")?.text == "goed")
        #expect(scalar(tree, "d")?.text == "ook goed")
        #expect(tree.diagnostics.map(\.location.line) == [1, 3])
    }
}

/// Regressions for parser bugs found while writing the diagnostic catalogue.
@Suite("Syntax parser regressions")
struct SyntaxParserRegressionTests {
    @Test func secondDocumentAfterARootMappingIsReportedAsSuch() {
        let tree = parseText("a: b\nc: d\n---\na: e\n")
        #expect(tree.diagnostics.count == 1)
        #expect(tree.diagnostics.first?.location.line == 3)
        #expect(tree.diagnostics.first?.message.contains("meerdere documenten") == true)
        #expect(scalar(tree, "a")?.text == "b")
    }

    @Test func documentEndMarkerAfterARootMappingIsReportedAsSuch() {
        let tree = parseText("a: b\n...\n")
        #expect(tree.diagnostics.map(\.message).first?.contains("meerdere documenten") == true)
    }

    @Test func deeperFieldAfterAPlainValueIsInconsistentIndentation() {
        let tree = parseText("- id: A1\n   titel: x\n")
        #expect(tree.diagnostics.count == 1)
        #expect(tree.diagnostics.first?.message.contains("springt 3 spaties in waar 2 verwacht werd") == true)
        #expect(tree.diagnostics.first?.location.column == 4)
    }

    @Test func deeperTextAfterAPlainValueIsStillAContinuation() {
        let tree = parseText("titel: een\n  twee\n")
        #expect(tree.diagnostics.first?.message.contains("loopt door op de volgende regel") == true)
    }
}

extension SyntaxParserRegressionTests {
    @Test func clipChompingAtEndOfFileWithoutNewlineAddsNoLineBreak() {
        #expect(scalar(parseText("a: |\n  een\n  twee"), "a")?.text == "een\ntwee")
        #expect(scalar(parseText("a: >\n  een\n  twee"), "a")?.text == "een twee")
        #expect(scalar(parseText("a: |\n  een\n  twee\n"), "a")?.text == "een\ntwee\n")
        #expect(scalar(parseText("a: |\r\n  een\r\n"), "a")?.text == "een\n")
    }

    @Test func lineOfSpacesDeeperThanTheBlockIsContent() {
        #expect(scalar(parseText("a: |\n  een\n     \n  twee\n"), "a")?.text == "een\n   \ntwee\n")
        #expect(scalar(parseText("a: |\n  een\n   \nb: x\n"), "a")?.text == "een\n \n")
        #expect(scalar(parseText("a: |\n  een\n  \n\n  twee\n"), "a")?.text == "een\n\n\ntwee\n")
    }
}
