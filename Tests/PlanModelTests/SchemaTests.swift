import Testing

@testable import PlanModel

/// `Schema` (the names suggested for an unknown field) and the builder's `switch` statements name
/// the same fields: every name in the schema is read without "onbekend veld".
struct SchemaTests {
    @Test func everySchemaFieldIsReadByTheBuilder() {
        func entries(_ names: [String], indent: String, skipping: Set<String>) -> String {
            names.filter { !skipping.contains($0) }.map { "\(indent)\($0): x\n" }.joined()
        }
        let structured: Set<String> = [
            "rapport", "college", "termijnen", "aandachtspunten", "acties", "historie", "id",
        ]
        let text =
            entries(Schema.planFields, indent: "", skipping: structured)
            + "rapport:\n" + entries(Schema.rapportFields, indent: "  ", skipping: [])
            + "college:\n" + entries(Schema.collegeFields, indent: "  ", skipping: [])
            + "termijnen:\n  kort: 2017-06-30\naandachtspunten:\n  - id: A\n"
            + entries(Schema.aandachtspuntFields, indent: "    ", skipping: structured)
            + "    acties:\n      - id: A.1\n"
            + entries(Schema.actieFields, indent: "        ", skipping: structured)
            + "        historie: |\n          2017-01-01 gepland\n"
        let loaded = LoadedPlan(source: SourceText(file: "p", text: text))
        let unknown = loaded.diagnostics.filter { $0.message.hasPrefix("onbekend veld") }
        #expect(unknown.isEmpty, "\(unknown.map(\.rendered))")
        #expect(loaded.plan?.aandachtspunten.first?.acties.first?.kosten?.value == "x")
    }
}

/// The builder finds fields by length first; every name is found, and nothing else.
struct FieldNameTests {
    @Test func everyFieldIsFoundByItsNameAndNoOtherNameIs() {
        for field in ActieField.allCases { #expect(ActieField(name: field.rawValue) == field) }
        for field in AandachtspuntField.allCases {
            #expect(AandachtspuntField(name: field.rawValue) == field)
        }
        for status in Status.allCases { #expect(Status(rawValue: status.rawValue) == status) }
        let others = [
            "", "i", "ID", "doelen", "eigenaaar", "deadlin", "historie ", "Status", "titel", "x" + "id",
        ]
        for name in others {
            #expect(ActieField(name: name) == nil, "\(name)")
            #expect(Status(rawValue: name) == nil, "\(name)")
        }
        for name in Status.allNames + others {
            let fromBytes = Array(name.utf8).withUnsafeBufferPointer { Status(utf8: $0) }
            #expect(fromBytes == Status(rawValue: name), "\(name)")
        }
        for name in ["", "doel", "acties2", "Titel", "uitwerkingen"] {
            #expect(AandachtspuntField(name: name) == nil, "\(name)")
        }
    }
}
