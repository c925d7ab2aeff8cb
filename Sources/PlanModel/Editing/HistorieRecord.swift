/// What an actie's `historie` already records, read from the syntax tree before an edit.
struct HistorieRecord {
    var exists = false
    var firstDate: Day?
    var lastDate: Day?
    var hasStatus = false
    var hasDeadline = false

    static func read(_ tree: SyntaxTree, _ actie: MappingNode) -> Result<HistorieRecord, PlanEdit.Failure> {
        var record = HistorieRecord()
        guard let entry = actie.entry("historie") else { return .success(record) }
        guard case .scalar(let scalar)? = entry.value, scalar.style.isBlock else {
            if entry.value == nil { return .success(record) }
            return .failure(
                PlanEdit.Failure(
                    message:
                        "de historie van deze actie staat niet in een blok; schrijf 'historie: |' met elke wijziging op een eigen regel"
                ))
        }
        record.exists = true
        for line in scalar.text.split(separator: "\n") where !line.allSatisfy({ $0 == " " }) {
            guard case .success(let (date, change, _)) = HistorieLine.parse(line) else { continue }
            if record.firstDate == nil { record.firstDate = date }
            record.lastDate = max(record.lastDate ?? date, date)
            switch change {
            case .status: record.hasStatus = true
            case .deadline: record.hasDeadline = true
            }
        }
        return .success(record)
    }
}

extension SyntaxTree {
    /// The plan's `vastgesteld` as a day (the first day of a month, quarter or year), if readable.
    var vastgesteld: Day? {
        guard case .mapping(let root)? = root, case .scalar(let scalar)? = root.entry("vastgesteld")?.value
        else {
            return nil
        }
        return DeadlineForm.parseDateLike(scalar.text)?.firstDay
    }
}
