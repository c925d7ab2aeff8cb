import Foundation
import Testing

/// The documents (`raadsbrief`, `inspectie`, `document`) end to end: golden files for both real
/// plans in every format, escaping of hostile plan text, the ODT read back, determinism and the
/// error paths. Re-record the goldens with `VERBETER_RECORD=1 swift test --filter DocumentCommandTests`.

private let goldenFolder = documentPackageRoot.appendingPathComponent(
    "Tests/VerbeterTests/Fixtures/documents")
private let peildatum = "2017-09-30"

/// Reads an ODT with Python's zipfile: checks the zip (CRC of every entry, `mimetype` first and
/// stored), parses every XML part with minidom and writes `content.xml` to standard output.
private let odtCheckScript = """
    import sys, zipfile, xml.dom.minidom
    z = zipfile.ZipFile(sys.argv[1])
    first = z.infolist()[0]
    assert first.filename == 'mimetype', first.filename
    assert first.compress_type == zipfile.ZIP_STORED
    assert z.read('mimetype') == b'application/vnd.oasis.opendocument.text'
    assert z.testzip() is None, 'CRC mismatch'
    names = z.namelist()
    for part in ['content.xml', 'styles.xml', 'META-INF/manifest.xml']:
        assert part in names, part
    for name in names:
        if name.endswith('.xml'):
            xml.dom.minidom.parseString(z.read(name))
    sys.stdout.buffer.write(z.read('content.xml'))
    """

/// One golden case: a command over a plan in a format.
struct DocumentCase: CustomTestStringConvertible, Sendable {
    var command: String
    var plan: String
    var format: String
    var goldenName: String { "\(command)-\(plan).\(format == "odt" ? "odt.content.xml" : format)" }
    var testDescription: String { goldenName }
}

private let goldenCases: [DocumentCase] = ["raadsbrief", "inspectie"].flatMap { command in
    ["almelo", "denhelder"].flatMap { plan in
        ["md", "html", "txt", "odt"].map { DocumentCase(command: command, plan: plan, format: $0) }
    }
}

/// The document's bytes; for ODT the `content.xml` inside it (the zip itself is checked by Python).
private func produce(_ c: DocumentCase) throws -> Data {
    let arguments = [c.command, "plans/\(c.plan)-2017.yaml", "--per", peildatum]
    guard c.format == "odt" else {
        let run = try runVerbeterDocument(arguments + ["--format", c.format])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.odt").path
    let run = try runVerbeterDocument(arguments + ["-o", file])
    #expect(run.status == 0, "\(run.stderr)")
    return Data(try runPython(odtCheckScript, [file]).utf8)
}

@Test(arguments: goldenCases)
func documentMatchesItsGoldenFile(_ c: DocumentCase) throws {
    let produced = try produce(c)
    let golden = goldenFolder.appendingPathComponent(c.goldenName)
    if ProcessInfo.processInfo.environment["VERBETER_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
        try produced.write(to: golden)
        Issue.record("re-recorded \(c.goldenName); run again without VERBETER_RECORD")
        return
    }
    let expected = try Data(contentsOf: golden)
    #expect(
        produced == expected,
        "\(c.goldenName) differs from its golden file; if the change is intended, re-record with VERBETER_RECORD=1"
    )
}

@Test func raadsbriefOdtHoldsTheTableWithSpannedCellsAndPeildatum() throws {
    let content = try String(
        decoding: produce(DocumentCase(command: "raadsbrief", plan: "almelo", format: "odt")), as: UTF8.self)
    #expect(content.contains("<table:table "))
    #expect(content.contains("table:number-rows-spanned=\"2\""))
    #expect(content.contains("<table:covered-table-cell/>"))
    #expect(content.contains("<table:table-header-rows>"))
    #expect(content.contains("Implementatie en borging"))
    #expect(content.contains("30 september 2017"))
    #expect(content.contains("Status: gerealiseerd; korte termijn (uiterlijk 30 juni 2017)"))
}

@Test func inspectieShowsFindingsFirstThenRisksWithZieReferences() throws {
    let run = try runVerbeterDocument(["inspectie", "plans/denhelder-2017.yaml", "--per", peildatum])
    #expect(run.status == 0)
    let text = run.text
    let findings = try #require(text.range(of: "| Oordeel/bevinding | uitwerking | Gerealiseerd/realiteit |"))
    let risks = try #require(text.range(of: "| nr | Risico's | Uitwerking | Beheersmaatregel | Realisatie |"))
    #expect(findings.lowerBound < risks.lowerBound)
    #expect(text.contains("| 02 | Niet met alle gezinsleden wordt gesproken |"))
    #expect(text.contains(" | Zie 01 | Zie 01 |"))
    #expect(text.contains(" | Zie 05 | Zie 05 |"))
}

@Test func sameCommandTwiceGivesIdenticalBytes() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for format in ["md", "html", "txt", "odt"] {
        var outputs: [Data] = []
        for attempt in 0..<2 {
            let file = folder.appendingPathComponent("brief\(attempt).\(format)").path
            let run = try runVerbeterDocument([
                "raadsbrief", "plans/almelo-2017.yaml", "--per", peildatum, "-o", file,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        #expect(outputs[0] == outputs[1], "\(format) differs between two runs")
        #expect(!outputs[0].isEmpty)
    }
}

@Test func formatFollowsTheOutputExtensionAndDefaultsToMarkdown() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("brief.html").path
    let run = try runVerbeterDocument([
        "raadsbrief", "plans/almelo-2017.yaml", "--per", peildatum, "-o", html,
    ])
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
    #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let markdown = try runVerbeterDocument([
        "raadsbrief", "plans/almelo-2017.yaml", "--per", "30 september 2017",
    ])
    #expect(
        markdown.text.contains(
            "| Aandachtspunt | Verbeterplan | Actie/maatregel | Implementatie en borging |"))
    #expect(markdown.text.contains("Datum: 30 september 2017"))
}

@Test func collegevoorstelTemplateFillsTheCollegeFields() throws {
    let run = try runVerbeterDocument([
        "document", "plans/almelo-2017.yaml", "--template", "templates/collegevoorstel.md", "--per",
        peildatum,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("**Onderwerp:** Inspectierapport sociale wijkteams"))
    #expect(run.text.contains("**Is er een uiterste behandeldatum?** Ja, 18 april 2017"))
    #expect(run.text.contains("**Portefeuillehouder:** C. van Wijk-Jongedijk"))
    #expect(run.text.contains("2 De raadsbrief op 18 april"))
}

@Test func documentWithoutTemplateIsAUsageError() throws {
    let run = try runVerbeterDocument(["document", "plans/almelo-2017.yaml"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--template"))
}

@Test func invalidPeildatumIsAUsageError() throws {
    let run = try runVerbeterDocument(["raadsbrief", "plans/almelo-2017.yaml", "--per", "2017-02-30"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("onleesbare datum '2017-02-30' bij --per"))
}

@Test func unknownFormatIsAUsageError() throws {
    let run = try runVerbeterDocument(["raadsbrief", "plans/almelo-2017.yaml", "--format", "pdf"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("onbekend formaat 'pdf'"))
}
