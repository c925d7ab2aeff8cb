import Foundation
import Testing

@testable import PlanModel

private let context = TemplateContext(
    values: [
        "gemeente": "Almelo", "peildatum": "18 april 2017", "aantal.acties": "9", "leeg": "", "ster": "*x*",
    ],
    tables: [
        "tabel": ReportTable(
            header: ["Aandachtspunt", "Actie"], rows: [[.cell(TableCell("A")), .cell(TableCell("B"))]]),
        "geen-rijen": ReportTable(header: ["Aandachtspunt"], rows: []),
    ],
    lists: ["achterstallig": ["Training", "Inkoop"], "niets": []]
)

private func blocks(_ text: String, _ context: TemplateContext = context) -> [Block] {
    let (document, diagnostics) = Template(parsing: text, file: "brief.md").render(context)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
    return document.blocks
}

private func errors(_ text: String) -> [String] {
    Template(parsing: text, file: "brief.md").render(context).1.map(\.rendered)
}

@Suite struct TemplateTests {
    @Test func placeholdersAreFilledWithAndWithoutSpaces() {
        #expect(
            blocks("Gemeente {{gemeente}}, {{ peildatum }}.") == [
                .paragraph([.text("Gemeente Almelo, 18 april 2017.")])
            ])
    }

    @Test func dottedNamesAreFilled() {
        #expect(blocks("{{aantal.acties}} acties") == [.paragraph([.text("9 acties")])])
    }

    @Test func markupInsideValueStaysLiteral() {
        #expect(blocks("{{ster}}") == [.paragraph([.text("*x*")])])
        #expect(blocks("*{{ster}}*") == [.paragraph([.italic([.text("*x*")])])])
        let hash = TemplateContext(values: ["kop": "# geen kop", "item": "- geen item"])
        #expect(blocks("{{kop}}\n{{item}}", hash) == [.paragraph([.text("# geen kop - geen item")])])
    }

    @Test func headingsOfThreeLevels() {
        #expect(
            blocks("# Een\n## Twee\n### Drie\n#### Vier") == [
                .heading(level: 1, [.text("Een")]), .heading(level: 2, [.text("Twee")]),
                .heading(level: 3, [.text("Drie")]), .paragraph([.text("#### Vier")]),
            ])
    }

    @Test func paragraphsSplitOnBlankLinesAndJoinLinesWithASpace() {
        #expect(
            blocks("Eerste regel\ntweede regel\n\n\nNieuwe alinea") == [
                .paragraph([.text("Eerste regel tweede regel")]), .paragraph([.text("Nieuwe alinea")]),
            ])
    }

    @Test func twoTrailingSpacesOrBackslashMakeALineBreak() {
        #expect(
            blocks("Hoogachtend,  \nde secretaris,\\\nF.W. van Ardenne") == [
                .paragraph([
                    .text("Hoogachtend,"), .lineBreak, .text("de secretaris,"), .lineBreak,
                    .text("F.W. van Ardenne"),
                ])
            ])
    }

    @Test func boldAndItalicNestAndUnmatchedStarsStayLiteral() {
        #expect(
            blocks("**Gemeente {{gemeente}}** en *schuin **vet** schuin*") == [
                .paragraph([
                    .bold([.text("Gemeente Almelo")]), .text(" en "),
                    .italic([.text("schuin "), .bold([.text("vet")]), .text(" schuin")]),
                ])
            ])
        #expect(blocks("2 * 3 en **half") == [.paragraph([.text("2 * 3 en **half")])])
        #expect(blocks("\\*geen\\* cursief") == [.paragraph([.text("*geen* cursief")])])
    }

    @Test func bulletItemsWithIndentedContinuation() {
        #expect(
            blocks("Inleiding\n- een\n  vervolg\n- twee\nNa de lijst") == [
                .paragraph([.text("Inleiding")]),
                .bulletList([[.text("een vervolg")], [.text("twee")]]),
                .paragraph([.text("Na de lijst")]),
            ])
    }

    @Test func threeDashesAloneAreARule() {
        #expect(
            blocks("Boven\n\n---\n\nOnder") == [
                .paragraph([.text("Boven")]), .rule, .paragraph([.text("Onder")]),
            ])
    }

    @Test func tableAndListPlaceholdersBecomeBlocks() {
        let table = context.tables["tabel"]!
        #expect(
            blocks("Tekst\n{{tabel}}\n  {{ achterstallig }}  \nMeer") == [
                .paragraph([.text("Tekst")]), .table(table),
                .bulletList([[.text("Training")], [.text("Inkoop")]]), .paragraph([.text("Meer")]),
            ])
        #expect(blocks("{{niets}}") == [])
    }

    @Test func tablePlaceholderInsideAParagraphIsAnError() {
        #expect(
            errors("Zie {{tabel}} hier.") == [
                "brief.md:1:5: fout: tabel '{{tabel}}' moet alleen op een eigen regel staan"
            ])
        #expect(
            errors("- {{achterstallig}}") == [
                "brief.md:1:3: fout: lijst '{{achterstallig}}' moet alleen op een eigen regel staan"
            ])
    }

    @Test func conditionalTrueFalseAndElse() {
        let text =
            "{{#als gemeente}}\nJa\n{{#anders}}\nNee\n{{/als}}\n{{#als leeg}}\nJa\n{{#anders}}\nNee\n{{/als}}"
        #expect(blocks(text) == [.paragraph([.text("Ja Nee")])])
        #expect(
            blocks("{{#als geen-rijen}}\n{{geen-rijen}}\n{{/als}}\nKlaar") == [.paragraph([.text("Klaar")])])
        #expect(
            blocks("A{{#als niets}} B{{/als}}{{#als achterstallig}} C{{/als}}") == [
                .paragraph([.text("A C")])
            ])
    }

    @Test func nestedConditionals() {
        let text = """
            {{#als gemeente}}
            {{#als leeg}}
            binnen-ja
            {{#anders}}
            binnen-nee
            {{/als}}
            {{/als}}
            """
        #expect(blocks(text) == [.paragraph([.text("binnen-nee")])])
    }

    @Test func commentsAreRemovedWithTheirLine() {
        #expect(
            blocks("Een\n{{! toelichting voor de opsteller }}\ntwee {{! weg }}drie") == [
                .paragraph([.text("Een twee drie")])
            ])
    }

    @Test func unknownPlaceholderReportsLineColumnAndSuggestion() {
        #expect(
            errors("Gemeente\n  Aan {{gemeent}}") == [
                "brief.md:2:7: fout: onbekende plaatshouder '{{gemeent}}'; bedoelde u '{{gemeente}}'?"
            ])
        #expect(errors("{{xyzzy}}") == ["brief.md:1:1: fout: onbekende plaatshouder '{{xyzzy}}'"])
        #expect(
            errors("{{#als achterstalig}}\n{{/als}}") == [
                "brief.md:1:1: fout: onbekende naam in '{{#als achterstalig}}'; bedoelde u '{{#als achterstallig}}'?"
            ])
    }

    @Test func unknownPlaceholderStaysVisibleInTheDocument() {
        let (document, _) = Template(parsing: "Aan {{gemeent}}", file: "b.md").render(context)
        #expect(document.blocks == [.paragraph([.text("Aan {{gemeent}}")])])
        #expect(renderTemplate("Aan {{gemeent}}", file: "b.md", context: context).0 == nil)
    }

    @Test func unclosedTagIsAnError() {
        let template = Template(parsing: "Aan {{gemeente\nverder", file: "b.md")
        #expect(
            template.diagnostics.map(\.rendered) == [
                "b.md:1:5: fout: '{{' wordt op deze regel niet afgesloten met '}}'"
            ])
    }

    @Test func unmatchedAndUnclosedConditionalsAreErrors() {
        #expect(errors("{{/als}}") == ["brief.md:1:1: fout: '{{/als}}' zonder bijbehorende '{{#als …}}'"])
        #expect(errors("x {{#anders}}") == ["brief.md:1:3: fout: '{{#anders}}' buiten een '{{#als …}}'"])
        #expect(
            errors("{{#als gemeente}}\nja") == [
                "brief.md:1:1: fout: '{{#als gemeente}}' wordt niet afgesloten met '{{/als}}'"
            ])
    }

    @Test func malformedTagsAreErrors() {
        #expect(
            errors("{{}} {{naam met spatie}} {{#zolang x}} {{#als}}") == [
                "brief.md:1:1: fout: lege plaatshouder '{{}}'",
                "brief.md:1:6: fout: ongeldige plaatshouder '{{naam met spatie}}'; een naam bestaat uit letters, cijfers, '-', '_' en '.'",
                "brief.md:1:26: fout: onbekende opdracht '{{#zolang x}}'; gebruik '{{#als naam}}', '{{#anders}}' of '{{/als}}'",
                "brief.md:1:40: fout: '{{#als}}' zonder naam; schrijf bijvoorbeeld '{{#als achterstallig}}'",
            ])
    }

    @Test func allErrorsAreReportedSortedByLocation() {
        let text =
            "{{/als}}\n{{gemeent}} en {{peildatum\n{{#als onbekend}}\n{{#anders}}\n{{aantal.actie}}\n{{/als}}"
        #expect(
            errors(text).map { $0.prefix(while: { $0 != " " }) } == [
                "brief.md:1:1:", "brief.md:2:1:", "brief.md:2:16:", "brief.md:3:1:", "brief.md:5:1:",
            ])
    }

    @Test func crlfInputWorks() {
        let text =
            "# Brief\r\n\r\nGemeente {{gemeente}}  \r\nAlmelo\r\n{{#als leeg}}\r\nweg\r\n{{/als}}\r\n- punt\r\n"
        #expect(
            blocks(text) == [
                .heading(level: 1, [.text("Brief")]),
                .paragraph([.text("Gemeente Almelo"), .lineBreak, .text("Almelo")]),
                .bulletList([[.text("punt")]]),
            ])
        #expect(errors("a\r\n{{gemeent}}").first?.hasPrefix("brief.md:2:1:") == true)
    }

    @Test func titleIsFirstLevelOneHeadingUnlessGiven() {
        let template = Template(parsing: "## Sub\n# Raadsbrief *{{gemeente}}*\n# Tweede", file: "b.md")
        #expect(template.render(context).0.title == "Raadsbrief Almelo")
        #expect(template.render(context, title: "Anders").0.title == "Anders")
        #expect(Template(parsing: "tekst", file: "b.md").render(context).0.title == "")
    }

    @Test func valueNewlinesBecomeLineBreaks() {
        let adres = TemplateContext(values: ["adres": "Postbus 1\n7600 GC Almelo"])
        #expect(
            blocks("{{adres}}", adres) == [
                .paragraph([.text("Postbus 1"), .lineBreak, .text("7600 GC Almelo")])
            ])
    }

    @Test func suggestionsComeFromTheKnownNames() {
        #expect(TemplateNames.nearest(to: "gemeent", in: ["titel", "gemeente"]) == "gemeente")
        #expect(TemplateNames.nearest(to: "xyz", in: ["gemeente"]) == nil)
    }

    @Test func secondOtherwiseIsAnError() {
        #expect(
            errors("{{#als gemeente}}a{{#anders}}b{{#anders}}c{{/als}}") == [
                "brief.md:1:31: fout: tweede '{{#anders}}' binnen '{{#als gemeente}}'"
            ])
    }

    @Test func byteOrderMarkAndEscapedHashAreNotText() {
        #expect(
            blocks("\u{FEFF}# Kop\n\\# geen kop") == [
                .heading(level: 1, [.text("Kop")]), .paragraph([.text("# geen kop")]),
            ])
    }

    @Test func exampleRaadsbriefRendersWithTheCoreNames() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates/raadsbrief.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let names = [
            "gemeente", "titel", "peildatum", "vastgesteld", "opdrachtgever", "rapport.titel", "rapport.door",
            "rapport.datum", "rapport.reactie-voor", "rapport.vervolgonderzoek", "aantal.acties",
            "aantal.aandachtspunten", "aantal.gerealiseerd", "aantal.geborgd", "aantal.open",
            "aantal.achterstallig", "tekst.aandachtspunten", "tekst.acties", "tekst.open",
            "tekst.achterstallig",
        ]
        var values = Dictionary(uniqueKeysWithValues: names.map { ($0, "") })
        values["gemeente"] = "Almelo"
        values["titel"] = "Verbeterplan zorg en ondersteuning"
        values["aantal.gerealiseerd"] = "5"
        values["aantal.acties"] = "9"
        let table = context.tables["tabel"]!
        let full = TemplateContext(
            values: values, tables: ["tabel": table], lists: ["achterstallig": ["Inkoop"]])
        let template = Template(parsing: text, file: "raadsbrief.md")
        #expect(template.diagnostics.isEmpty)
        let (document, diagnostics) = template.render(full)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        #expect(document.title == "Verbeterplan zorg en ondersteuning")
        #expect(document.blocks.first == .paragraph([.bold([.text("Gemeente Almelo")])]))
        #expect(document.blocks.contains(.table(table)))
        #expect(document.blocks.contains(.bulletList([[.text("Inkoop")]])))
        #expect(
            document.blocks.contains { block in
                if case .paragraph(let inlines) = block {
                    return inlines.contains(.bold([.text("5 van de 9 acties gerealiseerd")]))
                }
                return false
            })
        if ProcessInfo.processInfo.environment["TEMPLATE_DUMP"] != nil {
            for block in document.blocks { print(block) }
        }
    }
}
