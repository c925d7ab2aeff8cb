#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How an actie's storage keeps its `historie`: one fixed-size record per line after the texts'
/// bytes, with the toelichting and the new deadline among those bytes. An array of
/// `HistorieEntry` with a `String` per toelichting was a heap block per actie and one per line,
/// about a tenth of a large plan's memory and a third of its allocations; the checks and lists
/// read only dates and kinds, and a `HistorieEntry` is made when someone asks for one.
struct StoredHistorieEntry {
    var date: Day
    var line: Int32
    var column: Int32
    /// The status's place in `Status.allCases`, or `StoredHistorieEntry.deadlineLine`.
    var change: UInt8
    /// Where the new deadline of a `deadline` line lies among the actie's bytes.
    var deadlineStart: Int32 = 0
    var deadlineCount: Int32 = 0
    /// Where the toelichting lies; count -1 when the line has none.
    var toelichtingStart: Int32 = 0
    var toelichtingCount: Int32 = -1

    static let deadlineLine: UInt8 = 0xFF

    /// Records are stored unaligned, one after the other.
    static let size = MemoryLayout<StoredHistorieEntry>.size

    var isDeadline: Bool { change == Self.deadlineLine }

    /// The status of a status line.
    var status: Status? { isDeadline ? nil : Status.allCases[Int(change)] }

    static func statusCode(_ status: Status) -> UInt8 {
        UInt8(truncatingIfNeeded: Status.allCases.firstIndex(of: status)!)
    }
}

/// An actie's historie records read in place: valid only inside `ActieStorage.withHistorie`, while
/// the storage is held.
struct HistorieRecords: RandomAccessCollection {
    /// The actie's bytes: texts, then the records from `recordsStart`.
    let bytes: UnsafePointer<UInt8>
    let recordsStart: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> StoredHistorieEntry {
        precondition(index >= 0 && index < count, "historieregel buiten de historie")
        return UnsafeRawPointer(bytes + recordsStart + index * StoredHistorieEntry.size)
            .loadUnaligned(as: StoredHistorieEntry.self)
    }

    /// The new deadline of a `deadline` line.
    func deadlineText(_ entry: StoredHistorieEntry) -> String {
        text(entry.deadlineStart, entry.deadlineCount)
    }

    /// Whether a `deadline` line names exactly `text`, without making its `String`.
    func deadline(_ entry: StoredHistorieEntry, is text: String) -> Bool {
        var text = text
        return text.withUTF8 { other in
            other.count == Int(entry.deadlineCount)
                && (other.isEmpty
                    || memcmp(other.baseAddress!, bytes + Int(entry.deadlineStart), other.count) == 0)
        }
    }

    /// The line as a `HistorieEntry`, its texts made into `String`s.
    func entry(_ index: Int) -> HistorieEntry {
        let stored = self[index]
        let change: HistorieEntry.Change =
            stored.status.map { .status($0) } ?? .deadline(deadlineText(stored))
        return HistorieEntry(
            date: stored.date, change: change,
            toelichting: stored.toelichtingCount < 0
                ? nil : text(stored.toelichtingStart, stored.toelichtingCount),
            line: stored.line, column: stored.column)
    }

    private func text(_ start: Int32, _ count: Int32) -> String {
        // The bytes are whole UTF-8 texts: cut from checked file bytes or from `String`s.
        String.fromCheckedUTF8(UnsafeBufferPointer(start: bytes + Int(start), count: Int(count)))
    }
}

extension ScratchBytes {
    /// Appends a historie record after the texts.
    func append(_ record: StoredHistorieEntry) {
        var record = record
        withUnsafeBytes(of: &record) { appendRaw($0) }
    }
}
