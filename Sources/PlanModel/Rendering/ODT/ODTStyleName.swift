/// Style names shared by `styles.xml` and `content.xml`. Where LibreOffice has a built-in style of
/// the same purpose we use its name, so the document fits in with a user's own templates.
enum ODTStyleName {
    static let body = "Text_20_body"
    static let listItem = "List_20_Contents"
    static let rule = "Horizontal_20_Line"
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let strong = "Strong_20_Emphasis"
    static let emphasis = "Emphasis"
    static let bulletList = "Opsomming"
    static let tableRow = "Tabel.Rij"
    static let tableCell = "Tabel.Cel"
    static let tableHeaderCell = "Tabel.Kopcel"

    /// Level 1...3.
    static func heading(_ level: Int) -> String { "Heading_20_\(level)" }
}
