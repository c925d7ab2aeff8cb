import Testing

@testable import PlanModel

/// The direct reader (`Model/LineParser+DirectRead.swift`) takes the common shapes of an aandachtspunt
/// straight from the lines and declines everything else; either way the streamed plan and its
/// messages are those of the tree build.
struct DirectReadTests {
    /// Counts the items the direct reader took.
    final class ProbeSink: ItemSink {
        let state: StreamingState
        var taken = 0
        var declined = 0
        init(_ source: SourceText) { state = StreamingState(PlanBuilder(source: source)) }
        func add(_ node: SyntaxNode) { state.add(node) }
        func prepareToRead(partOf fileBytes: Int) { state.prepareToRead(partOf: fileBytes) }
        func read(_ parser: inout LineParser) -> Bool {
            let took = state.read(&parser)
            if took { taken += 1 } else { declined += 1 }
            return took
        }
    }

    static let header = "gemeente: X\ntitel: Y\naandachtspunten:\n"

    /// Whether the direct reader took the items (all of them: true; none: false), after checking
    /// that the streamed build gives the tree build's plan and messages.
    func directlyRead(_ items: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool? {
        let source = SourceText(file: "p.yaml", text: Self.header + items)
        let full = LoadedPlan(source: source)
        let streamed = LoadedPlan(source: source, keepTree: false)
        #expect(streamed.plan == full.plan, sourceLocation: sourceLocation)
        #expect(streamed.diagnostics == full.diagnostics, sourceLocation: sourceLocation)
        let probe = ProbeSink(source)
        _ = SyntaxParser.parse(source, items: probe)
        if probe.declined == 0 && probe.taken > 0 { return true }
        if probe.taken == 0 && probe.declined > 0 { return false }
        return nil
    }

    static let common = """
          - id: A1
            titel: Ondersteuningsplan niet actueel   # rapport §3.3
            bevinding: >-
              Eerste regel van de bevinding
              loopt door op de tweede.

              Nieuwe alinea: met een dubbele punt.
            zie:
            acties:
              # overgenomen uit de raadsbrief
              - id: A1.1
                doel: 'Kinderen ''eerst'' en ouders'
                actie: |
                  Jaarlijks wijkcoach.
                    Ingesprongen regel.
                implementatie: "Wordt uitgevoerd: \\"ja\\" \\u00e9"

                borging: |-
                  Zoë's café
                eigenaar: projectleider
                deadline: 2017-08-29   # uiterste datum
                status: gepland
                historie: |
                  2016-04-10 gepland: Risicotaxatie.
                  2016-05-05 deadline 2017-08-29: bijgesteld
              - id: A1.2
                actie: tweede
                status: lopend
          - id: A2
            risico: Risico zonder acties
            acties:

        """

    @Test func theCommonShapesAreReadDirectly() {
        #expect(directlyRead(Self.common) == true)
        #expect(
            directlyRead(
                Self.common.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
            ) == true)
        // The list of acties at the key's own indentation, and an empty `acties:`.
        #expect(
            directlyRead(
                "  - id: A\n    titel: T\n    acties:\n    - id: A.1\n      actie: a\n      status: gepland\n"
            )
                == true)
        #expect(directlyRead("- id: A\n  titel: T\n  acties:\n- id: B\n  titel: U\n") == true)
    }

    @Test(arguments: [
        ("an unknown field", "    titels: T\n"),
        ("a duplicate field", "    titel: T\n"),
        ("a quoted key", "    'uitwerking': U\n"),
        ("text on the next line", "    uitwerking:\n      tekst\n"),
        ("a deeper field", "      uitwerking: U\n"),
        ("a tab before a value", "    uitwerking:\tU\n"),
        ("an anchor", "    uitwerking: &a U\n"),
        ("a colon in a plain value", "    uitwerking: een: twee\n"),
        ("a value that reads as a number", "    uitwerking: 12\n"),
        ("a plain value over two lines", "    uitwerking: een\n     twee\n"),
        ("an unterminated quote", "    uitwerking: 'open\n"),
        ("an unknown escape", "    uitwerking: \"a\\qb\"\n"),
        ("a list as text", "    uitwerking:\n    - a\n"),
        ("text after a quote", "    uitwerking: 'a' b\n"),
        ("a keep-chomping block", "    uitwerking: |+\n      a\n"),
        ("acties as text", "    acties: geen\n"),
        ("acties as a flow list", "    acties: []\n"),
        ("acties as fields", "    acties:\n      a: b\n"),
        ("an item of text", "    acties:\n      - tekst\n"),
        ("a nested list", "    acties:\n      - - a\n"),
        (
            "an item on the next line",
            "    acties:\n      -\n        id: A.1\n        actie: a\n        status: gepland\n"
        ),
        (
            "a misindented item",
            "    acties:\n      - id: A.1\n        actie: a\n        status: gepland\n       - id: A.2\n"
        ),
        ("an actie without status", "    acties:\n      - id: A.1\n        actie: a\n"),
        (
            "a field beside the list of acties",
            "    acties:\n      - id: A.1\n        actie: a\n        status: gepland\n      zie: B\n"
        ),
        ("an actie without id", "    acties:\n      - actie: a\n        status: gepland\n"),
        (
            "an unknown status stays a check",
            "    acties:\n      - id: A.1\n        actie: a\n        status: klaar\n"
        ),
        (
            "a folded historie",
            "    acties:\n      - id: A.1\n        actie: a\n        status: gepland\n        historie: >\n          2017-01-01 gepland\n"
        ),
        (
            "a bad historie line",
            "    acties:\n      - id: A.1\n        actie: a\n        status: gepland\n        historie: |\n          gisteren gepland\n"
        ),
        (
            "a field of an actie twice",
            "    acties:\n      - id: A.1\n        actie: a\n        actie: b\n        status: gepland\n"
        ),
    ])
    func everythingElseIsLeftToTheTree(_ case: (name: String, line: String)) {
        let item = "  - id: A\n    titel: T\n" + `case`.line
        // An unknown status is a check on the model, not a message of the reader: read directly.
        let expected = `case`.name.hasPrefix("an unknown status") ? true : false
        #expect(directlyRead(item) == expected, "\(`case`.name)")
    }

    /// The direct reader keeps a historie as records after the actie's texts, moving each
    /// toelichting and new deadline down over the line's date and status
    /// (`Model/LineParser+DirectHistorie.swift`); wherever the field stands, the entries are the
    /// tree's.
    @Test(arguments: [
        ("last", ["actie: a", "status: gepland", "HISTORIE"]),
        ("first", ["HISTORIE", "actie: a", "status: gepland"]),
        ("between", ["actie: a", "HISTORIE", "status: gepland", "borging: b"]),
    ])
    func aHistorieIsReadDirectlyWhereverItStands(_ case: (name: String, fields: [String])) {
        let historie = [
            "historie: |",
            "  2016-04-10 gepland: Risicotaxatie één, 日本語.",
            "",
            "     ",
            "  2016-05-05 deadline 31 mei 2017: bijgesteld: twee keer",
            "  2016-05-06 deadline korte termijn",
            "  2016-06-01 in-uitvoering :",
            "  2016-06-02 gerealiseerd   :   ruimte ervoor",
        ]
        let lines = `case`.fields.flatMap { $0 == "HISTORIE" ? historie : [$0] }
        let actie = "    acties:\n      - id: A.1\n" + lines.map { "        " + $0 + "\n" }.joined()
        #expect(directlyRead("  - id: A\n    titel: T\n" + actie) == true, "\(`case`.name)")
        let source = SourceText(file: "p.yaml", text: Self.header + "  - id: A\n    titel: T\n" + actie)
        let entries = LoadedPlan(source: source, keepTree: false).plan?.aandachtspunten.first?.acties.first?
            .historie
        // The header's three lines, A's three and A.1's id come before the actie's fields.
        let start = 8 + lines.firstIndex(of: "historie: |")!
        #expect(
            entries == [
                HistorieEntry(
                    date: Day(year: 2016, month: 4, day: 10)!, change: .status(.gepland),
                    toelichting: "Risicotaxatie één, 日本語.", line: Int32(start + 1), column: 11),
                HistorieEntry(
                    date: Day(year: 2016, month: 5, day: 5)!, change: .deadline("31 mei 2017"),
                    toelichting: "bijgesteld: twee keer", line: Int32(start + 4), column: 11),
                HistorieEntry(
                    date: Day(year: 2016, month: 5, day: 6)!, change: .deadline("korte termijn"),
                    line: Int32(start + 5), column: 11),
                HistorieEntry(
                    date: Day(year: 2016, month: 6, day: 1)!, change: .status(.inUitvoering),
                    line: Int32(start + 6), column: 11),
                HistorieEntry(
                    date: Day(year: 2016, month: 6, day: 2)!, change: .status(.gerealiseerd),
                    toelichting: "ruimte ervoor", line: Int32(start + 7), column: 11),
            ], "\(`case`.name)")
    }

    @Test func historieInOtherScalarFormsIsReadDirectlyToo() {
        let actie = "    acties:\n      - id: A.1\n        actie: a\n        status: gepland\n"
        for value in [
            "2017-01-01 gepland", "'2017-01-01 deadline 2018: a'", "\"\"", "|-\n          2017-01-01 gepland",
        ] {
            #expect(
                directlyRead("  - id: A\n    titel: T\n" + actie + "        historie: \(value)\n") == true,
                "\(value)")
        }
    }

    @Test func anAandachtspuntWithoutIdOrTextIsLeftToTheTree() {
        #expect(directlyRead("  - titel: T\n") == false)
        #expect(directlyRead("  - id: A\n    zie: B\n") == false)
        #expect(directlyRead("  - id: \"\"\n    titel: T\n") == false)
    }

    @Test func aDeclinedItemAmongDirectOnesIsReadByTheTree() {
        let items = Self.common + "  - id: A3\n    titel: T\n    onbekend: x\n" + Self.common
        #expect(directlyRead(items) == nil)
        let source = SourceText(file: "p.yaml", text: Self.header + items)
        let streamed = LoadedPlan(source: source, keepTree: false)
        #expect(streamed.plan?.aandachtspunten.map(\.id.value) == ["A1", "A2", "A3", "A1", "A2"])
        #expect(streamed.diagnostics.contains { $0.message.contains("onbekend") })
    }

    @Test func fieldNamesAreFoundFromTheirBytes() {
        /// `body` with a view of the text's bytes, alive for the call.
        func withBytes(_ text: String, _ body: (ByteView) -> Void) {
            Array(text.utf8).withUnsafeBufferPointer { body(ByteView($0)) }
        }
        for field in ActieField.allCases {
            withBytes("x" + field.rawValue + "y") { bytes in
                #expect(DirectKeys.actieField(bytes, 1..<bytes.count - 1)?.0 == field)
                #expect(DirectKeys.actieField(bytes, 1..<bytes.count) == nil)
                #expect(DirectKeys.actieField(bytes, 0..<bytes.count - 1) == nil)
            }
        }
        for field in AandachtspuntField.allCases {
            withBytes(field.rawValue) { bytes in
                #expect(DirectKeys.aandachtspuntField(bytes, 0..<bytes.count)?.0 == field)
            }
        }
        withBytes("implementatie-en-nog-veel-meer") { long in
            #expect(DirectKeys.actieField(long, 0..<long.count) == nil)
            #expect(DirectKeys.actieField(long, 0..<13)?.0 == .implementatie)
        }
    }
}
