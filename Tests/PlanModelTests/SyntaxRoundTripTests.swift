import Foundation
import Testing

@testable import PlanModel

/// Files of the package the tests read: the real plans and the fixtures next to the tests.
enum PackageFiles {
    /// The package root, found from this file's path (`Tests/PlanModelTests/<file>`).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Tests/PlanModelTests/Fixtures")

    /// Every `.yaml` file in `plans/`, sorted, as paths.
    static var plans: [String] { yamlFiles(in: root.appendingPathComponent("plans")) }

    /// Every `.yaml` file in `Tests/PlanModelTests/Fixtures/`, sorted, as paths.
    static var fixtureFiles: [String] { yamlFiles(in: fixtures) }

    static func yamlFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// The scalars of a tree in file order, for checking that their ranges tile the file.
func scalarsInOrder(_ node: SyntaxNode?) -> [ScalarNode] {
    guard let node else { return [] }
    switch node {
    case .scalar(let scalar): return [scalar]
    case .sequence(let sequence): return sequence.items.flatMap { scalarsInOrder($0) }
    case .mapping(let mapping): return mapping.entries.flatMap { scalarsInOrder($0.value) }
    }
}

/// Parses and prints `bytes`, and checks that the result is the input byte for byte and that the
/// scalar ranges are in order and do not overlap (else the printer would silently skip one).
func expectRoundTrip(
    _ bytes: [UInt8], file: String = "test.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let tree = SyntaxParser.parse(SourceText(file: file, bytes: bytes))
    let printed = SyntaxPrinter.print(tree)
    #expect(printed == bytes, "round trip of \(file) differs", sourceLocation: sourceLocation)
    var previousEnd = 0
    for scalar in scalarsInOrder(tree.root) {
        #expect(
            scalar.range.lowerBound >= previousEnd, "overlapping scalar at line \(scalar.position.line)",
            sourceLocation: sourceLocation)
        #expect(scalar.range.upperBound <= bytes.count, sourceLocation: sourceLocation)
        previousEnd = scalar.range.upperBound
    }
}

@Suite("Lossless round trip")
struct SyntaxRoundTripTests {
    @Test func everyPlanInPlansPrintsBackByteForByte() throws {
        let plans = PackageFiles.plans
        #expect(plans.count >= 2, "expected the real plans in \(PackageFiles.root.path)/plans")
        for path in plans {
            let bytes = try PackageFiles.bytes(path)
            let tree = SyntaxParser.parse(SourceText(file: path, bytes: bytes))
            #expect(tree.root != nil)
            #expect(!tree.diagnostics.hasFout, "\(tree.diagnostics.map(\.rendered))")
            expectRoundTrip(bytes, file: path)
        }
    }

    @Test func everyFixturePrintsBackByteForByte() throws {
        let fixtures = PackageFiles.fixtureFiles
        #expect(!fixtures.isEmpty)
        for path in fixtures { expectRoundTrip(try PackageFiles.bytes(path), file: path) }
    }

    @Test(arguments: RoundTripCase.all)
    func trickyInputPrintsBackByteForByte(_ input: RoundTripCase) {
        expectRoundTrip(input.bytes, file: input.name)
    }

    @Test func crlfPlanWithByteOrderMarkPrintsBackAndReadsLikeLF() throws {
        let lf = try PackageFiles.bytes(PackageFiles.plans[0])
        var crlf: [UInt8] = [0xEF, 0xBB, 0xBF]
        for byte in lf {
            if byte == 0x0A { crlf.append(0x0D) }
            crlf.append(byte)
        }
        expectRoundTrip(crlf)
        let lfTree = SyntaxParser.parse(SourceText(file: "lf", bytes: lf))
        let crlfTree = SyntaxParser.parse(SourceText(file: "crlf", bytes: crlf))
        #expect(crlfTree.source.hasByteOrderMark)
        #expect(scalarsInOrder(crlfTree.root).map(\.text) == scalarsInOrder(lfTree.root).map(\.text))
        #expect(crlfTree.source.lineEnding == [0x0D, 0x0A])
    }

