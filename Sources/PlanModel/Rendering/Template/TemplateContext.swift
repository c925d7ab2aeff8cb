/// The values a template is filled with. Names are looked up in `values`, then `tables`, then
/// `lists`. Provide every name a template may use, with an empty value when there is nothing to
/// say: an absent name is reported as an unknown placeholder (a typo), an empty one is just false
/// in `{{#als …}}`.
public struct TemplateContext: Sendable {
    /// Text values, e.g. "gemeente", "peildatum", "aantal.gerealiseerd". Inserted as literal text.
    public var values: [String: String]
    /// Block values, e.g. "tabel"; a table placeholder must stand alone on its line.
    public var tables: [String: ReportTable]
    /// Bullet lists, e.g. "achterstallig"; a list placeholder must stand alone on its line.
    public var lists: [String: [String]]

    public init(
        values: [String: String] = [:], tables: [String: ReportTable] = [:], lists: [String: [String]] = [:]
    ) {
        self.values = values
        self.tables = tables
        self.lists = lists
    }

    /// What a name stands for in this context.
    enum Entry {
        case value(String)
        case table(ReportTable)
        case list([String])
    }

    func entry(_ name: String) -> Entry? {
        if let value = values[name] { return .value(value) }
        if let table = tables[name] { return .table(table) }
        if let list = lists[name] { return .list(list) }
        return nil
    }

    /// `{{#als naam}}` is true for a text that is not blank, a table with rows, a non-empty list.
    func isTrue(_ name: String) -> Bool {
        switch entry(name) {
        case .value(let text): return text.contains { !$0.isWhitespace }
        case .table(let table): return !table.rows.isEmpty
        case .list(let items): return !items.isEmpty
        case nil: return false
        }
    }

    var allNames: [String] { Array(values.keys) + Array(tables.keys) + Array(lists.keys) }
}
