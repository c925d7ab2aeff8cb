/// Where one text of an actie lies in its storage, and where it was written in the file.
struct TextSpan: Sendable {
    var start: Int32
    /// The text's length in bytes; -1 when the field is absent.
    var count: Int32
    var line: Int32
    var column: Int32

    static let absent = TextSpan(start: 0, count: -1, line: 0, column: 0)
}

/// The text fields of an actie (`historie` is kept as records after the texts, see
/// `HistorieStorage.swift`); the raw value indexes `Actie.Fields`.
enum ActieText: Int, CaseIterable, Sendable {
    case id, doel, actie, implementatie, borging, eigenaar, deadline, status, kosten, bron
}

/// What an actie keeps beside its texts' bytes. What the checks and lists read of every actie
/// comes first, so that it shares the object's first cache lines with its reference count.
struct ActieHeader {
    /// The id's hash for the duplicate-id check (`IdHash`); nil when the id is not ASCII.
    var idHash: UInt64?
    /// The historie's records (`StoredHistorieEntry`) lie after the texts, from this byte on.
    var historieStart: Int32 = 0
    var historieCount: Int32 = 0
    /// Status and deadline are parsed once, when the actie is made, not by every check and list.
    var statusValue: Status?
    var deadlineForm: DeadlineForm?
    /// The latest date in the historie: whether the actie changed after a peildatum is asked of
    /// every actie by every list.
    var latestHistorieDay: Day?
    /// Whether a historie line moves the deadline: only those lines are checked, and the
    /// historie records lie after the texts, a cache miss per actie to look.
    var historieMovesDeadline = false
    var historieColumn: Int32?
    var id = TextSpan.absent
    var doel = TextSpan.absent
    var actie = TextSpan.absent
    var implementatie = TextSpan.absent
    var borging = TextSpan.absent
    var eigenaar = TextSpan.absent
    var deadline = TextSpan.absent
    var status = TextSpan.absent
    var kosten = TextSpan.absent
    var bron = TextSpan.absent

    func has(_ text: ActieText) -> Bool { self[text].count >= 0 }

    subscript(text: ActieText) -> TextSpan {
        get {
            switch text {
            case .id: id
            case .doel: doel
            case .actie: actie
            case .implementatie: implementatie
            case .borging: borging
            case .eigenaar: eigenaar
            case .deadline: deadline
            case .status: status
            case .kosten: kosten
            case .bron: bron
            }
        }
        set {
            switch text {
            case .id: id = newValue
            case .doel: doel = newValue
            case .actie: actie = newValue
            case .implementatie: implementatie = newValue
            case .borging: borging = newValue
            case .eigenaar: eigenaar = newValue
            case .deadline: deadline = newValue
            case .status: status = newValue
            case .kosten: kosten = newValue
            case .bron: bron = newValue
            }
        }
    }
}

/// An actie's texts in one allocation: the header, then the UTF-8 bytes of every text one after
/// the other. A `String` per field was most of a large plan's memory (a header and a heap block
/// each, scattered), so most of its page faults, and every check and list that walked the acties
/// touched a dozen places per actie. Immutable once made: a changed actie gets new storage.
/// Nothing may write to `header` or the bytes after `make` returns: `Actie` is Sendable on
/// that promise alone (`ManagedBuffer` itself never is).
final class ActieStorage: ManagedBuffer<ActieHeader, UInt8> {
    /// Storage for the texts `header` places in `bytes` (UTF-8, cut at character boundaries);
    /// the parsed status and deadline and the latest historie date are worked out here.
    static func make(_ texts: ActieHeader, bytes: UnsafeBufferPointer<UInt8>) -> ActieStorage {
        // Spans are 32-bit: an actie with 2 GB of text stops here rather than read out of bounds.
        precondition(bytes.count <= Int(Int32.max), "de teksten van een actie zijn samen groter dan 2 GB")
        let made = unsafeDowncast(create(minimumCapacity: bytes.count) { _ in texts }, to: ActieStorage.self)
        made.withUnsafeMutablePointers { header, base in
            if let source = bytes.baseAddress { base.initialize(from: source, count: bytes.count) }
            func text(_ span: TextSpan) -> UnsafeBufferPointer<UInt8>? {
                span.count < 0
                    ? nil : UnsafeBufferPointer(start: base + Int(span.start), count: Int(span.count))
            }
            header.pointee.idHash = text(header.pointee.id).flatMap(IdHash.of)
            header.pointee.statusValue = text(header.pointee.status).flatMap { Status(utf8: $0) }
            header.pointee.deadlineForm = text(header.pointee.deadline).flatMap {
                DeadlineForm.parse(bytes: $0)
            }
            var latest: Day?
            var movesDeadline = false
            let records = HistorieRecords(
                bytes: UnsafePointer(base), recordsStart: Int(header.pointee.historieStart),
                count: Int(header.pointee.historieCount))
            precondition(
                records.recordsStart + records.count * StoredHistorieEntry.size <= bytes.count,
                "historie buiten de opslag van de actie")
            for entry in records {
                if latest.map({ entry.date > $0 }) ?? true { latest = entry.date }
                if entry.isDeadline { movesDeadline = true }
            }
            header.pointee.latestHistorieDay = latest
            header.pointee.historieMovesDeadline = movesDeadline
        }
        return made
    }