    @Test func scalarRangesCoverExactlyTheValueToken() {
        // Trailing spaces after `plain text` are not part of the token.
        let text = "a: \"x \\\" y\"   # c\nb: 'it''s'\nc: plain text  \nd: |-\n  een\n  twee\n\ne: last\n"
        let tree = SyntaxParser.parse(SourceText(file: "t", text: text))
        let tokens = scalarsInOrder(tree.root).map { tree.source.text($0.range) }
        #expect(tokens == ["\"x \\\" y\"", "'it''s'", "plain text", "|-\n  een\n  twee", "last"])
    }

    @Test func printingATreeWithoutRootKeepsTheFile() {
        let bytes = Array("# alleen commentaar\n\n".utf8)
        let tree = SyntaxParser.parse(SourceText(file: "t", bytes: bytes))
        #expect(tree.root == nil)
        #expect(SyntaxPrinter.print(tree) == bytes)
    }
}

/// One tricky input for the round trip.
struct RoundTripCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }

    init(_ name: String, _ text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    init(_ name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    static let all: [RoundTripCase] = [
        RoundTripCase("CRLF", "gemeente: Almelo\r\ntitel: Plan\r\nlijst:\r\n  - a\r\n  - b\r\n"),
        RoundTripCase("CRLF block scalar", "a: |\r\n  een\r\n\r\n  twee\r\nb: >-\r\n  x\r\n  y\r\n"),
        RoundTripCase("BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("gemeente: Almelo\ntitel: Plan\n".utf8)),
        RoundTripCase("BOM and CRLF", bytes: [0xEF, 0xBB, 0xBF] + Array("a: b\r\nc: d".utf8)),
        RoundTripCase(
            "comments everywhere",
            """
            # kop
            gemeente: Almelo # na een waarde
              # ingesprongen commentaar
            lijst: # na een sleutel
            # tussen sleutel en lijst
              - a   # na een item
            # tussen items
              - b
            blok: | # na een blokkop
              regel
            # aan het eind
            """),
        RoundTripCase("blank lines", "\n\na: b\n\n\nc:\n\n  - d\n\n  - e\n\n\n"),
        RoundTripCase(
            "every scalar style",
            """
            plain: tekst met spaties
            single: 'een ''quote'''
            double: "esc \\n \\" \\\\ \\u00e9 \\t"
            literal: |
              een
                twee
            literalStrip: |-
              een
            folded: >
              een
              twee

              drie
            foldedStrip: >-
              een
              twee

            """),
        RoundTripCase("last line without newline", "a: b\nc: |\n  een\n  twee"),
        RoundTripCase("last plain value without newline", "a: b"),
        RoundTripCase("last folded block without newline", "a: >-\n  x\nb: >\n  een\n  twee"),
        RoundTripCase(
            "lines of spaces in blocks",
            "a: |\n  een\n     \n  twee\nb: >\n  een\n   \n  twee\n  drie\n\n    diep\n  plat\nc: x\n"),
        RoundTripCase("trailing spaces", "a: b   \nc:   \n  - d  \ne: 'x'  \nf: |  \n  g   \n   \n"),
        RoundTripCase("document start", "---\ngemeente: Almelo\n"),
        RoundTripCase("document start with comment", "--- # begin\na: b\n"),
        RoundTripCase("compact sequence", "a:\n- b\n- c: d\n  e: f\n"),
        RoundTripCase("nested sequences", "a:\n  - - b\n    - c\n  - d\n"),
        RoundTripCase("multi-byte text", "gemeente: Súdwest-Fryslân\ntitel: “citaat” é ü — 𝄞\n"),
        RoundTripCase("quoted keys", "\"a b\": c\n'd': e\n"),
        RoundTripCase("syntax errors", "a: [b]\n\tc: d\nd: \"open\ne: f: g\n"),
        RoundTripCase("empty", ""),
        RoundTripCase("only newlines", "\n\n"),
    ]
}
