extension PlanEdit {
    /// The historie lines an edit writes: the change itself, dated `date`; and, the first time a
    /// status (or deadline) changes, the old value too, dated at the first historie line or else
    /// at `vastgesteld`, so the actie's past stays reconstructable (docs/FORMAT.md, historie).
    static func historieSplices(
        _ tree: SyntaxTree, _ actie: MappingNode, id: String, field: String, value: String, date: Day,
        toelichting: String?
    ) -> Result<[Splice], Failure> {
        let past: HistorieRecord
        switch HistorieRecord.read(tree, actie) {
        case .failure(let failure): return .failure(failure)
        case .success(let record): past = record
        }
        if let last = past.lastDate, date < last {
            return .failure(
                Failure(
                    message:
                        "--datum \(date.iso) ligt vóór de laatste regel van de historie van actie \(id) (\(last.iso)); een wijziging achteraf zet u met de hand op haar plaats in de historie"
                ))
        }
        let since = min(past.firstDate ?? tree.vastgesteld ?? date, date)
        var appended = [line(date, field == "deadline" ? "deadline \(value)" : value, toelichting)]
        var leading: String?
        if field == "status", !past.hasStatus, let old = text(actie, "status"), Status(rawValue: old) != nil {
            appended.insert(line(since, old, nil), at: 0)
        }
        if field == "deadline", !past.hasDeadline, let old = text(actie, "deadline") {
            // Before the first line of an existing historie, else before the change.
            if past.firstDate != nil {
                leading = line(since, "deadline \(old)", nil)
            } else {
                appended.insert(line(since, "deadline \(old)", nil), at: 0)
            }
        }
        return .success(splices(tree.source, actie, appended, leading: leading))
    }

    static func line(_ date: Day, _ change: String, _ toelichting: String?) -> String {
        guard let toelichting, !toelichting.isEmpty else { return "\(date.iso) \(change)" }
        return "\(date.iso) \(change): \(toelichting)"
    }

    /// Appended to the existing block (a `leading` line goes before its first line), or a new
    /// `historie: |` block after the actie's last line.
    static func splices(_ source: SourceText, _ actie: MappingNode, _ lines: [String], leading: String?)
        -> [Splice]
    {
        let eol = source.lineEnding
        guard let entry = actie.entry("historie"), case .scalar(let block)? = entry.value, block.style.isBlock
        else {
            let keyIndent = String(repeating: " ", count: actie.indent)
            return [
                linesAfter(source, actie, [keyIndent + "historie: |"] + lines.map { keyIndent + "  " + $0 })
            ]
        }
        let indent = String(repeating: " ", count: block.contentIndent)
        // An empty block ends at its indicator, and a comment may follow on the header line.
        let end = block.text.isEmpty ? lineEnd(source, from: block.range.upperBound) : block.range.upperBound
        var result = [Splice(range: end..<end, bytes: lines.flatMap { eol + Array((indent + $0).utf8) })]
        if let leading {
            var firstLine = lineEnd(source, from: block.range.lowerBound)
            if firstLine < source.bytes.count && source.bytes[firstLine] == 0x0D { firstLine += 1 }
            firstLine += 1  // past the header's line feed
            result.append(Splice(range: firstLine..<firstLine, bytes: Array((indent + leading).utf8) + eol))
        }
        return result
    }

    /// A one-line text value of the actie, as read.
    static func text(_ actie: MappingNode, _ key: String) -> String? {
        guard case .scalar(let scalar)? = actie.entry(key)?.value, !scalar.text.isEmpty else { return nil }
        return scalar.text
    }
}