    /// Storage holding the texts of `fields` (the tree builder's and a changed actie's way).
    static func make(_ fields: borrowing Actie.Fields) -> ActieStorage {
        var header = ActieHeader()
        var bytes: [UInt8] = []
        for text in ActieText.allCases {
            guard let planText = fields[text] else { continue }
            let start = bytes.count
            bytes.append(contentsOf: planText.value.utf8)
            header[text] = TextSpan(
                start: Int32(truncatingIfNeeded: start),
                count: Int32(truncatingIfNeeded: bytes.count - start),
                line: planText.line, column: planText.column)
        }
        header.historieColumn = fields.historieColumn
        // The historie's texts after the fields', then its records.
        var records: [StoredHistorieEntry] = []
        records.reserveCapacity(fields.historie.count)
        func place(_ text: String) -> (Int32, Int32) {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            return (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: bytes.count - start))
        }
        for entry in fields.historie {
            var record = StoredHistorieEntry(
                date: entry.date, line: entry.line, column: entry.column, change: 0)
            switch entry.change {
            case .status(let status): record.change = StoredHistorieEntry.statusCode(status)
            case .deadline(let text):
                record.change = StoredHistorieEntry.deadlineLine
                (record.deadlineStart, record.deadlineCount) = place(text)
            }
            if let toelichting = entry.toelichting {
                (record.toelichtingStart, record.toelichtingCount) = place(toelichting)
            }
            records.append(record)
        }
        header.historieStart = Int32(truncatingIfNeeded: bytes.count)
        header.historieCount = Int32(truncatingIfNeeded: records.count)
        for record in records {
            withUnsafeBytes(of: record) { bytes.append(contentsOf: $0) }
        }
        return bytes.withUnsafeBufferPointer { make(header, bytes: $0) }
    }

    /// Reads the header through its address: `header`, a class's `var`, is checked for
    /// exclusive access on every read, and the checks read it for every actie. The storage is not
    /// changed once made.
    @inline(__always) func read<Value>(_ field: (borrowing ActieHeader) -> Value) -> Value {
        withUnsafeMutablePointerToHeader { field($0.pointee) }
    }

    /// The bytes of a field's text (none when absent).
    func withBytes<R>(of which: ActieText, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let span = read { $0[which] }
        return withUnsafeMutablePointerToElements { base in
            body(UnsafeBufferPointer(start: base + Int(span.start), count: Int(max(span.count, 0))))
        }
    }

    /// The text of a field, nil when absent.
    func text(_ which: ActieText) -> PlanText? {
        guard has(which) else { return nil }
        // The bytes are whole UTF-8 texts: from checked file bytes or from `String`s.
        let value = withBytes(of: which) { String.fromCheckedUTF8($0) }
        let span = read { $0[which] }
        var text = PlanText(value, line: 0, column: 0)
        text.line = span.line
        text.column = span.column
        return text
    }

    func has(_ which: ActieText) -> Bool { read { $0.has(which) } }

    /// The historie's records, read in place.
    func withHistorie<R>(_ body: (HistorieRecords) -> R) -> R {
        let (start, count) = read { ($0.historieStart, $0.historieCount) }
        return withUnsafeMutablePointerToElements { base in
            body(HistorieRecords(bytes: UnsafePointer(base), recordsStart: Int(start), count: Int(count)))
        }
    }

    /// The fields as the builder collected them.
    var fields: Actie.Fields {
        var fields = Actie.Fields(id: text(.id)!)
        for which in ActieText.allCases where which != .id { fields[which] = text(which) }
        fields.historie = withHistorie { records in records.indices.map(records.entry) }
        fields.historieColumn = read { $0.historieColumn }
        return fields
    }
}

/// FNV-1a over an ASCII id's bytes, for the duplicate-id check's table; nil for an id outside
/// ASCII (compared as strings there, where canonically equal texts are one id). Worked out when
/// an actie is made, while its bytes are at hand: the check then reads no text.
enum IdHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            if byte >= 0x80 { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
