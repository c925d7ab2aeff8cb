/// One action or measure, with owner, deadline, status and history.
///
/// A value type whose texts live in one immutable storage object (`ActieStorage`): checks, lists
/// and the plan as it stood on a peildatum copy acties all the time, and a copy is one retain.
/// A text is made into a `String` when it is read; setting a field makes new storage. Sendable
/// unchecked: the storage is a `ManagedBuffer`, which is never Sendable, but it is not changed
/// once made.
public struct Actie: Hashable, @unchecked Sendable {
    /// The texts of an actie as `String`s, as the tree builder collects them and as a setter
    /// edits them (the direct reader collects bytes instead).
    struct Fields: Hashable, Sendable {
        /// Per `ActieText`, in its order.
        private var texts = [PlanText?](repeating: nil, count: ActieText.allCases.count)
        var historie: [HistorieEntry] = []
        var historieColumn: Int32?

        init(id: PlanText) { self[.id] = id }

        subscript(text: ActieText) -> PlanText? {
            get { texts[text.rawValue] }
            set { texts[text.rawValue] = newValue }
        }
    }

    private var storage: ActieStorage
    public var line: Int32
    public var column: Int32

    init(_ fields: borrowing Fields, line: Int32, column: Int32) {
        self.storage = ActieStorage.make(fields)
        self.line = line
        self.column = column
    }

    /// An actie whose texts `header` places in `bytes` (the direct reader's way).
    init(_ header: ActieHeader, bytes: UnsafeBufferPointer<UInt8>, line: Int32, column: Int32) {
        self.storage = ActieStorage.make(header, bytes: bytes)
        self.line = line
        self.column = column
    }

    public init(id: PlanText, line: Int32, column: Int32) {
        self.init(Fields(id: id), line: line, column: column)
    }

    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = storage.fields
        edit(&fields)
        storage = ActieStorage.make(fields)
    }

    public var id: PlanText {
        get { storage.text(.id)! }
        set { change { $0[.id] = newValue } }
    }
    public var doel: PlanText? {
        get { storage.text(.doel) }
        set { change { $0[.doel] = newValue } }
    }
    public var actie: PlanText? {
        get { storage.text(.actie) }
        set { change { $0[.actie] = newValue } }
    }
    public var implementatie: PlanText? {
        get { storage.text(.implementatie) }
        set { change { $0[.implementatie] = newValue } }
    }
    public var borging: PlanText? {
        get { storage.text(.borging) }
        set { change { $0[.borging] = newValue } }
    }
    public var eigenaar: PlanText? {
        get { storage.text(.eigenaar) }
        set { change { $0[.eigenaar] = newValue } }
    }
    public var deadline: PlanText? {
        get { storage.text(.deadline) }
        set { change { $0[.deadline] = newValue } }
    }
    public var status: PlanText? {
        get { storage.text(.status) }
        set { change { $0[.status] = newValue } }
    }
    public var kosten: PlanText? {
        get { storage.text(.kosten) }
        set { change { $0[.kosten] = newValue } }
    }
    public var bron: PlanText? {
        get { storage.text(.bron) }
        set { change { $0[.bron] = newValue } }
    }
    /// The historie's lines, their texts made into `String`s when asked for.
    public var historie: [HistorieEntry] {
        get { storage.withHistorie { records in records.indices.map(records.entry) } }
        set { change { $0.historie = newValue } }
    }
    /// The historie's records, read in place without making their texts (the checks read every
    /// actie's historie).
    func withHistorie<R>(_ body: (HistorieRecords) -> R) -> R { storage.withHistorie(body) }
    /// The column of the `historie:` value. Its text is not kept: the entries hold what it says,
    /// and a second copy of every historie was a tenth of a large plan's memory.
    public var historieColumn: Int32? {
        get { storage.read { $0.historieColumn } }
        set { change { $0.historieColumn = newValue } }
    }

    /// The id's `IdHash`, worked out when the actie was made.
    var idHash: UInt64? { storage.read { $0.idHash } }

    /// The id's bytes, without making a `String` (the duplicate-id check reads every id).
    func withIdBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { storage.withBytes(of: .id, body) }

    /// Whether the field is there, without making its text (checks ask it of every actie).
    func has(_ text: ActieText) -> Bool { storage.has(text) }

    /// The parsed status; nil when missing or unknown (reported by the checks).
    public var statusValue: Status? { storage.read { $0.statusValue } }

    /// The parsed deadline form; nil when missing or unreadable.
    public var deadlineForm: DeadlineForm? { storage.read { $0.deadlineForm } }

    /// Whether a historie line changes the deadline.
    var historieMovesDeadline: Bool { storage.read { $0.historieMovesDeadline } }

    /// The latest date in the historie, nil without one.
    var latestHistorieDay: Day? { storage.read { $0.latestHistorieDay } }

    /// Whether the historie has a line dated after `day`.
    func changes(after day: Day) -> Bool { storage.read { $0.latestHistorieDay.map { $0 > day } ?? false } }

    public static func == (a: Actie, b: Actie) -> Bool {
        a.line == b.line && a.column == b.column
            && (a.storage === b.storage || a.storage.fields == b.storage.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
        hasher.combine(line)
        hasher.combine(column)
    }
}
