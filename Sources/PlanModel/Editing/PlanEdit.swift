/// Edits of one actie that change only the bytes they must: the value token of `status` or
/// `deadline`, and one new `historie` line (or a new `historie: |` block where there was none).
/// Comments, blank lines, quoting, key order, CRLF and a BOM elsewhere stay byte-identical.
public enum PlanEdit {
    public struct Failure: Error, Sendable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    /// Sets the status of actie `id` and appends `DATUM STATUS[: toelichting]` to its historie.
    public static func setStatus(
        _ tree: SyntaxTree, actie id: String, to status: Status, on date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        edit(tree, actie: id, field: "status", value: status.rawValue, date: date, toelichting: toelichting)
    }

    /// Moves the deadline of actie `id` and appends `DATUM deadline NIEUW[: toelichting]`.
    public static func setDeadline(
        _ tree: SyntaxTree, actie id: String, to deadline: String, on date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        edit(tree, actie: id, field: "deadline", value: deadline, date: date, toelichting: toelichting)
    }

    static func historieLine(_ date: Day, _ change: String, _ toelichting: String?) -> String {
        guard let toelichting, !toelichting.isEmpty else { return "\(date.iso) \(change)" }
        return "\(date.iso) \(change): \(toelichting)"
    }

    static func edit(
        _ tree: SyntaxTree, actie id: String, field: String, value: String, date: Day, toelichting: String?
    ) -> Result<[UInt8], Failure> {
        guard let actie = TreeLocator.actie(id, in: tree) else {
            let ids = TreeLocator.allActies(in: tree).compactMap(TreeLocator.idText)
            let hint = EditDistance.nearest(to: id, in: ids).map { "; bedoelde u '\($0)'?" } ?? ""
            return .failure(Failure(message: "onbekende actie '\(id)'\(hint)"))
        }
        let source = tree.source
        let eol = source.lineEnding
        var splices: [Splice] = []
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
        // What the actie was before this change, when its historie does not say so yet: without
        // it, the actie's past could no longer be reconstructed (docs/FORMAT.md, historie).
        let change = field == "deadline" ? "deadline \(value)" : value
        var newLines = [historieLine(date, change, toelichting)]
        var leadingLine: String?
        let since = min(past.firstDate ?? tree.vastgesteld ?? date, date)
        if field == "status", !past.hasStatus, let old = stringValue(actie, "status"),
            Status(rawValue: old) != nil
        {
            newLines.insert(historieLine(since, old, nil), at: 0)
        }
        if field == "deadline", !past.hasDeadline, let old = stringValue(actie, "deadline") {
            if past.exists && past.firstDate != nil {
                leadingLine = historieLine(since, "deadline \(old)", nil)
            } else {
                newLines.insert(historieLine(since, "deadline \(old)", nil), at: 0)
            }
        }
        let historie = historieSplices(source, actie, newLines, leading: leadingLine, eol)

        // 1. The value token.
        if let entry = actie.entry(field) {
            guard case .scalar(let scalar)? = entry.value, !scalar.style.isBlock else {
                if entry.value == nil {
                    // `deadline:` with nothing after it: put the value after the colon.
                    let colonEnd = lineContentEnd(source, from: entry.keyPosition.offset)
                    splices.append(
                        Splice(
                            range: colonEnd..<colonEnd, bytes: Array((" " + ScalarWriter.render(value)).utf8))
                    )
                    return apply(source, splices + historie)
                }
                return .failure(
                    Failure(
                        message:
                            "'\(field)' van actie \(id) is geen enkele regel tekst; pas het plan met de hand aan"
                    ))
            }
            splices.append(
                Splice(
                    range: scalar.range, bytes: Array(ScalarWriter.render(value, keeping: scalar.style).utf8))
            )
        } else {
            // No such field yet: a new line at the actie's indentation, before `status` if present.
            let indent = String(repeating: " ", count: actie.indent)
            let line = Array((indent + field + ": " + ScalarWriter.render(value)).utf8) + eol
            let before =
                actie.entry("status").map { $0.keyPosition.lineStart } ?? insertionPoint(source, after: actie)
            if before == actie.position.lineStart || before == actie.position.offset {
                return .failure(
                    Failure(
                        message:
                            "kan '\(field)' niet toevoegen aan actie \(id); voeg het veld met de hand toe"))
            }
            splices.append(Splice(range: before..<before, bytes: line))
        }
        return apply(source, splices + historie)
    }

