import Foundation
import Testing

/// Plan text is never markup: a hostile plan comes out as literal text in Markdown, HTML and ODT;
/// and a plan or template with a fout produces no document at all.

private let hostilePlan = #"""
    gemeente: "Pipe|Stad <b>"
    titel: "Plan <script>alert(1)</script> & \"co\""
    opdrachtgever: "=cmd|' /C calc'!A0"
    aandachtspunten:
      - id: A1
        titel: "Kolom | scheiding <script>alert('x')</script>"
        bevinding: "Eerste regel\nTweede regel & meer"
        acties:
          - id: A1.1
            doel: "=HYPERLINK(\"http://x\")"
            actie: "Actie met | pijp en\nnieuwe regel en </td></tr> en ]]> en <text:p>"
            implementatie: "A & B \"aanhalingstekens\""
            borging: "+cmd en @SUM(1+1)"
            eigenaar: teamleider
            deadline: 2017-06-30
            status: in-uitvoering

    """#

private let hostileTemplate = """
    # {{titel}}

    Opdrachtgever {{opdrachtgever}}.

    {{tabel}}

    """

/// Writes the hostile plan and template into a fresh folder and renders them in `format`.
private func renderHostile(_ format: String, in folder: URL) throws -> DocumentRun {
    try hostilePlan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try hostileTemplate.write(
        to: folder.appendingPathComponent("brief.md"), atomically: true, encoding: .utf8)
    return try runVerbeterDocument(
        ["document", "plan.yaml", "--template", "brief.md", "--per", "2017-09-30", "--format", format],
        in: folder)
}

@Test func markdownEscapesPipesAndNewlinesInsideTableCells() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try renderHostile("md", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let rows = run.text.split(separator: "\n").filter { $0.hasPrefix("| Kolom") }
    #expect(rows.count == 1, "the cell's newline must not end the table row")
    let row = String(try #require(rows.first))
    #expect(row.contains(#"Kolom \| scheiding"#))
    #expect(row.contains(#"Actie met \| pijp en<br>nieuwe regel"#))
    // Five unescaped pipes: the four columns' borders, nothing from the plan text.
    #expect(row.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count == 5)
    #expect(!run.text.contains("<script>"))
}

@Test func htmlPrintsScriptTagsAndAmpersandsAsText() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try renderHostile("html", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.text.contains("<script>"))
    #expect(!run.text.contains("</td></tr> en"))
    #expect(run.text.contains("Kolom | scheiding &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(run.text.contains("A &amp; B &quot;aanhalingstekens&quot;"))
    #expect(run.text.contains("Actie met | pijp en<br>nieuwe regel"))
    #expect(run.text.contains("=HYPERLINK(&quot;http://x&quot;)"))
}

@Test func odtKeepsHostileTextAsTextInWellFormedXML() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.odt").path
    try hostilePlan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    try hostileTemplate.write(
        to: folder.appendingPathComponent("brief.md"), atomically: true, encoding: .utf8)
    let run = try runVerbeterDocument(
        ["document", "plan.yaml", "--template", "brief.md", "--per", "2017-09-30", "-o", file], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    // The text of every cell, as an XML parser sees it (a broken escape fails the parse).
    let script = """
        import sys, zipfile, xml.dom.minidom
        doc = xml.dom.minidom.parseString(zipfile.ZipFile(sys.argv[1]).read('content.xml'))
        def text(node):
            return ''.join(c.data if c.nodeType == c.TEXT_NODE else ('\\n' if c.tagName == 'text:line-break' else text(c)) for c in node.childNodes)
        for cell in doc.getElementsByTagName('table:table-cell'):
            print(repr(text(cell)))
        print('formulas', sum(1 for c in doc.getElementsByTagName('table:table-cell') if c.hasAttribute('table:formula')))
        """
    let cells = try runPython(script, [file])
    #expect(cells.contains(#""Kolom | scheiding <script>alert('x')</script>""#))
    #expect(cells.contains(#"'Actie met | pijp en\nnieuwe regel en </td></tr> en ]]> en <text:p>'"#))
    #expect(cells.contains(#"'=HYPERLINK("http://x")'"#))
    #expect(cells.contains(#"A & B "aanhalingstekens""#))
    #expect(cells.contains("formulas 0"))
}

@Test func planWithFoutPrintsDiagnosticsAndWritesNothing() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try
        "gemeente: X\ntitel: Y\naandachtspunten:\n  - id: A1\n    acties:\n      - id: A1.1\n        status: klaar\n"
        .write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("brief.odt")
    let run = try runVerbeterDocument(
        ["raadsbrief", folder.appendingPathComponent("plan.yaml").path, "-o", output.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("plan.yaml:7:17: fout:"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(run.stdout.isEmpty)
}

@Test func templateWithUnknownPlaceholderReportsItsLineAndKeepsTheOldFile() throws {
    let folder = try makeDocumentTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "# Brief\n\nGemeente {{gemeent}}.\n".write(
        to: folder.appendingPathComponent("brief.md"), atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("uit.md")
    try "oude versie".write(to: output, atomically: true, encoding: .utf8)
    let run = try runVerbeterDocument([
        "document", "plans/almelo-2017.yaml", "--template", folder.appendingPathComponent("brief.md").path,
        "-o", output.path,
    ])
    #expect(run.status == 1)
    #expect(
        run.stderr.contains(
            "brief.md:3:10: fout: onbekende plaatshouder '{{gemeent}}'; bedoelde u '{{gemeente}}'?"))
    #expect(try String(contentsOf: output, encoding: .utf8) == "oude versie")
    #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["brief.md", "uit.md"])
}
