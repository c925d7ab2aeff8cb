/// The style sheet embedded in every HTML document: readable on screen, printed on A4 with the
/// table header repeated on each page and rows kept whole.
enum HTMLStyle {
    static let css = """
        @page { size: A4; margin: 2cm; }
        html {
          font-family: "Source Sans 3", "Segoe UI", Calibri, "Helvetica Neue", Arial, sans-serif;
          font-size: 11pt;
          line-height: 1.4;
          color: #000;
          background: #fff;
        }
        body { max-width: 17cm; margin: 0 auto; padding: 1em; }
        h1 { font-size: 18pt; }
        h2 { font-size: 14pt; }
        h3 { font-size: 12pt; }
        h1, h2, h3 { line-height: 1.2; margin: 1.2em 0 0.5em; break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 0.7em; orphans: 3; widows: 3; }
        ul { margin: 0 0 0.7em; padding-left: 1.5em; }
        hr { border: 0; border-top: 1px solid #000; margin: 1.5em 0; }
        table {
          width: 100%;
          border-collapse: collapse;
          table-layout: fixed;
          margin: 0 0 1em;
          font-size: 10pt;
        }
        th, td {
          border: 1px solid #000;
          padding: 4px 6px;
          vertical-align: top;
          text-align: left;
          overflow-wrap: anywhere;
        }
        th { background: #e8e8e8; font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        td p { margin: 0; }
        td p + p { margin-top: 0.5em; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
