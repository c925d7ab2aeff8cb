#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LineParser {
    /// Reads the `historie` whose text the direct reader collected at `range` of `textBytes` into
    /// records after the actie's texts (`HistorieStorage.swift`), as `PlanBuilder.historie` reads
    /// it; false to decline at a line it would report. Each line's toelichting and new deadline
    /// are moved down over its date and status, so the storage keeps only those texts; without
    /// `keepingToelichting`, only the deadlines (`TextsKept`).
    mutating func directHistorie(
        _ scalar: ScalarNode, at range: Range<Int>, into header: inout ActieHeader,
        keepingToelichting: Bool = true
    ) -> Bool {
        let isLiteral: Bool
        switch scalar.style {
        case .literal: isLiteral = true
        case .plain, .singleQuoted, .doubleQuoted: isLiteral = false
        case .folded: return false
        }
        var lineNumber = isLiteral ? scalar.position.line + 1 : scalar.position.line
        let column = Int32(truncatingIfNeeded: isLiteral ? scalar.contentIndent + 1 : scalar.position.column)
        recordBytes.truncate(to: 0)
        // Nothing is appended to `textBytes` until the lines are read, so `base` stays put.
        let base = textBytes.base
        var kept = range.lowerBound
        /// Moves a text of the line down to `kept`; its place among the actie's bytes.
        func keep(_ text: Range<Int>, of lineStart: Int) -> (Int32, Int32) {
            let start = kept
            memmove(base + kept, base + lineStart + text.lowerBound, text.count)
            kept += text.count
            return (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: text.count))
        }
        var lineStart = range.lowerBound
        while lineStart <= range.upperBound {
            let lineEnd =
                memchr(base + lineStart, 0x0A, range.upperBound - lineStart).map {
                    UnsafeMutablePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                } ?? range.upperBound
            defer {
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            let line = UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart)
            if line.allSatisfy({ $0 == 0x20 }) { continue }
            guard case .success(let spans) = HistorieLine.parseSpans(bytes: line) else { return false }
            var record = StoredHistorieEntry(
                date: spans.date, line: Int32(truncatingIfNeeded: lineNumber), column: column,
                change: spans.status.map(StoredHistorieEntry.statusCode) ?? StoredHistorieEntry.deadlineLine)
            if let deadline = spans.deadline {
                (record.deadlineStart, record.deadlineCount) = keep(deadline, of: lineStart)
            }
            if keepingToelichting, let toelichting = spans.toelichting {
                (record.toelichtingStart, record.toelichtingCount) = keep(toelichting, of: lineStart)
            }
            recordBytes.append(record)
        }
        // The lines' other bytes are dropped when the historie was the last field read; otherwise
        // they stay, unused, among the texts.
        if range.upperBound == textBytes.count { textBytes.truncate(to: kept) }
        header.historieStart = Int32(truncatingIfNeeded: textBytes.count)
        header.historieCount = Int32(truncatingIfNeeded: recordBytes.count / StoredHistorieEntry.size)
        textBytes.append(recordBytes.bytes(from: 0))
        return true
    }
}