    /// The new historie lines: appended to an existing block (a `leading` line goes first in it),
    /// or a new `historie: |` block.
    static func historieSplices(
        _ source: SourceText, _ actie: MappingNode, _ lines: [String], leading: String?, _ eol: [UInt8]
    ) -> [Splice] {
        if let entry = actie.entry("historie"), case .scalar(let block)? = entry.value, block.style.isBlock {
            let indent = String(repeating: " ", count: block.contentIndent)
            var text: [UInt8] = []
            for line in lines { text += eol + Array((indent + line).utf8) }
            // An empty block ends at its indicator; a comment may follow it on the header line.
            let end =
                block.range.upperBound == block.range.lowerBound + 1
                    || block.range.upperBound
                        == block.range.lowerBound + 2
                        && source.bytes[block.range.upperBound - 1] == UInt8(ascii: "-")
                ? lineEnd(source, from: block.range.upperBound) : block.range.upperBound
            var splices = [Splice(range: end..<end, bytes: text)]
            if let leading,
                let first = firstContentLineStart(source, after: block.range.lowerBound, before: end)
            {
                splices.append(Splice(range: first..<first, bytes: Array((indent + leading).utf8) + eol))
            }
            return splices
        }
        let keyIndent = String(repeating: " ", count: actie.indent)
        let at = insertionPoint(source, after: actie)
        var block = Array((keyIndent + "historie: |").utf8)
        for line in lines { block += eol + Array((keyIndent + "  " + line).utf8) }
        if at > 0 && source.bytes[at - 1] != 0x0A {
            return [Splice(range: at..<at, bytes: eol + block)]  // last line had no newline: keep it so
        }
        return [Splice(range: at..<at, bytes: block + eol)]
    }

    /// The end of the line (before CR/LF) that `offset` is on.
    static func lineEnd(_ source: SourceText, from offset: Int) -> Int {
        var index = offset
        while index < source.bytes.count && source.bytes[index] != 0x0A && source.bytes[index] != 0x0D {
            index += 1
        }
        return index
    }

    /// The start of the first line after the block header, if the block has content.
    static func firstContentLineStart(_ source: SourceText, after header: Int, before end: Int) -> Int? {
        var index = header
        while index < end && source.bytes[index] != 0x0A { index += 1 }
        return index < end ? index + 1 : nil
    }

    /// A one-line text value of the actie, as read.
    static func stringValue(_ actie: MappingNode, _ key: String) -> String? {
        guard case .scalar(let scalar)? = actie.entry(key)?.value, !scalar.text.isEmpty else { return nil }
        return scalar.text
    }

    /// Just past the actie's last content line.
    static func insertionPoint(_ source: SourceText, after actie: MappingNode) -> Int {
        actie.end
    }

    /// The end of the line's content (before CR/LF), from an offset on that line.
    static func lineContentEnd(_ source: SourceText, from offset: Int) -> Int {
        var index = offset
        while index < source.bytes.count && source.bytes[index] != 0x0A && source.bytes[index] != 0x0D {
            index += 1
        }
        // Back over a trailing comment is not needed for an empty value: `deadline:   # x` keeps the comment after.
        var colon = offset
        while colon < index && source.bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        return min(colon + 1, index)
    }

    struct Splice {
        var range: Range<Int>
        var bytes: [UInt8]
    }

    static func apply(_ source: SourceText, _ splices: [Splice]) -> Result<[UInt8], Failure> {
        var result: [UInt8] = []
        result.reserveCapacity(source.bytes.count + 256)
        var cursor = 0
        for splice in splices.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result.append(contentsOf: source.bytes[cursor..<splice.range.lowerBound])
            result.append(contentsOf: splice.bytes)
            cursor = splice.range.upperBound
        }
        result.append(contentsOf: source.bytes[cursor...])
        return .success(result)
    }
}
